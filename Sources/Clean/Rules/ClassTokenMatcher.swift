/// The class/id vocabularies of `ClassTokenRules.all` compiled once into hash tables over packed
/// bytes, so matching an element allocates nothing and hashes no `String`.
///
/// It handles ASCII values only (nearly all class and id values). Its answer is the one the
/// rule-by-rule scan in `ClassTokenRules.matchByScan` gives: the first rule, in vocabulary order,
/// with a matching name, else the first rule with a matching token, prefix or pair. For non-ASCII
/// values `ClassTokenRules.match` uses that scan instead, because Unicode lower-casing and grapheme
/// boundaries change the tokens there.
struct ClassTokenMatcher: Sendable {
    /// Whole class names ("sr-only") → first rule listing them.
    private var names = PackedTable()
    /// Whole tokens → first rule listing them.
    private var tokens = PackedTable()
    /// "first second" token pairs → first rule listing them.
    private var pairs = PackedTable()
    /// Token prefixes with their rule, in rule order, by their first byte (a token is tested only
    /// against the prefixes that start as it does).
    private var prefixes = [[(bytes: [UInt8], rule: Int)]](repeating: [], count: 256)

    init(_ rules: [ClassTokenRule]) {
        for (index, rule) in rules.enumerated() {
            for name in rule.names { names.insert(name, rule: index) }
            for token in rule.tokens { tokens.insert(token, rule: index) }
            for pair in rule.pairs { pairs.insert(pair, rule: index) }
            for prefix in rule.prefixes where !prefix.isEmpty {
                let bytes = Array(prefix.utf8)
                prefixes[Int(bytes[0])].append((bytes, index))
            }
        }
        names.seal()
        tokens.seal()
        pairs.seal()
    }

    /// True when the matcher can answer for these values (both ASCII).
    static func handles(_ classes: String?, _ id: String?) -> Bool {
        (classes?.utf8.allSatisfy { $0 < 0x80 } ?? true) && (id?.utf8.allSatisfy { $0 < 0x80 } ?? true)
    }

    /// Index of the first rule matching the ASCII `classes` and `id` values, or nil.
    func firstRule(classes: String?, id: String?) -> Int? {
        var classes = classes
        var id = id
        if classes != nil, let rule = classes!.withUTF8({ firstNameRule($0) }) { return rule }
        // Tokens of the class value, then of the id value; a pair never spans the two.
        var best = Int.max
        if classes != nil { classes!.withUTF8 { scanTokens($0, best: &best) } }
        if id != nil { id!.withUTF8 { scanTokens($0, best: &best) } }
        return best == Int.max ? nil : best
    }

    /// The first space-separated class name (lower-cased) that a rule lists by name.
    private func firstNameRule(_ value: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !names.isEmpty else { return nil }
        var start = 0
        while start < value.count {
            while start < value.count && value[start] == 0x20 { start += 1 }
            var end = start
            while end < value.count && value[end] != 0x20 { end += 1 }
            if end > start, let rule = names.lookup(value, start, end, lowercasing: true) { return rule }
            start = end
        }
        return nil
    }

