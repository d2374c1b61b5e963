internal import DOM
public import WinnowCore

/// Turns one page's bytes into an `Article`: decode, parse, read metadata, remove boilerplate,
/// pick the main content, render blocks. Stateless and safe to use from many tasks at once.
public struct Cleaner: Sendable {
    public var options: CleanOptions

    public init(options: CleanOptions = CleanOptions()) {
        self.options = options
    }

    /// Cleans one page.
    /// - Throws: `PageError` when the page is too large, cannot be parsed, or exceeds a limit.
    public func clean(_ page: FetchedPage) throws(PageError) -> Article {
        var timings: StageTimings? = nil
        return try clean(page, timings: &timings)
    }

    /// Cleans one page and adds the time of each stage to `timings` (when not nil).
    public func clean(_ page: FetchedPage, timings: inout StageTimings?) throws(PageError) -> Article {
        timings?.start()
        guard page.bytes.count <= options.maxBytes else {
            throw PageError(
                .tooLarge, "page has \(page.bytes.count) bytes, limit is \(options.maxBytes) (--max-bytes)",
                origin: page.origin)
        }
        let deadline = PageDeadline(limit: options.maxSeconds, origin: page.origin)
        let input = EncodingDetector.prepare(page.bytes, transportCharset: page.charsetHint)
        if let format = BinarySniffer.binaryFormat(page.bytes, encoding: input.encoding) {
            throw PageError(.unparsable, "input is \(format), not HTML", origin: page.origin)
        }
        timings?.lap(.decoding)
        let tree = try parse(input, origin: page.origin)
        timings?.lap(.parsing)
        try deadline.check(after: "parsing")
        let metadata = MetadataExtractor.extract(from: tree, pageURL: page.url)
        timings?.lap(.metadata)
        try deadline.check(after: "metadata")
        let tuning = Tuning(options.focus)

        // Boilerplate first, then the container choice on what is left, then blocks.
        let (removed, prunings) = Pruner(tree: tree).prune()
        timings?.lap(.pruning)
        try deadline.check(after: "pruning")
        var selection = ContentSelector(tree: tree, removed: removed, tuning: tuning).select()
        timings?.lap(.selection)
        try deadline.check(after: "selection")
        let renderOptions = BlockRenderer.Options(
            tables: options.tables, links: options.links, images: options.images, baseURL: metadata.url ?? page.url)
        let rendered = BlockRenderer(tree: tree, removed: removed, options: renderOptions).render(selection.roots)
        timings?.lap(.rendering)
        var (blocks, drops) = BlockFilter(tree: tree, title: metadata.title, tuning: tuning).apply(rendered)
        timings?.lap(.filtering)

        try deadline.check(after: "rendering")
        // Script-rendered pages: the visible DOM is a shell, the story is in JSON-LD (or Next.js data).
        let visible = blocks.reduce(0) { $0 + $1.plainUTF8Count }
        if visible < 500 {
            let found = JSONLDArticleBody.find(in: tree).map { ($0, "json-ld") }
                ?? NextDataArticleBody.find(in: tree).map { ($0, "next-data") }
            if let (body, strategy) = found, body.utf8.count > 2 * visible {
                blocks = body.split(whereSeparator: \.isNewline).map { Whitespace.collapse(String($0)) }
                    .filter { !$0.isEmpty }.map(Block.paragraph)
                selection.strategy = strategy
            }
        }
        let report = options.explain
            ? ReportBuilder(tree: tree, removed: removed).build(
                prunings: prunings, selection: selection, drops: drops, encoding: input, rendered: rendered,
                kept: selection.strategy == "json-ld" || selection.strategy == "next-data" ? nil : blocks)
            : nil
        // Fields computed from the final text: fingerprint, id, language when undeclared (issue 4).
        var finished = metadata
        let text = blocks.flatMap(\.plainLines).joined(separator: "\n")
        MetadataFinisher.finish(&finished, text: text, origin: page.origin)
        var article = Article(metadata: finished, blocks: blocks, report: report)
        if options.comments {
            article.comments = CommentThread(tree: tree, prunings: prunings, options: renderOptions).text()
        }
        timings?.lap(.finishing)
        return article
    }

    private func parse(_ input: PreparedInput, origin: String) throws(PageError) -> Tree {
        do {
            return try HTMLParser.parse(
                input.bytes, encoding: input.encoding,
                limits: HTMLParser.Limits(
                    attributesPerElement: options.maxAttributes, attributeValueBytes: options.maxAttributeBytes,
                    nodes: options.maxNodes, knownAttributesOnly: true))
        } catch HTMLParser.ParseError.tooManyNodes(let limit) {
            throw PageError(.limitExceeded, "page has more than \(limit) DOM nodes (--max-nodes)", origin: origin)
        } catch {
            throw PageError(.unparsable, "libxml2 produced no document", origin: origin)
        }
    }
}
