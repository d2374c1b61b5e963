/// Renders `OUT/report.html`, written at the end of every run with more than one page.
///
/// Sections: totals (ok / empty / skipped / error) with a status bar, throughput, the most frequent removal
/// rules (runs with explain), pages per host with a chart, a text-length histogram, the slowest and the
/// largest pages, and the errors grouped by message. Charts are inline SVG; no scripts, no network.
/// Host names, inputs and messages are escaped.
public enum RunReportRenderer {
    /// The report's file name, at the top of the output folder (a reserved stem: no page gets it).
    public static let fileName = "report.html"

    /// The report as HTML.
    /// - Parameters:
    ///   - statistics: the run's counters.
    ///   - elapsedSeconds: wall time of the whole run, for throughput.
    ///   - facts: extra lines shown under the title (label, value), e.g. the command and the output folder.
    public static func render(_ statistics: RunStatistics, elapsedSeconds: Double, facts: [(String, String)] = [])
        -> String
    {
        let stats = statistics
        var body = "<header>\n<h1>Winnow run report</h1>\n"
        body += "<p class=\"muted\">\(stats.pages) pages: \(stats.count(.ok)) ok, \(stats.count(.empty)) empty, "
            + "\(stats.count(.skipped)) skipped, \(stats.count(.error)) errors</p>\n"
        if !facts.isEmpty {
            body += "<dl class=\"facts\">\n"
            for (label, value) in facts {
                body += "<dt>\(HTMLView.escape(label))</dt><dd>\(HTMLView.escape(value))</dd>\n"
            }
            body += "</dl>\n"
        }
        body += "</header>\n"
        body += totals(stats)
        body += throughput(stats, elapsedSeconds: elapsedSeconds)
        body += rules(stats)
        body += hosts(stats)
        body += histogram(stats)
        body += pageTable("Slowest pages", stats.slowest)
        body += pageTable("Largest pages", stats.largest)
        body += errors(stats)
        return HTMLView.page(title: "Winnow run report", style: style, body: body)
    }

    static let statusColours: [RunStatistics.Status: String] = [
        .ok: "#2f7d32", .empty: "#b7791f", .skipped: "#6b7280", .error: "#c0392b",
    ]

    private static func totals(_ stats: RunStatistics) -> String {
        var out = "<section>\n<h2>Totals</h2>\n<table class=\"totals\">\n<thead><tr>"
        for status in RunStatistics.Status.allCases { out += "<th class=\"num\">\(status.rawValue)</th>" }
        out += "<th class=\"num\">total</th></tr></thead>\n<tbody><tr>"
        for status in RunStatistics.Status.allCases {
            out += "<td class=\"num\" id=\"total-\(status.rawValue)\">\(stats.count(status))</td>"
        }
        out += "<td class=\"num\" id=\"total-pages\">\(stats.pages)</td></tr></tbody>\n</table>\n"
        let segments = RunStatistics.Status.allCases.map { status in
            (label: status.rawValue, value: stats.count(status), colour: statusColours[status] ?? "#888")
        }
        out += SVGChart.stackedBar(segments, title: "Pages by status")
        return out + "</section>\n"
    }

    private static func throughput(_ stats: RunStatistics, elapsedSeconds: Double) -> String {
        let seconds = max(elapsedSeconds, 0.001)
        let megabytes = Double(stats.totalBytes) / 1_000_000
        var out = "<section>\n<h2>Throughput</h2>\n<dl class=\"facts\">\n"
        out += "<dt>Wall time</dt><dd>\(format(elapsedSeconds, 2)) s</dd>\n"
        out += "<dt>Pages per second</dt><dd>\(format(Double(stats.pages) / seconds, 1))</dd>\n"
        out += "<dt>Input</dt><dd>\(format(megabytes, 2)) MB (\(format(megabytes / seconds, 2)) MB/s)</dd>\n"
        let mean = stats.pages > 0 ? stats.totalMilliseconds / Double(stats.pages) : 0
        out += "<dt>Time per page</dt><dd>\(format(mean, 1)) ms on average (wall time in its task)</dd>\n"
        out += "<dt>Text extracted</dt><dd>\(stats.totalTextLength) characters</dd>\n"
        return out + "</dl>\n</section>\n"
    }

