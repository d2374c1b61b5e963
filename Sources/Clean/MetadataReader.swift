internal import DOM
internal import WinnowCore

/// Temporary seam until metadata extraction lands: reads only `<title>`.
enum MetadataReader {
    static func read(_ tree: Tree, pageURL: String?) -> Metadata {
        var metadata = Metadata()
        if let title = tree.elements(named: "title").first {
            metadata.title = Whitespace.collapse(tree.textContent(of: title))
        }
        metadata.url = pageURL
        return metadata
    }
}
