/// An element's tag as a small integer, set once per element when the tree is built.
///
/// Why: every cleaning pass asks "is this a `p`?" or "is it one of these twenty tags?" of thousands of
/// elements per page; comparing or hashing `String`s there was a large share of the time. Known HTML
/// tags get their own code; any other name is `.other` (its `name` string still says which it is).
public struct HTMLTag: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt8

    @inlinable
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The code of a lower-case tag name; `.other` for names outside the table.
    public init(_ name: String) {
        self = HTMLTag.codes[name] ?? .other
    }

    /// Every known tag name, in code order (code 0 is `.other`, code 1 is `names[1]`, ...).
    static let names: [String] = [
        "",
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em",
        "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter",
        "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
        "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "small",
        "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr",
    ]

    private static let codes: [String: HTMLTag] = {
        var codes: [String: HTMLTag] = [:]
        for (code, name) in names.enumerated().dropFirst() { codes[name] = HTMLTag(rawValue: UInt8(code)) }
        return codes
    }()

    /// The lower-case name of a known tag; "" for `.other`.
    public var name: String { HTMLTag.names[Int(rawValue)] }

    @inlinable public static var other: HTMLTag { HTMLTag(rawValue: 0) }
}

/// The known tags as constants (`HTMLTag.p`), numbered as in `HTMLTag.names`; `HTMLTagTests` checks the two agree.
extension HTMLTag {
    @inlinable public static var a: HTMLTag { HTMLTag(rawValue: 1) }
    @inlinable public static var abbr: HTMLTag { HTMLTag(rawValue: 2) }
    @inlinable public static var address: HTMLTag { HTMLTag(rawValue: 3) }
    @inlinable public static var area: HTMLTag { HTMLTag(rawValue: 4) }
    @inlinable public static var article: HTMLTag { HTMLTag(rawValue: 5) }
    @inlinable public static var aside: HTMLTag { HTMLTag(rawValue: 6) }
    @inlinable public static var audio: HTMLTag { HTMLTag(rawValue: 7) }
    @inlinable public static var b: HTMLTag { HTMLTag(rawValue: 8) }
    @inlinable public static var base: HTMLTag { HTMLTag(rawValue: 9) }
    @inlinable public static var bdi: HTMLTag { HTMLTag(rawValue: 10) }
    @inlinable public static var bdo: HTMLTag { HTMLTag(rawValue: 11) }
    @inlinable public static var blockquote: HTMLTag { HTMLTag(rawValue: 12) }
    @inlinable public static var body: HTMLTag { HTMLTag(rawValue: 13) }
    @inlinable public static var br: HTMLTag { HTMLTag(rawValue: 14) }
    @inlinable public static var button: HTMLTag { HTMLTag(rawValue: 15) }
    @inlinable public static var canvas: HTMLTag { HTMLTag(rawValue: 16) }
    @inlinable public static var caption: HTMLTag { HTMLTag(rawValue: 17) }
    @inlinable public static var center: HTMLTag { HTMLTag(rawValue: 18) }
    @inlinable public static var cite: HTMLTag { HTMLTag(rawValue: 19) }
    @inlinable public static var code: HTMLTag { HTMLTag(rawValue: 20) }
    @inlinable public static var col: HTMLTag { HTMLTag(rawValue: 21) }
    @inlinable public static var colgroup: HTMLTag { HTMLTag(rawValue: 22) }
    @inlinable public static var data: HTMLTag { HTMLTag(rawValue: 23) }
    @inlinable public static var datalist: HTMLTag { HTMLTag(rawValue: 24) }
    @inlinable public static var dd: HTMLTag { HTMLTag(rawValue: 25) }
    @inlinable public static var del: HTMLTag { HTMLTag(rawValue: 26) }
    @inlinable public static var details: HTMLTag { HTMLTag(rawValue: 27) }
    @inlinable public static var dfn: HTMLTag { HTMLTag(rawValue: 28) }
    @inlinable public static var dialog: HTMLTag { HTMLTag(rawValue: 29) }
    @inlinable public static var div: HTMLTag { HTMLTag(rawValue: 30) }
    @inlinable public static var dl: HTMLTag { HTMLTag(rawValue: 31) }
    @inlinable public static var dt: HTMLTag { HTMLTag(rawValue: 32) }
    @inlinable public static var em: HTMLTag { HTMLTag(rawValue: 33) }
    @inlinable public static var embed: HTMLTag { HTMLTag(rawValue: 34) }
    @inlinable public static var fieldset: HTMLTag { HTMLTag(rawValue: 35) }
    @inlinable public static var figcaption: HTMLTag { HTMLTag(rawValue: 36) }
    @inlinable public static var figure: HTMLTag { HTMLTag(rawValue: 37) }
    @inlinable public static var font: HTMLTag { HTMLTag(rawValue: 38) }
    @inlinable public static var footer: HTMLTag { HTMLTag(rawValue: 39) }
    @inlinable public static var form: HTMLTag { HTMLTag(rawValue: 40) }
    @inlinable public static var frame: HTMLTag { HTMLTag(rawValue: 41) }
    @inlinable public static var frameset: HTMLTag { HTMLTag(rawValue: 42) }
    @inlinable public static var h1: HTMLTag { HTMLTag(rawValue: 43) }
    @inlinable public static var h2: HTMLTag { HTMLTag(rawValue: 44) }
    @inlinable public static var h3: HTMLTag { HTMLTag(rawValue: 45) }
    @inlinable public static var h4: HTMLTag { HTMLTag(rawValue: 46) }
    @inlinable public static var h5: HTMLTag { HTMLTag(rawValue: 47) }
    @inlinable public static var h6: HTMLTag { HTMLTag(rawValue: 48) }
    @inlinable public static var head: HTMLTag { HTMLTag(rawValue: 49) }
    @inlinable public static var header: HTMLTag { HTMLTag(rawValue: 50) }
    @inlinable public static var hgroup: HTMLTag { HTMLTag(rawValue: 51) }
    @inlinable public static var hr: HTMLTag { HTMLTag(rawValue: 52) }
    @inlinable public static var html: HTMLTag { HTMLTag(rawValue: 53) }
    @inlinable public static var i: HTMLTag { HTMLTag(rawValue: 54) }
    @inlinable public static var iframe: HTMLTag { HTMLTag(rawValue: 55) }
    @inlinable public static var img: HTMLTag { HTMLTag(rawValue: 56) }
    @inlinable public static var input: HTMLTag { HTMLTag(rawValue: 57) }
    @inlinable public static var ins: HTMLTag { HTMLTag(rawValue: 58) }
    @inlinable public static var kbd: HTMLTag { HTMLTag(rawValue: 59) }
    @inlinable public static var label: HTMLTag { HTMLTag(rawValue: 60) }
    @inlinable public static var legend: HTMLTag { HTMLTag(rawValue: 61) }
    @inlinable public static var li: HTMLTag { HTMLTag(rawValue: 62) }
    @inlinable public static var link: HTMLTag { HTMLTag(rawValue: 63) }
    @inlinable public static var main: HTMLTag { HTMLTag(rawValue: 64) }
    @inlinable public static var map: HTMLTag { HTMLTag(rawValue: 65) }
    @inlinable public static var mark: HTMLTag { HTMLTag(rawValue: 66) }
    @inlinable public static var math: HTMLTag { HTMLTag(rawValue: 67) }
    @inlinable public static var menu: HTMLTag { HTMLTag(rawValue: 68) }
    @inlinable public static var meta: HTMLTag { HTMLTag(rawValue: 69) }
    @inlinable public static var meter: HTMLTag { HTMLTag(rawValue: 70) }
    @inlinable public static var nav: HTMLTag { HTMLTag(rawValue: 71) }
    @inlinable public static var noscript: HTMLTag { HTMLTag(rawValue: 72) }
    @inlinable public static var object: HTMLTag { HTMLTag(rawValue: 73) }
    @inlinable public static var ol: HTMLTag { HTMLTag(rawValue: 74) }
    @inlinable public static var optgroup: HTMLTag { HTMLTag(rawValue: 75) }
    @inlinable public static var option: HTMLTag { HTMLTag(rawValue: 76) }
    @inlinable public static var output: HTMLTag { HTMLTag(rawValue: 77) }
    @inlinable public static var p: HTMLTag { HTMLTag(rawValue: 78) }
    @inlinable public static var param: HTMLTag { HTMLTag(rawValue: 79) }
    @inlinable public static var picture: HTMLTag { HTMLTag(rawValue: 80) }
    @inlinable public static var pre: HTMLTag { HTMLTag(rawValue: 81) }
    @inlinable public static var progress: HTMLTag { HTMLTag(rawValue: 82) }
    @inlinable public static var q: HTMLTag { HTMLTag(rawValue: 83) }
    @inlinable public static var rp: HTMLTag { HTMLTag(rawValue: 84) }
    @inlinable public static var rt: HTMLTag { HTMLTag(rawValue: 85) }
    @inlinable public static var ruby: HTMLTag { HTMLTag(rawValue: 86) }
    @inlinable public static var s: HTMLTag { HTMLTag(rawValue: 87) }
    @inlinable public static var samp: HTMLTag { HTMLTag(rawValue: 88) }
    @inlinable public static var script: HTMLTag { HTMLTag(rawValue: 89) }
    @inlinable public static var search: HTMLTag { HTMLTag(rawValue: 90) }
    @inlinable public static var section: HTMLTag { HTMLTag(rawValue: 91) }
    @inlinable public static var select: HTMLTag { HTMLTag(rawValue: 92) }
    @inlinable public static var small: HTMLTag { HTMLTag(rawValue: 93) }
    @inlinable public static var source: HTMLTag { HTMLTag(rawValue: 94) }
    @inlinable public static var span: HTMLTag { HTMLTag(rawValue: 95) }
    @inlinable public static var strike: HTMLTag { HTMLTag(rawValue: 96) }
    @inlinable public static var strong: HTMLTag { HTMLTag(rawValue: 97) }
    @inlinable public static var style: HTMLTag { HTMLTag(rawValue: 98) }
    @inlinable public static var sub: HTMLTag { HTMLTag(rawValue: 99) }
    @inlinable public static var summary: HTMLTag { HTMLTag(rawValue: 100) }
    @inlinable public static var sup: HTMLTag { HTMLTag(rawValue: 101) }
    @inlinable public static var svg: HTMLTag { HTMLTag(rawValue: 102) }
    @inlinable public static var table: HTMLTag { HTMLTag(rawValue: 103) }
    @inlinable public static var tbody: HTMLTag { HTMLTag(rawValue: 104) }
    @inlinable public static var td: HTMLTag { HTMLTag(rawValue: 105) }
    @inlinable public static var template: HTMLTag { HTMLTag(rawValue: 106) }
    @inlinable public static var textarea: HTMLTag { HTMLTag(rawValue: 107) }
    @inlinable public static var tfoot: HTMLTag { HTMLTag(rawValue: 108) }
    @inlinable public static var th: HTMLTag { HTMLTag(rawValue: 109) }
    @inlinable public static var thead: HTMLTag { HTMLTag(rawValue: 110) }
    @inlinable public static var time: HTMLTag { HTMLTag(rawValue: 111) }
    @inlinable public static var title: HTMLTag { HTMLTag(rawValue: 112) }
    @inlinable public static var tr: HTMLTag { HTMLTag(rawValue: 113) }
    @inlinable public static var track: HTMLTag { HTMLTag(rawValue: 114) }
    @inlinable public static var tt: HTMLTag { HTMLTag(rawValue: 115) }
    @inlinable public static var u: HTMLTag { HTMLTag(rawValue: 116) }
    @inlinable public static var ul: HTMLTag { HTMLTag(rawValue: 117) }
    @inlinable public static var `var`: HTMLTag { HTMLTag(rawValue: 118) }
    @inlinable public static var video: HTMLTag { HTMLTag(rawValue: 119) }
    @inlinable public static var wbr: HTMLTag { HTMLTag(rawValue: 120) }
}

/// A set of tags as a 256-bit mask: membership is one shift and one AND.
public struct HTMLTagSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init(_ tags: some Sequence<HTMLTag>) {
        for tag in tags { insert(tag) }
    }

    public init(arrayLiteral tags: HTMLTag...) {
        self.init(tags)
    }

    /// The known tags among `names` (unknown names cannot be members).
    public init(names: some Sequence<String>) {
        let tags: [HTMLTag] = names.map { HTMLTag($0) }
        self.init(tags.filter { $0.rawValue != HTMLTag.other.rawValue })
    }

    public mutating func insert(_ tag: HTMLTag) {
        let bit = UInt64(1) << UInt64(tag.rawValue & 63)
        switch tag.rawValue >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inlinable
    public func contains(_ tag: HTMLTag) -> Bool {
        let bit = UInt64(1) << UInt64(tag.rawValue & 63)
        switch tag.rawValue >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    public func union(_ other: HTMLTagSet) -> HTMLTagSet {
        var result = self
        result.bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
        return result
    }
}
