import Export
import Foundation

/// Runs `winnow clean -o`'s batch in a worker process and keeps a page that crashes or hangs it from
/// costing the run.
///
/// The worker is this executable again with `--worker-pass N`; it journals every page before cleaning it
/// (``PageJournal``). This process holds the output folder's lock, follows the journal, and:
/// - when a page has been in progress for longer than `hangSeconds` (twice `--max-seconds`; the cleaner
///   itself only checks its deadline between passes, so a hang inside libxml2 is never seen there), kills
///   the worker and records that page as an `error` ("hung: killed after N s");
/// - when the worker dies of a signal with one page in progress, records that page as an `error`
///   ("crashed the worker"); with several in progress it cannot tell which, so the next worker cleans
///   those suspects one at a time first, and a second crash names its page;
/// - then starts a new worker that resumes the run, skipping every page already in the manifest.
///
/// Why processes and not threads: a crash in libxml2 takes the whole process, and a thread stuck in C
/// cannot be stopped. One worker for the whole batch (not one per page) keeps the cost to one `exec`.
struct CleanSupervisor {
    let outputFolder: String
    /// Kill the worker when one page has been in progress this long; 0 disables the watchdog.
    let hangSeconds: Double

    private enum Outcome {
        case exited(Int32)
        case crashed(signal: Int32, inProgress: [String])
        case hung(String, inProgress: [String])
    }

    func run() async -> Int32 {
        let folder: OutputFolder
        let lock: OutputLock
        do {
            folder = try OutputFolder(URL(fileURLWithPath: outputFolder))
            lock = try OutputLock.forRun(in: folder)
        } catch {
            report("cannot use output folder \(outputFolder): \(error)")
            return ExitCodes.outputUnusable
        }
        defer { lock.release() }
        var pass = 0
        var pagesFailed = false
        var crashesWithoutCulprit = 0
        while true {
            let outcome: Outcome
            do {
                outcome = try await runWorker(pass: pass, folder: folder)
            } catch {
                report("cannot start a worker process: \(error)")
                return ExitCodes.outputUnusable
            }
            let culprit: (input: String, message: String)?
            switch outcome {
            case .exited(let code):
                if code == ExitCodes.success && pagesFailed { return ExitCodes.somePagesFailed }
                return code
            case .hung(let input, _):
                culprit = (input, "hung: killed after \(Self.seconds(hangSeconds)) s (the limit is twice --max-seconds)")
            case .crashed(let signal, let inProgress):
                let recorded = (try? ManifestWriter.recordedInputs(in: folder)) ?? []
                let open = inProgress.filter { !recorded.contains($0) }
                let name = String(cString: strsignal(signal))
                culprit = open.count == 1 ? (open[0], "crashed the worker (signal \(signal): \(name))") : nil
                if culprit == nil {
                    crashesWithoutCulprit += 1
                    // Several suspects: the next worker cleans them alone. None twice: not a page's fault.
                    guard open.count > 1 && crashesWithoutCulprit < 3 else {
                        report("the worker crashed (signal \(signal): \(name)) with no page in progress; stopping")
                        return ExitCodes.somePagesFailed
                    }
                    report("the worker crashed (signal \(signal): \(name)); cleaning \(open.count) suspects alone")
                }
            }
            if let culprit {
                crashesWithoutCulprit = 0
                do {
                    try record(culprit.input, error: culprit.message, in: folder)
                } catch {
                    report("manifest: \(error)")
                    return ExitCodes.outputUnusable
                }
                pagesFailed = true
                report("\(culprit.input): \(culprit.message)")
            }
            pass += 1
        }
    }

    /// This executable, for the worker (and `winnow bench`'s end-to-end run) to start.
    static var executable: URL { Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]) }

    /// Runs one worker to its end, killing it when a page hangs.
    private func runWorker(pass: Int, folder: OutputFolder) async throws -> Outcome {
        let process = Process()
        process.executableURL = Self.executable
        var arguments = Array(CommandLine.arguments.dropFirst())
        // Right after the subcommand's name, so a `--` among the user's arguments cannot swallow it.
        arguments.insert(contentsOf: ["--worker-pass", String(pass)], at: min(1, arguments.count))
        process.arguments = arguments
        var tail = try PageJournal.Tail(in: folder)
        var started: [String: ContinuousClock.Instant] = [:]
        var hung: String?
        // Signalled when the worker ends, so the wait between journal reads stops at once then: a
        // plain sleep added up to one interval to every run.
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let clock = ContinuousClock()
        while true {
            let running = process.isRunning
            // Read once more after the worker ended: its last lines tell what was in progress.
            let (restarted, events) = tail.read()
            if restarted { started = [:] }
            for event in events {
                switch event {
                case .start(let input): started[input] = clock.now
                case .done(let input): started[input] = nil
                case .suspect: break  // not started yet: nothing to time
                }
            }
            guard running else { break }
            if hangSeconds > 0, hung == nil,
                let (input, since) = started.min(by: { $0.value < $1.value }),
                clock.now - since > .seconds(hangSeconds)
            {
                hung = input
                kill(process.processIdentifier, SIGKILL)
            }
            _ = ended.wait(timeout: .now() + .milliseconds(100))
        }
        process.waitUntilExit()
        let inProgress = Array(started.keys)
        if let hung { return .hung(hung, inProgress: inProgress) }
        if process.terminationReason == .uncaughtSignal {
            return .crashed(signal: process.terminationStatus, inProgress: inProgress)
        }
        return .exited(process.terminationStatus)
    }

    private func record(_ input: String, error: String, in folder: OutputFolder) throws {
        let manifest = try ManifestWriter(in: folder, mode: .append)
        try manifest.record(ManifestEntry(input: input, status: .error, error: error))
        try manifest.close()
    }

    private func report(_ message: String) {
        FileHandle.standardError.write(Data("winnow: \(message)\n".utf8))
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
