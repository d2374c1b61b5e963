import Testing

@testable import Export

@Suite struct OutputNamerTests {
    private func stems(_ inputs: [String]) -> [String] {
        let namer = OutputNamer(inputs: inputs)
        return inputs.map { namer.stem(for: $0) ?? "<nil>" }
    }

    private func stem(_ input: String) -> String { stems([input])[0] }

    @Test(arguments: [
        ("a/b.html", "a/b"),
        ("story.htm", "story"),
        ("archive.tar.gz", "archive.tar"),
        ("no-extension", "no-extension"),
        ("a/b/", "a/b"),
        ("report.2024-final", "report.2024-final"),
    ])
    func stripsTheExtensionAndKeepsFolders(input: String, expected: String) {
        #expect(stem(input) == expected)
    }

    @Test(arguments: [
        ("../../etc/passwd.html", "__/__/etc/passwd"),
        ("a/../b.html", "a/__/b"),
        ("a/./b//c.html", "a/b/c"),
        ("/etc/passwd", "etc/passwd"),
        ("//server/share/x.html", "server/share/x"),
        ("..", "__"),
        ("", "untitled"),
        ("/", "untitled"),
        (".", "untitled"),
    ])
    func pathsCannotClimbOrBeAbsolute(input: String, expected: String) {
        #expect(stem(input) == expected)
    }

