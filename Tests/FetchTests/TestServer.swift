import Fetch
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A local HTTP server (127.0.0.1, random port) that misbehaves on purpose, for Fetch's tests.
/// Nothing here touches the internet.
///
/// Routes: `/page/NAME` HTML; `/gzip-page` gzip-encoded HTML; `/pdf` a PDF; `/slow-head` answers after
/// 2 s; `/trickle` sends one byte every 50 ms forever; `/reset` and `/wrong-length` promise more bytes
/// than they send, then close; `/flaky` resets the first two times, then succeeds; `/status/CODE`
/// always answers CODE; `/retry-after/CODE` answers CODE with `Retry-After: 1` once, then 200;
/// `/retry-date` answers 503 with an HTTP-date `Retry-After` once, then 200; `/retry-long` answers 503
/// with `Retry-After: 3600`; `/loop/a` ↔ `/loop/b` redirect loop; `/chain/N` N redirects, then a page;
/// `/to-ftp`, `/to-file` redirect to other schemes; `/big` declares 30 MB; `/endless` streams chunks
/// forever; `/bomb` a gzip bomb (20 MB of zeros); `/sitemap*`, `/feed*` XML documents.
final class TestServer: Sendable {
    enum Robots: Sendable {
        case missing, serverError, disallow(String), text(String)
    }

    struct Request: Sendable {
        var path: String
        var userAgent: String?
        var time: ContinuousClock.Instant
    }

    let port: Int
    let robots: Robots
    private let channel: any Channel
    private let log = Mutex<[Request]>([])
    private let hits = Mutex<[String: Int]>([:])

    /// 20 MB of zeros in about 20 KB (tests cap decoded bodies at 5 MB). Built before the server
    /// starts, never on an event loop (it would stall every connection on that loop).
    static let bomb: [UInt8] = Gzip.compress([UInt8](repeating: 0, count: 20_000_000), level: 9)

    private init(channel: any Channel, robots: Robots) {
        self.channel = channel
        self.robots = robots
        port = channel.localAddress?.port ?? 0
    }

    /// Starts a server; call ``stop()`` when done.
    static func start(robots: Robots = .missing) async throws -> TestServer {
        _ = bomb
        let box = Mutex<TestServer?>(nil)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    let server = box.withLock { $0 }!
                    try channel.pipeline.syncOperations.addHandler(FaultHandler(server: server))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let server = TestServer(channel: channel, robots: robots)
        box.withLock { $0 = server }
        return server
    }

    func stop() async {
        try? await channel.close()
    }

    /// `http://127.0.0.1:PORT` + `path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Requests received so far, in order.
    var requests: [Request] { log.withLock { $0 } }

    func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    fileprivate func received(_ head: HTTPRequestHead) -> Int {
        log.withLock { $0.append(Request(path: head.uri, userAgent: head.headers.first(name: "User-Agent"), time: .now)) }
        return hits.withLock { hits in
            hits[head.uri, default: 0] += 1
            return hits[head.uri]!
        }
    }

    static func page(_ title: String) -> String {
        let paragraph = "This is the body of the article about \(title). It has enough words to count as content, "
            + "with several sentences that a reader would actually want to read in full."
        return "<!doctype html><html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + String(repeating: "<p>\(paragraph)</p>", count: 5) + "</article></body></html>"
    }
}

