/// Pieces shared by the HTML views (the explain view and the run report): escaping and the page shell.
///
/// The views are single self-contained files: inline CSS, no scripts, fonts, images or links to the
/// network, and a Content-Security-Policy that forbids them anyway. They are written as XHTML-compatible
/// HTML (void elements closed with `/>`, only the entities XML knows), so an XML parser can check them.
enum HTMLView {
    /// `text` escaped for element content and attribute values (`& < > " '`), without the control
    /// characters XML 1.0 forbids (C0 other than tab, LF, CR; U+FFFE, U+FFFF): page text never becomes markup.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, apostrophe: "&#39;", escapeCarriageReturn: false)
    }

    /// A class-name fragment made of `[a-z0-9-]` only, so data can never break out of a `class` value.
    static func slug(_ text: String) -> String {
        let scalars = text.lowercased().unicodeScalars.map { scalar -> Character in
            (scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))) ? Character(scalar) : "-"
        }
        return String(scalars)
    }

    /// The whole document around `body` (already escaped markup), ending in a newline.
    static func page(title: String, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>
        \(baseStyle)\(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Typography and tables common to both views; system fonts only.
    static let baseStyle = """
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          color: #1d2330; background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #d8dce3; padding-bottom: .2rem; }
        code, pre { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
        .muted { color: #5b6474; }
        table { border-collapse: collapse; width: 100%; margin: .25rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e6e9ee; }
        th { background: #f3f5f8; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.wrap { overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }

        """
}
