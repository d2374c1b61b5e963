import Clean
import DOM
import Export
import Fetch
import Foundation
import WinnowCore

/// Times of one benchmark phase over a whole corpus.
struct BenchMeasurement {
    let name: String
    let pages: Int
    /// Input bytes processed.
    let bytes: Int
    /// Wall-clock seconds of the timed work.
    let seconds: Double
    /// Process CPU seconds over the phase (all threads).
    let cpuSeconds: Double
    /// Pages that failed (counted, not fatal).
    let failures: Int

    var pagesPerSecond: Double { Double(pages) / max(seconds, 1e-9) }
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(seconds, 1e-9) }
    var millisecondsPerPage: Double { seconds * 1000 / Double(max(pages, 1)) }
    var cpuMillisecondsPerPage: Double { cpuSeconds * 1000 / Double(max(pages, 1)) }
}

/// Runs the phases `winnow bench` compares, in one process, over the same inputs.
struct BenchRunner {
    let inputs: [LocalInput]
    let options: CleanOptions

    /// libxml2 alone: `htmlCtxtReadMemory` + `xmlFreeDoc` with Winnow's options and libxml2's own
    /// encoding detection, one thread. Only the parse is timed; reading the file is not.
    func parseOnly() -> BenchMeasurement {
        var parsing: Duration = .zero
        var cpu = 0.0
        var bytes = 0
        var failures = 0
        let clock = ContinuousClock()
        for input in inputs {
            guard let page = try? LocalSource.read(input, maxBytes: options.maxBytes) else {
                failures += 1
                continue
            }
            bytes += page.bytes.count
            let started = clock.now
            let cpuStarted = Self.threadCPUSeconds()
            if (try? HTMLParser.parseOnly(page.bytes, encoding: nil)) == nil { failures += 1 }
            cpu += Self.threadCPUSeconds() - cpuStarted
            parsing += clock.now - started
        }
        return BenchMeasurement(
            name: "libxml2 parse only", pages: inputs.count, bytes: bytes, seconds: Self.seconds(parsing),
            cpuSeconds: cpu, failures: failures)
    }

    /// Files in, text out: read the file, clean it, render `txt` (not written), with `jobs` pages in
    /// parallel, scheduled like `winnow clean` (a task group with at most `jobs` child tasks).
    func fullPipeline(jobs: Int) async -> BenchMeasurement {
        let cpuStart = Self.cpuSeconds()
        let clock = ContinuousClock()
        let started = clock.now
        let cleaner = Cleaner(options: options)
        let maxBytes = options.maxBytes
        var bytes = 0
        var failures = 0
        await withTaskGroup(of: (bytes: Int, ok: Bool).self) { group in
            var next = 0
            func submit() {
                guard next < inputs.count else { return }
                let input = inputs[next]
                next += 1
                group.addTask {
                    do {
                        let page = try LocalSource.read(input, maxBytes: maxBytes)
                        let article = try cleaner.clean(page)
                        let text = OutputFormat.txt.render(article, origin: input.path)
                        // Touch the result so the work cannot be optimised away.
                        return (page.bytes.count, text.utf8.count >= 0)
                    } catch {
                        return (0, false)
                    }
                }
            }
            for _ in 0..<min(jobs, inputs.count) { submit() }
            while let result = await group.next() {
                bytes += result.bytes
                if !result.ok { failures += 1 }
                submit()
            }
        }
        return BenchMeasurement(
            name: "full pipeline, \(jobs) job\(jobs == 1 ? "" : "s")", pages: inputs.count, bytes: bytes,
            seconds: Self.seconds(clock.now - started), cpuSeconds: Self.cpuSeconds() - cpuStart, failures: failures)
    }

    /// What a user runs: this executable as a new process, `winnow clean CORPUS -o TMP -f txt -j 1
    /// --quiet`, so process start, the worker process, reading, writing and the manifest all count.
    /// CPU is the children's user + system time; `bytes` is the corpus size the other phases measured.
    /// Throws when the run fails or cannot start.
    func endToEnd(corpus: String, bytes: Int) throws -> BenchMeasurement {
        let output = FileManager.default.temporaryDirectory.path + "/winnow-bench-out-\(getpid())"
        try? FileManager.default.removeItem(atPath: output)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = CleanSupervisor.executable
        process.arguments = ["clean", corpus, "-o", output, "-f", "txt", "-j", "1", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        let cpuStart = Self.childrenCPUSeconds()
        let clock = ContinuousClock()
        let started = clock.now
        try process.run()
        process.waitUntilExit()
        let seconds = Self.seconds(clock.now - started)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw BenchError("winnow clean exited with status \(process.terminationStatus)")
        }
        let cpu = Self.childrenCPUSeconds() - cpuStart
        let folder = try OutputFolder(URL(fileURLWithPath: output))
        let failures = try ManifestWriter.recordedInputs(in: folder, status: .error).count
        return BenchMeasurement(
            name: "winnow clean -j 1 (process)", pages: inputs.count, bytes: bytes, seconds: seconds,
            cpuSeconds: cpu, failures: failures)
    }

    /// One job, page after page, with the CPU time of every stage of the clean recorded.
    func stages() -> (timings: StageTimings, pages: Int) {
        let cleaner = Cleaner(options: options)
        var total = StageTimings()
        var pages = 0
        for input in inputs {
            guard let page = try? LocalSource.read(input, maxBytes: options.maxBytes) else { continue }
            var timings: StageTimings? = StageTimings()
            if (try? cleaner.clean(page, timings: &timings)) != nil, let timings {
                total.add(timings)
                pages += 1
            }
        }
        return (total, pages)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// CPU time of the whole process so far, all threads.
    static func cpuSeconds() -> Double { clockSeconds(CLOCK_PROCESS_CPUTIME_ID) }

    /// User + system time of the waited-for child processes so far (their children included).
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// CPU time of the calling thread so far.
    static func threadCPUSeconds() -> Double { clockSeconds(CLOCK_THREAD_CPUTIME_ID) }

    private static func clockSeconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
