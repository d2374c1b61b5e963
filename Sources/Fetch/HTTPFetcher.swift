internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// One GET with its redirects, over AsyncHTTPClient, with every limit of ``FetchOptions`` applied.
///
/// AsyncHTTPClient's own redirect following is off: redirects are followed here so that each hop's
/// scheme, robots.txt and loop can be checked and every response can be archived.
final class HTTPFetcher: Sendable {
    /// The outcome of one attempt that got an answer (any status).
    struct Response: Sendable {
        /// Every request/response pair on the way, redirects included, in order.
        var exchanges: [HTTPExchange]
        /// The URL of the last response.
        var finalURL: String
        var status: Int
        var headers: [(name: String, value: String)]
        /// The last response's body, `Content-Encoding` decoded.
        var body: [UInt8]

        func header(_ name: String) -> String? { exchanges.last?.header(name) }
    }

    /// A failed attempt: the error and whatever exchanges were completed before it (for the archive).
    struct Failure: Error, Sendable {
        var error: FetchError
        var exchanges: [HTTPExchange]
    }

    private let client: HTTPClient
    private let options: FetchOptions

    init(options: FetchOptions) {
        self.options = options
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: .milliseconds(Int64(options.timeouts.connect * 1000)),
                read: .milliseconds(Int64(options.timeouts.read * 1000))),
            decompression: .disabled)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = options.concurrency.perHost
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the client's connections. Call once, after the last request.
    func shutdown() async {
        try? await client.shutdown()
    }

    /// GETs `url`, following up to `maxRedirects` redirects.
    ///
    /// - Parameters:
    ///   - allowed: asked before each hop (robots.txt); a `false` ends the fetch with `robotsDisallowed`.
    ///   - bodyLimit: the largest body accepted; defaults to the options' `maxBodyBytes`.
    ///   - truncate: stop reading at `bodyLimit` instead of failing (robots.txt).
    func get(
        _ url: String, bodyLimit: Int? = nil, truncate: Bool = false,
        allowed: @Sendable (URL) async -> Bool = { _ in true }
    ) async throws(Failure) -> Response {
        var exchanges: [HTTPExchange] = []
        var visited: Set<String> = []
        var current = url
        var redirects = 0
        while true {
            let scheme = URL(string: current)?.scheme?.lowercased()
            guard scheme == "http" || scheme == "https" else {
                let what = redirects == 0 ? "URL" : "redirect to"
                throw Failure(
                    error: FetchError(.unsupportedScheme, "\(what) '\(current)': only http and https are fetched", url: url),
                    exchanges: exchanges)
            }
            guard let parsed = URL(string: current), parsed.host?.isEmpty == false else {
                throw Failure(error: FetchError(.invalidURL, "invalid URL '\(current)'", url: url), exchanges: exchanges)
            }
            guard visited.insert(current).inserted else {
                throw Failure(error: FetchError(.redirectLoop, "redirect loop at '\(current)'", url: url), exchanges: exchanges)
            }
            guard await allowed(parsed) else {
                throw Failure(
                    error: FetchError(.robotsDisallowed, "robots.txt disallows '\(current)'", url: url), exchanges: exchanges)
            }
            let exchange: HTTPExchange
            do {
                exchange = try await fetchOnce(current, bodyLimit: bodyLimit ?? options.limits.maxBodyBytes, truncate: truncate)
            } catch {
                if let partial = error.partial { exchanges.append(partial) }
                throw Failure(error: error.error, exchanges: exchanges)
            }
            exchanges.append(exchange)
            if (300...399).contains(exchange.status), exchange.status != 304, let location = exchange.header("Location") {
                redirects += 1
                guard redirects <= options.limits.maxRedirects else {
                    throw Failure(
                        error: FetchError(.tooManyRedirects, "more than \(options.limits.maxRedirects) redirects", url: url),
                        exchanges: exchanges)
                }
                guard let next = URL(string: location, relativeTo: parsed)?.absoluteURL else {
                    throw Failure(
                        error: FetchError(.invalidURL, "redirect to invalid URL '\(location)'", url: url), exchanges: exchanges)
                }
                current = Self.withoutFragment(next.absoluteString)
                continue
            }
            let body: [UInt8]
            do {
                body = try decode(exchange, url: url)
            } catch {
                throw Failure(error: error, exchanges: exchanges)
            }
            return Response(
                exchanges: exchanges, finalURL: current, status: exchange.status, headers: exchange.headers, body: body)
        }
    }

    private struct AttemptError: Error {
        var error: FetchError
        var partial: HTTPExchange?
    }

    /// One request, body streamed under the size cap and the total deadline.
    private func fetchOnce(_ url: String, bodyLimit: Int, truncate: Bool) async throws(AttemptError) -> HTTPExchange {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: options.politeness.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        let date = Date()
        let requestHead = Self.requestHead(url: url, headers: request.headers)
        let deadline = NIODeadline.now() + .milliseconds(Int64(options.timeouts.total * 1000))
        let started = ContinuousClock.now
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, deadline: deadline)
        } catch {
            throw AttemptError(error: Self.classify(error, url: url), partial: nil)
        }
        var headers: [(name: String, value: String)] = []
        for header in response.headers where header.name.lowercased() != "transfer-encoding" {
            headers.append((header.name, header.value))
        }
        var exchange = HTTPExchange(
            url: url, date: date, requestHead: requestHead,
            version: "\(response.version.major).\(response.version.minor)", status: Int(response.status.code),
            reason: response.status.reasonPhrase, headers: headers, body: [], complete: false)
        if !truncate, let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > bodyLimit {
            throw AttemptError(
                error: FetchError(.tooLarge, "body of \(length) bytes is larger than \(bodyLimit) bytes", url: url),
                partial: exchange)
        }
        let total = Duration.milliseconds(Int64(options.timeouts.total * 1000))
        do {
            for try await chunk in response.body {
                if exchange.body.count + chunk.readableBytes > bodyLimit {
                    if truncate {
                        exchange.body.append(contentsOf: chunk.readableBytesView.prefix(bodyLimit - exchange.body.count))
                        exchange.complete = true
                        return exchange
                    }
                    throw FetchError(.tooLarge, "body is larger than \(bodyLimit) bytes", url: url)
                }
                exchange.body.append(contentsOf: chunk.readableBytesView)
                // AsyncHTTPClient's deadline covers the head; a trickling body is stopped here.
                if ContinuousClock.now - started > total {
                    throw FetchError(.timeout, "no complete response within \(options.timeouts.total) s", url: url)
                }
            }
        } catch let error as FetchError {
            throw AttemptError(error: error, partial: exchange)
        } catch {
            throw AttemptError(error: Self.classify(error, url: url), partial: exchange)
        }
        exchange.complete = true
        return exchange
    }

    /// Undoes `Content-Encoding` with the decoded-size cap.
    private func decode(_ exchange: HTTPExchange, url: String) throws(FetchError) -> [UInt8] {
        let encoding = (exchange.header("Content-Encoding") ?? "identity").trimmingCharacters(in: .whitespaces).lowercased()
        let limit = options.limits.maxDecodedBytes
        do {
            switch encoding {
            case "", "identity", "none": return exchange.body
            case "gzip", "x-gzip": return exchange.body.isEmpty ? [] : try Gzip.decompress(exchange.body, format: .gzip, limit: limit)
            case "deflate": return exchange.body.isEmpty ? [] : try Gzip.decompress(exchange.body, format: .deflate, limit: limit)
            default: throw FetchError(.decompression, "unsupported Content-Encoding '\(encoding)'", url: url)
            }
        } catch let error as Gzip.Failure {
            switch error {
            case .tooLarge: throw FetchError(.tooLarge, "\(encoding) body: \(error)", url: url, cause: error)
            case .corrupt: throw FetchError(.decompression, "\(encoding) body: \(error)", url: url, cause: error)
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError(.decompression, "\(error)", url: url)
        }
    }

    private static func classify(_ error: any Error, url: String) -> FetchError {
        if let error = error as? HTTPClientError {
            if error == .readTimeout || error == .connectTimeout || error == .deadlineExceeded {
                return FetchError(.timeout, "timed out (\(error))", url: url, cause: error)
            }
            return FetchError(.connection, "connection failed (\(error))", url: url, cause: error)
        }
        if error is CancellationError {
            return FetchError(.connection, "cancelled", url: url)
        }
        return FetchError(.connection, "connection failed (\(error))", url: url)
    }

    static func requestHead(url: String, headers: HTTPHeaders) -> [UInt8] {
        let parsed = URLComponents(string: url)
        var target = parsed?.percentEncodedPath ?? "/"
        if target.isEmpty { target = "/" }
        if let query = parsed?.percentEncodedQuery { target += "?" + query }
        var host = parsed?.host ?? ""
        if let port = parsed?.port { host += ":\(port)" }
        var text = "GET \(target) HTTP/1.1\r\nHost: \(host)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    static func withoutFragment(_ url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url }
        return String(url[..<hash])
    }
}
