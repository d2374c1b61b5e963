import Clean
import Export
import Fetch
import Foundation
import WinnowCore

/// Cleans many inputs in parallel and writes their outputs and the manifest.
///
/// Pages are independent: each child task reads, cleans, renders and writes one page and returns
/// its manifest entry; only this loop writes the manifest, so its lines never interleave. A page
/// that fails becomes an `error` entry and the run goes on.
struct BatchJob {
    let inputs: [LocalInput]
    let outputFolder: String
    let formats: [OutputFormat]
    let url: String?
    let jobs: Int
    let options: CleanOptions
    let showProgress: Bool
    /// Remove blocks repeated across a site's pages (`--batch-dedup`): costs a first cleaning pass.
    var batchDedup = false

    func run() async -> Int32 {
        let folder: OutputFolder
        let manifest: ManifestWriter
        let articles: ArticlesJSONLWriter?
        let csvRows: ArticlesCSVWriter?
        do {
            folder = try OutputFolder(URL(fileURLWithPath: outputFolder))
            manifest = try ManifestWriter(in: folder, mode: .truncate)
            articles = formats.contains(.jsonl) ? try ArticlesJSONLWriter(in: folder, mode: .truncate) : nil
            csvRows = formats.contains(.csv) ? try ArticlesCSVWriter(in: folder, mode: .truncate) : nil
        } catch {
            FileHandle.standardError.write(Data("winnow: cannot use output folder \(outputFolder): \(error)\n".utf8))
            return ExitCodes.outputUnusable
        }
        let stems = OutputNamer(positional: inputs.map(\.relativePath)).positionalStems
        let started = Date()
        let census = batchDedup ? await takeCensus() : nil
        var progress = Progress(total: inputs.count, enabled: showProgress)

        await withTaskGroup(of: (ManifestEntry, Article?).self) { group in
            var next = 0
            func submit() {
                guard next < inputs.count else { return }
                let index = next
                next += 1
                group.addTask {
                    process(inputs[index], stem: stems[index], folder: folder, census: census)
                }
            }
            for _ in 0..<min(jobs, inputs.count) { submit() }
            while let (entry, article) = await group.next() {
                if let article, let articles {
                    do { try articles.append(article, origin: entry.input) } catch {
                        FileHandle.standardError.write(Data("winnow: \(entry.input): articles.jsonl: \(error)\n".utf8))
                    }
                }
                if let article, let csvRows {
                    do { try csvRows.append(article, origin: entry.input) } catch {
                        FileHandle.standardError.write(Data("winnow: \(entry.input): articles.csv: \(error)\n".utf8))
                    }
                }
                do { try manifest.record(entry) } catch {
                    FileHandle.standardError.write(Data("winnow: manifest: \(error)\n".utf8))
                }
                if entry.status == .error {
                    progress.clearLine()
                    FileHandle.standardError.write(Data("winnow: \(entry.input): \(entry.error ?? "failed")\n".utf8))
                }
                progress.record(entry.status)
                submit()
            }
        }
        try? articles?.close()
        try? csvRows?.close()
        try? manifest.close()
        progress.finish(elapsed: Date().timeIntervalSince(started))
        return progress.errors > 0 ? ExitCodes.somePagesFailed : ExitCodes.success
    }

    /// The first pass of `--batch-dedup`: cleans every page and counts its blocks per site.
    /// Pages that fail here fail again, and are reported, in the second pass.
    private func takeCensus() async -> BlockCensus {
        var census = BlockCensus()
        await withTaskGroup(of: (Article, String)?.self) { group in
            var next = 0
            func submit() {
                guard next < inputs.count else { return }
                let input = inputs[next]
                next += 1
                group.addTask {
                    guard let article = try? clean(input) else { return nil }
                    return (article, BlockCensus.site(of: article, fallback: Self.folder(of: input)))
                }
            }
            for _ in 0..<min(jobs, inputs.count) { submit() }
            while let result = await group.next() {
                if let (article, site) = result { census.add(article, site: site) }
                submit()
            }
        }
        return census
    }

    private func clean(_ input: LocalInput) throws(PageError) -> Article {
        let page = try LocalSource.read(input, maxBytes: options.maxBytes, url: url)
        return try Cleaner(options: options).clean(page)
    }

    /// The folder an input sits in: the site of pages that name none.
    private static func folder(of input: LocalInput) -> String {
        (input.path as NSString).deletingLastPathComponent
    }

    /// Reads, cleans and writes one page; never throws: failures become the entry's error.
    private func process(
        _ input: LocalInput, stem: String, folder: OutputFolder, census: BlockCensus?
    ) -> (ManifestEntry, Article?) {
        var article: Article
        do {
            article = try clean(input)
        } catch {
            return (ManifestEntry(input: input.path, status: .error, error: error.message), nil)
        }
        if let census {
            let site = BlockCensus.site(of: article, fallback: Self.folder(of: input))
            let (filtered, removed) = census.filter(article, site: site)
            article = filtered
            article.report?.removals += removed.map {
                ExtractionReport.Removal(excerpt: $0, path: "", category: "repeated", rule: "batch-repeated")
            }
        }
        var outputs: [String] = []
        do {
            try PageExporter(folder: folder, formats: formats, articles: nil)
                .writeFiles(article, stem: stem, origin: input.path, written: &outputs)
        } catch {
            return (ManifestEntry(input: input.path, status: .error, outputs: outputs, error: "\(error)"), nil)
        }
        if let explanation = ExplainRenderer.render(article, origin: input.path) {
            let relative = stem + ExplainRenderer.fileSuffix
            do { try folder.write(explanation, to: relative) } catch {
                return (ManifestEntry(input: input.path, status: .error, outputs: outputs, error: "\(error)"), nil)
            }
            outputs.append(relative)
        }
        if formats.contains(.jsonl) { outputs.append(ArticlesJSONLWriter.fileName) }
        if formats.contains(.csv) { outputs.append(ArticlesCSVWriter.fileName) }
        return (ManifestEntry(input: input.path, status: article.isEmpty ? .empty : .ok, outputs: outputs), article)
    }
}
