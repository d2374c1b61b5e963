/// A reproducible random number generator (SplitMix64) for property tests: the same seed gives the same
/// cases on every machine and run, so a failure can be replayed from the seed in its message.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text built to break escaping: every C0 and C1 control, quotes, markup and CSV syntax, line and
/// paragraph separators, a byte-order mark, combining marks, emoji and plain letters.
public enum HostileText {
    /// Characters that writers of JSON, XML, CSV and Markdown must treat specially, plus ordinary ones.
    public static let alphabet: [Unicode.Scalar] = {
        var scalars = (0..<0x20).compactMap(Unicode.Scalar.init) + (0x7F...0x9F).compactMap(Unicode.Scalar.init)
        scalars += Array("\"'\\/<>&;,=+-@#*_`[](){}|!?:~ ]]>".unicodeScalars)
        scalars += ["\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{301}", "\u{E9}", "\u{1F469}", "\u{200D}",
            "\u{FFFD}", "\u{FFFE}", "\u{D7FF}", "\u{10FFFF}"]
        scalars += Array("abcxyz ABC 019".unicodeScalars)
        return scalars
    }()

    /// A string of 0 to `maxLength` scalars drawn from ``alphabet``.
    public static func string(maxLength: Int = 40, using generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...maxLength, using: &generator)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
        return String(scalars)
    }
}
