internal import DOM
internal import WinnowCore

/// Turns the kept part of a subtree into typed blocks in reading order.
///
/// One iterative walk with a little state: an inline text buffer that block boundaries flush, and
/// accumulators for the structures that span several elements (lists, tables, quotes).
struct BlockRenderer {
    /// What to render beyond plain text.
    struct Options: Sendable {
        /// Data tables as `.table` blocks; false drops them (layout tables always render as text).
        var tables = true
        /// Links as Markdown `[text](url)`, URLs resolved against `baseURL`.
        var links = false
        /// Images as Markdown `![alt](src)`.
        var images = false
        /// The page URL, for resolving relative links and image sources.
        var baseURL: String? = nil
    }

    let tree: Tree
    let removed: [Bool]
    var options = Options()

    /// How a `<table>` is rendered: as data, as plain blocks (page layout), or not at all.
    private enum TableKind { case data, layout, skipped }

    static let blockTags: HTMLTagSet = [
        .p, .div, .section, .article, .main, .header, .footer, .aside, .nav, .address, .figure,
        .figcaption, .hr, .details, .summary, .center, .form, .fieldset, .dl, .dt, .dd, .hgroup,
        .caption, .dialog, .body, .html, .noscript, .legend, .output,
    ]
    /// Marks a `<br>` in the inline buffer. NUL never occurs in libxml2 text (it hands out C strings),
    /// so it cannot be confused with page text; `Whitespace.collapse` treats it as a space.
    static let lineBreak: UInt8 = 0
    /// 1...6 for `<h1>`...`<h6>`, nil for other tags (their codes are consecutive).
    static func headingLevel(_ tag: HTMLTag) -> Int? {
        tag.rawValue >= HTMLTag.h1.rawValue && tag.rawValue <= HTMLTag.h6.rawValue
            ? Int(tag.rawValue - HTMLTag.h1.rawValue) + 1 : nil
    }

    private struct ListState {
        var ordered: Bool
        var items: [String] = []
        var linkCharacters = 0
        var characters = 0
        var node: Int32
    }

    private struct TableState {
        var rows: [[String]] = []
        var row: [String] = []
        var node: Int32
    }

