import Testing

@testable import Export

@Suite struct OutputFormatTests {
    @Test func extensionsAreTheNames() {
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["txt", "json", "jsonl", "md", "csv", "xml"])
        #expect(OutputFormat.allCases.filter { !$0.isOneFilePerPage } == [.jsonl, .csv])
    }

    @Test func parsesACommaList() throws {
        #expect(try OutputFormat.parseList("txt,json") == [.txt, .json])
        #expect(try OutputFormat.parseList(" MD , jsonl ") == [.md, .jsonl])
        #expect(try OutputFormat.parseList("txt,json,txt") == [.txt, .json])
    }

    @Test(arguments: ["txt,pdf", "", "txt,", "html"])
    func rejectsUnknownNamesClearly(list: String) {
        let error = #expect(throws: ExportError.self) { try OutputFormat.parseList(list) }
        #expect(error?.code == .unknownFormat)
        #expect(error?.message.contains("known formats: txt, json, jsonl, md") == true)
        #expect(error?.message.contains("'\(list)'") == true)
    }

    @Test func namesTheBadEntry() {
        let error = #expect(throws: ExportError.self) { try OutputFormat.parseList("txt,pdf") }
        #expect(error?.message.hasPrefix("unknown output format 'pdf'") == true)
    }
}
