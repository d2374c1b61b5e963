/// Prepares a page's bytes for libxml2: caps attributes per tag and attribute value sizes, and cuts what
/// the tree would never keep or use.
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
/// Comments are emptied (`<!---->`): the tree keeps none, and an empty one splits the text around it
/// just the same.
///
/// With `knownAttributesOnly` it also cuts the attributes outside `AttributeName.all`, which no cleaning
/// pass reads (`data-*`, `srcset`, `on*`, SVG paths: about a quarter of a news page's attributes).
///
/// It reads ASCII-compatible encodings and UTF-16 (code units of two bytes). Start tags, end tags,
/// comments and processing instructions are read as libxml2 2.9.14's HTML parser reads them
/// (`htmlParseStartTag`, `htmlParseEndTag`, ...), so that both agree where every tag and script ends:
/// a cut must never move markup. The scan is in `Prescan+Markup.swift`, its primitives in
/// `Prescan+Scanner.swift`.
enum Prescan {
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
        /// Comments whose text was cut (the tree keeps no comments; an empty one splits text alike).
        var emptiedComments = 0

        var changed: Bool {
            droppedAttributes > 0 || truncatedValues > 0 || droppedDoctypeSubsets > 0 || emptiedNoscripts > 0
                || droppedNULs > 0 || emptiedRawText > 0 || droppedUnknownAttributes > 0
                || emptiedComments > 0
        }
    }

    /// Returns `bytes` with the limits applied (the same array when nothing exceeds them).
    ///
    /// - Parameters:
    ///   - encoding: the encoding the parser will use; "UTF-16LE"/"UTF-16BE" (or "UTF-16") switch to
    ///     two-byte code units, anything else is read as an ASCII-compatible encoding.
    ///   - maxAttributes: attributes kept per tag.
    ///   - maxValueBytes: longest attribute value kept, in bytes of the page's encoding.
    ///   - cutRawText: whether to cut script, style and comment text (tests turn it off to compare trees).
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
            func scan<Layout: PrescanLayout>(_: Layout.Type) {
                var scanner = Scanner<Layout>(
                    buffer: buffer, maxAttributes: maxAttributes, maxValueUnits: max(maxValueBytes / width, 0),
                    cutRawText: cutRawText, knownAttributesOnly: knownAttributesOnly)
                scanner.run(&cuts, &outcome)
            }
            if width == 1 {
                scan(SingleBytes.self)
            } else if bigEndian {
                scan(BigEndianPairs.self)
            } else {
                scan(LittleEndianPairs.self)
            }
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
}