    private static func rules(_ stats: RunStatistics) -> String {
        var out = "<section>\n<h2>Most frequent removal rules</h2>\n"
        guard stats.explained else {
            return out + "<p class=\"muted\">Run with <code>--explain</code> to count removal rules.</p>\n</section>\n"
        }
        out += "<table>\n<thead><tr><th>rule</th><th class=\"num\">removals</th><th class=\"num\">pages</th>"
            + "</tr></thead>\n<tbody>\n"
        let top = stats.ruleCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(20)
        for (rule, count) in top {
            out += "<tr><td><code>\(HTMLView.escape(rule))</code></td><td class=\"num\">\(count)</td>"
                + "<td class=\"num\">\(stats.rulePages[rule] ?? 0)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private static func hosts(_ stats: RunStatistics) -> String {
        let sorted = stats.hostCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var out = "<section>\n<h2>Pages per host</h2>\n"
        out += SVGChart.horizontalBars(
            sorted.prefix(15).map { (label: $0.key, value: $0.value) }, title: "Pages per host", colour: "#2b6cb0")
        if sorted.count > 15 {
            out += "<p class=\"muted\">\(sorted.count - 15) more hosts; \(sorted.count) in all.</p>\n"
        }
        return out + "</section>\n"
    }

    private static func histogram(_ stats: RunStatistics) -> String {
        let buckets = RunStatistics.textBuckets
        let labels = buckets.map { $0 == 0 ? "0" : "\(short($0))+" }
        var out = "<section>\n<h2>Text length</h2>\n<p class=\"muted\">Pages by characters of extracted text; "
            + "a column counts pages from its lower bound up to the next one.</p>\n"
        out += SVGChart.columns(
            zip(labels, stats.textHistogram).map { (label: $0, value: $1) }, title: "Pages by text length",
            colour: "#6b46c1")
        return out + "</section>\n"
    }

    private static func pageTable(_ title: String, _ pages: [RunStatistics.Page]) -> String {
        var out = "<section>\n<h2>\(title)</h2>\n"
        guard !pages.isEmpty else { return out + "<p class=\"muted\">No pages.</p>\n</section>\n" }
        out += "<table>\n<thead><tr><th>input</th><th>host</th><th>status</th><th class=\"num\">ms</th>"
            + "<th class=\"num\">bytes</th><th class=\"num\">text</th></tr></thead>\n<tbody>\n"
        for page in pages {
            out += "<tr><td class=\"wrap\">\(HTMLView.escape(page.input))</td>"
                + "<td class=\"wrap\">\(HTMLView.escape(page.host ?? ""))</td><td>\(page.status.rawValue)</td>"
                + "<td class=\"num\">\(format(page.elapsedMilliseconds, 1))</td><td class=\"num\">\(page.bytes)</td>"
                + "<td class=\"num\">\(page.textLength)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private static func errors(_ stats: RunStatistics) -> String {
        var out = "<section>\n<h2>Errors</h2>\n"
        guard !stats.errorGroups.isEmpty else { return out + "<p class=\"muted\">No errors.</p>\n</section>\n" }
        out += "<table class=\"errors\">\n<thead><tr><th>message</th><th class=\"num\">pages</th><th>first input</th>"
            + "</tr></thead>\n<tbody>\n"
        for (message, group) in stats.errorGroups.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            out += "<tr><td class=\"wrap\">\(HTMLView.escape(message))</td><td class=\"num\">\(group.count)</td>"
                + "<td class=\"wrap\">\(HTMLView.escape(group.example))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// A non-negative `value` with `digits` decimals, without Foundation.
    static func format(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite, value > 0 else { return digits > 0 ? "0." + String(repeating: "0", count: digits) : "0" }
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        guard digits > 0 else { return "\(scaled)" }
        let fraction = String(scaled % scale)
        return "\(scaled / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    private static func short(_ value: Int) -> String {
        value >= 1000 ? "\(value / 1000)k" : "\(value)"
    }

    static let style = """
        svg { display: block; width: 100%; height: auto; margin: .5rem 0; }
        svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #1d2330; }
        svg .value { fill: #5b6474; }

        """
}
