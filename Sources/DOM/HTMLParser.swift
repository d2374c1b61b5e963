internal import CLibXML2

/// Parses HTML bytes with libxml2 into a `Tree` (built from its SAX callbacks, see `SAXTreeBuilder`).
public enum HTMLParser {
    /// Limits applied while building the tree.
    public struct Limits: Sendable {
        /// Attributes kept per element; the rest are dropped (class/id/style come first in practice).
        public var attributesPerElement: Int
        /// Longest attribute value kept, in UTF-8 bytes; longer values are truncated.
        public var attributeValueBytes: Int
        /// Most nodes built; parsing fails with `ParseError.tooManyNodes` beyond it.
        public var nodes: Int
        /// Keep only the attributes named in `AttributeName.all` (the ones the cleaning passes read). About
        /// a quarter of a news page's attributes are others (`data-*`, `srcset`, `onclick`, SVG paths);
        /// libxml2 would copy each, and the tree would copy it again.
        public var knownAttributesOnly: Bool

        public init(
            attributesPerElement: Int = 64, attributeValueBytes: Int = 16_384, nodes: Int = 2_000_000,
            knownAttributesOnly: Bool = false
        ) {
            self.attributesPerElement = attributesPerElement
            self.attributeValueBytes = attributeValueBytes
            self.nodes = nodes
            self.knownAttributesOnly = knownAttributesOnly
        }
    }

    public enum ParseError: Error, Sendable, Equatable {
        /// libxml2 returned no document (e.g. empty input).
        case noDocument
        /// The page has more nodes than `Limits.nodes`.
        case tooManyNodes(Int)
    }

    /// Names of elements whose text is never content, so it is not copied (saves time and memory).
    /// JSON data scripts are the exception: metadata and JSON-only articles live there.
    static let opaqueElements: Set<String> = ["script", "style", "template", "svg", "math", "noscript"]

    /// Calls `xmlInitParser` once per process, before any concurrent use (libxml2 requires it).
    public static let initialize: Void = {
        xmlInitParser()
    }()

    /// Parses `bytes`, decoded with `encoding` (an iconv/libxml2 name such as "UTF-8" or "windows-1251").
    ///
    /// - Parameters:
    ///   - bytes: the page's bytes; never a file name (libxml2 would fetch or inflate it).
    ///   - encoding: the encoding decided by the caller; it overrides any `<meta charset>`.
    ///   - limits: caps applied while building the tree.
    /// - Throws: `ParseError` when libxml2 produced no document or the page has too many nodes.
    public static func parse(_ bytes: [UInt8], encoding: String, limits: Limits = Limits()) throws -> Tree {
        try parse(bytes, encoding: encoding, limits: limits, cutRawText: true)
    }

    /// `parse`, optionally without cutting script, style and comment text first (tests compare the two
    /// trees).
    static func parse(_ bytes: [UInt8], encoding: String, limits: Limits, cutRawText: Bool) throws -> Tree {
        _ = initialize
        winnow_silenceGenericErrors()
        guard let context = htmlNewParserCtxt() else { throw ParseError.noDocument }
        defer { htmlFreeParserCtxt(context) }

        // Cap attributes before libxml2 sees them (its attribute handling is quadratic per tag) and
        // cut what the tree would not keep or use (see `Prescan`).
        let capped = Prescan.apply(
            bytes, encoding: encoding, maxAttributes: limits.attributesPerElement,
            maxValueBytes: limits.attributeValueBytes, cutRawText: cutRawText,
            knownAttributesOnly: limits.knownAttributesOnly
        ).bytes
        let builder = SAXTreeBuilder(limits: limits, expectedBytes: capped.count)
        builder.attach(to: context)
        // The document libxml2 returns holds at most its DOCTYPE: the tree is the builder's.
        guard let document = read(capped, encoding: encoding, context: context) else { throw ParseError.noDocument }
        xmlFreeDoc(document)
        builder.closeText()
        if let failure = builder.failure { throw failure }
        return builder.tree
    }

    /// Parses `bytes` into libxml2's own tree and frees it, without copying: the baseline that
    /// `winnow bench` compares the whole pipeline with. Same options as `parse`.
    ///
    /// - Parameter encoding: an iconv/libxml2 encoding name, or nil to let libxml2 detect it.
    /// - Returns: the number of nodes libxml2 built (elements, text, comments), so the work cannot be skipped.
    /// - Throws: `ParseError.noDocument` when libxml2 produced no document.
    public static func parseOnly(_ bytes: [UInt8], encoding: String?) throws -> Int {
        _ = initialize
        winnow_silenceGenericErrors()
        guard let context = htmlNewParserCtxt() else { throw ParseError.noDocument }
        defer { htmlFreeParserCtxt(context) }
        guard let document = read(bytes, encoding: encoding, context: context) else { throw ParseError.noDocument }
        defer { xmlFreeDoc(document) }
        // Count nodes with parent/next pointers (no recursion), as the copy in `parse` walks them.
        var count = 0
        var node = document.pointee.children
        while let current = node {
            count += 1
            if let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            node = LibXMLWalk.next(after: current)
        }
        return count
    }

    /// Runs libxml2's HTML parser on `bytes` in `context`; the caller frees the document.
    private static func read(_ bytes: [UInt8], encoding: String?, context: htmlParserCtxtPtr) -> htmlDocPtr? {
        // RECOVER: accept tag soup. NOERROR/NOWARNING: no stderr output. NONET: never load anything.
        // COMPACT: smaller text nodes. HUGE: without it libxml2 stops at depth 256 and cuts text at 10 MB,
        // silently dropping the rest of the page.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, encoding, options)
                }
            }
        }
    }

    static func isDataScript(_ attributes: [(name: String, value: String)]) -> Bool {
        for attribute in attributes {
            if attribute.name == "type" && containsJSON(attribute.value) { return true }
            if attribute.name == "id" && attribute.value == "__NEXT_DATA__" { return true }
        }
        return false
    }

    /// Whether `value` contains "json" in any ASCII case, on bytes (every `<script type>` is asked).
    static func containsJSON(_ value: String) -> Bool {
        var matched = 0
        for byte in value.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            if lower == jsonBytes[matched] {
                matched += 1
                if matched == 4 { return true }
            } else {
                matched = lower == jsonBytes[0] ? 1 : 0
            }
        }
        return false
    }

    private static let jsonBytes: [UInt8] = Array("json".utf8)

    static func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let string = String(cString: name)
        return string.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? string.lowercased() : string
    }
}
