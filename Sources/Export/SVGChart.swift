/// Simple inline SVG charts for the run report: a stacked bar, horizontal bars, columns.
///
/// Each chart is an `<svg role="img">` with a `<title>`, labels and values as text, fixed sizes in a
/// `viewBox` (CSS scales it down on narrow screens). Labels are escaped and shortened.
enum SVGChart {
    static let width = 720

    /// One bar split into coloured segments, with a legend line under it.
    static func stackedBar(_ segments: [(label: String, value: Int, colour: String)], title: String) -> String {
        let total = segments.reduce(0) { $0 + $1.value }
        var out = "<svg role=\"img\" viewBox=\"0 0 \(width) 64\" width=\"\(width)\" height=\"64\">"
        out += "<title>\(HTMLView.escape(title))</title>"
        var x = 0.0
        if total == 0 {
            out += "<rect x=\"0\" y=\"4\" width=\"\(width)\" height=\"28\" fill=\"#e6e9ee\"/>"
        }
        for segment in segments where segment.value > 0 && total > 0 {
            let share = Double(segment.value) / Double(total) * Double(width)
            out += "<rect x=\"\(number(x))\" y=\"4\" width=\"\(number(share))\" height=\"28\" "
                + "fill=\"\(segment.colour)\"/>"
            x += share
        }
        var legendX = 0
        for segment in segments {
            out += "<rect x=\"\(legendX)\" y=\"44\" width=\"12\" height=\"12\" fill=\"\(segment.colour)\"/>"
            out += "<text x=\"\(legendX + 16)\" y=\"55\">\(HTMLView.escape(segment.label)) \(segment.value)</text>"
            legendX += 130
        }
        return out + "</svg>\n"
    }

    /// One labelled horizontal bar per item, longest first as given.
    static func horizontalBars(_ items: [(label: String, value: Int)], title: String, colour: String) -> String {
        let rowHeight = 22
        let labelWidth = 260
        let barSpace = width - labelWidth - 60
        let height = max(items.count, 1) * rowHeight + 8
        let maximum = max(items.map(\.value).max() ?? 0, 1)
        var out = "<svg role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
        out += "<title>\(HTMLView.escape(title))</title>"
        if items.isEmpty { out += "<text x=\"0\" y=\"18\">no pages</text>" }
        for (index, item) in items.enumerated() {
            let y = index * rowHeight + 4
            let length = Double(item.value) / Double(maximum) * Double(barSpace)
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">"
                + "\(HTMLView.escape(shorten(item.label, to: 36)))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(number(max(length, 1)))\" "
                + "height=\"\(rowHeight - 6)\" "
                + "fill=\"\(colour)\"/>"
            out += "<text class=\"value\" x=\"\(number(Double(labelWidth) + max(length, 1) + 6))\" y=\"\(y + 14)\">"
                + "\(item.value)</text>"
        }
        return out + "</svg>\n"
    }

    /// Vertical columns with labels under them and values above them.
    static func columns(_ items: [(label: String, value: Int)], title: String, colour: String) -> String {
        let height = 200
        let chartTop = 20
        let chartBottom = height - 28
        let slot = Double(width) / Double(max(items.count, 1))
        let maximum = max(items.map(\.value).max() ?? 0, 1)
        var out = "<svg role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
        out += "<title>\(HTMLView.escape(title))</title>"
        out += "<line x1=\"0\" y1=\"\(chartBottom)\" x2=\"\(width)\" y2=\"\(chartBottom)\" stroke=\"#9aa3b2\"/>"
        for (index, item) in items.enumerated() {
            let columnHeight = Double(item.value) / Double(maximum) * Double(chartBottom - chartTop)
            let x = Double(index) * slot + slot * 0.15
            let centre = Double(index) * slot + slot / 2
            out += "<rect x=\"\(number(x))\" y=\"\(number(Double(chartBottom) - columnHeight))\" "
                + "width=\"\(number(slot * 0.7))\" height=\"\(number(columnHeight))\" fill=\"\(colour)\"/>"
            let valueY = number(Double(chartBottom) - columnHeight - 4)
            out += "<text class=\"value\" x=\"\(number(centre))\" y=\"\(valueY)\" "
                + "text-anchor=\"middle\">\(item.value)</text>"
            out += "<text x=\"\(number(centre))\" y=\"\(height - 10)\" text-anchor=\"middle\">"
                + "\(HTMLView.escape(item.label))</text>"
        }
        return out + "</svg>\n"
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        RunReportRenderer.format(value, 1)
    }
}
