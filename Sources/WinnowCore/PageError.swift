/// Why one page could not be processed. The batch records it and goes on.
public struct PageError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; new kinds can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable {
            case unreadable, tooLarge, unparsable, limitExceeded, writeFailed
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The input could not be read (missing file, permission, I/O error).
        public static let unreadable = Code(.unreadable)
        /// The input is larger than the configured byte limit.
        public static let tooLarge = Code(.tooLarge)
        /// The bytes could not be parsed into a document at all.
        public static let unparsable = Code(.unparsable)
        /// A per-page limit (nodes, time, attributes) was exceeded.
        public static let limitExceeded = Code(.limitExceeded)
        /// Output for the page could not be written.
        public static let writeFailed = Code(.writeFailed)

        public var description: String { kind.rawValue }
    }

    public var code: Code
    /// A readable sentence saying what went wrong.
    public var message: String
    /// The page's origin (path or URL).
    public var origin: String
    /// The underlying error, if one caused this.
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, origin: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.origin = origin
        self.cause = cause
    }

    public var description: String { "\(origin): \(message)" }
}
