internal import Foundation

/// When to try a failed request again and how long to wait first.
struct RetryPolicy: Sendable {
    let options: FetchOptions.Retry

    /// Statuses worth another attempt: timeouts, rate limiting and passing server trouble.
    static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]

    /// The wait before retry number `retry` (1 for the first retry): exponential backoff with ±50%
    /// jitter, or the server's `Retry-After` when it is longer. Nil when no retry should be made
    /// (budget spent, or the server asks for longer than `maxDelay`).
    func delay(beforeRetry retry: Int, retryAfter: Double?, random: Double = Double.random(in: 0...1)) -> Double? {
        guard retry <= options.maxRetries else { return nil }
        let backoff = options.baseDelay * pow(2, Double(retry - 1)) * (0.5 + random)
        if let retryAfter, retryAfter > options.maxDelay { return nil }
        return min(max(backoff, retryAfter ?? 0), options.maxDelay)
    }

    /// Parses `Retry-After`: delta-seconds or an HTTP-date (RFC 9110 10.2.3). Nil when unreadable.
    static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return Double(max(seconds, 0)) }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return max(date.timeIntervalSince(now), 0) }
        }
        return nil
    }
}
