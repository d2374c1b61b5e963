import Clean
import Export
import Fetch
import Foundation
import Synchronization
import WinnowCore

/// The pipeline behind `winnow fetch` (download into WARC) and `winnow run` (download, clean, export).
///
/// Pages stream through: each crawler worker cleans and writes its page before taking the next URL, so
/// at most `--concurrency` pages are in memory whatever the number of URLs.
struct CrawlJob {
    enum Mode {
        /// Archive every exchange to `OUT/*.warc.gz`.
        case fetch
        /// Clean HTML pages and write them in these formats.
        case run(formats: [OutputFormat], clean: CleanOptions)
    }

    let group: FetchOptionGroup
    let mode: Mode
    /// Also write `OUT/<name>.explain.html` per page (`--explain-html`).
    var explainHTML = false
    /// Keep only the URLs of this shard (`--shard`), keyed by the URL as listed.
    var shard: Shard?

    func run() async -> Int32 {
        let folder: OutputFolder
        let manifest: RunManifest
        let archive: WARCWriter?
        var exporter: PageExporter? = nil
        let lock: OutputLock
        do {
            folder = try OutputFolder(URL(fileURLWithPath: group.output))
            lock = try OutputLock.forRun(in: folder)
            AtomicFileWriter.removeStaleTempFiles(in: URL(fileURLWithPath: folder.resolvedPath))
            manifest = try RunManifest(in: folder, resume: group.resume)
            switch mode {
            case .fetch:
                archive = try WARCWriter(folder: folder.url, software: "Winnow/\(WinnowVersion.current)")
            case .run(let formats, _):
                archive = nil
                if group.resume && formats.contains(.jsonl) {
                    try ArticlesJSONLWriter.retain(in: folder, sources: manifest.finished)
                }
                let articles = formats.contains(.jsonl)
                    ? try ArticlesJSONLWriter(in: folder, mode: group.resume ? .append : .truncate) : nil
                exporter = PageExporter(folder: folder, formats: formats, articles: articles, explainHTML: explainHTML)
            }
        } catch {
            FileHandle.standardError.write(Data("winnow: cannot use output folder \(group.output): \(error)\n".utf8))
            return ExitCodes.outputUnusable
        }
        defer { lock.release() }
        let started = Date()
        let quiet = group.quiet
        let statistics = Mutex(RunStatistics())
        let mode = mode
        let (total, problems) = await Crawler.with(options: group.fetchOptions, archive: archive) { crawler in
            let (gathered, problems) = await group.gatherURLs(with: crawler)
            let shard = shard
            let urls = shard.map { shard in gathered.filter(shard.contains) } ?? gathered
            for problem in problems { FileHandle.standardError.write(Data("winnow: \(problem)\n".utf8)) }
            let namer = OutputNamer(inputs: urls)
            let todo = urls.filter { !manifest.finished.contains($0) }
            if !quiet && todo.count < urls.count {
                FileHandle.standardError.write(Data("winnow: resuming: \(urls.count - todo.count) of \(urls.count) URLs already done\n".utf8))
            }
            let exporter = exporter
            await crawler.run(todo) { outcome in
                let clock = ContinuousClock.now
                var textLength = 0
                let entry = Self.finish(
                    outcome, mode: mode, exporter: exporter, stem: namer.stem(for: outcome.url), textLength: &textLength)
                let elapsed = ContinuousClock.now - clock
                statistics.withLock {
                    $0.record(
                        RunStatistics.Page(
                            input: outcome.url, status: RunStatistics.Status(entry.status),
                            host: URL(string: outcome.finalURL ?? outcome.url)?.host,
                            elapsedMilliseconds: Double(elapsed.components.attoseconds) / 1e15
                                + Double(elapsed.components.seconds) * 1000,
                            bytes: outcome.page?.bytes.count ?? 0, textLength: textLength, error: entry.error))
                }
                do { try manifest.record(entry) } catch {
                    FileHandle.standardError.write(Data("winnow: manifest: \(error)\n".utf8))
                }
                if entry.status == .error, !quiet {
                    FileHandle.standardError.write(Data("winnow: \(entry.url): \(entry.error ?? "failed")\n".utf8))
                }
            }
            return (todo.count, problems)
        }
        try? archive?.close()
        try? exporter?.articles?.close()
        try? manifest.close()
        let errors = manifest.count(.error)
        if total > 1 {
            writeReport(statistics.withLock { $0 }, elapsed: Date().timeIntervalSince(started), started: started, folder: folder)
        }
        if !quiet {
            let elapsed = Date().timeIntervalSince(started)
            let summary = "winnow: \(total) URLs: \(manifest.count(.ok)) ok, \(manifest.count(.empty)) empty, "
                + "\(manifest.count(.skipped)) skipped, \(errors) errors in " + String(format: "%.2f s\n", elapsed)
            FileHandle.standardError.write(Data(summary.utf8))
        }
        return errors > 0 || !problems.isEmpty ? ExitCodes.somePagesFailed : ExitCodes.success
    }

