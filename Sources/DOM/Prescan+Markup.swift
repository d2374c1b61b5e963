/// The scan itself: where tags, comments, raw text and doctypes start and end, read as libxml2 2.9.14
/// reads them, and what is cut.
extension Prescan.Scanner {
    mutating func run(_ cuts: inout [Range<Int>], _ outcome: inout Prescan.Outcome) {
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
                let (marker, end) = commentEnd(from: index + 4)
                // A comment only splits the text around it: libxml2 gets it empty ("<!---->").
                if cutting && marker < count && marker > index + 4 {
                    cuts.append(((index + 4) * width)..<(marker * width))
                    outcome.emptiedComments += 1
                }
                index = end
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
                // libxml2 reads markup where non-empty text starts with "<", and stays in the script
                // after a look-alike end tag ("</scriptx>"): the end is not certain then, and the
                // rest of the page keeps its text.
                let exactEnd = closing >= count || !Self.isNameCharacter(unit(closing + (script ? 8 : 7)))
                if !exactEnd || (closing > position && unit(position) == 0x3C) { cutting = false }
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

    /// The index after a comment whose text starts at `start`: libxml2 ends it at the first `-->` or
    /// `--!>` at or after `start`.
    /// Also returns where that end marker starts (`count` when the comment never ends).
    func commentEnd(from start: Int) -> (marker: Int, end: Int) {
        var position = start
        while true {
            position = find("--", from: position)
            if position >= count { return (count, count) }
            if unit(position + 2) == 0x3E { return (position, position + 3) }
            if unit(position + 2) == 0x21 && unit(position + 3) == 0x3E { return (position, position + 4) }
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
        from start: Int, _ cuts: inout [Range<Int>], _ outcome: inout Prescan.Outcome
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

    /// Whether `name` is among `AttributeName.all` (read by some cleaning pass), in any case.
    func isKnownName(_ name: Range<Int>) -> Bool {
        guard name.count < Prescan.knownNames.count else { return false }
        for known in Prescan.knownNames[name.count]
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
        from start: Int, _ cuts: inout [Range<Int>], _ outcome: inout Prescan.Outcome
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
