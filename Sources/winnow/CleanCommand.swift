public import ArgumentParser
import Clean
import Export
import Fetch
import Foundation
import WinnowCore

extension CleanOptions.Focus: ExpressibleByArgument {}

/// `winnow clean PATH... [-o OUT] [-f txt,json]`
struct CleanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean HTML files, folders (recursively) or standard input.",
        discussion: """
            With -o, writes OUT/<relative path>.<format> for every input plus OUT/manifest.jsonl \
            (one line per input: input, status, outputs, error), and OUT/report.html when there is more \
            than one input. Without -o, a single input's text \
            goes to standard output. Exit codes: 0 all pages done, 1 some pages failed, \
            3 output folder unusable, 64 usage error.
            """
    )

    @Argument(help: "HTML files, folders (searched recursively for .html, .htm, .xhtml), or - for stdin.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output folder. Without it, the text of a single input goes to stdout.")
    var output: String?

    @Option(name: .shortAndLong, help: "Output formats, comma-separated: txt, json, jsonl, md, csv, xml.")
    var formats: String = "txt"

    @Option(help: "The page's URL (single input only): resolves relative links and fills `url`.")
    var url: String?

    @Option(name: .shortAndLong, help: "Pages cleaned in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Largest input accepted, in bytes.")
    var maxBytes: Int = CleanOptions().maxBytes

    @Option(help: "Most DOM nodes per page; a page with more is an error.")
    var maxNodes: Int = CleanOptions().maxNodes

    @Option(help: "Most seconds per page, checked between passes; a slower page is an error (0: no limit).")
    var maxSeconds: Double = CleanOptions().maxSeconds

    @Option(help: "Attributes kept per element; more are dropped before parsing (they are not an error).")
    var maxAttributes: Int = CleanOptions().maxAttributes

    @Option(help: "Longest attribute value kept, in bytes; longer values are cut before parsing.")
    var maxAttributeBytes: Int = CleanOptions().maxAttributeBytes

    @Option(help: "What to favour in doubt: precision, balanced or recall.")
    var favor: CleanOptions.Focus = .balanced

    @Flag(inversion: .prefixedNo, help: "Keep data tables (a row per line, cells separated by tabs).")
    var tables = true

    @Flag(help: "Write links as Markdown [text](url).")
    var links = false

    @Flag(help: "Write images as Markdown ![alt](src).")
    var images = false

    @Flag(help: "Extract the comment thread into a `comments` field (json, jsonl) instead of dropping it.")
    var comments = false

    @Flag(help: "Also write OUT/<name>.explain.json: every removed block, its path and the rule that removed it.")
    var explain = false

    @Flag(help: "Also write OUT/<name>.explain.html: a view of kept and removed blocks (implies --explain).")
    var explainHtml = false

    @Flag(help: "Remove blocks repeated verbatim across 3+ pages (and 30%) of one site in this batch; costs a second pass.")
    var batchDedup = false

    @Flag(name: .shortAndLong, help: "No progress line and no summary on stderr.")
    var quiet = false

    @Flag(help: "Continue the run in OUT: skip inputs done in OUT/manifest.jsonl (ok, empty), clean the others.")
    var resume = false

    @Flag(
        inversion: .prefixedNo,
        help: "Clean in a worker process, so a page that crashes or hangs it costs that page only (with -o).")
    var isolate = true

    /// Set by ``CleanSupervisor`` on the worker it starts: 0 for the first, then one more per restart.
    @Option(help: .private)
    var workerPass: Int?

    @OptionGroup var sharding: ShardOptionGroup

    @Flag(help: "Read {\"url\": ..., \"html\": ...} lines from stdin; write one JSON result per line, in order.")
    var stdinJsonl = false

    func validate() throws {
        try validateModes()
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be positive") }
        if maxSeconds < 0 { throw ValidationError("--max-seconds must not be negative") }
        if maxAttributes < 1 { throw ValidationError("--max-attributes must be positive") }
        if maxAttributeBytes < 1 { throw ValidationError("--max-attribute-bytes must be positive") }
        if output == nil && paths.count != 1 && !stdinJsonl {
            throw ValidationError("without -o, give exactly one input (a file or -)")
        }
        if url != nil && paths.count != 1 { throw ValidationError("--url needs exactly one input") }
        if explain && output == nil { throw ValidationError("--explain writes files: give an output folder with -o") }
        if explainHtml && output == nil {
            throw ValidationError("--explain-html writes files: give an output folder with -o")
        }
        do { _ = try OutputFormat.parseList(formats) } catch { throw ValidationError("\(error)") }
        try validateResume()
    }

    func run() async throws {
        var cleanOptions = CleanOptions(maxBytes: maxBytes, focus: favor, explain: explain || explainHtml)
        cleanOptions.maxNodes = maxNodes
        cleanOptions.maxSeconds = maxSeconds
        cleanOptions.maxAttributes = maxAttributes
        cleanOptions.maxAttributeBytes = maxAttributeBytes
        cleanOptions.tables = tables
        cleanOptions.links = links
        cleanOptions.images = images
        cleanOptions.comments = comments
        if stdinJsonl { throw ExitCode(await StdinJSONLJob(options: cleanOptions, jobs: jobs).run()) }
        let formatList = try OutputFormat.parseList(formats)
        guard let output else {
            let code = StandardOutputJob(path: paths[0], url: url, format: formatList[0], options: cleanOptions).run()
            throw ExitCode(code)
        }
        var job = BatchJob(
            inputs: LocalSource.inputs(for: paths, shard: sharding.value), outputFolder: output, formats: formatList,
            url: url, jobs: jobs, options: cleanOptions, showProgress: !quiet)
        job.batchDedup = batchDedup
        job.explainHTML = explainHtml
        throw ExitCode(await runBatch(job))
    }
}
