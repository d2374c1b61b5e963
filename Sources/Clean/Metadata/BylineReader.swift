import DOM
import Foundation

/// Which elements hold a byline, judged by their class/id words.
///
/// Must hit: `byline`, `c-byline__name`, `article-author`, `author-name`, `by-line`, `writer`.
/// Must not hit: author avatars, photos and bios (their own words say so), comment authors (checked on
/// ancestors), and words that merely contain "author" ("authorize": whole words only).
enum BylineTokens {
    /// Words that mark a byline or author element.
    static let bylineWords: Set<Substring> = [
        "byline", "bylines", "author", "authors", "authorname", "writer", "writers", "writtenby",
        "creator",
    ]
    private static let bylineFragment = FragmentSet(["byline"])
    /// Pieces of which every byline marker contains one ("line" for "byline" and "by-line").
    static let fragments = ["author", "writ", "creator", "line"]
    /// Words that mark parts of author boxes that are not the name.
    static let excludedWords: Set<Substring> = [
        "avatar", "image", "img", "photo", "pic", "picture", "thumb", "thumbnail", "bio", "biography",
        "description", "desc", "social", "follow", "email", "mail", "twitter", "icon", "title", "role",
        "job",
        "position", "comment", "comments", "more", "other", "related", "tooltip", "popup", "modal",
    ]
    /// Ancestor words that mark comment threads, whose authors are not the article's.
    static let commentWords: Set<Substring> = [
        "comment", "comments", "respond", "replies", "reply", "discussion",
    ]
    /// The word lists above as byte tables: looked up for every word of every hinted element.
    private static let bylineWordSet = NameSet(bylineWords.map(String.init))
    private static let excludedWordSet = NameSet(excludedWords.map(String.init))
    private static let commentWordSet = NameSet(commentWords.map(String.init))
    /// Pieces of which every comment word contains one: values without any are not split into words.
    private static let commentFragments = FragmentSet(["comment", "respond", "repl", "discussion"])

    static func marksByline(_ words: [Substring]) -> Bool {
        var found = false
        for (index, word) in words.enumerated() {
            if excludedWordSet.contains(word) { return false }
            // "byline" inside a word too: camel-case classes ("FeatureByline") arrive as one lower-cased word.
            if bylineWordSet.contains(word) || bylineFragment.occurs(in: word)
                || (word == "by" && index + 1 < words.count && words[index + 1] == "line")
            {
                found = true
            }
        }
        return found
    }

    /// True when an ancestor (up to 40 levels) is a comment thread.
    static func isInsideComments(_ tree: Tree, _ id: Tree.NodeID) -> Bool {
        var current = tree[id].parent
        var steps = 0
        while current != Tree.none && steps < 40 {
            // `<html>`/`<body>` classes describe the page (WordPress adds "comments-open" to every post).
            if tree[current].kind == .element, tree[current].tag != .body, tree[current].tag != .html,
                ClassTokens.hasWord(tree, current, in: commentWordSet, screenedBy: commentFragments)
            {
                return true
            }
            current = tree[current].parent
            steps += 1
        }
        return false
    }
}

/// Turns byline text into author names: "By Jane Doe and John Roe, Staff Writers | Nov 22, 2018" becomes
/// ["Jane Doe", "John Roe"].
enum BylineCleaner {
    /// Most names kept from one byline.
    static let maxNames = 12
    /// Longest plausible name, in words.
    static let maxNameWords = 6

