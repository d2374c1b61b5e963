import Foundation

/// What the page's JSON-LD says about the article, as raw (uncleaned) strings.
struct JSONLDFacts {
    var headline: String?
    /// `name` of the article node, used when there is no `headline`.
    var name: String?
    var authors: [String] = []
    /// The article's `publisher` name.
    var publisher: String?
    /// `name` of the first Organization node anywhere (weaker than `publisher`).
    var organizationName: String?
    /// `name` of a `WebSite` node.
    var websiteName: String?
    var datePublished: String?
    var dateCreated: String?
    var dateModified: String?
    var description: String?
    var image: String?
    var keywords: [String] = []
    var sections: [String] = []
    var language: String?
    var url: String?
    /// How article-like the chosen node was (see `JSONLDReader.rank`); 0 when none was found.
    var rank = 0
    /// The chosen node's `@type` names, lower-cased.
    var types: [String] = []
    /// Every `@type` name seen anywhere in the page's JSON-LD, lower-cased.
    var pageTypes: Set<String> = []
    /// The article's `license` (a URL or a name), else the first `license` anywhere.
    var license: String?
    /// Authors of the article that are typed as organizations, not people.
    var organizationAuthors: [String] = []
}

/// Reads schema.org JSON-LD from `<script type="application/ld+json">` texts.
///
/// Tolerant, because real pages ship broken JSON-LD: HTML comment and CDATA wrappers, trailing commas,
/// raw newlines inside strings, several objects in one script. Bounded, because JSON-LD can be megabytes
/// deep: scripts over `maxScriptBytes` are skipped and the walk uses an explicit stack capped at
/// `maxDepth` levels and `maxNodes` values (no recursion).
enum JSONLDReader {
    /// Largest script parsed; bigger ones are app state, not article metadata.
    static let maxScriptBytes = 4 << 20
    /// Deepest nesting walked.
    static let maxDepth = 48
    /// Most JSON values visited per page.
    static let maxNodes = 100_000
    /// Most authors kept (long lists are credits or comment authors).
    static let maxAuthors = 12

    /// Reads the facts of the most article-like node across all `scripts`.
    static func read(_ scripts: [String]) -> JSONLDFacts {
        var roots: [Any] = []
        for script in scripts where script.utf8.count <= maxScriptBytes {
            roots.append(contentsOf: parse(script))
        }
        guard !roots.isEmpty else { return JSONLDFacts() }

        // Walk every value once: index nodes by @id (authors and publishers are often references into an
        // @graph), remember the best article node and the first WebSite/Organization names.
        var byID: [String: [String: Any]] = [:]
        var best: [String: Any]?
        var bestRank = 0
        var websiteName: String?
        var organizationName: String?
        var language: String?
        var pageTypes: Set<String> = []
        var anyLicense: String?
        var stack: [(value: Any, depth: Int)] = roots.reversed().map { ($0, 0) }
        var visited = 0
        while let (value, depth) = stack.popLast(), visited < maxNodes {
            visited += 1
            if let array = value as? [Any] {
                guard depth < maxDepth else { continue }
                stack.append(contentsOf: array.reversed().map { ($0, depth + 1) })
                continue
            }
            guard let object = value as? [String: Any] else { continue }
            if let id = object["@id"] as? String, object.count > 1, byID[id] == nil { byID[id] = object }
            let types = typeNames(object["@type"])
            pageTypes.formUnion(types)
            if anyLicense == nil { anyLicense = licenseValue(object["license"]) }
            let rank = types.map(Self.rank).max() ?? 0
            if rank > bestRank {
                best = object
                bestRank = rank
            }
            if types.contains("website"), websiteName == nil { websiteName = object["name"] as? String }
            if types.contains(where: { $0 == "organization" || $0 == "newsmediaorganization" }),
                organizationName == nil
            {
                organizationName = object["name"] as? String
            }
            if language == nil { language = object["inLanguage"] as? String }
            guard depth < maxDepth else { continue }
            // Keys in sorted order: a dictionary's own order changes from process to process (Swift seeds
            // its hashing per run), and the first object of a rank wins, so the same page must be walked
            // the same way every time. Reversed onto the stack so the first key is read first.
            for key in object.keys.sorted().reversed() {
                guard let child = object[key], child is [Any] || child is [String: Any] else { continue }
                stack.append((child, depth + 1))
            }
        }

        var facts = JSONLDFacts()
        facts.websiteName = websiteName
        facts.language = language
        facts.organizationName = organizationName
        facts.pageTypes = pageTypes
        facts.license = anyLicense
        guard let article = best else { return facts }
        facts.rank = bestRank
        facts.types = typeNames(article["@type"])
        facts.license = licenseValue(article["license"]) ?? anyLicense
        facts.organizationAuthors = organizationNames(in: article["author"] ?? article["creator"], byID: byID)
        facts.headline = article["headline"] as? String
        facts.name = article["name"] as? String
        facts.authors = names(in: article["author"] ?? article["creator"], byID: byID)
        if let publisher = names(in: article["publisher"], byID: byID).first {
            facts.publisher = publisher
        }
        facts.datePublished = article["datePublished"] as? String
        facts.dateCreated = article["dateCreated"] as? String
        facts.dateModified = article["dateModified"] as? String
        facts.description = article["description"] as? String
        facts.image = imageURL(article["image"] ?? article["thumbnailUrl"])
        facts.keywords = strings(article["keywords"], splittingCommas: true)
        facts.sections = strings(article["articleSection"], splittingCommas: false)
        if let own = article["inLanguage"] as? String { facts.language = own }
        facts.url = article["url"] as? String ?? idOrString(article["mainEntityOfPage"])
        return facts
    }

