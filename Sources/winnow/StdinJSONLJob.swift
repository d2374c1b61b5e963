import Clean
import Export
import Fetch
import Foundation
import WinnowCore

/// `winnow clean --stdin-jsonl`: reads `{"url": ..., "html": ...}` lines from standard input and writes
/// one ``PageResultRecord`` line per input line to standard output, in input order.
///
/// Lines are cleaned in parallel (`jobs` at a time) and written in order through a bounded reorder
/// window: at most `window` lines are read ahead of the oldest unfinished one, so memory stays bounded
/// however long the stream. A bad line (invalid JSON, no `html`, too long, a page that fails) becomes an
/// `error` record and the stream goes on. Standard input is read on a thread of its own (``LineFeed``)
/// and output is written as soon as the oldest lines are done, so a client may send a line and wait for
/// its answer.
struct StdinJSONLJob {
    let options: CleanOptions
    let jobs: Int
    /// Lines read ahead of the oldest line not yet written.
    var window: Int { max(jobs * 4, 8) }
    /// The longest input line read: JSON escaping can make a page's line several times its size.
    var maxLineBytes: Int { options.maxBytes > Int.max / 4 ? Int.max : options.maxBytes * 4 }

    /// Returns 0 when every input line got its record (records may be errors: engines such as Spark's
    /// `RDD.pipe` fail the whole task on a non-zero exit), 1 when standard input could not be read to its
    /// end, 3 when standard output cannot be written.
    func run() async -> Int32 {
        let feed = LineFeed(LineReader(FileHandle.standardInput, maxLineBytes: maxLineBytes), capacity: jobs)
        var status = ExitCodes.success
        await withTaskGroup(of: Event.self) { group in
            var nextToRead = 1
            var nextToWrite = 1
            var finished: [Int: String] = [:]
            var running = 0
            var reading = false
            var endOfInput = false
            // One read in flight at a time, while a job is free and the window has room.
            func readAhead() {
                guard !reading, !endOfInput, running < jobs, nextToRead - nextToWrite < window else { return }
                reading = true
                group.addTask { .read(await feed.next()) }
            }
            readAhead()
            while let event = await group.next() {
                switch event {
                case .read(nil):
                    reading = false
                    endOfInput = true
                case .read(.failed(let message)):
                    reading = false
                    endOfInput = true
                    FileHandle.standardError.write(Data("winnow: standard input: \(message)\n".utf8))
                    status = ExitCodes.somePagesFailed
                case .read(.line(let line)):
                    reading = false
                    let number = nextToRead
                    nextToRead += 1
                    running += 1
                    group.addTask { .cleaned(number, record(for: line, number: number).json.serialized(.compact)) }
                case .cleaned(let number, let text):
                    running -= 1
                    finished[number] = text
                    var ready = ""
                    while let text = finished.removeValue(forKey: nextToWrite) {
                        ready += text + "\n"
                        nextToWrite += 1
                    }
                    if !ready.isEmpty && status != ExitCodes.outputUnusable {
                        do { try FileHandle.standardOutput.write(contentsOf: Data(ready.utf8)) } catch {
                            let message = "winnow: standard output: \(error.localizedDescription)\n"
                            FileHandle.standardError.write(Data(message.utf8))
                            status = ExitCodes.outputUnusable
                            endOfInput = true  // nobody reads the results: stop reading
                        }
                    }
                }
                readAhead()
            }
        }
        return status
    }

    private enum Event: Sendable {
        /// A line (or the end, or a read failure) from standard input.
        case read(LineFeed.Item?)
        /// The output record of input line `number`.
        case cleaned(Int, String)
    }

    /// Cleans one line's page; never throws: every failure is the record's error.
    private func record(for line: LineReader.Line, number: Int) -> PageResultRecord {
        switch line {
        case .tooLong(let length):
            let message = "line \(number) has \(length) bytes, limit is \(maxLineBytes) (4 × --max-bytes)"
            return PageResultRecord(line: number, url: nil, error: message)
        case .text(let bytes):
            let parsed = PageRecordLine(bytes, number: number)
            do {
                let page = try parsed.page.get()
                let article = try Cleaner(options: options).clean(page)
                return PageResultRecord(line: number, url: parsed.url, article: article, origin: page.origin)
            } catch {
                return PageResultRecord(line: number, url: parsed.url, error: error.message)
            }
        }
    }
}
