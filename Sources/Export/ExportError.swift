/// Why an export step failed: which file, and what the system said.
///
/// One error type for the whole stage, so the batch can record any export failure for a page and go on.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; new kinds can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: String, Sendable {
            case unknownFormat, writeFailed, unsafePath, closed, locked
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// A format name given by the user is not one we can write.
        public static let unknownFormat = Code(.unknownFormat)
        /// A file could not be created, written, synced or renamed into place.
        public static let writeFailed = Code(.writeFailed)
        /// A path would leave the output folder (through `..` or a symlink), or is otherwise unusable.
        public static let unsafePath = Code(.unsafePath)
        /// A line writer was used after `close()`.
        public static let closed = Code(.closed)
        /// Another process holds the output folder's lock (see ``OutputLock``).
        public static let locked = Code(.locked)

        public var description: String { kind.rawValue }
    }

    public var code: Code
    /// A readable sentence saying what went wrong, including the path.
    public var message: String
    /// The file or folder involved, when there is one.
    public var path: String?
    /// The underlying error, for example a ``SystemCallError``.
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, path: String? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.cause = cause
    }

    public var description: String { message }
}