    /// Turns one fetch outcome into its manifest entry, cleaning and writing the page in `run` mode.
    private static func finish(
        _ outcome: FetchOutcome, mode: Mode, exporter: PageExporter?, stem: String?, textLength: inout Int
    ) -> RunManifest.Entry {
        var entry = RunManifest.Entry(
            url: outcome.url, finalURL: outcome.finalURL, status: .error, httpStatus: outcome.httpStatus,
            attempts: outcome.attempts, error: outcome.error, outputs: outcome.archiveFiles)
        switch outcome.status {
        case .failed:
            return entry
        case .skipped:
            entry.status = .skipped
            return entry
        case .fetched:
            break
        }
        guard case .run(_, let cleanOptions) = mode, let exporter, let page = outcome.page else {
            entry.status = .ok
            return entry
        }
        guard let stem else {
            entry.error = "no output name for this URL"
            return entry
        }
        let article: Article
        do {
            article = try Cleaner(options: cleanOptions).clean(page)
        } catch {
            entry.error = "clean: \(error.message)"
            return entry
        }
        var written: [String] = []
        do {
            try exporter.writeFiles(article, stem: stem, origin: outcome.url, written: &written)
            if let articles = exporter.articles {
                try articles.append(article, origin: outcome.url)
                written.append(ArticlesJSONLWriter.fileName)
            }
        } catch {
            entry.outputs = written
            entry.error = "write: \(error)"
            return entry
        }
        entry.outputs = written
        textLength = article.textLength
        entry.status = article.isEmpty ? .empty : .ok
        entry.error = nil
        return entry
    }
}

extension CrawlJob {
    /// Writes `OUT/report.html`; a failure is reported on stderr and does not change the exit code.
    fileprivate func writeReport(_ statistics: RunStatistics, elapsed: TimeInterval, started: Date, folder: OutputFolder) {
        let facts = [
            ("Command", mode.isFetch ? "winnow fetch" : "winnow run"),
            ("Output folder", group.output),
            ("Started", ISO8601DateFormatter().string(from: started)),
        ]
        let html = RunReportRenderer.render(statistics, elapsedSeconds: elapsed, facts: facts)
        do { try folder.write(html, to: RunReportRenderer.fileName) } catch {
            FileHandle.standardError.write(Data("winnow: \(RunReportRenderer.fileName): \(error)\n".utf8))
        }
    }
}

extension CrawlJob.Mode {
    var isFetch: Bool {
        if case .fetch = self { return true }
        return false
    }
}

extension RunStatistics.Status {
    init(_ status: RunManifest.Status) {
        switch status {
        case .ok: self = .ok
        case .empty: self = .empty
        case .skipped: self = .skipped
        case .error: self = .error
        }
    }
}