    /// How article-like a schema.org type is: news articles beat generic articles, which beat web pages.
    static func rank(_ type: String) -> Int {
        switch type {
        case "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting":
            return 4
        case "article", "blogposting", "scholarlyarticle", "techarticle", "report",
            "socialmediaposting",
            "discussionforumposting", "satiricalarticle", "advertisercontentarticle",
            "medicalscholarlyarticle":
            return 3
        case "webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage", "faqpage",
            "medicalwebpage", "recipe", "videoobject", "review":
            return 1
        default:
            return 0
        }
    }

    /// `@type` as lower-cased names, with any schema.org prefix removed; accepts a string or an array.
    static func typeNames(_ value: Any?) -> [String] {
        let raw: [String] =
            (value as? String).map { [$0] } ?? (value as? [Any])?.compactMap { $0 as? String } ?? []
        return raw.map { type in
            let lower = type.lowercased()
            if let slash = lower.lastIndex(where: { $0 == "/" || $0 == ":" }) {
                return String(lower[lower.index(after: slash)...])
            }
            return lower
        }
    }

    /// Names in an `author`/`publisher` value: a string, a Person/Organization object (`name`, or
    /// `givenName` + `familyName`, or an `@id` reference), or an array of those. Bounded by `maxAuthors`.
    static func names(in value: Any?, byID: [String: [String: Any]]) -> [String] {
        guard let value else { return [] }
        var result: [String] = []
        // A stack (arrays pushed reversed) keeps document order without recursion.
        var stack: [Any] = [value]
        var steps = 0
        while let item = stack.popLast(), result.count < maxAuthors, steps < 100 {
            steps += 1
            if let name = item as? String {
                result.append(name)
            } else if let array = item as? [Any] {
                stack.append(contentsOf: array.prefix(maxAuthors * 2).reversed())
            } else if var object = item as? [String: Any] {
                if object["name"] == nil, let id = object["@id"] as? String, let target = byID[id] {
                    object = target
                }
                if let name = object["name"] as? String {
                    result.append(name)
                } else if let nameObject = object["name"] as? [String: Any],
                    let value = nameObject["@value"] as? String
                {
                    result.append(value)
                } else if let given = object["givenName"] as? String {
                    result.append([given, object["familyName"] as? String ?? ""].joined(separator: " "))
                }
            }
        }
        return result
    }

    /// Names of the entries of an `author` value whose `@type` is an organization, not a person.
    static func organizationNames(in value: Any?, byID: [String: [String: Any]]) -> [String] {
        let entries: [Any] = (value as? [Any]).map { Array($0.prefix(maxAuthors * 2)) } ?? (value.map { [$0] } ?? [])
        return entries.compactMap { entry -> String? in
            guard var object = entry as? [String: Any] else { return nil }
            if object["@type"] == nil, let id = object["@id"] as? String, let target = byID[id] { object = target }
            let types = typeNames(object["@type"])
            guard types.contains(where: { $0.hasSuffix("organization") || $0 == "corporation" }) else { return nil }
            return object["name"] as? String
        }
    }

