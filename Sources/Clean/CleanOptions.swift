/// Settings for cleaning one page. Defaults are what `winnow clean` uses.
public struct CleanOptions: Sendable {
    /// Largest page accepted, in bytes (default 50 MiB); larger pages are a `tooLarge` error.
    public var maxBytes: Int
    /// Most DOM nodes accepted per page (default 2,000,000).
    public var maxNodes: Int

    public init(maxBytes: Int = 50 << 20, maxNodes: Int = 2_000_000) {
        self.maxBytes = maxBytes
        self.maxNodes = maxNodes
    }
}
