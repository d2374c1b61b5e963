/// Gives every input a safe, unique, stable output name ("stem") inside the output folder.
///
/// An input's stem is its relative path (as given: `a/b.html` relative to its input folder, a bare file
/// name, or a URL) without its extension and made safe (see ``naturalComponents(for:)`` and
/// ``safeComponent(_:isLast:)``): `a/b.html` → `a/b`, written as `OUT/a/b.txt`, `OUT/a/b.json`.
///
/// Names that end up equal (`a.html` and `a.htm`; names equal after sanitising; names differing only in
/// letter case or Unicode normalization, which are the same file on macOS and Windows) are told apart by
/// `-2`, `-3`, ... on the last component. The namer sees every input up front and sorts them by their
/// UTF-8 bytes, so the first in that order keeps the plain name and the numbering is the same in every run
/// whatever order inputs are processed in. Suffixed names also avoid every plain name, so an input
/// literally called `a-2.html` keeps `a-2`.
///
/// Names are only names: ``OutputFolder`` checks that the resulting path stays inside the output folder.
public struct OutputNamer: Sendable {
    /// Inputs are looked up by their exact bytes: two spellings of `é` are different files on Linux,
    /// while Swift's `String ==` would treat them as one.
    private struct InputKey: Hashable, Sendable {
        let bytes: [UInt8]
        init(_ input: String) { bytes = Array(input.utf8) }
    }

    private let stems: [InputKey: String]
    /// Stems in the order the inputs were given to `init(positional:)`.
    public let positionalStems: [String]

    /// Names all `inputs` at once. Repeated inputs get one name.
    public init(inputs: some Sequence<String>) {
        var seen = Set<InputKey>()
        let unique = inputs.filter { seen.insert(InputKey($0)).inserted }
        let named = Self.name(unique)
        var stems: [InputKey: String] = [:]
        for (input, stem) in zip(unique, named) { stems[InputKey(input)] = stem }
        self.stems = stems
        self.positionalStems = named
    }

    /// Names inputs by position: equal relative paths of *different* files (the same `a.html` in two
    /// input folders) are collisions and get numbered like any other. Read names from `positionalStems`.
    public init(positional relativePaths: [String]) {
        self.stems = [:]
        self.positionalStems = Self.name(relativePaths)
    }

    /// The stems of `inputs`, in their order; numbering follows the inputs' sorted byte order
    /// (ties keep their given order), so it is the same in every run.
    private static func name(_ inputs: [String]) -> [String] {
        let order = inputs.indices.sorted { a, b in
            inputs[a].utf8.elementsEqual(inputs[b].utf8) ? a < b : inputs[a].utf8.lexicographicallyPrecedes(inputs[b].utf8)
        }
        let natural = inputs.map(Self.naturalComponents(for:))
        // Case-folded keys; Swift's String equality also merges canonically equivalent Unicode (NFC/NFD).
        let keys = natural.map(Self.collisionKey)
        var taken = Set(keys)
        var owners = Set<String>()
        var stems = [String](repeating: "", count: inputs.count)
        for index in order {
            var components = natural[index]
            if !owners.insert(keys[index]).inserted {
                let last = components[components.count - 1]
                var number = 2
                while true {
                    components[components.count - 1] = last + "-\(number)"
                    if taken.insert(Self.collisionKey(components)).inserted { break }
                    number += 1
                }
            }
            stems[index] = components.joined(separator: "/")
        }
        return stems
    }

    /// The stem for `input` (e.g. `a/b`), or nil when `input` was not among the inputs given to `init`.
    public func stem(for input: String) -> String? {
        stems[InputKey(input)]
    }

    /// The output path for `input` in `format`, relative to the output folder (e.g. `a/b.txt`).
    /// Nil when `input` is unknown, or for `jsonl`, which goes to the shared `articles.jsonl`.
    public func relativePath(for input: String, format: OutputFormat) -> String? {
        guard format.isOneFilePerPage, let stem = stem(for: input) else { return nil }
        return stem + "." + format.fileExtension
    }

    private static func collisionKey(_ components: [String]) -> String {
        components.joined(separator: "/").lowercased()
    }
}
