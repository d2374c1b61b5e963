import ArgumentParser
import Fetch

/// `winnow fetch URL... -o OUT`: download pages politely into WARC archives.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download pages (URLs, URL lists, sitemaps, feeds) into WARC archives.",
        discussion: """
            Writes every request and response as WARC 1.1 to OUT/*.warc.gz (one gzip member per record) \
            and OUT/manifest.jsonl (one line per URL: url, final_url, status ok|skipped|error, http_status, \
            attempts, error, outputs). Clean the archives later with `winnow clean OUT -o CLEAN`. \
            Exit codes: 0 all URLs done, 1 some failed, 3 output folder unusable, 64 usage error.
            """
    )

    @OptionGroup var fetch: FetchOptionGroup

    func run() async throws {
        throw ExitCode(await CrawlJob(group: fetch, mode: .fetch).run())
    }
}
