import Foundation
import Testing
import WinnowCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Export

/// Parses a document with Foundation's `XMLParser` (libxml2 underneath on Linux) into a tiny element tree.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    var children: [ParsedElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> ParsedElement? { children.first { $0.name == name } }
}

final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [ParsedElement] = []
    var root: ParsedElement?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = ParsedElement(name: elementName, attributes: attributes)
        stack.last?.children.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

func parseXML(_ text: String) throws -> ParsedElement {
    struct NotWellFormed: Error { let message: String }
    let parser = XMLParser(data: Data(text.utf8))
    let builder = TreeBuilder()
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
        throw NotWellFormed(message: parser.parserError.map { "\($0)" } ?? "no root")
    }
    return root
}

@Suite struct XMLRendererTests {
    @Test func documentFollowsTheSchema() throws {
        var article = everyBlockArticle
        article.metadata.authors = ["Ada Writer", "Bo Editor"]
        article.metadata.license = "https://creativecommons.org/licenses/by/4.0/"
        article.metadata.pageType = "article"
        let root = try parseXML(XMLRenderer.render(article, origin: "in/a.html"))
        #expect(root.name == "article")
        #expect(root.child("title")?.text == "The Title")
        #expect(root.child("authors")?.children.map(\.text) == ["Ada Writer", "Bo Editor"])
        #expect(root.child("categories")?.children.map(\.name) == ["category", "category"])
        #expect(root.child("image") == nil, "unknown values are left out")
        #expect(root.child("license")?.text == "https://creativecommons.org/licenses/by/4.0/")
        #expect(root.child("source")?.text == "in/a.html")
        let text = try #require(root.child("text"))
        #expect(text.children.map(\.name) == ["head", "p", "list", "list", "quote", "table", "code"])
        #expect(text.children[0].attributes["level"] == "2")
        #expect(text.children[2].attributes["ordered"] == "false")
        #expect(text.children[3].attributes["ordered"] == "true")
        #expect(text.children[2].children.map(\.text) == ["one", "two"])
        #expect(text.children[5].children.map { $0.children.map(\.text) } == [["H1", "H2"], ["a", "b|c"]])
        #expect(text.children[6].text == "let x = 1\nprint(x)")
        #expect(root.children.last?.name == "text")
    }

    @Test(arguments: CSVRendererTests.nastyStrings + JSONValueTests.nastyStrings)
    func nastyStringsStayWellFormedAndReadBack(text: String) throws {
        let article = Article(
            metadata: Metadata(title: text, tags: [text]),
            blocks: [.paragraph(text), .code(text), .table(rows: [[text]])])
        let xml = XMLRenderer.render(article, origin: text)
        let root = try parseXML(xml)
        // XML cannot carry most control characters: they are removed, everything else survives.
        let allowed = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) }))
        let title = root.child("title")?.text ?? ""
        #expect(title == allowed)
        #expect(root.child("text")?.child("p")?.text ?? "" == allowed)
        #expect(root.child("source")?.text ?? "" == allowed)
        #expect(!xml.contains("<script>"))
    }
}
