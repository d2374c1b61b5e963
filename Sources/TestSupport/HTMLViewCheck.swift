public import Foundation
#if canImport(FoundationXML)
    public import FoundationXML
#endif

/// What an XML parse of one of our HTML views found: elements, attributes, text. The views are written as
/// XHTML-compatible HTML, so a strict XML parser is a well-formedness check as well.
public final class HTMLViewCheck: NSObject, XMLParserDelegate {
    public private(set) var elements: [String] = []
    public private(set) var attributes: [(element: String, name: String, value: String)] = []
    public private(set) var text = ""
    public private(set) var parseError: String?

    /// Parses `html`; `parseError` says why when it is not well-formed.
    public init(_ html: String) {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        if !parser.parse() { parseError = parser.parserError.map { "\($0)" } ?? "parse failed" }
    }

    public var isWellFormed: Bool { parseError == nil }

    public func count(of element: String) -> Int { elements.filter { $0.lowercased() == element }.count }

    /// `src`/`href`/`xlink:href`/`action` attributes that point outside the file (scheme or `//`), and event
    /// handler attributes (`on...`): a self-contained, script-free view has none.
    public var externalReferencesAndHandlers: [String] {
        attributes.compactMap { attribute in
            let name = attribute.name.lowercased()
            let value = attribute.value.trimmingCharacters(in: .whitespaces).lowercased()
            if name.hasPrefix("on") { return "\(attribute.element) \(name)" }
            let isReference = ["src", "href", "xlink:href", "action", "srcset", "poster", "data"].contains(name)
            if isReference && (value.contains(":") || value.hasPrefix("//")) {
                return "\(attribute.element) \(name)=\(value)"
            }
            return nil
        }
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        for (name, value) in attributeDict { attributes.append((elementName, name, value)) }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