    /// Lowers `best` to the first rule matching a token, token prefix or adjacent pair of `value`.
    private func scanTokens(_ value: UnsafeBufferPointer<UInt8>, best: inout Int) {
        var previous: (start: Int, end: Int)? = nil
        var index = 0
        while index < value.count {
            guard Self.isTokenByte(value[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < value.count && Self.isTokenByte(value[index]) { index += 1 }
            if let last = previous, Self.isModifier(value, last.start, last.end) {
                // "has-ads", "no-sidebars": a state of the element, not what it is.
                previous = (start, index)
                continue
            }
            if let rule = tokens.lookup(value, start, index, lowercasing: true) { best = min(best, rule) }
            for prefix in prefixes[Int(Self.lower(value[start]))]
            where prefix.rule < best && Self.hasPrefix(value, start, index, prefix.bytes) {
                best = prefix.rule
            }
            if let previous, let rule = pairs.lookupPair(value, previous, (start, index)) { best = min(best, rule) }
            previous = (start, index)
        }
    }

    /// Tokens that turn the next one into a state ("has-ads", "with-sidebar", "no-comments").
    static let modifiers: Set<String> = ["has", "with", "no", "without"]

    private static let modifierBytes = modifiers.map { Array($0.utf8) }

    private static func isModifier(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        modifierBytes.contains { $0.count == end - start && hasPrefix(value, start, end, $0) }
    }

    /// ASCII letters and digits make tokens; every other byte separates them.
    @inline(__always) static func isTokenByte(_ byte: UInt8) -> Bool {
        ByteSearch.isASCIIAlphanumeric(byte)
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func hasPrefix(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        guard end - start >= prefix.count else { return false }
        for offset in 0..<prefix.count where lower(value[start + offset]) != prefix[offset] { return false }
        return true
    }
}

/// A hash table from short byte strings to rule indices: strings of up to 15 bytes are packed into
/// two integers (cheap to hash, no allocation); longer ones go to a `String` table.
struct PackedTable: Sendable {
    private var short: [PackedKey: Int] = [:]
    private var long: [String: Int] = [:]
    /// `short` as an open-addressing array probed by a multiplicative hash of the key's two words,
    /// built by `seal()`: lookups run for every class token of every element, and `Dictionary`
    /// would hash each with SipHash.
    private var slots: [(key: PackedKey, rule: Int)?] = []
    private var slotMask = 0

    var isEmpty: Bool { short.isEmpty && long.isEmpty }

    /// Builds the probe array; call once all keys are inserted.
    mutating func seal() {
        var capacity = 16
        while capacity < 2 * short.count { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        slotMask = capacity - 1
        for (key, rule) in short {
            var slot = key.slot(mask: slotMask)
            while slots[slot] != nil { slot = (slot + 1) & slotMask }
            slots[slot] = (key, rule)
        }
    }

    /// The rule of a packed key (sealed tables only).
    private func rule(of key: PackedKey) -> Int? {
        var slot = key.slot(mask: slotMask)
        while let entry = slots[slot] {
            if entry.key == key { return entry.rule }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    /// Adds `key`, keeping the smaller rule index when it is already present.
    mutating func insert(_ key: String, rule: Int) {
        let bytes = Array(key.utf8)
        if bytes.count <= PackedKey.capacity {
            var packed = PackedKey()
            for byte in bytes { packed.append(byte) }
            short[packed] = min(short[packed] ?? Int.max, rule)
        } else {
            long[key] = min(long[key] ?? Int.max, rule)
        }
    }

    /// Looks up bytes `start..<end` of `value`, optionally lower-casing ASCII letters.
    func lookup(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercasing: Bool) -> Int? {
        if end - start <= PackedKey.capacity {
            var packed = PackedKey()
            for index in start..<end {
                packed.append(lowercasing ? ClassTokenMatcher.lower(value[index]) : value[index])
            }
            return rule(of: packed)
        }
        guard !long.isEmpty else { return nil }
        let bytes = value[start..<end].map { lowercasing ? ClassTokenMatcher.lower($0) : $0 }
        return long[String(decoding: bytes, as: UTF8.self)]
    }

    /// Looks up "first second" for two lower-cased ranges of `value`.
    func lookupPair(_ value: UnsafeBufferPointer<UInt8>, _ first: (Int, Int), _ second: (Int, Int)) -> Int? {
        let length = first.1 - first.0 + 1 + second.1 - second.0
        if length <= PackedKey.capacity {
            var packed = PackedKey()
            for index in first.0..<first.1 { packed.append(ClassTokenMatcher.lower(value[index])) }
            packed.append(0x20)
            for index in second.0..<second.1 { packed.append(ClassTokenMatcher.lower(value[index])) }
            return rule(of: packed)
        }
        guard !long.isEmpty else { return nil }
        var bytes = value[first.0..<first.1].map(ClassTokenMatcher.lower)
        bytes.append(0x20)
        bytes += value[second.0..<second.1].map(ClassTokenMatcher.lower)
        return long[String(decoding: bytes, as: UTF8.self)]
    }
}

/// Up to 15 bytes and their count in two words.
struct PackedKey: Hashable, Sendable {
    static let capacity = 15
    private var low: UInt64 = 0
    private var high: UInt64 = 0  // bytes 8...14, and the count in the top byte

    /// Appends a byte; the caller keeps the count at `capacity` or below.
    @inline(__always) mutating func append(_ byte: UInt8) {
        let count = Int(high >> 56)
        if count < 8 {
            low |= UInt64(byte) << (8 * UInt64(count))
        } else {
            high |= UInt64(byte) << (8 * UInt64(count - 8))
        }
        high = (high & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(count + 1) << 56)
    }

    /// A slot in a table of `mask + 1` slots (a power of two), from a multiplicative hash of both words.
    @inline(__always) func slot(mask: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
