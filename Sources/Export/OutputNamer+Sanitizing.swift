extension OutputNamer {
    /// Longest path component we produce, in UTF-8 bytes, before a `-N` suffix and the file extension.
    /// File systems allow 255; 150 leaves room for those and for the atomic writer's temp-file affix.
    public static let maxComponentBytes = 150

    /// Top-level stems that would clash with the run's own files (`manifest.jsonl`, `articles.jsonl`,
    /// `articles.csv`, `report.html`).
    public static let reservedTopLevelStems: Set<String> = ["manifest", "articles", "report"]

    /// Characters that are unsafe in file names on common file systems (Windows forbids all of them,
    /// macOS treats `:` specially); control characters are handled separately.
    private static let unsafeCharacters: Set<Unicode.Scalar> = ["\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// Windows device names, reserved in any case and with any extension (`con.txt` too). Cheap to avoid,
    /// and outputs are often copied to Windows machines.
    private static let windowsDeviceNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in 0...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    /// The stem an input would get if no other input competed for it, as path components.
    ///
    /// - File paths: split at `/`; empty and `.` components are dropped (they name nothing); a leading `/`
    ///   thus disappears; `..` becomes `__` (by the dot rules below), so it cannot climb out of the folder.
    /// - URLs (`scheme://...`): the host, then the path components; userinfo, port separators and the
    ///   fragment are dropped or neutralised; a query is kept on the last component (its `?` becomes `_`),
    ///   since `?id=1` and `?id=2` are usually different pages. Percent-escapes are kept as they are.
    /// - The last component loses its extension (`.html`, `.htm`, ...: a dot followed by 1–10 ASCII letters
    ///   or digits), except a URL's bare host.
    /// - Then each component is made safe by ``safeComponent(_:isLast:)``; nothing left gives `untitled`,
    ///   and a top-level stem equal to a reserved name gets a `_` prefix.
    static func naturalComponents(for input: String) -> [String] {
        var components: [String]
        if let url = urlComponents(input) {
            components = url
        } else {
            components = input.split(separator: "/").map(String.init).filter { $0 != "." }
            if let last = components.last { components[components.count - 1] = strippingExtension(last) }
        }
        components = components.enumerated().map { index, component in
            safeComponent(component, isLast: index == components.count - 1)
        }
        if components.isEmpty { components = ["untitled"] }
        if components.count == 1, reservedTopLevelStems.contains(components[0].lowercased()) {
            components[0] = "_" + components[0]
        }
        return components
    }

    /// Host and path components for `scheme://...` inputs; nil for anything else.
    private static func urlComponents(_ input: String) -> [String]? {
        guard let schemeEnd = input.range(of: "://") else { return nil }
        let scheme = input[..<schemeEnd.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        var rest = input[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var parts = rest.split(separator: "/").map(String.init).filter { $0 != "." }
        guard !parts.isEmpty else { return nil }
        // Never put credentials (user:password@host) into file names.
        if let at = parts[0].lastIndex(of: "@") { parts[0] = String(parts[0][parts[0].index(after: at)...]) }
        if parts.count > 1 { parts[parts.count - 1] = strippingExtension(parts[parts.count - 1]) }
        if !query.isEmpty { parts[parts.count - 1] += "?" + query }
        return parts
    }

    /// `name` without a final `.ext` (1–10 ASCII letters/digits); a leading dot is not an extension.
    static func strippingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        let ext = name[name.index(after: dot)...]
        guard (1...10).contains(ext.count), ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return name
        }
        return String(name[..<dot])
    }

    /// One path component made safe to create on common file systems.
    ///
    /// - Control characters (U+0000–U+001F, U+007F–U+009F) and `\ : * ? " < > |` become `_`.
    /// - Longer than ``maxComponentBytes``: cut at a character boundary and end with `~` plus an 8-digit
    ///   stable hash of the whole name, so different long names stay different.
    /// - A leading `.` (hidden files, and `..`) and trailing dots or spaces (dropped silently by Windows)
    ///   become `_`; Windows device names (`con`, `nul.txt`, ...) get a `_` prefix.
    /// - A folder component ending in one of our output extensions (`x.txt/`) gets a `_` suffix, so it can
    ///   never be the same name as an output file (`x.txt` written for the stem `x`).
    static func safeComponent(_ component: String, isLast: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in component.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(isControl || unsafeCharacters.contains(scalar) ? "_" : scalar)
        }
        var name = String(scalars)
        if name.utf8.count > maxComponentBytes {
            let hash = StableHash.hex8(name)
            name = name.utf8Prefix(maxBytes: maxComponentBytes - hash.utf8.count - 1) + "~" + hash
        }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        let trailing = name.reversed().prefix(while: { $0 == "." || $0 == " " }).count
        if trailing > 0 { name = name.dropLast(trailing) + String(repeating: "_", count: trailing) }
        let base = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if windowsDeviceNames.contains(base.lowercased()) { name = "_" + name }
        if !isLast {
            let lowered = name.lowercased()
            if OutputFormat.allCases.contains(where: { lowered.hasSuffix("." + $0.fileExtension) }) { name += "_" }
        }
        return name
    }
}
