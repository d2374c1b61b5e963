/// Finds contact boxes among the kept blocks: runs of short lines that a contact label opens
/// ("Pressekontakt:", then name, phone, e-mail), or that hold two or more phone/e-mail lines with the
/// name and organisation just above them, after the first prose paragraph. The whole run goes: none
/// of it is article text.
enum ContactBoxes {
    /// Lines at least this long (UTF-8 bytes) are prose and end a box.
    static let maxLineLength = 120
    /// Lines above the first phone/e-mail line that belong to an unlabelled box (name, organisation).
    static let linesAboveDetails = 2

    /// Indices of `lines` (each block's text, lower-cased) that form contact boxes.
    static func find(in lines: [String]) -> Set<Int> {
        var found = Set<Int>()
        let short = lines.map { $0.utf8.count < maxLineLength }
        // A box follows the article's prose: a page that opens with addresses (an imprint, a
        // contact page) is about them.
        guard var index = short.firstIndex(of: false) else { return found }
        while index < lines.count {
            guard short[index] else {
                index += 1
                continue
            }
            // The run of short lines starting here.
            var end = index
            while end + 1 < lines.count && short[end + 1] { end += 1 }
            found.formUnion(boxes(in: lines, from: index, through: end))
            index = end + 1
        }
        return found
    }

    /// Boxes inside one run of short lines.
    private static func boxes(in lines: [String], from start: Int, through end: Int) -> [Int] {
        let details = (start...end).filter { ContactRules.isDetail(lines[$0]) }
        guard !details.isEmpty else { return [] }
        // A label opens a box that runs to the end of the short lines.
        if let label = (start...end).first(where: { ContactRules.isLabel(lines[$0]) }), label < details.last! {
            let first = min(label, max(start, details[0] - linesAboveDetails))
            return Array(first...end)
        }
        guard details.count >= 2 else { return [] }
        return Array(max(start, details[0] - linesAboveDetails)...end)
    }
}
