/// The rules of one robots.txt (RFC 9309) that apply to one user agent.
///
/// Groups are chosen by the user agent's product token (case-insensitive); several groups naming it
/// are merged; without one, the `*` groups apply; without those, everything is allowed. Among the
/// `Allow`/`Disallow` rules matching a path the longest pattern wins, `Allow` on a tie. Patterns
/// support `*` (any run of characters) and a final `$` (end of path).
public struct RobotsRules: Sendable, Equatable {
    /// One `Allow` or `Disallow` line.
    public struct Rule: Sendable, Equatable {
        public var allow: Bool
        public var pattern: String
    }

    public var rules: [Rule]
    /// `Crawl-delay` in seconds, when the group sets one (not part of RFC 9309, widely used).
    public var crawlDelay: Double?

    /// Everything allowed (robots.txt missing, 4xx, or `--ignore-robots`).
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    /// Everything forbidden (robots.txt answered 5xx or was unreachable).
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")], crawlDelay: nil)

    public init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses robots.txt `text` for `userAgent` (a full `User-Agent` header: its first product token is used).
    public init(parsing text: String, userAgent: String) {
        let token = Self.productToken(userAgent)
        struct Group {
            var agents: [String] = []
            var rules: [Rule] = []
            var crawlDelay: Double?
        }
        var groups: [Group] = []
        var current: Group? = nil
        var lastWasAgent = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            switch key {
            case "user-agent":
                if !lastWasAgent {
                    if let group = current { groups.append(group) }
                    current = Group()
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard !value.isEmpty else { continue }  // an empty Disallow forbids nothing
                current?.rules.append(Rule(allow: key == "allow", pattern: Self.normalize(value)))
            case "crawl-delay":
                lastWasAgent = false
                if let seconds = Double(value), seconds.isFinite, seconds >= 0 { current?.crawlDelay = seconds }
            default:
                // Sitemap and unknown lines do not end a group's user-agent list (RFC 9309 2.2.4).
                continue
            }
        }
        if let group = current { groups.append(group) }
        var chosen = groups.filter { $0.agents.contains(token) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.crawlDelay).max()
    }

    /// Whether `path` (path and query, e.g. `/a/b?c=d`) may be fetched.
    public func allows(_ path: String) -> Bool {
        let target = Self.normalize(path.isEmpty ? "/" : path)
        if target == "/robots.txt" { return true }
        var best: Rule? = nil
        for rule in rules where Self.matches(pattern: rule.pattern, path: target) {
            guard let current = best else {
                best = rule
                continue
            }
            let length = rule.pattern.utf8.count
            let bestLength = current.pattern.utf8.count
            if length > bestLength || (length == bestLength && rule.allow && !current.allow) { best = rule }
        }
        return best?.allow ?? true
    }

    /// The product token: `Winnow/0.1 (+url)` → `winnow`.
    static func productToken(_ userAgent: String) -> String {
        let token = userAgent.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
        return (token.isEmpty ? "*" : String(token)).lowercased()
    }

    /// Percent-encodes bytes outside printable ASCII and upper-cases existing escapes, so that patterns
    /// and paths compare octet by octet (RFC 9309 2.2.2).
    static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        let hex = Array("0123456789ABCDEF".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count {
                out.append(byte)
                out.append(contentsOf: String(decoding: bytes[index + 1...index + 2], as: UTF8.self).uppercased().utf8)
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F {
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Glob match from the start of `path`: `*` matches any run, a final `$` anchors the end.
    static func matches(pattern: String, path: String) -> Bool {
        var p = Array(pattern.utf8)
        let s = Array(path.utf8)
        var anchored = false
        if p.last == UInt8(ascii: "$") {
            anchored = true
            p.removeLast()
        }
        // Iterative wildcard matching with one backtrack point (the last `*`).
        var pi = 0
        var si = 0
        var star = -1
        var mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = si
                pi += 1
            } else if pi < p.count, p[pi] == s[si] {
                pi += 1
                si += 1
            } else if pi == p.count, !anchored {
                return true  // the pattern is a prefix of the path
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
