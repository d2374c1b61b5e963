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

    public static let other = HTMLTag(rawValue: 0)
}

/// The known tags as constants (`HTMLTag.p`), numbered as in `HTMLTag.names`; `HTMLTagTests` checks the two agree.
extension HTMLTag {
    public static let a = HTMLTag(rawValue: 1)
    public static let abbr = HTMLTag(rawValue: 2)
    public static let address = HTMLTag(rawValue: 3)
    public static let area = HTMLTag(rawValue: 4)
    public static let article = HTMLTag(rawValue: 5)
    public static let aside = HTMLTag(rawValue: 6)
    public static let audio = HTMLTag(rawValue: 7)
    public static let b = HTMLTag(rawValue: 8)
    public static let base = HTMLTag(rawValue: 9)
    public static let bdi = HTMLTag(rawValue: 10)
    public static let bdo = HTMLTag(rawValue: 11)
    public static let blockquote = HTMLTag(rawValue: 12)
    public static let body = HTMLTag(rawValue: 13)
    public static let br = HTMLTag(rawValue: 14)
    public static let button = HTMLTag(rawValue: 15)
    public static let canvas = HTMLTag(rawValue: 16)
    public static let caption = HTMLTag(rawValue: 17)
    public static let center = HTMLTag(rawValue: 18)
    public static let cite = HTMLTag(rawValue: 19)
    public static let code = HTMLTag(rawValue: 20)
    public static let col = HTMLTag(rawValue: 21)
    public static let colgroup = HTMLTag(rawValue: 22)
    public static let data = HTMLTag(rawValue: 23)
    public static let datalist = HTMLTag(rawValue: 24)
    public static let dd = HTMLTag(rawValue: 25)
    public static let del = HTMLTag(rawValue: 26)
    public static let details = HTMLTag(rawValue: 27)
    public static let dfn = HTMLTag(rawValue: 28)
    public static let dialog = HTMLTag(rawValue: 29)
    public static let div = HTMLTag(rawValue: 30)
    public static let dl = HTMLTag(rawValue: 31)
    public static let dt = HTMLTag(rawValue: 32)
    public static let em = HTMLTag(rawValue: 33)
    public static let embed = HTMLTag(rawValue: 34)
    public static let fieldset = HTMLTag(rawValue: 35)
    public static let figcaption = HTMLTag(rawValue: 36)
    public static let figure = HTMLTag(rawValue: 37)
    public static let font = HTMLTag(rawValue: 38)
    public static let footer = HTMLTag(rawValue: 39)
    public static let form = HTMLTag(rawValue: 40)
    public static let frame = HTMLTag(rawValue: 41)
    public static let frameset = HTMLTag(rawValue: 42)
    public static let h1 = HTMLTag(rawValue: 43)
    public static let h2 = HTMLTag(rawValue: 44)
    public static let h3 = HTMLTag(rawValue: 45)
    public static let h4 = HTMLTag(rawValue: 46)
    public static let h5 = HTMLTag(rawValue: 47)
    public static let h6 = HTMLTag(rawValue: 48)
    public static let head = HTMLTag(rawValue: 49)
    public static let header = HTMLTag(rawValue: 50)
    public static let hgroup = HTMLTag(rawValue: 51)
    public static let hr = HTMLTag(rawValue: 52)
    public static let html = HTMLTag(rawValue: 53)
    public static let i = HTMLTag(rawValue: 54)
    public static let iframe = HTMLTag(rawValue: 55)
    public static let img = HTMLTag(rawValue: 56)
    public static let input = HTMLTag(rawValue: 57)
    public static let ins = HTMLTag(rawValue: 58)
    public static let kbd = HTMLTag(rawValue: 59)
    public static let label = HTMLTag(rawValue: 60)
    public static let legend = HTMLTag(rawValue: 61)
    public static let li = HTMLTag(rawValue: 62)
    public static let link = HTMLTag(rawValue: 63)
    public static let main = HTMLTag(rawValue: 64)
    public static let map = HTMLTag(rawValue: 65)
    public static let mark = HTMLTag(rawValue: 66)
    public static let math = HTMLTag(rawValue: 67)
    public static let menu = HTMLTag(rawValue: 68)
    public static let meta = HTMLTag(rawValue: 69)
    public static let meter = HTMLTag(rawValue: 70)
    public static let nav = HTMLTag(rawValue: 71)
    public static let noscript = HTMLTag(rawValue: 72)
    public static let object = HTMLTag(rawValue: 73)
    public static let ol = HTMLTag(rawValue: 74)
    public static let optgroup = HTMLTag(rawValue: 75)
    public static let option = HTMLTag(rawValue: 76)
    public static let output = HTMLTag(rawValue: 77)
    public static let p = HTMLTag(rawValue: 78)
    public static let param = HTMLTag(rawValue: 79)
    public static let picture = HTMLTag(rawValue: 80)
    public static let pre = HTMLTag(rawValue: 81)
    public static let progress = HTMLTag(rawValue: 82)
    public static let q = HTMLTag(rawValue: 83)
    public static let rp = HTMLTag(rawValue: 84)
    public static let rt = HTMLTag(rawValue: 85)
    public static let ruby = HTMLTag(rawValue: 86)
    public static let s = HTMLTag(rawValue: 87)
    public static let samp = HTMLTag(rawValue: 88)
    public static let script = HTMLTag(rawValue: 89)
    public static let search = HTMLTag(rawValue: 90)
    public static let section = HTMLTag(rawValue: 91)
    public static let select = HTMLTag(rawValue: 92)
    public static let small = HTMLTag(rawValue: 93)
    public static let source = HTMLTag(rawValue: 94)
    public static let span = HTMLTag(rawValue: 95)
    public static let strike = HTMLTag(rawValue: 96)
    public static let strong = HTMLTag(rawValue: 97)
    public static let style = HTMLTag(rawValue: 98)
    public static let sub = HTMLTag(rawValue: 99)
    public static let summary = HTMLTag(rawValue: 100)
    public static let sup = HTMLTag(rawValue: 101)
    public static let svg = HTMLTag(rawValue: 102)
    public static let table = HTMLTag(rawValue: 103)
    public static let tbody = HTMLTag(rawValue: 104)
    public static let td = HTMLTag(rawValue: 105)
    public static let template = HTMLTag(rawValue: 106)
    public static let textarea = HTMLTag(rawValue: 107)
    public static let tfoot = HTMLTag(rawValue: 108)
    public static let th = HTMLTag(rawValue: 109)
    public static let thead = HTMLTag(rawValue: 110)
    public static let time = HTMLTag(rawValue: 111)
    public static let title = HTMLTag(rawValue: 112)
    public static let tr = HTMLTag(rawValue: 113)
    public static let track = HTMLTag(rawValue: 114)
    public static let tt = HTMLTag(rawValue: 115)
    public static let u = HTMLTag(rawValue: 116)
    public static let ul = HTMLTag(rawValue: 117)
    public static let `var` = HTMLTag(rawValue: 118)
    public static let video = HTMLTag(rawValue: 119)
    public static let wbr = HTMLTag(rawValue: 120)
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
