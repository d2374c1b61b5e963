/// An attribute name the cleaning passes ask for, with its bit in `Tree.Node.attributeMask`.
///
/// Why: most questions are "does this element have an `itemprop` (a `rel`, a `datetime`) at all?", and
/// the answer is nearly always no; the mask answers that without looking at the attributes. When the
/// bit is set, the value is found by name as before. Names outside this list have no bit and are
/// looked up by name (`Tree.attribute(_: String, of:)`).
public struct AttributeName: Sendable {
    public let name: String
    /// One bit per known name (constants, so each use is a literal rather than a lazily built global).
    public let bit: UInt32

    public static let `class` = AttributeName(name: "class", bit: 1 << 0)
    public static let id = AttributeName(name: "id", bit: 1 << 1)
    public static let itemprop = AttributeName(name: "itemprop", bit: 1 << 2)
    public static let href = AttributeName(name: "href", bit: 1 << 3)
    public static let content = AttributeName(name: "content", bit: 1 << 4)
    public static let rel = AttributeName(name: "rel", bit: 1 << 5)
    public static let type = AttributeName(name: "type", bit: 1 << 6)
    public static let datetime = AttributeName(name: "datetime", bit: 1 << 7)
    public static let src = AttributeName(name: "src", bit: 1 << 8)
    public static let lang = AttributeName(name: "lang", bit: 1 << 9)
    public static let xmlLang = AttributeName(name: "xml:lang", bit: 1 << 10)
    public static let role = AttributeName(name: "role", bit: 1 << 11)
    public static let style = AttributeName(name: "style", bit: 1 << 12)
    public static let hidden = AttributeName(name: "hidden", bit: 1 << 13)
    public static let ariaHidden = AttributeName(name: "aria-hidden", bit: 1 << 14)
    public static let dataSrc = AttributeName(name: "data-src", bit: 1 << 15)
    public static let alt = AttributeName(name: "alt", bit: 1 << 16)
    public static let name = AttributeName(name: "name", bit: 1 << 17)
    public static let property = AttributeName(name: "property", bit: 1 << 18)
    public static let value = AttributeName(name: "value", bit: 1 << 19)
    public static let httpEquiv = AttributeName(name: "http-equiv", bit: 1 << 20)
    public static let pubdate = AttributeName(name: "pubdate", bit: 1 << 21)

    static let all: [AttributeName] = [
        .class, .id, .itemprop, .href, .content, .rel, .type, .datetime, .src, .lang, .xmlLang, .role, .style, .hidden, .ariaHidden, .dataSrc, .alt, .name, .property, .value, .httpEquiv, .pubdate,
    ]

    private static let bits: [String: UInt32] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.bit) })

    /// The mask bit of a lower-case attribute name; 0 when it has none.
    static func bit(of name: String) -> UInt32 { bits[name] ?? 0 }
}
