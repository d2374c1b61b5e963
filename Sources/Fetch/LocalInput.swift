/// One page to read from disk (or standard input), with the name its outputs are derived from.
public struct LocalInput: Sendable, Hashable {
    /// Path to read; `-` means standard input.
    public var path: String
    /// Path relative to the folder it was found in (`a/b.html`), or the file name for a single file.
    public var relativePath: String
    /// For a page inside a WARC archive: where its `response` record is (`path` then names the archive
    /// and the page, `archive.warc.gz#https://...`, for the manifest and messages).
    public var archive: WARCLocation?

    public init(path: String, relativePath: String, archive: WARCLocation? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.archive = archive
    }
}
