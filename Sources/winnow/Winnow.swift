import ArgumentParser

/// The `winnow` command: clean downloaded news pages into text plus metadata.
@main
struct Winnow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Turn downloaded news pages into clean article text plus metadata.",
        version: WinnowVersion.current,
        subcommands: [
            CleanCommand.self, ExplainCommand.self, BenchCommand.self, FetchCommand.self, RunCommand.self,
            MergeManifestsCommand.self,
        ]
    )
}

enum WinnowVersion {
    static let current = "0.1.0"
}
