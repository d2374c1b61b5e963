import ArgumentParser
import Clean
import Export
import Fetch
import Foundation
import WinnowCore

/// `winnow explain PAGE.html [-o view.html] [--url URL]`
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Write a self-contained HTML view of what cleaning one page kept and removed, and why.",
        discussion: """
            The view shows the container strategy, the containers and the encoding; the metadata with the \
            source of each field; then the page's blocks in reading order, removed ones struck through and \
            tinted by category, with the rule on hover or focus. No scripts, fonts or network access. \
            Exit codes: 0 written, 1 the page failed, 3 the output file cannot be written, 64 usage error.
            """
    )

    @Argument(help: "The HTML file to explain, or - for stdin.")
    var page: String

    @Option(name: .shortAndLong, help: "The HTML file to write (default: standard output).")
    var output: String?

    @Option(help: "The page's URL: resolves the canonical URL and hostname.")
    var url: String?

    @Option(help: "Largest input accepted, in bytes.")
    var maxBytes: Int = CleanOptions().maxBytes

    @Option(help: "What to favour in doubt: precision, balanced or recall.")
    var favor: CleanOptions.Focus = .balanced

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
    }

    func run() async throws {
        let options = CleanOptions(maxBytes: maxBytes, focus: favor, explain: true)
        let input = LocalSource.inputs(for: [page])[0]
        let html: String
        do {
            let fetched = try LocalSource.read(input, maxBytes: options.maxBytes, url: url)
            html = ExplainViewRenderer.render(try Cleaner(options: options).clean(fetched), origin: input.path)
        } catch {
            FileHandle.standardError.write(Data("winnow: \(input.path): \(error.message)\n".utf8))
            throw ExitCode(ExitCodes.somePagesFailed)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(html.utf8))
            return
        }
        do { try AtomicFileWriter().write(html, to: URL(fileURLWithPath: output)) } catch {
            FileHandle.standardError.write(Data("winnow: cannot write \(output): \(error)\n".utf8))
            throw ExitCode(ExitCodes.outputUnusable)
        }
    }
}
