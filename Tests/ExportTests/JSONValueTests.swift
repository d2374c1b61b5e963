import Foundation
import Testing

@testable import Export

@Suite struct JSONValueTests {
    /// Strings that break naive JSON writers.
    static let nastyStrings: [String] = [
        "",
        #"quote " and backslash \ and both \""#,
        "tab\tnewline\ncarriage\rbackspace\u{08}formfeed\u{0C}",
        "nul\u{0}one\u{1}escape\u{1B}unit\u{1F}",
        "emoji 👩‍👩‍👧 and flag 🇩🇪 and é (e\u{301})",
        "line\u{2028}paragraph\u{2029}separators",
        "slash / and DEL \u{7F} and C1 \u{85}",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    @Test(arguments: nastyStrings)
    func stringsSurviveARoundTripThroughFoundation(text: String) throws {
        for layout in [JSONValue.Layout.pretty, .compact] {
            let json = JSONValue.array([.string(text)]).serialized(layout)
            let parsed = try #require(try parseJSON(json) as? [String])
            #expect(parsed == [text])
            // Unicode scalars, not String ==, so a normalization change would be caught too.
            #expect(parsed.first.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
        }
    }

    @Test(arguments: nastyStrings)
    func noRawControlCharactersOrLineSeparators(text: String) {
        let json = JSONValue.string(text).serialized(.compact)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    @Test func everyControlCharacterHasItsEscape() {
        for value in 0..<0x20 {
            let json = JSONValue.string(String(Character(Unicode.Scalar(UInt8(value))))).serialized(.compact)
            let short: [Int: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
            let hex = String(value, radix: 16)
            let expected = short[value] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
            #expect(json == "\"" + expected + "\"", "U+\(hex)")
        }
        #expect(JSONValue.string("\u{2028}\u{2029}").serialized(.compact) == #""\u2028\u2029""#)
        #expect(JSONValue.string(#"a"b\c"#).serialized(.compact) == #""a\"b\\c""#)
    }

    @Test func nonASCIIStaysRawUTF8() {
        #expect(JSONValue.string("é👍").serialized(.compact) == "\"é👍\"")
    }

    @Test func objectsKeepTheirKeyOrder() {
        let value = JSONValue.object([
            JSONMember("zeta", .null), JSONMember("alpha", .string("a")), JSONMember("mid", .strings(["x"])),
        ])
        #expect(value.serialized(.compact) == #"{"zeta":null,"alpha":"a","mid":["x"]}"#)
    }

    @Test func prettyLayoutUsesTwoSpaceIndentation() {
        let value = JSONValue.object([
            JSONMember("a", .strings(["x", "y"])), JSONMember("b", .array([])), JSONMember("c", .object([])),
            JSONMember("d", .object([JSONMember("e", .null)])),
        ])
        let expected = """
            {
              "a": [
                "x",
                "y"
              ],
              "b": [],
              "c": {},
              "d": {
                "e": null
              }
            }
            """
        #expect(value.serialized(.pretty) == expected)
    }
}
