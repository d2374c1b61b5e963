import Foundation

extension ArticlesCSVWriter {
    /// Before a resumed run appends again: rewrites `articles.csv` atomically with its header and the
    /// first row of each source in `finished`, like ``ArticlesJSONLWriter/retain(in:sources:)``.
    ///
    /// Rows are compared by their raw `source` cell against each finished source rendered as a cell
    /// (``CSVRenderer`` neutralises formula starters and drops control characters, so the cell is not
    /// always the source as given). A torn last row (no CRLF) is dropped.
    /// - Throws: ``ExportError`` when the file cannot be rewritten.
    public static func retain(in folder: OutputFolder, sources finished: Set<String>) throws {
        let url = try folder.prepareFile(fileName)
        guard let data = FileManager.default.contents(atPath: url.path(percentEncoded: false)) else { return }
        let wanted = Set(finished.map { Array(CSVRenderer.cell($0).utf8) })
        let sourceColumn = CSVRenderer.columns.firstIndex(of: "source") ?? 0
        var seen = Set<[UInt8]>()
        var kept: [UInt8] = []
        for (index, record) in records(in: Array(data)).enumerated() {
            let isHeader = index == 0
            guard isHeader || record.fields.count == CSVRenderer.columns.count else { continue }
            if !isHeader {
                let source = Array(record.fields[sourceColumn])
                guard wanted.contains(source), seen.insert(source).inserted else { continue }
            }
            kept += record.bytes
        }
        if kept.count != data.count { try AtomicFileWriter().write(kept, to: url) }
    }

    /// The whole records in `bytes` (each ending in CRLF outside quotes) with their raw fields.
    /// Walks bytes: `"` toggles quoting (a doubled quote toggles twice), `,` and CRLF count only outside.
    static func records(in bytes: [UInt8]) -> [(bytes: ArraySlice<UInt8>, fields: [ArraySlice<UInt8>])] {
        var result: [(bytes: ArraySlice<UInt8>, fields: [ArraySlice<UInt8>])] = []
        var recordStart = 0
        var fieldStart = 0
        var fields: [ArraySlice<UInt8>] = []
        var quoted = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted && byte == UInt8(ascii: ",") {
                fields.append(bytes[fieldStart..<index])
                fieldStart = index + 1
            } else if !quoted && byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                fields.append(bytes[fieldStart..<index])
                result.append((bytes[recordStart..<index + 2], fields))
                fields = []
                index += 2
                recordStart = index
                fieldStart = index
                continue
            }
            index += 1
        }
        return result
    }
}
