import Glibc

/// Caps attributes per tag and attribute value sizes in a page's bytes, before libxml2 sees them.
///
/// libxml2 2.9.14 checks every new attribute of a tag against the ones before it, so one tag with
/// 100,000 attributes costs about 80 s inside `htmlCtxtReadMemory`, which cannot be interrupted.
/// This pass finds start tags with a cheap byte scan (one pass, no allocation unless something is
/// cut), drops the attributes after the first `maxAttributes` of a tag and cuts values longer than
/// `maxValueBytes`. `SAXTreeBuilder` applies the same limits to what libxml2 reports, so the
/// tree is the same whether a page was cut here or not.
///
/// It also empties `<noscript>` elements: browsers (with scripting on) read their content as raw text
/// up to `</noscript>`, while libxml2 parses it as markup, and an unclosed `<div>` inside one then
/// swallows the rest of the page into the noscript (whose text is never content). The content is not
/// used anyway, so it is cut.
///
/// It also drops NUL characters outside tags: libxml2 2.9.14's HTML parser stops reading the page at
/// the first one (everything after it was lost), while browsers ignore them in text.
///
/// It also drops the internal subset of a `<!DOCTYPE ... [ ... ]>` (entity and attribute
/// declarations of XHTML pages). libxml2's HTML parser does not read subsets: it ends the doctype at
/// the first `>` inside the brackets, and the rest of the declarations became article text.
///
/// It also cuts the text of `<script>` and `<style>` elements, which the tree never keeps (JSON data
/// scripts excepted): libxml2 reads it one character at a time, and it is about a third of a news
/// page's bytes. Where such an element ends is found as libxml2 finds it (the first `</script` or
/// `</style`, case-insensitive; a tag ending in `/>` has no text).
///
/// It reads the tag syntax of ASCII-compatible encodings and of UTF-16 (code units of two bytes);
/// comments are skipped, as the parser does.
enum AttributePrescan {
    /// What the scan did to a page.
    struct Outcome: Equatable {
        /// Attributes dropped because their tag had too many.
        var droppedAttributes = 0
        /// Attribute values cut to the size limit.
        var truncatedValues = 0
        /// DOCTYPE internal subsets dropped (at most one per page in practice).
        var droppedDoctypeSubsets = 0
        /// `<noscript>` elements whose content was cut.
        var emptiedNoscripts = 0
        /// NUL characters dropped from text.
        var droppedNULs = 0
        /// `<script>` and `<style>` elements whose text was cut (all but JSON data scripts).
        var emptiedRawText = 0
        /// Attributes cut because no cleaning pass reads them (`knownAttributesOnly`).
        var droppedUnknownAttributes = 0

        var changed: Bool {
            droppedAttributes > 0 || truncatedValues > 0 || droppedDoctypeSubsets > 0 || emptiedNoscripts > 0
                || droppedNULs > 0 || emptiedRawText > 0 || droppedUnknownAttributes > 0
        }
    }

    /// Returns `bytes` with the limits applied (the same array when nothing exceeds them).
    ///
    /// - Parameters:
    ///   - encoding: the encoding the parser will use; "UTF-16LE"/"UTF-16BE" (or "UTF-16") switch to
    ///     two-byte code units, anything else is read as an ASCII-compatible encoding.
    ///   - maxAttributes: attributes kept per tag.
    ///   - maxValueBytes: longest attribute value kept, in bytes of the page's encoding.
    ///   - cutRawText: whether to cut script and style text (tests turn it off to compare trees).
    ///   - knownAttributesOnly: whether to cut attributes outside `AttributeName.all`.
    static func apply(
        _ bytes: [UInt8], encoding: String, maxAttributes: Int, maxValueBytes: Int, cutRawText: Bool = true,
        knownAttributesOnly: Bool = false
    ) -> (bytes: [UInt8], outcome: Outcome) {
        let name = encoding.uppercased()
        let width = name.hasPrefix("UTF-16") || name.hasPrefix("UTF16") ? 2 : 1
        let bigEndian = width == 2 && (name.hasSuffix("BE") || name == "UTF-16" || name == "UTF16")
        var cuts: [Range<Int>] = []  // byte ranges to remove, ascending and disjoint
        var outcome = Outcome()
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(
                buffer: buffer, width: width, bigEndian: bigEndian, maxAttributes: maxAttributes,
                maxValueUnits: max(maxValueBytes / width, 0), cutRawText: cutRawText,
                knownAttributesOnly: knownAttributesOnly)
            scanner.run(&cuts, &outcome)
        }
        guard !cuts.isEmpty else { return (bytes, outcome) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var start = 0
        for cut in cuts {
            result.append(contentsOf: bytes[start..<cut.lowerBound])
            start = cut.upperBound
        }
        result.append(contentsOf: bytes[start...])
        return (result, outcome)
    }

