import Fetch
import Foundation

/// The pages `winnow bench` measures: a folder given by the user, or one generated from `samples/`.
enum BenchCorpus {
    /// Writes `count` pages into `folder` (created if needed), made from the HTML files in `samples`
    /// by light, deterministic variation: page `k` is sample `k % samples` with a variant marker in
    /// its head and a comment of varying length, so no two files are identical but every page still
    /// cleans like its sample. The same arguments always give the same files.
    /// - Throws: when `samples` holds no HTML file or a file cannot be written.
    static func generate(count: Int, from samples: String, into folder: String) throws -> [LocalInput] {
        let sources = LocalSource.inputs(for: [samples]).filter { !$0.relativePath.contains("/") }
        guard !sources.isEmpty else { throw BenchError("no .html files in \(samples)") }
        let pages = try sources.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Spread files over subfolders of 1,000 so very large corpora stay easy to list.
        var inputs: [LocalInput] = []
        inputs.reserveCapacity(count)
        for index in 0..<count {
            let shard = String(format: "%03d", index / 1000)
            let relative = "\(shard)/page-\(String(format: "%06d", index)).html"
            if index % 1000 == 0 {
                try FileManager.default.createDirectory(
                    atPath: folder + "/" + shard, withIntermediateDirectories: true)
            }
            let path = folder + "/" + relative
            try vary(pages[index % pages.count], variant: index / pages.count).write(to: URL(fileURLWithPath: path))
            inputs.append(LocalInput(path: path, relativePath: relative))
        }
        return inputs
    }

    /// Inserts a marker after the first `<head>` (or at the start) of an ASCII-compatible page.
    private static func vary(_ page: Data, variant: Int) -> Data {
        let marker = Data(
            "<meta name=\"bench-variant\" content=\"\(variant)\"><!-- \(String(repeating: "v", count: variant % 64)) -->"
                .utf8)
        guard variant > 0 else { return page }
        if let head = page.range(of: Data("<head>".utf8)) {
            var varied = page
            varied.insert(contentsOf: marker, at: head.upperBound)
            return varied
        }
        return marker + page
    }
}

/// A failure of `winnow bench` itself (not of a page).
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
