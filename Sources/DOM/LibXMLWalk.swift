internal import CLibXML2

/// Document-order steps over libxml2's tree with parent/next pointers, never recursion: the
/// parsers' walks share this.
enum LibXMLWalk {
    /// The node after `node` when its children are skipped (or done): its next sibling, else the next
    /// sibling of the nearest ancestor element that has one; nil at the end of the document.
    /// `leaving` is called for each ancestor element climbed out of, innermost first.
    static func next(after node: xmlNodePtr, leaving: (xmlNodePtr) -> Void = { _ in }) -> xmlNodePtr? {
        var current = node
        while true {
            if let next = current.pointee.next { return next }
            guard let up = current.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
            leaving(up)
            current = up
        }
    }
}
