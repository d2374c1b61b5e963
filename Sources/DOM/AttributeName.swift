/// An attribute name the cleaning passes ask for, with its bit in `Tree.Node.attributeMask`.
///
/// Why: most questions are "does this element have an `itemprop` (a `rel`, a `datetime`) at all?", and
/// the answer is nearly always no; the mask answers that without looking at the attributes. When the
/// bit is set, the value is found by name as before. Names outside this list have no bit and are
/// looked up by name (`Tree.attribute(_: String, of:)`).
///
/// The cleaner parses with `HTMLParser.Limits.knownAttributesOnly`: attributes outside this list never
/// reach its tree, so a cleaning pass that needs another attribute must add its name here.
public struct AttributeName: Sendable {
    public let name: String
    /// One bit per known name. The constants below are inlinable computed values, so each use is a
    /// literal rather than a call to a lazily initialised global.
    public let bit: UInt32

    @usableFromInline
    init(name: String, bit: UInt32) {
        self.name = name
        self.bit = bit
    }

    @inlinable public static var `class`: AttributeName { AttributeName(name: "class", bit: 1 << 0) }
    @inlinable public static var id: AttributeName { AttributeName(name: "id", bit: 1 << 1) }
    @inlinable public static var itemprop: AttributeName { AttributeName(name: "itemprop", bit: 1 << 2) }
    @inlinable public static var href: AttributeName { AttributeName(name: "href", bit: 1 << 3) }
    @inlinable public static var content: AttributeName { AttributeName(name: "content", bit: 1 << 4) }
    @inlinable public static var rel: AttributeName { AttributeName(name: "rel", bit: 1 << 5) }
    @inlinable public static var type: AttributeName { AttributeName(name: "type", bit: 1 << 6) }
    @inlinable public static var datetime: AttributeName { AttributeName(name: "datetime", bit: 1 << 7) }
    @inlinable public static var src: AttributeName { AttributeName(name: "src", bit: 1 << 8) }
    @inlinable public static var lang: AttributeName { AttributeName(name: "lang", bit: 1 << 9) }
    @inlinable public static var xmlLang: AttributeName { AttributeName(name: "xml:lang", bit: 1 << 10) }
    @inlinable public static var role: AttributeName { AttributeName(name: "role", bit: 1 << 11) }
    @inlinable public static var style: AttributeName { AttributeName(name: "style", bit: 1 << 12) }
    @inlinable public static var hidden: AttributeName { AttributeName(name: "hidden", bit: 1 << 13) }
    @inlinable public static var ariaHidden: AttributeName { AttributeName(name: "aria-hidden", bit: 1 << 14) }
    @inlinable public static var dataSrc: AttributeName { AttributeName(name: "data-src", bit: 1 << 15) }
    @inlinable public static var alt: AttributeName { AttributeName(name: "alt", bit: 1 << 16) }
    @inlinable public static var name: AttributeName { AttributeName(name: "name", bit: 1 << 17) }
    @inlinable public static var property: AttributeName { AttributeName(name: "property", bit: 1 << 18) }
    @inlinable public static var value: AttributeName { AttributeName(name: "value", bit: 1 << 19) }
    @inlinable public static var httpEquiv: AttributeName { AttributeName(name: "http-equiv", bit: 1 << 20) }
    @inlinable public static var pubdate: AttributeName { AttributeName(name: "pubdate", bit: 1 << 21) }

    static let all: [AttributeName] = [
        .class, .id, .itemprop, .href, .content, .rel, .type, .datetime, .src, .lang, .xmlLang, .role, .style, .hidden, .ariaHidden, .dataSrc, .alt, .name, .property, .value, .httpEquiv, .pubdate,
    ]

    private static let bits: [String: UInt32] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.bit) })

    /// The mask bit of a lower-case attribute name; 0 when it has none.
    static func bit(of name: String) -> UInt32 { bits[name] ?? 0 }
}
