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
    /// Also write `OUT/<stem>.explain.html` per page (`--explain-html`); needs `options.explain`.
    var explainHTML = false
    /// Continue the run already in the output folder (`--resume`, or a restarted worker); nil starts over.
    var resume: BatchResume?
    /// This process is the worker of a supervising `winnow clean` (see `CleanSupervisor`).
    var isWorker = false

    func run() async -> Int32 {
        let folder: OutputFolder
        let manifest: ManifestWriter
        let articles: ArticlesJSONLWriter?
        let csvRows: ArticlesCSVWriter?
        let lock: OutputLock
        let start: BatchStart
        let journal: PageJournal
        do {
            folder = try OutputFolder(URL(fileURLWithPath: outputFolder))
            lock = try lockFolder(folder)
            start = try prepare(folder)
            let mode: JSONLinesFile.Mode = resume == nil ? .truncate : .append
            manifest = try ManifestWriter(in: folder, mode: mode)
            articles = formats.contains(.jsonl) ? try ArticlesJSONLWriter(in: folder, mode: mode) : nil
            csvRows = formats.contains(.csv) ? try ArticlesCSVWriter(in: folder, mode: mode) : nil
            journal = try PageJournal(in: folder, mode: .append)
        } catch {
            FileHandle.standardError.write(Data("winnow: cannot use output folder \(outputFolder): \(error)\n".utf8))
            return ExitCodes.outputUnusable
        }
        let stems = OutputNamer(positional: inputs.map(\.relativePath)).positionalStems
        let started = Date()
        let census = batchDedup ? await takeCensus(start.schedule(inputs, skipping: start.failed), journal: journal) : nil
        let schedule = start.schedule(inputs, skipping: start.finished)
        let order = schedule.order
        var progress = Progress(total: order.count, enabled: showProgress)
        var statistics = RunStatistics()
        var manifestFailed = false
        var waiting = ManifestGroup()

        // Writes the waiting pages' manifest lines after one sync that covers their files.
        func record(_ group: inout ManifestGroup) {
            for entry in group.take(syncing: folder) {
                do { try manifest.record(entry) } catch {
                    if !manifestFailed {
                        progress.clearLine()
                        FileHandle.standardError.write(Data("winnow: manifest: \(error)\n".utf8))
                    }
                    manifestFailed = true
                }
                if entry.status == .error {
                    progress.clearLine()
                    FileHandle.standardError.write(Data("winnow: \(entry.input): \(entry.error ?? "failed")\n".utf8))
                }
                progress.record(entry.status)
            }
        }

        await withTaskGroup(of: (ManifestEntry, Article?, RunStatistics.Page).self) { group in
            var next = 0
            var running = 0
            func fill() {
                while next < order.count && running < schedule.concurrency(startingAt: next, jobs: jobs) {
                    let index = order[next]
                    next += 1
                    running += 1
                    group.addTask {
                        startPage(inputs[index], journal: journal)
                        return process(inputs[index], stem: stems[index], folder: folder, census: census)
                    }
                }
            }
            fill()
            while var (entry, article, page) = await group.next() {
                running -= 1
                statistics.record(page)
                if let article, let articles {
                    do { try articles.append(article, origin: entry.input) } catch {
                        entry = failedAggregate(entry, file: ArticlesJSONLWriter.fileName, error: error)
                    }
                }
                if let article, let csvRows, entry.status != .error {
                    do { try csvRows.append(article, origin: entry.input) } catch {
                        entry = failedAggregate(entry, file: ArticlesCSVWriter.fileName, error: error)
                    }
                }
                // The page's work is done; its manifest line follows with its group's sync.
                try? journal.done(entry.input)  // a journal write that fails only costs the crash diagnosis
                waiting.add(entry)
                fill()  // before a sync, so that the other jobs go on meanwhile
                if waiting.isDue { record(&waiting) }
            }
        }
        record(&waiting)
        try? articles?.close()
        try? csvRows?.close()
        try? journal.close()
        do { try manifest.close() } catch {
            FileHandle.standardError.write(Data("winnow: manifest: \(error)\n".utf8))
            manifestFailed = true
        }
        let elapsed = Date().timeIntervalSince(started)
        if inputs.count > 1 { writeReport(statistics, elapsed: elapsed, started: started, folder: folder) }
        progress.finish(elapsed: elapsed)
        withExtendedLifetime(lock) {}
        if manifestFailed { return ExitCodes.outputUnusable }
        return progress.errors > 0 ? ExitCodes.somePagesFailed : ExitCodes.success
    }

    /// The first pass of `--batch-dedup`: cleans every page and counts its blocks per site.
    /// Pages that fail here fail again, and are reported, in the second pass. Pages are journaled and
    /// suspects go first, alone, as in the second pass, so a page that crashes the worker here is
    /// recorded too (and left out of `schedule` next time).
    private func takeCensus(_ schedule: BatchStart.Schedule, journal: PageJournal) async -> BlockCensus {
        var census = BlockCensus()
        await withTaskGroup(of: (Article, String)?.self) { group in
            var next = 0
            var running = 0
            func fill() {
                while next < schedule.order.count && running < schedule.concurrency(startingAt: next, jobs: jobs) {
                    let input = inputs[schedule.order[next]]
                    next += 1
                    running += 1
                    group.addTask {
                        startPage(input, journal: journal)
                        defer { try? journal.done(input.path) }
                        guard let article = try? clean(input) else { return nil }
                        return (article, BlockCensus.site(of: article, fallback: Self.folder(of: input)))
                    }
                }
            }
            fill()
            while let result = await group.next() {
                running -= 1
                if let (article, site) = result { census.add(article, site: site) }
                fill()
            }
        }
        return census
    }

    private func clean(_ input: LocalInput) throws(PageError) -> Article {
        try clean(LocalSource.read(input, maxBytes: options.maxBytes, url: url))
    }

    private func clean(_ page: FetchedPage) throws(PageError) -> Article {
        try Cleaner(options: options).clean(page)
    }

    /// Writes `OUT/report.html`; a failure is reported on stderr and does not change the exit code,
    /// since every page's outputs are already written.
    private func writeReport(_ statistics: RunStatistics, elapsed: TimeInterval, started: Date, folder: OutputFolder) {
        let facts = [
            ("Inputs", inputs.count == 1 ? inputs[0].path : "\(inputs.count) inputs"),
            ("Output folder", outputFolder),
            ("Started", ISO8601DateFormatter().string(from: started)),
            ("Jobs", "\(jobs)"),
            ("Favor", "\(options.focus)"),
        ]
        let html = RunReportRenderer.render(statistics, elapsedSeconds: elapsed, facts: facts)
        do { try folder.write(html, to: RunReportRenderer.fileName) } catch {
            FileHandle.standardError.write(Data("winnow: \(RunReportRenderer.fileName): \(error)\n".utf8))
        }
    }

    /// The folder an input sits in: the site of pages that name none.
    private static func folder(of input: LocalInput) -> String {
        (input.path as NSString).deletingLastPathComponent
    }

    /// Reads, cleans and writes one page, and measures it for the run report; never throws: failures
    /// become the entry's error.
    private func process(
        _ input: LocalInput, stem: String, folder: OutputFolder, census: BlockCensus?
    ) -> (ManifestEntry, Article?, RunStatistics.Page) {
        let clock = ContinuousClock()
        let start = clock.now
        var bytes = 0
        let (entry, article) = process(input, stem: stem, folder: folder, census: census, bytes: &bytes)
        let elapsed = clock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000
            + Double(elapsed.components.attoseconds) / 1e15
        var rules: [String: Int] = [:]
        for removal in article?.report?.removals ?? [] { rules[removal.rule, default: 0] += 1 }
        let page = RunStatistics.Page(
            input: input.path, status: RunStatistics.Status(entry.status), host: article?.metadata.hostname,
            elapsedMilliseconds: milliseconds, bytes: bytes,
            textLength: article?.textLength ?? 0,
            rules: rules, error: entry.error)
        return (entry, article, page)
    }

    private func process(
        _ input: LocalInput, stem: String, folder: OutputFolder, census: BlockCensus?, bytes: inout Int
    ) -> (ManifestEntry, Article?) {
        var article: Article
        do {
            let page = try LocalSource.read(input, maxBytes: options.maxBytes, url: url)
            bytes = page.bytes.count
            article = try clean(page)
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
            var exporter = PageExporter(folder: folder, formats: formats, articles: nil)
            exporter.explainHTML = explainHTML
            exporter.writer.durability = .deferred  // synced with the page's group (ManifestGroup)
            try exporter.writeFiles(article, stem: stem, origin: input.path, written: &outputs)
        } catch {
            return (ManifestEntry(input: input.path, status: .error, outputs: outputs, error: "\(error)"), nil)
        }
        if formats.contains(.jsonl) { outputs.append(ArticlesJSONLWriter.fileName) }
        if formats.contains(.csv) { outputs.append(ArticlesCSVWriter.fileName) }
        return (ManifestEntry(input: input.path, status: article.isEmpty ? .empty : .ok, outputs: outputs), article)
    }
}

extension RunStatistics.Status {
    init(_ status: ManifestEntry.Status) {
        switch status {
        case .ok: self = .ok
        case .empty: self = .empty
        case .error: self = .error
        }
    }
}
