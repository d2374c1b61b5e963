/// A parsed HTML page as flat arrays, built from libxml2's parser callbacks (`SAXTreeBuilder`).
///
/// Why its own tree: it keeps every libxml2 pointer inside this module, makes the tree `Sendable`, and lets
/// the cleaning passes walk it with explicit stacks over integer indices instead of class objects
/// (a tree of class objects frees itself recursively and crashes on 20,000+ levels of nesting).
/// Node 0 is the document root; its children are the top-level nodes.
public struct Tree: Sendable {
    /// Index of a node in the tree.
    public typealias NodeID = Int32
    /// Marks "no node" in `parent`, `firstChild`, `nextSibling`.
    public static let none: NodeID = -1

    public enum Kind: UInt8, Sendable {
        case root, element, text
    }

    /// One node: an element (with a lower-case tag name and attributes) or a text run.
    public struct Node: Sendable {
        public var kind: Kind
        /// Lower-case tag name for elements, empty otherwise.
        public var name: String
        /// The tag's code (`.other` for unknown names, text and the root): compare this, not `name`.
        public var tag: HTMLTag
        /// Which of the `AttributeName`s the element has, one bit each.
        public var attributeMask: UInt32
        public var parent: NodeID
        public var firstChild: NodeID
        public var lastChild: NodeID
        public var nextSibling: NodeID
        /// Text of a text node; empty for elements.
        public var text: String
        /// Attributes in document order, names lower-cased.
        public var attributes: [(name: String, value: String)]
        /// Nesting depth (root = 0).
        public var depth: Int32
        /// Text nodes: the text's length in UTF-8 bytes with the ends trimmed and each inner whitespace
        /// run counted once (`Tree.visibleLength`); 0 for other nodes. Measured once, when built.
        public var visibleLength: Int32
    }

    public internal(set) var nodes: [Node]

    init() {
        nodes = [
            Node(
                kind: .root, name: "", tag: .other, attributeMask: 0, parent: Tree.none, firstChild: Tree.none, lastChild: Tree.none,
                nextSibling: Tree.none, text: "", attributes: [], depth: 0, visibleLength: 0)
        ]
    }

    public static let root: NodeID = 0

    mutating func reserveCapacity(_ count: Int) { nodes.reserveCapacity(count) }

    /// Inlinable, and a `_read` accessor: `tree[id].name` borrows the node instead of copying it
    /// (with three reference-counted fields) through a call into this module, on every hot path.
    @inlinable
    public subscript(id: NodeID) -> Node {
        _read { yield nodes[Int(id)] }
    }

    /// The number of nodes, the root included.
    @inlinable
    public var count: Int { nodes.count }

    /// Appends a node as the last child of `parent` and returns its id.
    @discardableResult
    mutating func append(
        _ kind: Kind, name: String = "", tag: HTMLTag = .other, text: String = "",
        attributes: [(name: String, value: String)] = [], attributeMask: UInt32 = 0, to parent: NodeID
    ) -> NodeID {
        let id = NodeID(nodes.count)
        let depth = nodes[Int(parent)].depth + 1
        nodes.append(
            Node(
                kind: kind, name: name, tag: tag, attributeMask: attributeMask, parent: parent, firstChild: Tree.none, lastChild: Tree.none,
                nextSibling: Tree.none, text: text, attributes: attributes, depth: depth, visibleLength: 0))
        let last = nodes[Int(parent)].lastChild
        if last == Tree.none {
            nodes[Int(parent)].firstChild = id
        } else {
            nodes[Int(last)].nextSibling = id
        }
        nodes[Int(parent)].lastChild = id
        return id
    }

    /// Sets every text node's `visibleLength` (the XML parser's tree; the HTML builder sets each when a
    /// text run ends).
    mutating func measureText() {
        for index in nodes.indices where nodes[index].kind == .text {
            nodes[index].visibleLength = Int32(clamping: Tree.visibleLength(nodes[index].text))
        }
    }

    /// UTF-8 length of `text` without leading/trailing whitespace and with inner runs counted once.
    public static func visibleLength(_ text: String) -> Int {
        var text = text
        return text.withUTF8(visibleLength)
    }

    /// `visibleLength` of UTF-8 bytes.
    static func visibleLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previousWasSpace = true
        for byte in bytes {
            let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12
            if isSpace {
                if !previousWasSpace { count += 1 }
                previousWasSpace = true
            } else {
                count += 1
                previousWasSpace = false
            }
        }
        return previousWasSpace && count > 0 ? count - 1 : count
    }
}