    /// A license from a string (URL or name), a CreativeWork object (`url`, `@id`, `name`) or an array.
    private static func licenseValue(_ value: Any?) -> String? {
        firstString(value, keys: ["url", "@id", "name"])
    }

    /// An image URL from a string, an ImageObject (`url`/`contentUrl`) or an array of those.
    private static func imageURL(_ value: Any?) -> String? {
        firstString(value, keys: ["url", "contentUrl", "@id"])
    }

    /// The first string reached by taking an array's first element or an object's first present key,
    /// at most four steps deep (JSON-LD nests values in arrays and typed objects).
    private static func firstString(_ value: Any?, keys: [String]) -> String? {
        var current = value
        for _ in 0..<4 {
            if let string = current as? String { return string }
            if let array = current as? [Any] {
                current = array.first
            } else if let object = current as? [String: Any] {
                current = keys.lazy.compactMap { object[$0] }.first
            } else {
                return nil
            }
        }
        return nil
    }

    /// A string, or the `@id`/`url` of an object (`mainEntityOfPage` comes in both shapes).
    private static func idOrString(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let object = value as? [String: Any] {
            return object["@id"] as? String ?? object["url"] as? String
        }
        return nil
    }

    /// Strings from a string or an array; `splittingCommas` splits "a, b, c" keyword lists.
    private static func strings(_ value: Any?, splittingCommas: Bool) -> [String] {
        let raw: [String] =
            (value as? String).map { [$0] } ?? (value as? [Any])?.compactMap { $0 as? String } ?? []
        guard splittingCommas else { return Array(raw.prefix(50)) }
        return Array(raw.flatMap { $0.split(separator: ",").map(String.init) }.prefix(50))
    }

    // MARK: - Tolerant parsing

    /// The JSON values in one script: parsed as is, else after a cheap repair, else each top-level value
    /// separately. Returns an empty list when nothing can be read.
    static func parse(_ script: String) -> [Any] {
        let unwrapped = unwrap(script)
        guard !unwrapped.isEmpty else { return [] }
        if let value = decode(Array(unwrapped.utf8)) { return [value] }
        let (repaired, values) = repair(unwrapped)
        if values.count == 1, let value = decode(repaired) { return [value] }
        return values.compactMap(decode)
    }

    private static func decode(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// Removes HTML comment and CDATA wrappers (`<!--`, `-->`, `<![CDATA[`, `]]>`, also behind `//`).
    private static func unwrap(_ script: String) -> String {
        var text = script.trimmingEdges(in: .whitespacesAndNewlines)
        for prefix in ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[", "<!--"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingEdges(in: .whitespacesAndNewlines)
        }
        for suffix in ["//]]>", "/*]]>*/", "]]>", "//-->", "-->"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingEdges(in: .whitespacesAndNewlines)
        }
        // A trailing semicolon from copy-pasted JavaScript.
        while text.hasSuffix(";") { text.removeLast() }
        return text
    }

    /// One pass over the bytes that drops trailing commas before `}`/`]`, turns raw control characters
    /// inside strings into spaces, and splits the text into its top-level values.
    /// - Returns: the whole repaired text and each top-level value's bytes.
    private static func repair(_ text: String) -> ([UInt8], [[UInt8]]) {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var values: [[UInt8]] = []
        var valueStart: Int?
        var inString = false
        var escaped = false
        var depth = 0
        var pendingComma: Int?  // index in `output` of a comma that may be trailing
        for byte in input {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                output.append(byte < 0x20 ? UInt8(ascii: " ") : byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                pendingComma = nil
                if depth == 0 && valueStart == nil { valueStart = output.count }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 { valueStart = output.count }
                depth += 1
                pendingComma = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { output[comma] = UInt8(ascii: " ") }
                pendingComma = nil
                depth = max(0, depth - 1)
                if depth == 0, let start = valueStart {
                    output.append(byte)
                    values.append(Array(output[start...]))
                    valueStart = nil
                    continue
                }
            case UInt8(ascii: ","):
                pendingComma = output.count
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                break
            default:
                pendingComma = nil
            }
            output.append(byte)
        }
        return (output, values)
    }
}
