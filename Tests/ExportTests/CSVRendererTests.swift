import Foundation
import Testing
import WinnowCore

@testable import Export

/// A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields may hold commas,
/// CR, LF and doubled quotes. Throws on anything the RFC does not allow (a stray quote in an unquoted field,
/// text after a closing quote, an unterminated quoted field, a bare LF between records).
func readCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error { let reason: String }
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var atFieldStart = true
    while let scalar = scalars.popFirst() {
        if atFieldStart && scalar == "\"" {
            // Quoted field: up to the closing quote, "" is a quote.
            var closed = false
            while let inner = scalars.popFirst() {
                if inner == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        closed = true
                        break
                    }
                } else {
                    field.unicodeScalars.append(inner)
                }
            }
            guard closed else { throw Malformed(reason: "unterminated quoted field") }
            guard scalars.isEmpty || scalars.first == "," || scalars.first == "\r" else {
                throw Malformed(reason: "text after a closing quote")
            }
            atFieldStart = false
            continue
        }
        atFieldStart = false
        switch scalar {
        case ",":
            record.append(field)
            field = ""
            atFieldStart = true
        case "\r":
            guard scalars.popFirst() == "\n" else { throw Malformed(reason: "CR without LF") }
            record.append(field)
            records.append(record)
            record = []
            field = ""
            atFieldStart = true
        case "\n":
            throw Malformed(reason: "bare LF outside quotes")
        case "\"":
            throw Malformed(reason: "quote inside an unquoted field")
        default:
            field.unicodeScalars.append(scalar)
        }
    }
    guard atFieldStart && field.isEmpty && record.isEmpty else { throw Malformed(reason: "last record lacks CRLF") }
    return records
}

@Suite struct CSVRendererTests {
    static let nastyStrings: [String] = [
        #"quote " and "quoted" and """#, "comma, and; semicolon", "newline\nand\r\nCRLF and \r CR",
        "=SUM(A1:A9)", "+1 555", "-2+3", "@cmd", "\tleading tab", "\rleading CR", "]]> <script>alert(1)</script>",
        "nul\u{0}one\u{1}escape\u{1B}", "emoji 👩‍👩‍👧 é (e\u{301})", "", " =spaced",
        "a quote with a combining mark: \"\u{301}, one Character but two scalars",
    ]

    @Test func headerListsTheColumnsThenText() throws {
        let rows = try readCSV(CSVRenderer.header)
        #expect(rows == [CSVRenderer.columns])
        #expect(CSVRenderer.columns.last == "text")
        #expect(CSVRenderer.columns.first == "title")
    }

    @Test func rowCarriesMetadataAndText() throws {
        var article = everyBlockArticle
        article.metadata.dateModified = "2024-05-02"
        article.metadata.pageType = "article"
        article.metadata.fingerprint = "00ff00ff00ff00ff"
        article.metadata.id = "0123456789abcdef"
        let rows = try readCSV(CSVRenderer.render(article, origin: "in/a.html"))
        #expect(rows.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["title"] == "The Title")
        #expect(row["author"] == "Ada Writer; Bo Editor")
        #expect(row["categories"] == "World; Politics")
        #expect(row["image"] == "")
        #expect(row["date_modified"] == "2024-05-02")
        #expect(row["page_type"] == "article")
        #expect(row["fingerprint"] == "00ff00ff00ff00ff")
        #expect(row["id"] == "0123456789abcdef")
        #expect(row["source"] == "in/a.html")
        #expect(row["text"] == everyBlockArticle.text)
    }

    @Test(arguments: nastyStrings)
    func nastyCellsRoundTripThroughAStrictReader(text: String) throws {
        let article = Article(
            metadata: Metadata(title: text, author: text, description: text, tags: [text]),
            blocks: [.paragraph(text), .code(text)])
        let rows = try readCSV(CSVRenderer.render(article, origin: text))
        #expect(rows.count == 2)
        #expect(rows[1].count == CSVRenderer.columns.count)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        let clean = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) }))
        let expected = ["=", "+", "-", "@", "\t", "\r"].contains(where: clean.hasPrefix) ? "'" + clean : clean
        #expect(row["title"] == expected)
        #expect(row["source"] == expected)
        // No cell a spreadsheet would evaluate.
        for cell in rows[1] {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(where: cell.hasPrefix), "formula cell \(cell)")
            #expect(!cell.unicodeScalars.contains { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) })
        }
    }

    @Test func writerWritesTheHeaderOnceAndOneRowPerPage() throws {
        try withTemporaryFolder { folder in
            let url = folder.appending(path: "articles.csv")
            let writer = try ArticlesCSVWriter(url: url, mode: .truncate)
            try writer.append(everyBlockArticle, origin: "a.html")
            try writer.close()
            // Reopening in append mode adds rows without a second header.
            let again = try ArticlesCSVWriter(url: url, mode: .append)
            let formula = Article(metadata: Metadata(title: "=2+2"), blocks: [.paragraph("x, \"y\"\nz")])
            try again.append(formula, origin: "b.html")
            try again.close()
            let rows = try readCSV(String(contentsOf: url, encoding: .utf8))
            #expect(rows.count == 3)
            #expect(rows[0] == CSVRenderer.columns)
            #expect(rows[1].last == everyBlockArticle.text)
            #expect(rows[2].first == "'=2+2")
            #expect(rows[2].last == "x, \"y\"\nz")
            // Truncating starts over with a fresh header.
            let fresh = try ArticlesCSVWriter(url: url, mode: .truncate)
            try fresh.close()
            #expect(try readCSV(String(contentsOf: url, encoding: .utf8)) == [CSVRenderer.columns])
        }
    }

    @Test func concurrentAppendsNeverInterleave() async throws {
        try await withTemporaryFolderAsync { folder in
            let url = folder.appending(path: "articles.csv")
            let writer = try ArticlesCSVWriter(url: url, mode: .truncate)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<64 {
                    group.addTask {
                        let body = String(repeating: "line \(index), with \"quotes\"\n", count: 50)
                        let article = Article(metadata: Metadata(title: "t\(index)"), blocks: [.code(body)])
                        try? writer.append(article, origin: "\(index)")
                    }
                }
            }
            try writer.close()
            let rows = try readCSV(String(contentsOf: url, encoding: .utf8))
            #expect(rows.count == 65)
            #expect(Set(rows.dropFirst().map { $0[0] }) == Set((0..<64).map { "t\($0)" }))
        }
    }

    @Test func formatIsAWholeBatchFileLikeJSONL() throws {
        #expect(try OutputFormat.parseList("csv,xml") == [.csv, .xml])
        #expect(!OutputFormat.csv.isOneFilePerPage)
        #expect(OutputFormat.xml.isOneFilePerPage)
        #expect(OutputFormat.csv.render(everyBlockArticle, origin: "o").hasPrefix(CSVRenderer.header))
    }
}
