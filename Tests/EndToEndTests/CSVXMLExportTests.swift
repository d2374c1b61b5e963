import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension CLITests {
    @Test func batchWritesOneCSVRowAndOneXMLDocumentPerPage() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["clean", Self.samples.path, "-o", out.path, "-f", "csv,xml", "--jobs", "2", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
            .filter { $0.hasSuffix(".html") }
        let csv = try String(contentsOf: out.appendingPathComponent("articles.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("title,author,date,url,hostname,sitename,description,language,"))
        // Records end at a CRLF outside quotes: the header plus one per page.
        var records = 0
        var quoted = false
        var previous: Character = " "
        for character in csv {
            if character == "\"" { quoted.toggle() }
            if character == "\r\n" && !quoted { records += 1 }
            previous = character
        }
        #expect(previous == "\r\n")
        #expect(records == pages.count + 1)
        for page in pages {
            let name = String(page.dropLast(".html".count)) + ".xml"
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(name) is not well-formed: \(String(describing: parser.parserError))")
        }
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(manifest.split(separator: "\n").allSatisfy { $0.contains("articles.csv") })
    }
}
