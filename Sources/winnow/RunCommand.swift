import ArgumentParser
import Clean
import Export
import Fetch

/// `winnow run URL... -o OUT -f txt,json`: download, clean and export in one streaming pass.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Download pages and clean them into text and metadata, streaming.",
        discussion: """
            Writes OUT/<stem>.<format> per page and OUT/manifest.jsonl (one line per URL: url, final_url, \
            status ok|empty|skipped|error, http_status, attempts, error, outputs). --resume skips URLs \
            finished earlier and retries failed ones. Exit codes: 0 all URLs done, 1 some failed, \
            3 output folder unusable, 64 usage error.
            """
    )

    @OptionGroup var fetch: FetchOptionGroup

    @Option(name: .shortAndLong, help: "Output formats, comma-separated: txt, json, jsonl, md, xml.")
    var formats: String = "txt"

    @Option(help: "What to favour in doubt: precision, balanced or recall.")
    var favor: CleanOptions.Focus = .balanced

    @Flag(help: "Also write OUT/<name>.explain.json: every removed block, its path and the rule that removed it.")
    var explain = false

    @Flag(help: "Also write OUT/<name>.explain.html, a view of what was kept and removed (implies --explain).")
    var explainHTML = false

    @Option(help: "Largest page cleaned, in bytes.")
    var maxBytes: Int = CleanOptions().maxBytes

    @OptionGroup var sharding: ShardOptionGroup

    func validate() throws {
        do { _ = try OutputFormat.parseList(formats) } catch { throw ValidationError("\(error)") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if (try? OutputFormat.parseList(formats))?.contains(.csv) == true {
            throw ValidationError("csv is written by `winnow clean`; `winnow run` writes txt, json, jsonl, md and xml")
        }
    }

    func run() async throws {
        let list = try OutputFormat.parseList(formats)
        let clean = CleanOptions(maxBytes: maxBytes, focus: favor, explain: explain || explainHTML)
        var job = CrawlJob(group: fetch, mode: .run(formats: list, clean: clean))
        job.explainHTML = explainHTML
        job.shard = sharding.value
        throw ExitCode(await job.run())
    }
}
