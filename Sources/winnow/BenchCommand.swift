import ArgumentParser
import Clean
import Fetch
import Foundation

/// `winnow bench [--corpus DIR] [--pages N] [--jobs N]`: measures the pipeline against libxml2 alone.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure cleaning speed against libxml2's parse alone, in one run.",
        discussion: """
            Runs, on the same pages: libxml2 parse only (one thread), the full pipeline (read file, \
            clean, render txt) with one job and with --jobs jobs, and `winnow clean CORPUS -o TMP -f txt \
            -j 1 --quiet` as a new process (end to end: process start, worker, files written, manifest). \
            Prints pages/s, MB/s, ms/page, the ratios of the full pipeline and of the end-to-end run to \
            parse-only, the speed-up of --jobs over one job and the peak resident memory of this process. \
            Compare ratios from one run: absolute times depend on the machine. With --generate DIR it \
            only writes the generated corpus to DIR.
            """
    )

    @Option(help: "Folder of HTML pages to measure (searched recursively). Default: pages generated from --samples.")
    var corpus: String?

    @Option(help: "HTML files the default corpus is generated from.")
    var samples: String = "samples"

    @Option(help: "Pages in the generated corpus.")
    var pages: Int = 1000

    @Option(name: .shortAndLong, help: "Parallel jobs of the second full-pipeline run (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Runs of each phase; the fastest counts (reduces noise on a shared machine).")
    var repeats: Int = 1

    @Option(help: "Only write the generated corpus of --pages pages into this folder, then exit.")
    var generate: String?

    @Flag(help: "Also print the CPU time of each stage of the clean (one job), to see where the time goes.")
    var stages = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if pages < 1 { throw ValidationError("--pages must be at least 1") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
        if generate != nil && corpus != nil { throw ValidationError("--generate and --corpus exclude each other") }
    }

    func run() async throws {
        if let generate {
            let written = try BenchCorpus.generate(count: pages, from: samples, into: generate)
            print("winnow bench: wrote \(written.count) pages into \(generate)")
            return
        }
        var temporary: String? = nil
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let inputs: [LocalInput]
        let source: String
        let folder: String
        if let corpus {
            inputs = LocalSource.inputs(for: [corpus])
            source = corpus
            folder = corpus
        } else {
            folder = FileManager.default.temporaryDirectory.path + "/winnow-bench-\(getpid())"
            temporary = folder
            inputs = try BenchCorpus.generate(count: pages, from: samples, into: folder)
            source = "\(pages) pages generated from \(samples)"
        }
        guard !inputs.isEmpty else { throw BenchError("no HTML pages in \(corpus ?? samples)") }

        let runner = BenchRunner(inputs: inputs, options: CleanOptions())
        var parse = runner.parseOnly()
        var one = await runner.fullPipeline(jobs: 1)
        var many = jobs > 1 ? await runner.fullPipeline(jobs: jobs) : nil
        var process = try runner.endToEnd(corpus: folder, bytes: one.bytes)
        // Phases take turns, so a slow spell of a shared machine hits all of them, not one.
        for _ in 1..<repeats {
            parse = fastest(parse, runner.parseOnly())
            one = fastest(one, await runner.fullPipeline(jobs: 1))
            if let previous = many { many = fastest(previous, await runner.fullPipeline(jobs: jobs)) }
            process = fastest(process, try runner.endToEnd(corpus: folder, bytes: one.bytes))
        }
        report(
            source: source, measurements: [parse, one] + (many.map { [$0] } ?? []) + [process], parse: parse,
            one: one, many: many, process: process)
        if stages {
            // Per stage, the fastest of the runs: the machine's noise only ever adds time.
            var fastest = runner.stages()
            for _ in 1..<repeats { fastest.timings.keepMinimum(runner.stages().timings) }
            reportStages(fastest, parse: parse)
        }
    }

    /// CPU ms/page per stage of the clean, with its share of the whole and its size next to libxml2's parse.
    private func reportStages(_ result: (timings: StageTimings, pages: Int), parse: BenchMeasurement) {
        let pages = Double(max(result.pages, 1))
        let total = Double(max(result.timings.total, 1))
        print("stage (1 job, CPU time)             ms/page   share   × parse only")
        for stage in StageTimings.Stage.allCases {
            let nanoseconds = Double(result.timings.nanoseconds[stage.rawValue])
            let perPage = nanoseconds / 1e6 / pages
            print(
                stage.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8.3f %6.1f%% %11.2f", perPage, 100 * nanoseconds / total,
                        perPage / max(parse.cpuMillisecondsPerPage, 1e-9)))
        }
        print(String(format: "%@%8.3f", "total".padding(toLength: 34, withPad: " ", startingAt: 0), total / 1e6 / pages))
    }

    private func fastest(_ a: BenchMeasurement, _ b: BenchMeasurement) -> BenchMeasurement {
        a.seconds <= b.seconds ? a : b
    }

    private func report(
        source: String, measurements: [BenchMeasurement], parse: BenchMeasurement, one: BenchMeasurement,
        many: BenchMeasurement?, process: BenchMeasurement
    ) {
        let megabytes = Double(one.bytes) / 1_000_000
        print(String(format: "winnow bench: %d pages, %.1f MB (%@)", one.pages, megabytes, source))
        print("phase                         pages/s     MB/s   ms/page   cpu ms/page   failed")
        for m in measurements {
            let name = m.name.padding(toLength: 28, withPad: " ", startingAt: 0)
            print(
                name
                    + String(
                        format: "%8.0f %8.1f %9.2f %13.2f %8d", m.pagesPerSecond, m.megabytesPerSecond,
                        m.millisecondsPerPage, m.cpuMillisecondsPerPage, m.failures))
        }
        print(
            String(
                format: "ratio full pipeline (1 job) / libxml2 parse only: %.2fx wall, %.2fx cpu",
                one.seconds / max(parse.seconds, 1e-9), one.cpuSeconds / max(parse.cpuSeconds, 1e-9)))
        print(
            String(
                format: "ratio winnow clean -j 1 (process start, files in, txt files out) / parse only: %.2fx wall, %.2fx cpu",
                process.seconds / max(parse.seconds, 1e-9), process.cpuSeconds / max(parse.cpuSeconds, 1e-9)))
        if let many {
            print(String(format: "speed-up %d jobs / 1 job: %.2fx", jobs, one.seconds / max(many.seconds, 1e-9)))
        }
        let peak = ProcessMemory.peakResident.map { String(format: "%.1f MB", Double($0) / 1_048_576) } ?? "unknown"
        print("peak RSS (VmHWM): \(peak)")
    }
}
