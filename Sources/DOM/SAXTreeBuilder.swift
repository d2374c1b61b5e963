internal import CLibXML2

/// Builds a `Tree` straight from libxml2's HTML SAX callbacks, so libxml2 never allocates, links and
/// frees a node tree of its own that would only be copied (that and the copy were about a tenth of a page's
/// cleaning time).
///
/// The tree is the one `xmlSAX2`'s default handlers would have built, as the former copy saw it:
/// - adjacent text runs of one kind merge into one text node (comments and elements split them);
/// - whitespace-only text is kept like any text (libxml2 keeps blanks unless told not to);
/// - text outside every element is dropped; an element that starts after the root element closed goes
///   under the root element, or beside it when the page has a DOCTYPE or began with a comment;
/// - HTML 4 boolean attributes without a value (`checked`, `selected`) get their name as value.
/// Script, style and the other opaque elements keep no text, except JSON data scripts.
///
/// The state is only touched from libxml2's callbacks, one at a time on one thread, so the run-time
/// exclusivity checks of class properties (a tenth of the builder's time) are turned off for it.
final class SAXTreeBuilder {
    @exclusivity(unchecked) private(set) var tree = Tree()
    @exclusivity(unchecked) private(set) var failure: HTMLParser.ParseError?
    private let limits: HTMLParser.Limits
    @exclusivity(unchecked) private var names = NameTable()
    /// Open elements, innermost last, with whether each is opaque.
    @exclusivity(unchecked) private var open: [(id: Tree.NodeID, opaque: Bool)] = []
    @exclusivity(unchecked) private var opaqueDepth = 0
    @exclusivity(unchecked) private var keepScriptText = false
    /// The text node the next run of the same kind (text or CDATA) continues, and its bytes so far:
    /// libxml2 reports a run in pieces (every entity reference is one), and the node's `String` is
    /// made once, when the run ends (`closeText`).
    @exclusivity(unchecked) private var openText: (id: Tree.NodeID, cdata: Bool)?
    @exclusivity(unchecked) private var openTextBytes: [UInt8] = []
    /// What libxml2 holds as the document's first child (it decides where late elements go).
    @exclusivity(unchecked) private var firstTopLevel: FirstTopLevel = .none

    private enum FirstTopLevel {
        case none
        case element(Tree.NodeID)
        /// A comment or processing instruction.
        case other
    }

    /// - Parameter expectedBytes: the input's size, to reserve room for about as many nodes as such
    ///   pages have (one per ~40 bytes) instead of growing the node array step by step.
    init(limits: HTMLParser.Limits, expectedBytes: Int = 0) {
        self.limits = limits
        tree.reserveCapacity(min(expectedBytes / 40, limits.nodes))
        open.reserveCapacity(64)
    }

    /// Points `context`'s SAX handler at this builder's callbacks; `context` must outlive the parse and
    /// this builder must outlive `context`'s use.
    func attach(to context: htmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = context.pointee.sax else { return }
        // startDocument and internalSubset stay libxml2's: they create the (empty) document and its
        // DOCTYPE node, which the parser itself consults.
        sax.pointee.startElement = { context, name, attributes in
            SAXTreeBuilder.from(context)?.start(name, attributes, context: context)
        }
        sax.pointee.endElement = { context, _ in
            SAXTreeBuilder.from(context)?.end()
        }
        sax.pointee.characters = { context, bytes, length in
            SAXTreeBuilder.from(context)?.text(bytes, Int(length), cdata: false, context: context)
        }
        sax.pointee.cdataBlock = { context, bytes, length in
            SAXTreeBuilder.from(context)?.text(bytes, Int(length), cdata: true, context: context)
        }
        sax.pointee.comment = { context, _ in
            SAXTreeBuilder.from(context)?.markup()
        }
        sax.pointee.processingInstruction = { context, _, _ in
            SAXTreeBuilder.from(context)?.markup()
        }
    }

