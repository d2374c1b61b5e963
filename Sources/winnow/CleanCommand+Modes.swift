import ArgumentParser

/// Checks for `winnow clean`'s sharded and streaming modes, kept apart from the batch options.
extension CleanCommand {
    func validateModes() throws {
        if stdinJsonl {
            if !paths.isEmpty { throw ValidationError("--stdin-jsonl reads standard input: give no paths") }
            let conflicts = [
                (output != nil, "-o"), (url != nil, "--url"), (explain || explainHtml, "--explain"),
                (batchDedup, "--batch-dedup"), (sharding.shard != nil, "--shard"), (formats != "txt", "-f"),
            ]
            if let (_, flag) = conflicts.first(where: \.0) {
                throw ValidationError("--stdin-jsonl writes one JSON record per line to stdout: \(flag) does not apply")
            }
            return
        }
        if paths.isEmpty { throw ValidationError("give files, folders or - (or --stdin-jsonl)") }
        if sharding.shard != nil {
            if output == nil { throw ValidationError("--shard needs an output folder (-o) for its manifest") }
            if paths.contains("-") {
                throw ValidationError("--shard splits files and folders; standard input cannot be split")
            }
        }
    }
}
