import Testing
import TestSupport
import WinnowCore

@testable import Clean

/// Property: whatever control characters a page carries (raw, or as `&#...;` references) in its title,
/// metadata, paragraphs, tables and code, the cleaned text and metadata carry none, except the newline
/// between lines and the tab between table cells and in code. Pages are random but fixed by their seed.
@Suite struct ControlCharacterPropertyTests {
    static let prose = "The council met on Tuesday to discuss the new budget, which includes funds for schools. "

    /// A hostile string, with some of its scalars written as character references.
    static func field(_ generator: inout SeededGenerator) -> String {
        var out = ""
        for scalar in HostileText.string(maxLength: 30, using: &generator).unicodeScalars {
            if Bool.random(using: &generator) {
                out += "&#x" + String(scalar.value, radix: 16) + ";"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func page(_ generator: inout SeededGenerator) -> String {
        var html = "<html><head><title>\(field(&generator))</title>"
        for name in ["description", "author", "keywords"] {
            html += "<meta name=\"\(name)\" content=\"\(field(&generator))\">"
        }
        html += "<meta property=\"og:site_name\" content=\"\(field(&generator))\"></head><body><article>"
        for _ in 0..<4 { html += "<p>\(prose)\(field(&generator))\(prose)</p>" }
        html += "<table><tr><td>\(field(&generator))</td><td>\(field(&generator))</td></tr></table>"
        html += "<pre><code>\(field(&generator))\nline two</code></pre></article></body></html>"
        return html
    }

    static func forbidden(_ scalar: Unicode.Scalar, allowing allowed: Set<Unicode.Scalar>) -> Bool {
        let value = scalar.value
        return (value < 0x20 || (0x7F...0x9F).contains(value)) && !allowed.contains(scalar)
    }

    @Test(arguments: [UInt64(3), 11, 99, 4096])
    func cleanedTextAndMetadataCarryNoControlCharacters(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for index in 0..<25 {
            let html = Self.page(&generator)
            let article = try Cleaner().clean(FetchedPage(bytes: Array(html.utf8), origin: "property-\(index)"))
            let text = article.text
            #expect(!text.unicodeScalars.contains { Self.forbidden($0, allowing: ["\n", "\t"]) }, "seed \(seed) case \(index)")
            let meta = article.metadata
            let fields = [meta.title, meta.author, meta.description, meta.sitename, meta.date, meta.url, meta.language]
                .compactMap { $0 } + meta.tags + meta.categories + meta.authors
            for field in fields {
                #expect(!field.unicodeScalars.contains { Self.forbidden($0, allowing: []) }, "seed \(seed) case \(index): \(field.debugDescription)")
            }
        }
    }
}
