import Foundation
import Testing
import WinnowCore

@Suite struct ShardTests {
    @Test func fnv1aMatchesThePublishedTestVectors() {
        // From the FNV reference test suite (draft-eastlake-fnv): FNV-1a 64 of "", "a" and "foobar".
        #expect(StableHashing.fnv1a64("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHashing.fnv1a64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHashing.fnv1a64("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test(arguments: ["0/1", "0/2", "1/2", "3/4", "99/100"])
    func parsesAnIndexBelowTheCount(_ text: String) throws {
        let shard = try Shard(parsing: text)
        #expect(shard.description == text)
        #expect(shard.index < shard.count)
    }

    @Test(arguments: ["2/2", "-1/2", "0/0", "1", "a/b", "1/2/3", "", "/2", "1/"])
    func rejectsAnythingElse(_ text: String) {
        #expect(throws: ShardError.self) { try Shard(parsing: text) }
    }

    @Test(arguments: [1, 2, 3, 7])
    func everyKeyIsInExactlyOneShardAndTheShardsAreBalanced(_ count: Int) throws {
        let keys = (0..<2000).map { "https://example.org/news/2024/article-\($0).html" }
        let shards = try (0..<count).map { try Shard(index: $0, count: count) }
        var sizes = [Int](repeating: 0, count: count)
        for key in keys {
            let owners = shards.filter { $0.contains(key) }
            #expect(owners.count == 1, "\(key) is in \(owners.count) shards")
            sizes[owners[0].index] += 1
        }
        let expected = Double(keys.count) / Double(count)
        for size in sizes { #expect(abs(Double(size) - expected) < expected * 0.15, "sizes \(sizes)") }
    }

    @Test func keysDifferingInOneOddCharacterAreSpreadOverTwoShards() {
        // Plain FNV-1a modulo 2 puts all of these in one shard: its low bit is the parity of the bytes'
        // low bits, and "1", "3", ..., "a", "c", ... all have it set.
        let keys = Array("13579acegikmoqsuwy").map { "page-\($0).html" }
        #expect(Set(keys.map { StableHashing.fnv1a64($0.utf8) % 2 }).count == 1)
        let shards = keys.map { Shard.index(of: $0, count: 2) }
        #expect(Set(shards).count == 2)
        #expect(shards.filter { $0 == 0 }.count >= 4 && shards.filter { $0 == 1 }.count >= 4, "\(shards)")
    }
}
