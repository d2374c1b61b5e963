internal import Foundation

/// robots.txt per host, fetched once and shared by all workers (RFC 9309 2.3).
///
/// 2xx: parsed. 4xx: allow all. 5xx, or unreachable: disallow all (the site may be in trouble, and a
/// crawler must not take silence for permission). Concurrent askers for the same host wait for the
/// one fetch in flight.
actor RobotsCache {
    private let fetcher: HTTPFetcher
    private let options: FetchOptions
    private var cache: [String: Task<RobotsRules, Never>] = [:]

    init(fetcher: HTTPFetcher, options: FetchOptions) {
        self.fetcher = fetcher
        self.options = options
    }

    /// The rules for `origin` (`scheme://host:port`).
    func rules(for origin: String) async -> RobotsRules {
        if let task = cache[origin] { return await task.value }
        let fetcher = fetcher
        let options = options
        let task = Task { await Self.load(origin, fetcher: fetcher, options: options) }
        cache[origin] = task
        return await task.value
    }

    private static func load(_ origin: String, fetcher: HTTPFetcher, options: FetchOptions) async -> RobotsRules {
        do {
            let response = try await fetcher.get(origin + "/robots.txt", bodyLimit: options.limits.maxRobotsBytes, truncate: true)
            switch response.status {
            case 200...299:
                return RobotsRules(parsing: String(decoding: response.body, as: UTF8.self), userAgent: options.politeness.userAgent)
            case 400...499:
                return .allowAll
            default:
                return .disallowAll
            }
        } catch {
            // Redirect trouble (loops, too many) counts as unavailable (4xx) per RFC 9309; network failure as unreachable.
            switch error.error.code {
            case .redirectLoop, .tooManyRedirects, .unsupportedScheme: return .allowAll
            default: return .disallowAll
            }
        }
    }
}
