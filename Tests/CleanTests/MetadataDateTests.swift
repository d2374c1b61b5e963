import Foundation
import Testing

@testable import Clean

@Suite struct MetadataDateTests {
    /// 2024-06-01T00:00:00Z.
    let now = Date(timeIntervalSince1970: 1_717_200_000)

    @Test(arguments: [
        ("2018-11-22", "2018-11-22"),
        ("2018-11-22T10:00:00Z", "2018-11-22T10:00:00+00:00"),
        ("2018-11-22T10:00:00.123-05:00", "2018-11-22T10:00:00-05:00"),
        ("2018-11-22 10:00:00 +0100", "2018-11-22T10:00:00+01:00"),
        ("2018-11-22T10:00", "2018-11-22T10:00:00"),
        ("22 November 2018", "2018-11-22"),
        ("November 22, 2018", "2018-11-22"),
        ("Nov 22, 2018 at 5 pm", "2018-11-22"),
        ("Nov. 22nd, 2018", "2018-11-22"),
        ("22.11.2018", "2018-11-22"),
        ("2018/11/22", "2018-11-22"),
        ("11/22/2018", "2018-11-22"),
        ("22/11/2018", "2018-11-22"),
        ("Thu, 22 Nov 2018 10:00:00 GMT", "2018-11-22T10:00:00+00:00"),
        ("Published: Thursday 22 November 2018", "2018-11-22"),
        ("22. März 2018", "2018-03-22"),
        ("22 novembre 2018", "2018-11-22"),
        ("22 de noviembre de 2018", "2018-11-22"),
        ("2024-06-02", "2024-06-02"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input, now: now) == expected)
    }

    @Test(arguments: [
        "1994-12-31", "2024-06-03", "2031-01-01", "2018-02-30", "2018-13-01", "yesterday", "",
        "12345678901",
        "May 2018", "Theresa May",
    ])
    func rejects(input: String) {
        #expect(DateNormalizer.normalize(input, now: now) == nil)
    }

    @Test func readsDatesInURLPaths() {
        #expect(DateNormalizer.fromURLPath("/news/2018/11/22/story", now: now) == "2018-11-22")
        #expect(DateNormalizer.fromURLPath("/2018-11-22-story-title", now: now) == "2018-11-22")
        #expect(DateNormalizer.fromURLPath("/archive/20181122/", now: now) == "2018-11-22")
        #expect(DateNormalizer.fromURLPath("/2018/11/story", now: now) == nil)
        #expect(DateNormalizer.fromURLPath("/1234/56/78/x", now: now) == nil)
    }

    /// The horizon's arithmetic must name the same UTC day as Foundation's calendar, at and around midnight.
    @Test func horizonAgreesWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: -3_000, through: 40_000, by: 7) {
            for offset in [-0.001, 0, 0.001, 43_200] {
                let now = Date(timeIntervalSince1970: Double(day) * 86_400 + offset)
                let tomorrow = calendar.dateComponents([.year, .month, .day], from: now.addingTimeInterval(86_400))
                let latest = DateNormalizer.Horizon(now: now).latest
                #expect(
                    [latest.year, latest.month, latest.day] == [tomorrow.year, tomorrow.month, tomorrow.day],
                    "day \(day) offset \(offset)")
            }
        }
    }
}
