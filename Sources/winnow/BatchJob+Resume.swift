import Export
import Fetch
import Foundation

/// How a batch continues an earlier run in its output folder: `winnow clean --resume`, or a worker
/// restarted by its supervisor after a crash.
struct BatchResume {
    /// Also keep `error` lines and skip their pages. A restarted worker does, since those pages just
    /// crashed or hung it; `--resume` does not, so a page that failed (a full disk, say) is tried again.
    var keepingErrors = false
}

/// What a batch skips and which pages it cleans alone first.
struct BatchStart {
    /// Inputs whose manifest lines are kept.
    var finished: Set<String> = []
    /// Inputs that were in progress when an earlier run died: one of them may have killed it.
    var suspects: [String] = []
    /// Inputs whose kept lines are errors (a restarted worker's crashed or hung pages).
    var failed: Set<String> = []

    /// The pages of one pass in the order to start them.
    struct Schedule {
        /// Indices into the inputs: suspects first, then the others in their order.
        let order: [Int]
        /// How many entries at the front of `order` are suspects.
        let serialCount: Int

        /// How many pages may be in progress when `order[next]` is the next to start: one while suspects
        /// remain or the last one still runs, so a second crash names its page; else `jobs`.
        func concurrency(startingAt next: Int, jobs: Int) -> Int {
            serialCount > 0 && next <= serialCount ? 1 : jobs
        }
    }

    /// The inputs to clean, leaving out those in `skipped`, suspects first.
    func schedule(_ inputs: [LocalInput], skipping skipped: Set<String>) -> Schedule {
        let suspected = Set(suspects)
        let todo = inputs.indices.filter { !skipped.contains(inputs[$0].path) }
        let first = todo.filter { suspected.contains(inputs[$0].path) }
        return Schedule(order: first + todo.filter { !suspected.contains(inputs[$0].path) }, serialCount: first.count)
    }
}

extension BatchJob {
    /// Takes the output folder's lock: the run's lock, or the worker lock under a supervisor (which
    /// holds the run's lock itself).
    func lockFolder(_ folder: OutputFolder) throws -> OutputLock {
        if isWorker { return try OutputLock(in: folder, name: OutputLock.workerFileName, waitSeconds: 5) }
        return try OutputLock.forRun(in: folder)
    }

    /// Gets the output folder ready, under its lock: removes temp files a killed run left, and when
    /// resuming, compacts the manifest, `articles.jsonl` and the journal so that nothing is recorded twice.
    func prepare(_ folder: OutputFolder) throws -> BatchStart {
        AtomicFileWriter.removeStaleTempFiles(in: URL(fileURLWithPath: folder.resolvedPath))
        guard let resume else {
            try PageJournal.rewrite(in: folder, suspects: [])
            return BatchStart()
        }
        let finished = try ManifestWriter.retain(in: folder, keepingErrors: resume.keepingErrors)
        if formats.contains(.jsonl) { try ArticlesJSONLWriter.retain(in: folder, sources: finished) }
        if formats.contains(.csv) { try ArticlesCSVWriter.retain(in: folder, sources: finished) }
        let suspects = try PageJournal.unfinished(in: folder).filter { !finished.contains($0) }
        try PageJournal.rewrite(in: folder, suspects: suspects)
        let failed = resume.keepingErrors ? try ManifestWriter.recordedInputs(in: folder, status: .error) : []
        return BatchStart(finished: finished, suspects: suspects, failed: failed)
    }

    /// Journals the page before anything can crash on it, then fires the test hook in a worker.
    func startPage(_ input: LocalInput, journal: PageJournal) {
        // A journal that cannot be written (full disk) only costs the crash diagnosis; the page's own
        // writes fail and report the cause.
        try? journal.start(input.path)
        if isWorker { TestFault.trigger(for: input.path) }
    }

    /// The entry of a page whose line in a shared file (`articles.jsonl`, `articles.csv`) failed: an
    /// error, so the manifest never calls a page done that is not wholly written.
    func failedAggregate(_ entry: ManifestEntry, file: String, error: any Error) -> ManifestEntry {
        let shared: Set<String> = [ArticlesJSONLWriter.fileName, ArticlesCSVWriter.fileName]
        return ManifestEntry(
            input: entry.input, status: .error, outputs: entry.outputs.filter { !shared.contains($0) },
            error: "\(file): \(error)")
    }
}
