import Foundation
import Testing

/// `winnow clean --shard I/N` and `winnow merge-manifests`, run as users run them.
@Suite struct ShardedCleanTests {
    let cli = CLITests()

    func manifestLines(_ folder: URL, _ name: String = "manifest.jsonl") throws -> [[String: Any]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// Cleans the samples whole and in `count` shards below `root`; returns the whole run's inputs.
    func cleanInShards(_ count: Int, root: URL) throws -> [String] {
        let whole = try cli.run(["clean", CLITests.samples.path, "-o", root.appendingPathComponent("whole").path, "-q"])
        #expect(whole.status == 0, "\(whole.stderr)")
        for index in 0..<count {
            let folder = root.appendingPathComponent("shard-\(index)").path
            let result = try cli.run(["clean", CLITests.samples.path, "-o", folder, "--shard", "\(index)/\(count)", "-q"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return try manifestLines(root.appendingPathComponent("whole")).map { try #require($0["input"] as? String) }
    }

    @Test func shardsCoverEveryInputExactlyOnce() throws {
        let root = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let all = try cleanInShards(3, root: root)
        var seen: [String] = []
        for index in 0..<3 {
            let inputs = try manifestLines(root.appendingPathComponent("shard-\(index)")).map { $0["input"] as? String }
            seen += inputs.compactMap { $0 }
        }
        #expect(seen.sorted() == all.sorted())
        #expect(Set(seen).count == seen.count, "an input was cleaned by two shards")
    }

    @Test func mergedManifestHasEveryInputOnceWithTotalsAndWorkingOutputPaths() throws {
        let root = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let all = try cleanInShards(2, root: root)
        let shards = (0..<2).map { root.appendingPathComponent("shard-\($0)").path }
        let result = try cli.run(["merge-manifests"] + shards + ["-o", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        let merged = try manifestLines(root)
        #expect(merged.compactMap { $0["input"] as? String }.sorted() == all.sorted())
        for line in merged {
            for output in try #require(line["outputs"] as? [String]) {
                #expect(output.hasPrefix("shard-"), "\(output)")
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(output).path), "\(output)")
            }
        }
        let totalsData = try Data(contentsOf: root.appendingPathComponent("manifest-totals.json"))
        let totals = try #require(try JSONSerialization.jsonObject(with: totalsData) as? [String: Any])
        let statuses = merged.compactMap { $0["status"] as? String }
        #expect(totals["inputs"] as? Int == all.count)
        for status in ["ok", "empty", "error"] {
            #expect(totals[status] as? Int == statuses.filter { $0 == status }.count, "\(status)")
        }
        #expect(totals["duplicates"] as? Int == 0)
        let perManifest = try #require(totals["manifests"] as? [[String: Any]])
        #expect(perManifest.compactMap { $0["lines"] as? Int }.reduce(0, +) == all.count)
    }

    @Test func duplicateInputsFailTheMergeUnlessAllowed() throws {
        let root = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("a").path
        let second = root.appendingPathComponent("b").path
        let page = CLITests.samples.appendingPathComponent("semantic-html5.html").path
        let other = CLITests.samples.appendingPathComponent("german-news.html").path
        #expect(try cli.run(["clean", page, other, "-o", first, "-q"]).status == 0)
        #expect(try cli.run(["clean", page, "-o", second, "-q"]).status == 0)
        let destination = root.appendingPathComponent("merged")
        let refused = try cli.run(["merge-manifests", first, second, "-o", destination.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(page), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("manifest.jsonl").path))
        let allowed = try cli.run(["merge-manifests", first, second, "-o", destination.path, "--allow-duplicates"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try manifestLines(destination).count == 2)
        let totalsData = try Data(contentsOf: destination.appendingPathComponent("manifest-totals.json"))
        let totals = try #require(try JSONSerialization.jsonObject(with: totalsData) as? [String: Any])
        #expect(totals["duplicates"] as? Int == 1)
        #expect(totals["inputs"] as? Int == 2)
    }

    @Test func runManifestsMergeWithTheirKeysInOrderAndMixedKindsAreRefused() throws {
        let root = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for (index, status) in ["ok", "skipped"].enumerated() {
            let folder = root.appendingPathComponent("run-\(index)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            let line = #"{"url":"https://example.org/\#(index)","final_url":null,"status":"\#(status)","http_status":200,"attempts":1,"error":null,"outputs":["p\#(index).txt"]}"#
            try Data((line + "\n").utf8).write(to: folder.appendingPathComponent("manifest.jsonl"))
        }
        let result = try cli.run(["merge-manifests", root.appendingPathComponent("run-0").path,
            root.appendingPathComponent("run-1").path, "-o", root.path, "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        let merged = try String(contentsOf: root.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(merged.hasPrefix(#"{"url":"https://example.org/0","final_url":null,"status":"ok","http_status":200,"#))
        #expect(merged.contains(#""outputs":["run-1/p1.txt"]}"#))
        let clean = root.appendingPathComponent("clean")
        let page = CLITests.samples.appendingPathComponent("semantic-html5.html").path
        #expect(try cli.run(["clean", page, "-o", clean.path, "-q"]).status == 0)
        let mixed = try cli.run(["merge-manifests", root.appendingPathComponent("run-0").path, clean.path,
            "-o", root.appendingPathComponent("mixed").path])
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("one kind at a time"), "\(mixed.stderr)")
    }

    @Test(arguments: [["--shard", "2/2"], ["--shard", "0/0"], ["--shard", "x"], ["--shard", "-1/3"]])
    func badShardsAreUsageErrors(_ flags: [String]) throws {
        let result = try cli.run(["clean", CLITests.samples.path, "-o", cli.temporaryFolder().path] + flags)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--shard"), "\(result.stderr)")
    }

    @Test func shardingNeedsAnOutputFolderAndFiles() throws {
        let page = CLITests.samples.appendingPathComponent("semantic-html5.html").path
        #expect(try cli.run(["clean", page, "--shard", "0/2"]).status == 64)
        #expect(try cli.run(["clean", "-", "-o", cli.temporaryFolder().path, "--shard", "0/2"]).status == 64)
        let root = cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try cli.run(["clean", page, "-o", root.path, "-q"]).status == 0)
        // Merging a folder into itself would overwrite the manifest being read.
        #expect(try cli.run(["merge-manifests", root.path, "-o", root.path]).status == 64)
    }
}
