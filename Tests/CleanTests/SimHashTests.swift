import Foundation
import Testing

@testable import Clean

@Suite struct SimHashTests {
    static let story = """
        The city council approved the new budget on Tuesday after a long debate that lasted into the night. \
        Most of the money will go to schools and roads, and the mayor said the plan would be ready by the end \
        of the year. Opposition members criticised the lack of funding for public transport and housing, and \
        several residents spoke during the public comment period about rising rents in the old town. The \
        council will meet again next month to discuss the details of the transport plan and the new bus lines.
        """

    @Test func similarTextsAreCloseAndDifferentTextsAreFar() throws {
        let base = try #require(SimHash.fingerprint(Self.story))
        let edited = try #require(
            SimHash.fingerprint(Self.story.replacingOccurrences(of: "Tuesday", with: "Wednesday") + " Updated."))
        let other = try #require(
            SimHash.fingerprint(
                """
                Scientists have discovered a new species of frog in the rainforest of northern Peru. The tiny \
                amphibian, barely a centimetre long, lives in leaf litter and calls at dawn. Researchers say \
                habitat loss threatens many of the region's frogs, and they urge protection of the area.
                """))
        #expect(SimHash.distance(base, edited) <= 10)
        #expect(SimHash.distance(base, other) >= 16)
    }

    @Test func isStableAndFormatted() throws {
        let hex = try #require(SimHash.hex(Self.story))
        #expect(hex.count == 16)
        #expect(hex.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(SimHash.hex(Self.story) == hex)
        #expect(SimHash.hex("") == nil)
        #expect(SimHash.hex("  ,.; ") == nil)
        // Case and punctuation do not change the words.
        #expect(SimHash.hex("Hello, World! Again.") == SimHash.hex("hello world again"))
    }

    @Test func worksWithoutSpacesInCJKText() throws {
        let a = try #require(SimHash.fingerprint("市议会周二在经过长时间辩论后批准了新的预算。大部分资金将用于学校和道路，市长表示该计划将在年底前准备就绪。"))
        let b = try #require(SimHash.fingerprint("市议会周三在经过长时间辩论后批准了新的预算。大部分资金将用于学校和道路，市长表示该计划将在年底前准备就绪。"))
        #expect(SimHash.distance(a, b) <= 12)
    }

    @Test func stableIDsAreSixteenHexDigitsAndDiffer() {
        let a = StableID.hex("https://example.com/a")
        #expect(a.count == 16)
        #expect(a == StableID.hex("https://example.com/a"))
        #expect(a != StableID.hex("https://example.com/b"))
    }
}
