internal import CLibXML2

/// Element and attribute names already converted on this page, keyed by the address libxml2 passes.
///
/// libxml2's HTML parser interns every tag and attribute name in its dictionary (and passes string
/// constants for the elements it implies), so a name keeps one address for the whole parse, and a page
/// uses only a few dozen names: each is converted to a `String`, its `HTMLTag`, its `AttributeName` bit and
/// whether it is opaque once per page. The table is an open-addressing array probed by a multiplicative
/// hash of the address (a `Dictionary` would hash every lookup with SipHash); when it fills up, names
/// are converted every time instead.
struct NameTable {
    struct Entry {
        var name: String
        var tag: HTMLTag
        /// The name's bit among `AttributeName`s (for attribute names), else 0.
        var bit: UInt32
        /// Whether elements of this name keep no text (`HTMLParser.opaqueElements`).
        var opaque: Bool
    }

    private static let capacity = 512  // a power of two
    private static let maxFill = 384
    private var keys = [UInt](repeating: 0, count: NameTable.capacity)
    private var entries: [Entry]
    private var filled = 0

    init() {
        entries = Array(repeating: Entry(name: "", tag: .other, bit: 0, opaque: false), count: Self.capacity)
    }

    mutating func entry(_ pointer: UnsafePointer<xmlChar>?) -> Entry {
        guard let pointer else { return Entry(name: "", tag: .other, bit: 0, opaque: false) }
        let key = UInt(bitPattern: pointer)
        var slot = Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 55)  // 9 bits
        while keys[slot] != 0 {
            if keys[slot] == key { return entries[slot] }
            slot = (slot + 1) & (Self.capacity - 1)
        }
        let entry = Self.convert(pointer)
        if filled < Self.maxFill {
            keys[slot] = key
            entries[slot] = entry
            filled += 1
        }
        return entry
    }

    private static func convert(_ pointer: UnsafePointer<xmlChar>) -> Entry {
        let name = HTMLParser.lowercasedName(pointer)
        return Entry(
            name: name, tag: HTMLTag(name), bit: AttributeName.bit(of: name),
            opaque: HTMLParser.opaqueElements.contains(name))
    }
}