    /// Renders the subtrees rooted at `roots`, in the given order.
    func render(_ roots: [Tree.NodeID]) -> [RenderedBlock] {
        var output: [RenderedBlock] = []
        // Text is gathered as UTF-8 bytes and collapsed once per block: no String appends per text node.
        var buffer: [UInt8] = []
        var bufferLinkCharacters = 0
        var linkDepth = 0
        var heading: (level: Int, node: Int32)? = nil
        var quoteDepth = 0
        var list: ListState? = nil
        var listDepth = 0
        var itemBuffer: [UInt8]? = nil
        var tables: [TableState] = []
        var tableKinds: [TableKind] = []  // one per open <table>, innermost last
        var openLinks: [Bool] = []  // per open <a>: whether "[" was written for it
        var cell: [UInt8]? = nil
        var lastNode: Int32 = 0

        func flush() {
            defer {
                buffer.removeAll(keepingCapacity: true)
                bufferLinkCharacters = 0
            }
            if cell != nil {
                cell!.append(0x20)
                cell!.append(contentsOf: buffer)
                return
            }
            if itemBuffer != nil {
                itemBuffer!.append(0x20)
                itemBuffer!.append(contentsOf: buffer)
                list?.linkCharacters += bufferLinkCharacters
                return
            }
            let total = max(buffer.count, 1)
            let linkShare = min(Double(bufferLinkCharacters) / Double(total), 1)
            if let heading {
                let text = Whitespace.collapse(buffer)
                if !text.isEmpty {
                    output.append(RenderedBlock(block: .heading(level: heading.level, text: text), linkShare: linkShare, node: heading.node))
                }
                return
            }
            // A <br> inside running text separates lines: each becomes its own block.
            // Split on the marker's byte: a control character is always a grapheme of its own, so this
            // is the Character split without walking Characters.
            buffer.withUnsafeBufferPointer { bytes in
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == BlockRenderer.lineBreak {
                    let text = Whitespace.collapse(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    start = end + 1
                    if text.isEmpty { continue }
                    let block: Block = quoteDepth > 0 ? .quote(text) : .paragraph(text)
                    output.append(RenderedBlock(block: block, linkShare: linkShare, node: lastNode))
                }
            }
        }

        for root in roots {
            tree.walk(
                including: root,
                enter: { id in
                    if removed[Int(id)] { return .skipChildren }
                    let node = tree[id]
                    if node.kind == .text {
                        buffer.append(contentsOf: node.text.utf8)
                        if linkDepth > 0 { bufferLinkCharacters += node.text.utf8.count }
                        return .skipChildren
                    }
                    guard node.kind == .element else { return .descend }
                    let tag = node.tag
                    if tag == .a {
                        linkDepth += 1
                        let target = options.links ? LinkTarget.resolve(tree.attribute(.href, of: id), against: options.baseURL) : nil
                        openLinks.append(target != nil)
                        if target != nil { buffer.append(UInt8(ascii: "[")) }
                        return .descend
                    }
                    if tag == .img {
                        if options.images, let image = LinkTarget.image(id, in: tree, against: options.baseURL) {
                            buffer.append(contentsOf: " \(image) ".utf8)
                        }
                        return .skipChildren
                    }
                    if tag == .br {
                        buffer.append(cell != nil || itemBuffer != nil || heading != nil ? 0x20 : BlockRenderer.lineBreak)
                        return .skipChildren
                    }
                    if let level = BlockRenderer.headingLevel(tag) {
                        flush()
                        lastNode = id
                        if cell == nil && itemBuffer == nil { heading = (level, id) }
                        return .descend
                    }
                    switch tag {
                    case .pre:
                        flush()
                        let code = Whitespace.preformatted(tree.textContent(of: id))
                        if !code.isEmpty {
                            if cell != nil {
                                cell!.append(0x20)
                                cell!.append(contentsOf: Whitespace.collapse(code).utf8)
                            } else {
                                output.append(RenderedBlock(block: .code(code), linkShare: 0, node: id))
                            }
                        }
                        return .skipChildren
                    case .ul, .ol:
                        flush()
                        if list == nil && cell == nil {
                            list = ListState(ordered: tag == .ol, node: id)
                        }
                        listDepth += 1
                        return .descend
                    case .li:
                        flush()
                        if list != nil && itemBuffer == nil && cell == nil {
                            itemBuffer = []
                            lastNode = id
                        }
                        return .descend
                    case .table:
                        flush()
                        if cell != nil || isLayoutTable(id) {
                            tableKinds.append(.layout)
                        } else if !options.tables {
                            tableKinds.append(.skipped)
                            return .skipChildren
                        } else {
                            tableKinds.append(.data)
                            tables.append(TableState(node: id))
                        }
                        return .descend
                    case .td, .th:
                        flush()
                        if tableKinds.last == .data && cell == nil { cell = [] }
                        return .descend
                    case .blockquote:
                        flush()
                        quoteDepth += 1
                        return .descend
                    default:
                        if BlockRenderer.blockTags.contains(tag) {
                            flush()
                            lastNode = id
                        }
                        return .descend
                    }
                },
                exit: { id in
                    let node = tree[id]
                    guard node.kind == .element, !removed[Int(id)] else { return }
                    let tag = node.tag
                    if tag == .a {
                        linkDepth -= 1
                        if openLinks.popLast() == true,
                            let target = LinkTarget.resolve(tree.attribute(.href, of: id), against: options.baseURL)
                        {
                            buffer.append(contentsOf: "](\(target))".utf8)
                        }
                        return
                    }
                    if BlockRenderer.headingLevel(tag) != nil {
                        flush()
                        if heading?.node == id { heading = nil }
                        return
                    }
                    switch tag {
                    case .li:
                        flush()
                        if let item = itemBuffer, list != nil, cell == nil {
                            let text = Whitespace.collapse(item)
                            if !text.isEmpty {
                                list!.items.append(text)
                                list!.characters += text.utf8.count
                            }
                            itemBuffer = nil
                        }
                    case .ul, .ol:
                        flush()
                        listDepth -= 1
                        if listDepth == 0, let finished = list {
                            list = nil
                            if !finished.items.isEmpty {
                                let share = min(Double(finished.linkCharacters) / Double(max(finished.characters, 1)), 1)
                                output.append(RenderedBlock(block: .list(ordered: finished.ordered, items: finished.items), linkShare: share, node: finished.node))
                            }
                        }
                    case .td, .th:
                        flush()
                        if let text = cell, tableKinds.last == .data {
                            tables[tables.count - 1].row.append(Whitespace.collapse(text))
                            cell = nil
                        }
                    case .tr:
                        if tableKinds.last == .data, !tables[tables.count - 1].row.isEmpty {
                            let row = tables[tables.count - 1].row
                            tables[tables.count - 1].row = []
                            if row.contains(where: { !$0.isEmpty }) { tables[tables.count - 1].rows.append(row) }
                        }
                    case .table:
                        flush()
                        if tableKinds.popLast() == .data, let table = tables.popLast(), !table.rows.isEmpty {
                            output.append(RenderedBlock(block: .table(rows: table.rows), linkShare: 0, node: table.node))
                        }
                    case .blockquote:
                        flush()
                        quoteDepth -= 1
                    default:
                        if BlockRenderer.blockTags.contains(tag) { flush() }
                    }
                })
            flush()
        }
        return output
    }

    /// A table used for page layout rather than data: it nests tables or holds block-level content.
    private func isLayoutTable(_ id: Tree.NodeID) -> Bool {
        var layout = false
        tree.forEachDescendant(of: id) { node in
            if layout { return false }
            let element = tree[node]
            guard element.kind == .element else { return false }
            switch element.tag {
            case .table, .p, .div, .h1, .h2, .h3, .ul, .ol, .blockquote, .article, .section:
                layout = true
                return false
            default:
                return true
            }
        }
        return layout
    }
}