    /// Lead-ins before the names, lower-cased, longest first so "written by" wins over "by". Italian "di"
    /// is left out: it starts surnames ("Di Maio") more often than bylines.
    static let prefixes: [String] = [
        "written by", "posted by", "words by", "text by", "story by", "reporting by", "reported by",
        "published by", "article by", "geschrieben von", "ein beitrag von", "écrit par", "publié par",
        "escrito por", "authors:", "author:", "autor:", "autorin:", "auteur:", "autore:", "text:",
        "by:", "by", "von",
        "par", "por", "door", "av", "af", "från",
    ]
    /// Words of job titles that follow names ("Jane Doe, Staff Writer"); a part containing one is dropped.
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "editor", "editors", "correspondent", "reporter", "reporters",
        "contributor",
        "contributing", "columnist", "photographer", "photographers", "photos", "photo", "senior",
        "chief",
        "redakteur", "redakteurin", "redaktion", "korrespondent", "korrespondentin", "journaliste",
        "rédacteur",
        "envoyé", "spécial", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "read",
        "min",
        "minutes", "ago", "hours", "follow", "email", "twitter", "share",
    ]
    /// Weekday names that start a date after a byline ("By Jane Doe Monday, ...").
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun",
    ]
    /// Characters trimmed from both ends of a name part.
    private static let nameEdges: CharacterSet = ["-", ":", ".", " ", "(", ")", "\""]
    /// Characters trimmed after a lead-in ("By: Jane").
    private static let prefixEdges = CharacterSet(charactersIn: " :")
    /// Separators between several names.
    static let joiners: [String] = [
        " and ", " & ", " und ", " et ", " y ", " e ", " og ", " en ", " och ",
    ]

    /// The author names in `raw`, cleaned; empty when none is plausible.
    static func names(_ raw: String) -> [String] {
        guard var text = MetadataText.clean(raw, limit: 400) else { return [] }
        // Parentheses hold handles, links, affiliations or co-authors' roles ("Jane Doe (@jd)").
        text = removingParentheses(text)
        text = cutAtDate(text)
        for separator in ["|", "•", "·", "—", " – ", " - ", "\u{2022}"] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        var parts = [stripPrefix(text)]
        for joiner in joiners + [",", ";", "/"] {
            parts = parts.flatMap { $0.components(separatedBy: joiner) }
        }
        var result: [String] = []
        for part in parts {
            guard let name = plausibleName(stripPrefix(part)), !result.contains(name) else { continue }
            result.append(name)
            if result.count == maxNames { break }
        }
        return result
    }

    /// A cleaned name, or nil when `part` is a role, a handle, an address or not a name at all.
    static func plausibleName(_ part: String) -> String? {
        guard
            let name = MetadataText.clean(
                part.trimmingEdges(in: nameEdges))
        else { return nil }
        let words = name.lowercased().split(separator: " ")
        guard name.count >= 2, words.count <= maxNameWords,
            name.contains(where: \.isLetter),
            !name.contains("@"), !MetadataText.looksLikeURL(name),
            !name.contains(where: \.isNumber),
            !words.contains(where: { roleWords.contains(String($0)) })
        else { return nil }
        return name
    }

    /// `text` without parenthesized or bracketed parts; an unclosed one runs to the end.
    static func removingParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" || character == "[" {
                depth += 1
            } else if character == ")" || character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }

    /// Removes a leading "By", "Von", "Written by", ... (case-insensitive, whole words).
    static func stripPrefix(_ text: String) -> String {
        var current = text.trimmingEdges(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            let lower = current.lowercased()
            for prefix in prefixes where lower.hasPrefix(prefix) {
                let rest = current.dropFirst(prefix.count)
                // Whole word only: "Byron" must not lose "By".
                if prefix.hasSuffix(":") || rest.isEmpty || rest.first == " " || rest.first == ":" {
                    current = String(rest).trimmingEdges(in: prefixEdges)
                    changed = !current.isEmpty
                    break
                }
            }
        }
        return current
    }

    /// Cuts the text before the first date-like word: a digit, or a month name followed by a digit
    /// ("Theresa May" keeps "May").
    static func cutAtDate(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (index, word) in words.enumerated() {
            let bare = word.lowercased().trimmingEdges(in: .punctuationCharacters)
            let isMonth =
                MonthNames.number(of: bare) != nil && index + 1 < words.count
                && words[index + 1].first?.isNumber == true
            let isWeekday = weekdays.contains(bare) && index + 1 < words.count
            if (word.first?.isNumber == true || isMonth || isWeekday) && index > 0 {
                var kept = words[..<index]
                // "on", "am", "le", "el" before the date belong to it.
                if let last = kept.last,
                    ["on", "am", "le", "el", "il", "the", "updated", "published"].contains(last.lowercased())
                {
                    kept = kept.dropLast()
                }
                return kept.joined(separator: " ")
            }
        }
        return text
    }
}