    /// `AttributeName.all`'s names as bytes, by length.
    static let knownNames: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 1 + AttributeName.all.map(\.name.utf8.count).max()!)
        for attribute in AttributeName.all { table[attribute.name.utf8.count].append(Array(attribute.name.utf8)) }
        return table
    }()

    /// The scan itself, in code units (bytes, or UTF-16 units of two bytes).
    private struct Scanner {
        let buffer: UnsafeBufferPointer<UInt8>
        let width: Int
        let bigEndian: Bool
        let maxAttributes: Int
        let maxValueUnits: Int
        let cutRawText: Bool
        let knownAttributesOnly: Bool
        let count: Int  // in units

        init(
            buffer: UnsafeBufferPointer<UInt8>, width: Int, bigEndian: Bool, maxAttributes: Int, maxValueUnits: Int,
            cutRawText: Bool, knownAttributesOnly: Bool
        ) {
            self.cutRawText = cutRawText
            self.knownAttributesOnly = knownAttributesOnly
            self.buffer = buffer
            self.width = width
            self.bigEndian = bigEndian
            self.maxAttributes = maxAttributes
            self.maxValueUnits = maxValueUnits
            self.count = buffer.count / width
        }

        /// The code unit at `index` (in units); 0 past the end.
        @inline(__always) func unit(_ index: Int) -> UInt16 {
            guard index < count else { return 0 }
            if width == 1 { return UInt16(buffer[index]) }
            let first = UInt16(buffer[2 * index]), second = UInt16(buffer[2 * index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }

        @inline(__always) static func isSpace(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C
        }

        @inline(__always) static func isLetter(_ unit: UInt16) -> Bool {
            (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A
        }

        /// The unit at `index`, lower-cased when it is an ASCII letter, for matching tag names.
        @inline(__always) func lower(_ index: Int) -> UInt16 {
            let current = unit(index)
            return Self.isLetter(current) ? current | 0x20 : current
        }

        /// Whether the units at `index` spell `word` (lower-case ASCII), ignoring ASCII case.
        func matches(_ word: StaticString, at index: Int) -> Bool {
            let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for offset in 0..<bytes.count where lower(index + offset) != UInt16(bytes[offset]) { return false }
            return true
        }

        /// First index at or after `index` where `word` starts (case-insensitive), or `count`.
        /// Every word searched for starts with a punctuation byte, found with `findUnit`.
        func find(_ word: StaticString, from index: Int) -> Int {
            let first = UInt16(word.utf8Start.pointee)
            var position = index
            while true {
                position = findUnit(first, from: position)
                if position >= count || matches(word, at: position) { return position }
                position += 1
            }
        }

        /// First index at or after `index` of `target`, or `count`; `memchr` in 8-bit text.
        @inline(__always) func findUnit(_ target: UInt16, from index: Int) -> Int {
            guard index < count else { return count }
            if width == 1, let base = buffer.baseAddress {
                guard let hit = memchr(base + index, Int32(target), count - index) else { return count }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var position = index
            while position < count, unit(position) != target { position += 1 }
            return position
        }

        /// First index at or after `index` of a `<` or a NUL, or `count`: the only units the scan
        /// stops at outside tags. In 8-bit text, eight bytes are tested at a time.
        func nextStop(from index: Int) -> Int {
            var position = index
            if width == 1, let base = buffer.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                while position + 8 <= count {
                    let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                    let angle = word ^ (ones &* 0x3C)
                    // A zero byte in `word` (NUL) or in `angle` ('<') sets its high bit here.
                    if ((word &- ones) & ~word | (angle &- ones) & ~angle) & highs != 0 { break }
                    position += 8
                }
            }
            while position < count {
                let current = unit(position)
                if current == 0x3C || current == 0 { return position }
                position += 1
            }
            return count
        }

        mutating func run(_ cuts: inout [Range<Int>], _ outcome: inout AttributePrescan.Outcome) {
            var index = 0
            var cutting = cutRawText  // off for the rest of a page where libxml2 may read raw text differently
            while index < count {
                index = nextStop(from: index)
                guard index < count else { break }
                guard unit(index) == 0x3C else {  // a NUL
                    var end = index + 1
                    while end < count, unit(end) == 0 { end += 1 }
                    cuts.append((index * width)..<(end * width))
                    outcome.droppedNULs += end - index
                    index = end
                    continue
                }
                if matches("<!--", at: index) {
                    index = commentEnd(from: index + 4)
                    continue
                }
                // End tags and processing instructions, read as libxml2 reads them: a `<script>` that
                // libxml2 skips over with them must not start raw text here.
                if unit(index + 1) == 0x2F, Self.isNameStart(unit(index + 2)) {  // "</name"
                    index = endTagEnd(from: index + 2)
                    continue
                }
                if unit(index + 1) == 0x3F {  // "<?"
                    let target = unit(index + 2)
                    index = Self.isNameStart(target) || target >= 0x80 ? find(">", from: index + 2) + 1 : index + 2
                    continue
                }
                if matches("<!doctype", at: index) {
                    index = scanDoctype(from: index + 9, &cuts, &outcome)
                    continue
                }
                guard Self.isLetter(unit(index + 1)) else {
                    index += 1
                    continue
                }
                let nameStart = index + 1
                var position = nameStart
                while position < count, Self.isNameCharacter(unit(position)) { position += 1 }
                let rawText = (position - nameStart == 6 && matches("script", at: nameStart))
                    || (position - nameStart == 5 && matches("style", at: nameStart))
                let noscript = position - nameStart == 8 && matches("noscript", at: nameStart)
                let tag = scanAttributes(from: position, &cuts, &outcome)
                position = tag.end
                if rawText && !tag.selfClosing {
                    let script = matches("script", at: nameStart)
                    let closing = find(script ? "</script" : "</style", from: position)
                    // Script and style text never reaches the tree (except JSON data scripts), and
                    // libxml2 reads it one character at a time: a third of a typical page's bytes.
                    // libxml2 reads markup where the text starts with "<", and stays in the script
                    // after a look-alike end tag ("</scriptx>"): the end is not certain then, and the
                    // rest of the page keeps its text.
                    let exactEnd = closing >= count || !Self.isNameCharacter(unit(closing + (script ? 8 : 7)))
                    if !exactEnd || unit(position) == 0x3C { cutting = false }
                    if cutting && closing > position && !(script && mayBeDataScript(index..<position)) {
                        cuts.append((position * width)..<(closing * width))
                        outcome.emptiedRawText += 1
                    }
                    position = closing
                } else if noscript {
                    let closing = find("</noscript", from: position)
                    if closing < count && closing > position {
                        cuts.append((position * width)..<(closing * width))
                        outcome.emptiedNoscripts += 1
                    }
                    position = closing
                }
                index = position
            }
        }

        /// Where libxml2's end-tag name may start: a letter, `_`, `:` or `.`.
        @inline(__always) static func isNameStart(_ unit: UInt16) -> Bool {
            isLetter(unit) || unit == 0x5F || unit == 0x3A || unit == 0x2E
        }

        /// Characters of libxml2's HTML names after the first: letters, digits, `:`, `-`, `_`, `.`.
        @inline(__always) static func isNameCharacter(_ unit: UInt16) -> Bool {
            isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit == 0x3A || unit == 0x2D || unit == 0x5F
                || unit == 0x2E
        }

        /// The index after a comment whose text starts at `start`: libxml2 ends it at the first `-->` or
        /// `--!>` at or after `start`.
        func commentEnd(from start: Int) -> Int {
            var position = start
            while true {
                position = find("--", from: position)
                if position >= count { return count }
                if unit(position + 2) == 0x3E { return position + 3 }
                if unit(position + 2) == 0x21 && unit(position + 3) == 0x3E { return position + 4 }
                position += 1
            }
        }

        /// The index after an end tag whose name starts at `start`. libxml2 reads the name (letters,
        /// digits, `:`, `-`, `_`, `.`) and blanks, and when no `>` follows, skips to the next `>`
        /// whatever lies between (quotes and tags included).
        func endTagEnd(from start: Int) -> Int {
            var position = start
            while position < count, Self.isNameCharacter(unit(position)) { position += 1 }
            position = skipBlanks(from: position)
            if unit(position) != 0x3E { position = find(">", from: position) }
            return min(position + 1, count)
        }

        /// Reads the attributes of one start tag from `start` (just after its name) to its `>` the way
        /// libxml2's `htmlParseStartTag` reads them, so both agree where the tag ends; returns the index
        /// after the tag. `selfClosing` is true for a tag ending in `/>` (libxml2 closes such an element
        /// at once, so a `<script/>` has no text).
        ///
        /// libxml2's reading: blanks are space, tab, LF and CR (not form feed); a name is a letter, `_`,
        /// `:` or `.` followed by letters, digits, `:`, `-`, `_` and `.`; a value follows `=` (blanks
        /// around it allowed), quoted up to the same quote, or unquoted up to a blank or `>`; anything
        /// else is skipped up to a blank, `>` or `/>`, quotes or not.
        func scanAttributes(
            from start: Int, _ cuts: inout [Range<Int>], _ outcome: inout AttributePrescan.Outcome
        ) -> (end: Int, selfClosing: Bool) {
            var position = skipBlanks(from: start)
            var attributes = 0
            var dropFrom: Int? = nil  // first unit of the attributes dropped in this tag
            var dropTo = 0
            while position < count && unit(position) != 0x3E && !(unit(position) == 0x2F && unit(position + 1) == 0x3E) {
                let attributeStart = position
                guard Self.isNameStart(unit(position)) else {
                    // Not an attribute to libxml2: skipped up to a blank or the end of the tag.
                    while position < count, !Self.isBlank(unit(position)), unit(position) != 0x3E,
                        !(unit(position) == 0x2F && unit(position + 1) == 0x3E)
                    {
                        position += 1
                    }
                    position = skipBlanks(from: position)
                    continue
                }
                position += 1
                while position < count, Self.isNameCharacter(unit(position)) { position += 1 }
                let nameEnd = position
                var valueRange: Range<Int>? = nil
                var look = skipBlanks(from: position)
                if look < count && unit(look) == 0x3D {  // '='
                    look = skipBlanks(from: look + 1)
                    let quote = unit(look)
                    if look < count && (quote == 0x22 || quote == 0x27) {
                        let end = findUnit(quote, from: look + 1)
                        valueRange = (look + 1)..<end
                        position = min(end + 1, count)
                    } else {
                        var end = look
                        while end < count, !Self.isBlank(unit(end)), unit(end) != 0x3E { end += 1 }
                        valueRange = look..<end
                        position = end
                    }
                }
                attributes += 1
                if attributes > maxAttributes {
                    if dropFrom == nil { dropFrom = attributeStart }
                    dropTo = position
                    outcome.droppedAttributes += 1
                } else if knownAttributesOnly && !isKnownName(attributeStart..<nameEnd) {
                    cuts.append((attributeStart * width)..<(position * width))
                    outcome.droppedUnknownAttributes += 1
                } else if let value = valueRange, value.count > maxValueUnits {
                    var keep = value.lowerBound + maxValueUnits
                    // Do not split a UTF-8 sequence: back up to its first byte.
                    if width == 1 { while keep > value.lowerBound, buffer[keep] & 0xC0 == 0x80 { keep -= 1 } }
                    cuts.append((keep * width)..<(value.upperBound * width))
                    outcome.truncatedValues += 1
                }
                position = skipBlanks(from: position)
            }
            if let dropFrom { cuts.append((dropFrom * width)..<(dropTo * width)) }
            if position < count && unit(position) == 0x2F { return (min(position + 2, count), true) }
            return (min(position + 1, count), false)
        }

        /// libxml2's blanks: space, tab, LF, CR.
        @inline(__always) static func isBlank(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
        }

        @inline(__always) func skipBlanks(from index: Int) -> Int {
            var position = index
            while position < count, Self.isBlank(unit(position)) { position += 1 }
            return position
        }

        /// Whether `name` is among `AttributeName.all` (read by some cleaning pass), in any case.
        func isKnownName(_ name: Range<Int>) -> Bool {
            guard name.count < AttributePrescan.knownNames.count else { return false }
            for known in AttributePrescan.knownNames[name.count]
            where known.indices.allSatisfy({ lower(name.lowerBound + $0) == UInt16(known[$0]) }) {
                return true
            }
            return false
        }

        /// Whether a `<script>` start tag can mark a JSON data script (`type` naming JSON, or Next.js's
        /// `__NEXT_DATA__`), whose text the tree keeps: true when its bytes mention either anywhere.
        func mayBeDataScript(_ tag: Range<Int>) -> Bool {
            for position in tag where matches("json", at: position) || matches("__next_data__", at: position) {
                return true
            }
            return false
        }

        /// Reads a doctype from `start` (just after `<!DOCTYPE`) to its `>`, cutting an internal
        /// subset `[...]` when one ends with `]` and `>`; returns the index after the doctype.
        /// Quoted strings are skipped, so a `>` or `]` inside an entity value does not end anything.
        func scanDoctype(
            from start: Int, _ cuts: inout [Range<Int>], _ outcome: inout AttributePrescan.Outcome
        ) -> Int {
            var position = start
            var subsetStart: Int? = nil
            while position < count {
                let current = unit(position)
                if current == 0x22 || current == 0x27 {  // a quoted identifier or entity value
                    var end = position + 1
                    while end < count, unit(end) != current { end += 1 }
                    position = end + 1
                    continue
                }
                if subsetStart == nil {
                    if current == 0x3E { return position + 1 }  // '>': no subset
                    if current == 0x5B { subsetStart = position }  // '['
                } else if current == 0x5D {  // ']': the subset ends if only spaces come before '>'
                    var look = position + 1
                    while look < count, Self.isSpace(unit(look)) { look += 1 }
                    if unit(look) == 0x3E, look < count, let subsetStart {
                        cuts.append((subsetStart * width)..<((position + 1) * width))
                        outcome.droppedDoctypeSubsets += 1
                        return look + 1
                    }
                } else if current == 0x3C, unit(position + 1) == 0x21, unit(position + 2) == 0x2D {
                    // A comment inside the subset: skip it whole ("<!--" ... "-->").
                    position = find("-->", from: position + 4) + 3
                    continue
                }
                position += 1
            }
            // No end of the subset: leave the page as it is; libxml2 recovers as before.
            return count
        }
    }
}