    @Test(arguments: [
        (#"we:ird*na?me<>|"\x.html"#, "we_ird_na_me_____x"),
        ("a\u{0}b\u{1F}c\u{7F}d\u{85}e.html", "a_b_c_d_e"),
        ("tab\there.html", "tab_here"),
    ])
    func unsafeCharactersBecomeUnderscores(input: String, expected: String) {
        #expect(stem(input) == expected)
    }

    @Test(arguments: [
        (".hidden.html", "_hidden"),
        (".bashrc", "_bashrc"),
        ("a/.git/config", "a/_git/config"),
        ("ends with dot..html", "ends with dot_"),
        ("trailing space /x.html", "trailing space_/x"),
        ("...", "___"),
    ])
    func neverHiddenAndNoTrailingDotsOrSpaces(input: String, expected: String) {
        #expect(stem(input) == expected)
    }

    @Test(arguments: [
        ("manifest.html", "_manifest"),
        ("articles.htm", "_articles"),
        ("report.html", "_report"),
        ("MANIFEST.html", "_MANIFEST"),
        ("sub/manifest.html", "sub/manifest"),
        ("con.html", "_con"),
        ("nul.tar.html", "_nul.tar"),
        ("Com1/x.html", "_Com1/x"),
        ("console.html", "console"),
    ])
    func reservedNamesArePrefixed(input: String, expected: String) {
        #expect(stem(input) == expected)
    }

    @Test func foldersNeverShareANameWithAnOutputFile() {
        // `x.html` is written as `x.txt`; the folder for `x.txt/y.html` must not be `x.txt`.
        #expect(stems(["x.html", "x.txt/y.html", "d.JSONL/z.html"]) == ["x", "x.txt_/y", "d.JSONL_/z"])
    }

    @Test func urlsBecomeHostAndPath() {
        #expect(stem("https://user:pw@example.com:8080/news/story.html?id=3#top") == "example.com_8080/news/story_id=3")
        #expect(stem("https://example.com/") == "example.com")
        #expect(stem("http://example.com/a/../b/") == "example.com/a/__/b")
        #expect(stem("notascheme ://x") == "notascheme _/x")
    }

    @Test func longNamesAreCutWithAStableHash() throws {
        let long1 = String(repeating: "é", count: 300) + "1.html"
        let long2 = String(repeating: "é", count: 300) + "2.html"
        let result = stems([long1, long2])
        #expect(result[0] != result[1])
        for name in result {
            #expect(name.utf8.count <= OutputNamer.maxComponentBytes)
            let parts = name.split(separator: "~")
            #expect(parts.count == 2)
            #expect(parts[0].allSatisfy { $0 == "é" })
            #expect(parts[1].count == 8 && parts[1].allSatisfy(\.isHexDigit))
        }
        #expect(stems([long1, long2]) == result)
        // A cluster larger than the budget is cut between scalars and still gives valid, bounded names.
        let zalgo = "a" + String(repeating: "\u{301}", count: 200)
        #expect(stem(zalgo).utf8.count <= OutputNamer.maxComponentBytes)
    }

    @Test func collisionsGetNumberedInSortedOrder() {
        #expect(stems(["a.html", "a.htm"]) == ["a-2", "a"])
        #expect(stems(["a:b.html", "a?b.html"]) == ["a_b", "a_b-2"])
        // Byte order: "STORY.htm" < "Story.html" < "story.html".
        #expect(stems(["Story.html", "story.html", "STORY.htm"]) == ["Story-2", "story-3", "STORY"])
    }

    @Test func numberedNamesAvoidNaturalOnes() {
        #expect(stems(["a.htm", "a.html", "a-2.html"]) == ["a", "a-3", "a-2"])
    }

    @Test func canonicallyEquivalentNamesAreDifferentInputsButCollide() {
        let composed = "caf\u{E9}.html"
        let decomposed = "cafe\u{301}.html"
        let namer = OutputNamer(inputs: [composed, decomposed])
        let first = namer.stem(for: composed)
        let second = namer.stem(for: decomposed)
        #expect(first != nil && second != nil)
        #expect(first?.unicodeScalars.elementsEqual(second!.unicodeScalars) == false)
        #expect([first, second].contains { $0?.hasSuffix("-2") == true })
    }

    @Test func namesDoNotDependOnInputOrder() {
        let inputs = ["b/x.html", "a.html", "a.htm", "B/X.html", "manifest.html", "_manifest.html", ".h", "_h"]
        let forward = OutputNamer(inputs: inputs)
        let backward = OutputNamer(inputs: inputs.reversed())
        for input in inputs {
            #expect(forward.stem(for: input) == backward.stem(for: input))
        }
        #expect(forward.stem(for: "_manifest.html") == "_manifest")
        #expect(forward.stem(for: "manifest.html") == "_manifest-2")
    }

    @Test func unknownInputsAndRelativePaths() {
        let namer = OutputNamer(inputs: ["a/b.html", "a/b.html"])
        #expect(namer.stem(for: "other.html") == nil)
        #expect(namer.relativePath(for: "a/b.html", format: .txt) == "a/b.txt")
        #expect(namer.relativePath(for: "a/b.html", format: .md) == "a/b.md")
        #expect(namer.relativePath(for: "a/b.html", format: .jsonl) == nil)
    }

    /// Invariants over a pile of awkward inputs: safe components, unique names (case-insensitively).
    @Test func everyStemIsSafeAndUnique() {
        let pieces = [
            "..", ".", "", "a", "A", "con", ".x", "x.", " ", "é", "e\u{301}", "a:b", "manifest", "t.txt", "\u{0}",
        ]
        var inputs: [String] = []
        for first in pieces {
            for second in pieces {
                inputs.append(first + "/" + second + ".html")
                inputs.append(first + second)
            }
        }
        let namer = OutputNamer(inputs: inputs)
        var seen = Set<String>()
        for input in inputs {
            let stem = namer.stem(for: input) ?? ""
            let components = stem.split(separator: "/", omittingEmptySubsequences: false)
            for component in components {
                #expect(
                    !component.isEmpty && !component.hasPrefix(".") && !component.hasSuffix(".")
                        && !component.hasSuffix(" "), "\(stem)")
                #expect(
                    !component.unicodeScalars.contains { $0.value < 0x20 || #"\:*?"<>|"#.unicodeScalars.contains($0) })
            }
            #expect(!["manifest", "articles"].contains(stem.lowercased()))
            seen.insert(stem.lowercased())
        }
        let distinctInputs = Set(inputs.map { Array($0.utf8) }).count
        #expect(seen.count == distinctInputs)
    }
}

@Suite struct OutputNamerPositionalTests {
    @Test func equalRelativePathsOfDifferentFilesGetDistinctNames() {
        let namer = OutputNamer(positional: ["a/b.html", "x.html", "a/b.html"])
        #expect(namer.positionalStems == ["a/b", "x", "a/b-2"])
    }

    @Test func positionalNamingMatchesNamingByInput() {
        let inputs = ["z.html", "a.htm", "a.html", "dir/../evil.html"]
        let byInput = OutputNamer(inputs: inputs)
        let positional = OutputNamer(positional: inputs)
        #expect(inputs.map { byInput.stem(for: $0)! } == positional.positionalStems)
    }
}
