internal import CLibXML2

/// Parses XML bytes (sitemaps, RSS and Atom feeds) with libxml2's XML parser and copies the result
/// into a `Tree`, like ``HTMLParser`` does for HTML.
///
/// Safety: the parser never touches the network (`XML_PARSE_NONET`), never substitutes entities
/// (no `XML_PARSE_NOENT`), never loads an external DTD, and documents whose DTD declares entities are
/// refused outright, before and after parsing (billion laughs, external entities reading local files).
/// `XML_PARSE_HUGE` is deliberately *not* set: it would switch off libxml2's own amplification guards,
/// and sitemaps and feeds are shallow.
public enum XMLTreeParser {
    public enum ParseError: Error, Sendable, Equatable {
        /// libxml2 returned no document (empty input, or not XML at all).
        case noDocument
        /// The document's DTD declares entities; such documents are refused.
        case entityDeclaration
        /// The document has more nodes than allowed.
        case tooManyNodes(Int)
    }

    /// Parses `bytes` as XML. Element names are local names (`news:title` → `title`), kept as written
    /// (XML is case-sensitive); attribute names likewise.
    ///
    /// - Parameters:
    ///   - bytes: the document's bytes (already decompressed).
    ///   - maxNodes: most nodes copied.
    /// - Throws: ``ParseError``.
    public static func parse(_ bytes: [UInt8], maxNodes: Int = 2_000_000) throws(ParseError) -> Tree {
        // A cheap byte scan first: a document declaring entities is never handed to the parser.
        if containsEntityDeclaration(bytes) { throw .entityDeclaration }
        _ = HTMLParser.initialize
        winnow_silenceGenericErrors()
        guard let context = xmlNewParserCtxt() else { throw .noDocument }
        defer { xmlFreeParserCtxt(context) }
        // RECOVER: real feeds are often slightly broken. NONET: never load anything. No NOENT, no DTDLOAD.
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, nil, options)
                }
            }
        }
        guard let document else { throw .noDocument }
        defer { xmlFreeDoc(document) }
        if let dtd = document.pointee.intSubset, dtd.pointee.entities != nil || dtd.pointee.pentities != nil {
            throw .entityDeclaration
        }
        return try copy(document, maxNodes: maxNodes)
    }

    /// True when `<!ENTITY` occurs anywhere in the bytes (UTF-8 or any ASCII-compatible encoding).
    static func containsEntityDeclaration(_ bytes: [UInt8]) -> Bool {
        let needle: [UInt8] = Array("<!ENTITY".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x21 {
                var match = true
                for offset in 2..<needle.count where bytes[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return true }
            }
            index += 1
        }
        return false
    }

    /// Copies elements and text (CDATA included) with parent/next pointers, never recursing.
    private static func copy(_ document: xmlDocPtr, maxNodes: Int) throws(ParseError) -> Tree {
        var tree = Tree()
        var source = document.pointee.children
        var parentID = Tree.root
        while let node = source {
            var descendInto: Tree.NodeID? = nil
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0) } ?? ""
                let attributes = attributes(of: node)
                descendInto = tree.append(
                    .element, name: name, tag: HTMLTag(name), attributes: attributes,
                    attributeMask: attributes.reduce(0) { $0 | AttributeName.bit(of: $1.name) }, to: parentID)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    tree.append(.text, text: String(cString: content), to: parentID)
                }
            default:
                break  // comments, processing instructions, DTD and entity-reference nodes carry nothing we use
            }
            if tree.count > maxNodes { throw .tooManyNodes(maxNodes) }
            if let id = descendInto, let child = node.pointee.children {
                parentID = id
                source = child
                continue
            }
            source = LibXMLWalk.next(after: node) { _ in parentID = tree[parentID].parent }
        }
        tree.measureText()
        return tree
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute, result.count < 64 {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