    /// The builder attached to the parser context that libxml2 passes as `userData`.
    private static func from(_ context: UnsafeMutableRawPointer?) -> SAXTreeBuilder? {
        guard let builder = parser(context)?.pointee._private else { return nil }
        return Unmanaged<SAXTreeBuilder>.fromOpaque(builder).takeUnretainedValue()
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> htmlParserCtxtPtr? {
        context?.assumingMemoryBound(to: htmlParserCtxt.self)
    }

    private func start(
        _ namePointer: UnsafePointer<xmlChar>?, _ attributePairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        context: UnsafeMutableRawPointer?
    ) {
        closeText()
        guard failure == nil else { return }
        let element = names.entry(namePointer)
        let (attributes, mask) = copyAttributes(attributePairs)
        let parent = parentOfNewElement(hasDoctype: Self.parser(context)?.pointee.myDoc?.pointee.intSubset != nil)
        let id = tree.append(
            .element, name: element.name, tag: element.tag, attributes: attributes, attributeMask: mask, to: parent)
        if case .none = firstTopLevel, open.isEmpty { firstTopLevel = .element(id) }
        open.append((id, element.opaque))
        if element.opaque {
            opaqueDepth += 1
            keepScriptText = element.tag == .script && HTMLParser.isDataScript(attributes)
        }
        checkSize(context)
    }

    /// Where `xmlSAX2StartElement` puts an element: under the open element; with none open (the root
    /// closed), beside the document's first child, or under it when that is an element (a DOCTYPE node
    /// is always the first child).
    private func parentOfNewElement(hasDoctype: Bool) -> Tree.NodeID {
        if let parent = open.last { return parent.id }
        if hasDoctype { return Tree.root }
        if case .element(let first) = firstTopLevel { return first }
        return Tree.root
    }

    private func end() {
        closeText()
        guard let closed = open.popLast() else { return }
        if closed.opaque {
            opaqueDepth -= 1
            keepScriptText = false
        }
    }

    private func markup() {
        closeText()
        if case .none = firstTopLevel, open.isEmpty { firstTopLevel = .other }
    }

    private func text(_ bytes: UnsafePointer<xmlChar>?, _ length: Int, cdata: Bool, context: UnsafeMutableRawPointer?) {
        guard failure == nil, let bytes, length > 0, opaqueDepth == 0 || keepScriptText,
            let parent = open.last?.id
        else { return }
        let piece = UnsafeBufferPointer(start: bytes, count: length)
        if let continued = openText, continued.cdata == cdata {
            openTextBytes.append(contentsOf: piece)
            return
        }
        closeText()
        openText = (tree.append(.text, to: parent), cdata)
        openTextBytes.append(contentsOf: piece)
        checkSize(context)
    }

    /// Ends the open text run: its node gets its text and the text's visible length.
    func closeText() {
        guard let run = openText else { return }
        let text = String(decoding: openTextBytes, as: UTF8.self)
        tree.nodes[Int(run.id)].visibleLength = Int32(clamping: Tree.visibleLength(text))
        tree.nodes[Int(run.id)].text = text
        openTextBytes.removeAll(keepingCapacity: true)
        openText = nil
    }

    private func copyAttributes(
        _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) -> (attributes: [(name: String, value: String)], mask: UInt32) {
        guard let pairs else { return ([], 0) }
        var pairCount = 0
        while pairs[2 * pairCount] != nil { pairCount += 1 }
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(min(pairCount, limits.attributesPerElement))
        var mask: UInt32 = 0
        var index = 0
        while let namePointer = pairs[index], result.count < limits.attributesPerElement {
            let entry = names.entry(namePointer)
            let name = entry.name
            mask |= entry.bit
            var value: String
            if let valuePointer = pairs[index + 1] {
                value = String(cString: valuePointer)
            } else {
                value = htmlIsBooleanAttr(namePointer) != 0 ? name : ""
            }
            if value.utf8.count > limits.attributeValueBytes {
                value = String(decoding: value.utf8.prefix(limits.attributeValueBytes), as: UTF8.self)
            }
            result.append((name, value))
            index += 2
        }
        return (result, mask)
    }

    /// Past the node limit: records the failure and stops the parser (a callback cannot throw).
    private func checkSize(_ context: UnsafeMutableRawPointer?) {
        guard tree.count > limits.nodes, failure == nil else { return }
        failure = .tooManyNodes(limits.nodes)
        if let parser = Self.parser(context) { xmlStopParser(parser) }
    }
}
