import ArgumentParser
import Export
import Foundation

/// `winnow merge-manifests SHARD_OUT... -o DEST`: one manifest and totals from the shards of a run.
struct MergeManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Merge the manifests of shard output folders (--shard I/N) into one, with totals.",
        discussion: """
            Writes DEST/manifest.jsonl (every line of every manifest, in argument order, outputs made \
            relative to DEST) and DEST/manifest-totals.json (inputs, ok, empty, skipped, error, duplicates, \
            and the same per manifest). An input in two manifests fails the merge unless \
            --allow-duplicates. Exit codes: 0 merged, 1 unreadable or invalid manifest or duplicates, \
            3 DEST unusable, 64 usage error.
            """
    )

    @Argument(help: "Shard output folders (holding manifest.jsonl) or manifest files, all of clean or of fetch/run.")
    var shards: [String]

    @Option(name: .shortAndLong, help: "Folder for the merged manifest.jsonl and manifest-totals.json.")
    var output: String

    @Flag(help: "Keep the first line of an input found in several manifests instead of failing.")
    var allowDuplicates = false

    @Flag(name: .shortAndLong, help: "No summary on stderr.")
    var quiet = false

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give at least one shard output folder or manifest") }
        let target = URL(fileURLWithPath: output).appendingPathComponent(ManifestWriter.fileName).standardizedFileURL
        for shard in shards
        where URL(fileURLWithPath: ManifestMerger.manifestPath(of: shard)).standardizedFileURL == target {
            throw ValidationError("-o \(output) would overwrite the manifest of \(shard): pick another folder")
        }
    }

    func run() throws {
        var merger = ManifestMerger(sources: shards, destination: output)
        merger.allowDuplicates = allowDuplicates
        do {
            let totals = try merger.run()
            if !quiet {
                let counts = totals.merged.byStatus
                let summary = "winnow: merged \(totals.manifests.count) manifests: \(totals.merged.lines) inputs, "
                    + "\(counts["ok"] ?? 0) ok, \(counts["empty"] ?? 0) empty, \(counts["skipped"] ?? 0) skipped, "
                    + "\(counts["error"] ?? 0) errors, \(totals.duplicates) duplicates\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("winnow: merge-manifests: \(error.description)\n".utf8))
            throw ExitCode(error.destinationUnusable ? ExitCodes.outputUnusable : ExitCodes.somePagesFailed)
        }
    }
}
