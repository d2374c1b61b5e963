/// A string built scalar by scalar into UTF-8 bytes.
///
/// Why: `String.UnicodeScalarView.append` goes through `replaceSubrange` and was the largest single
/// cost of word splitting (SimHash, language detection, metadata hygiene); appending bytes is not.
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []
    /// True while every appended scalar was ASCII.
    private(set) var isASCII = true

    init(capacity: Int = 32) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
            return
        }
        isASCII = false
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// The string so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the builder and keeps its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        isASCII = true
    }
}
