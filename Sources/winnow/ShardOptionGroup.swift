import ArgumentParser
import WinnowCore

/// `--shard I/N`, shared by `winnow clean` and `winnow run`: keep only this worker's part of the inputs.
struct ShardOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Process only shard I of N (0-based: 0/N ... N-1/N), chosen by a stable hash; see the README.",
        valueName: "I/N"))
    var shard: String?

    /// The parsed shard (nil without `--shard`; `validate()` has rejected bad values).
    var value: Shard? { shard.flatMap { try? Shard(parsing: $0) } }

    func validate() throws {
        guard let shard else { return }
        do { _ = try Shard(parsing: shard) } catch { throw ValidationError("--shard: \(error.message)") }
    }
}