private final class FaultHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let server: TestServer
    private var head: HTTPRequestHead?

    init(server: TestServer) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            route(head, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func route(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let hit = server.received(head)
        let path = head.uri
        let html = "text/html; charset=utf-8"
        let loop = context.eventLoop.assumeIsolated()
        switch path {
        case "/robots.txt":
            switch server.robots {
            case .missing: respond(context, .notFound, body: Array("no".utf8))
            case .serverError: respond(context, .internalServerError, body: Array("oops".utf8))
            case .disallow(let prefix):
                respond(context, .ok, type: "text/plain", body: Array("User-agent: *\nDisallow: \(prefix)\n".utf8))
            case .text(let text): respond(context, .ok, type: "text/plain", body: Array(text.utf8))
            }
        case _ where path.hasPrefix("/page/"):
            respond(context, .ok, type: html, body: Array(TestServer.page(String(path.dropFirst(6))).utf8))
        case "/gzip-page":
            respond(
                context, .ok, type: html, extra: [("Content-Encoding", "gzip")],
                body: Gzip.compress(Array(TestServer.page("Gzipped").utf8)))
        case "/latin1":
            respond(context, .ok, type: "text/html; charset=ISO-8859-1", body: Array(TestServer.page("Latin").utf8))
        case "/pdf":
            respond(context, .ok, type: "application/pdf", body: Array("%PDF-1.4".utf8))
        case "/slow-head":
            loop.scheduleTask(in: .seconds(2)) { self.respond(context, .ok, type: html, body: Array("late".utf8)) }
        case "/trickle":
            var headers = HTTPHeaders([("Content-Type", html), ("Content-Length", "100000")])
            headers.add(name: "Connection", value: "close")
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            trickle(context, remaining: 100_000)
        case "/reset", "/wrong-length":
            let headers = HTTPHeaders([("Content-Type", html), ("Content-Length", "5000")])
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: Array("<html><p>cut".utf8))))), promise: nil)
            context.close(promise: nil)
        case "/flaky":
            if hit <= 2 {
                context.close(promise: nil)
            } else {
                respond(context, .ok, type: html, body: Array(TestServer.page("Flaky").utf8))
            }
        case _ where path.hasPrefix("/status/"):
            let code = Int(path.dropFirst(8)) ?? 500
            respond(context, HTTPResponseStatus(statusCode: code), type: html, body: Array("status \(code)".utf8))
        case _ where path.hasPrefix("/retry-after/"):
            let code = Int(path.dropFirst(13)) ?? 503
            if hit == 1 {
                respond(context, HTTPResponseStatus(statusCode: code), type: html, extra: [("Retry-After", "1")], body: [])
            } else {
                respond(context, .ok, type: html, body: Array(TestServer.page("Recovered").utf8))
            }
        case "/retry-date":
            if hit == 1 {
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "GMT")
                formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
                let date = formatter.string(from: Date().addingTimeInterval(2))
                respond(context, .serviceUnavailable, type: html, extra: [("Retry-After", date)], body: [])
            } else {
                respond(context, .ok, type: html, body: Array(TestServer.page("After date").utf8))
            }
        case "/retry-long":
            respond(context, .serviceUnavailable, type: html, extra: [("Retry-After", "3600")], body: [])
        case "/loop/a": redirect(context, to: "/loop/b")
        case "/loop/b": redirect(context, to: "/loop/a")
        case _ where path.hasPrefix("/chain/"):
            let count = Int(path.dropFirst(7)) ?? 0
            if count == 0 {
                respond(context, .ok, type: html, body: Array(TestServer.page("End of chain").utf8))
            } else {
                redirect(context, to: "/chain/\(count - 1)")
            }
        case "/to-ftp": redirect(context, to: "ftp://127.0.0.1/file.html")
        case "/to-file": redirect(context, to: "file:///etc/passwd")
        case "/big":
            let headers = HTTPHeaders([("Content-Type", html), ("Content-Length", "30000000")])
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(repeating: 65, count: 65536))))).assumeIsolated()
                .whenComplete { _ in context.close(promise: nil) }
        case "/endless":
            let headers = HTTPHeaders([("Content-Type", html)])  // chunked, no length
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            endless(context, sent: 0)
        case "/bomb":
            respond(context, .ok, type: html, extra: [("Content-Encoding", "gzip")], body: TestServer.bomb)
        case "/sitemap-index.xml":
            respond(
                context, .ok, type: "application/xml",
                body: Array("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>\(server.url("/sitemap-news.xml"))</loc></sitemap>
                      <sitemap><loc>\(server.url("/sitemap.xml.gz"))</loc></sitemap>
                    </sitemapindex>
                    """.utf8))
        case "/sitemap-news.xml":
            respond(
                context, .ok, type: "application/xml",
                body: Array("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
                            xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                      <url><loc>\(server.url("/page/news-1"))</loc>
                        <news:news><news:title>One</news:title></news:news>
                        <image:image><image:loc>\(server.url("/image.jpg"))</image:loc></image:image></url>
                      <url><loc>\(server.url("/page/news-2"))</loc></url>
                    </urlset>
                    """.utf8))
        case "/sitemap.xml.gz":
            respond(
                context, .ok, type: "application/gzip",
                body: Gzip.compress(Array("""
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <url><loc>\(server.url("/page/gz-1"))</loc></url>
                      <url><loc>\(server.url("/page/news-1"))</loc></url>
                    </urlset>
                    """.utf8)))
        case "/feed.rss":
            respond(
                context, .ok, type: "application/rss+xml",
                body: Array("""
                    <rss version="2.0"><channel><title>T</title>
                      <item><title>A</title><link>\(server.url("/page/rss-1"))</link></item>
                      <item><title>B</title><guid>\(server.url("/page/rss-2"))</guid></item>
                    </channel></rss>
                    """.utf8))
        case "/feed.atom":
            respond(
                context, .ok, type: "application/atom+xml",
                body: Array("""
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                      <entry><title>A</title><link rel="alternate" href="\(server.url("/page/atom-1"))"/>
                        <link rel="edit" href="\(server.url("/edit/1"))"/></entry>
                    </feed>
                    """.utf8))
        case "/entities.xml":
            respond(
                context, .ok, type: "application/xml",
                body: Array("""
                    <?xml version="1.0"?>
                    <!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                    <urlset><url><loc>http://x/&b;</loc></url></urlset>
                    """.utf8))
        default:
            respond(context, .notFound, type: html, body: Array("not found".utf8))
        }
    }

    private func respond(
        _ context: ChannelHandlerContext, _ status: HTTPResponseStatus, type: String = "text/html",
        extra: [(String, String)] = [], body: [UInt8]
    ) {
        var headers = HTTPHeaders([("Content-Type", type), ("Content-Length", String(body.count))])
        for (name, value) in extra { headers.add(name: name, value: value) }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if !body.isEmpty { context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    private func redirect(_ context: ChannelHandlerContext, to location: String) {
        respond(context, .found, extra: [("Location", location)], body: [])
    }

    private func trickle(_ context: ChannelHandlerContext, remaining: Int) {
        guard remaining > 0, context.channel.isActive else { return }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: [65])))), promise: nil)
        context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(50)) {
            self.trickle(context, remaining: remaining - 1)
        }
    }

    private func endless(_ context: ChannelHandlerContext, sent: Int) {
        guard context.channel.isActive, sent < 200_000_000 else { return }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(repeating: 66, count: 256 * 1024))))).assumeIsolated()
            .whenSuccess { self.endless(context, sent: sent + 256 * 1024) }
    }
}
