/// One page to read from disk (or standard input), with the name its outputs are derived from.
public struct LocalInput: Sendable, Hashable {
    /// Path to read; `-` means standard input.
    public var path: String
    /// Path relative to the folder it was found in (`a/b.html`), or the file name for a single file.
    public var relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }
}
