/// An element's tag as a small integer, set once per element when the tree is built.
///
/// Why: every cleaning pass asks "is this a `p`?" or "is it one of these twenty tags?" of thousands of
/// elements per page; comparing or hashing `String`s there was a large share of the time. Known HTML
/// tags get their own code; any other name is `.other` (its `name` string still says which it is).
public struct Tag: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt8

    @inlinable
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The code of a lower-case tag name; `.other` for names outside the table.
    public init(_ name: String) {
        self = Tag.codes[name] ?? .other
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

    private static let codes: [String: Tag] = {
        var codes: [String: Tag] = [:]
        for (code, name) in names.enumerated().dropFirst() { codes[name] = Tag(rawValue: UInt8(code)) }
        return codes
    }()

    /// The lower-case name of a known tag; "" for `.other`.
    public var name: String { Tag.names[Int(rawValue)] }

    public static let other = Tag(rawValue: 0)
}

/// The known tags as constants (`Tag.p`), numbered as in `Tag.names`; `TagTests` checks the two agree.
extension Tag {
    public static let a = Tag(rawValue: 1)
    public static let abbr = Tag(rawValue: 2)
    public static let address = Tag(rawValue: 3)
    public static let area = Tag(rawValue: 4)
    public static let article = Tag(rawValue: 5)
    public static let aside = Tag(rawValue: 6)
    public static let audio = Tag(rawValue: 7)
    public static let b = Tag(rawValue: 8)
    public static let base = Tag(rawValue: 9)
    public static let bdi = Tag(rawValue: 10)
    public static let bdo = Tag(rawValue: 11)
    public static let blockquote = Tag(rawValue: 12)
    public static let body = Tag(rawValue: 13)
    public static let br = Tag(rawValue: 14)
    public static let button = Tag(rawValue: 15)
    public static let canvas = Tag(rawValue: 16)
    public static let caption = Tag(rawValue: 17)
    public static let center = Tag(rawValue: 18)
    public static let cite = Tag(rawValue: 19)
    public static let code = Tag(rawValue: 20)
    public static let col = Tag(rawValue: 21)
    public static let colgroup = Tag(rawValue: 22)
    public static let data = Tag(rawValue: 23)
    public static let datalist = Tag(rawValue: 24)
    public static let dd = Tag(rawValue: 25)
    public static let del = Tag(rawValue: 26)
    public static let details = Tag(rawValue: 27)
    public static let dfn = Tag(rawValue: 28)
    public static let dialog = Tag(rawValue: 29)
    public static let div = Tag(rawValue: 30)
    public static let dl = Tag(rawValue: 31)
    public static let dt = Tag(rawValue: 32)
    public static let em = Tag(rawValue: 33)
    public static let embed = Tag(rawValue: 34)
    public static let fieldset = Tag(rawValue: 35)
    public static let figcaption = Tag(rawValue: 36)
    public static let figure = Tag(rawValue: 37)
    public static let font = Tag(rawValue: 38)
    public static let footer = Tag(rawValue: 39)
    public static let form = Tag(rawValue: 40)
    public static let frame = Tag(rawValue: 41)
    public static let frameset = Tag(rawValue: 42)
    public static let h1 = Tag(rawValue: 43)
    public static let h2 = Tag(rawValue: 44)
    public static let h3 = Tag(rawValue: 45)
    public static let h4 = Tag(rawValue: 46)
    public static let h5 = Tag(rawValue: 47)
    public static let h6 = Tag(rawValue: 48)
    public static let head = Tag(rawValue: 49)
    public static let header = Tag(rawValue: 50)
    public static let hgroup = Tag(rawValue: 51)
    public static let hr = Tag(rawValue: 52)
    public static let html = Tag(rawValue: 53)
    public static let i = Tag(rawValue: 54)
    public static let iframe = Tag(rawValue: 55)
    public static let img = Tag(rawValue: 56)
    public static let input = Tag(rawValue: 57)
    public static let ins = Tag(rawValue: 58)
    public static let kbd = Tag(rawValue: 59)
    public static let label = Tag(rawValue: 60)
    public static let legend = Tag(rawValue: 61)
    public static let li = Tag(rawValue: 62)
    public static let link = Tag(rawValue: 63)
    public static let main = Tag(rawValue: 64)
    public static let map = Tag(rawValue: 65)
    public static let mark = Tag(rawValue: 66)
    public static let math = Tag(rawValue: 67)
    public static let menu = Tag(rawValue: 68)
    public static let meta = Tag(rawValue: 69)
    public static let meter = Tag(rawValue: 70)
    public static let nav = Tag(rawValue: 71)
    public static let noscript = Tag(rawValue: 72)
    public static let object = Tag(rawValue: 73)
    public static let ol = Tag(rawValue: 74)
    public static let optgroup = Tag(rawValue: 75)
    public static let option = Tag(rawValue: 76)
    public static let output = Tag(rawValue: 77)
    public static let p = Tag(rawValue: 78)
    public static let param = Tag(rawValue: 79)
    public static let picture = Tag(rawValue: 80)
    public static let pre = Tag(rawValue: 81)
    public static let progress = Tag(rawValue: 82)
    public static let q = Tag(rawValue: 83)
    public static let rp = Tag(rawValue: 84)
    public static let rt = Tag(rawValue: 85)
    public static let ruby = Tag(rawValue: 86)
    public static let s = Tag(rawValue: 87)
    public static let samp = Tag(rawValue: 88)
    public static let script = Tag(rawValue: 89)
    public static let search = Tag(rawValue: 90)
    public static let section = Tag(rawValue: 91)
    public static let select = Tag(rawValue: 92)
    public static let small = Tag(rawValue: 93)
    public static let source = Tag(rawValue: 94)
    public static let span = Tag(rawValue: 95)
    public static let strike = Tag(rawValue: 96)
    public static let strong = Tag(rawValue: 97)
    public static let style = Tag(rawValue: 98)
    public static let sub = Tag(rawValue: 99)
    public static let summary = Tag(rawValue: 100)
    public static let sup = Tag(rawValue: 101)
    public static let svg = Tag(rawValue: 102)
    public static let table = Tag(rawValue: 103)
    public static let tbody = Tag(rawValue: 104)
    public static let td = Tag(rawValue: 105)
    public static let template = Tag(rawValue: 106)
    public static let textarea = Tag(rawValue: 107)
    public static let tfoot = Tag(rawValue: 108)
    public static let th = Tag(rawValue: 109)
    public static let thead = Tag(rawValue: 110)
    public static let time = Tag(rawValue: 111)
    public static let title = Tag(rawValue: 112)
    public static let tr = Tag(rawValue: 113)
    public static let track = Tag(rawValue: 114)
    public static let tt = Tag(rawValue: 115)
    public static let u = Tag(rawValue: 116)
    public static let ul = Tag(rawValue: 117)
    public static let `var` = Tag(rawValue: 118)
    public static let video = Tag(rawValue: 119)
    public static let wbr = Tag(rawValue: 120)
}

/// A set of tags as a 256-bit mask: membership is one shift and one AND.
public struct TagSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init(_ tags: some Sequence<Tag>) {
        for tag in tags { insert(tag) }
    }

    public init(arrayLiteral tags: Tag...) {
        self.init(tags)
    }

    /// The known tags among `names` (unknown names cannot be members).
    public init(names: some Sequence<String>) {
        let tags: [Tag] = names.map { Tag($0) }
        self.init(tags.filter { $0.rawValue != Tag.other.rawValue })
    }

    public mutating func insert(_ tag: Tag) {
        let bit = UInt64(1) << UInt64(tag.rawValue & 63)
        switch tag.rawValue >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    @inlinable
    public func contains(_ tag: Tag) -> Bool {
        let bit = UInt64(1) << UInt64(tag.rawValue & 63)
        switch tag.rawValue >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    public func union(_ other: TagSet) -> TagSet {
        var result = self
        result.bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
        return result
    }
}
