@testable import Fetch
import Testing

@Suite struct RobotsRulesTests {
    let text = """
        # comment
        User-agent: other
        Disallow: /

        User-agent: winnow
        User-agent: friend
        Disallow: /private
        Allow: /private/open
        Disallow: /*.pdf$
        Disallow: /search?
        Crawl-delay: 2

        User-agent: *
        Disallow: /everything-else
        """

    @Test func ourGroupIsChosenByProductTokenAndLongestMatchWins() {
        let rules = RobotsRules(parsing: text, userAgent: "Winnow/0.1.0 (+https://x)")
        #expect(rules.crawlDelay == 2)
        #expect(rules.allows("/") && rules.allows("/everything-else"))
        #expect(!rules.allows("/private/x"))
        #expect(rules.allows("/private/open/page"))
        #expect(!rules.allows("/files/a.pdf") && rules.allows("/files/a.pdf?x=1"))
        #expect(!rules.allows("/search?q=1") && rules.allows("/search"))
        #expect(rules.allows("/robots.txt"))
    }

    @Test func starGroupAppliesToOthersAndEmptyDisallowAllowsAll() {
        let rules = RobotsRules(parsing: text, userAgent: "SomeBot/1")
        #expect(!rules.allows("/everything-else/a") && rules.allows("/private"))
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", userAgent: "x").allows("/a"))
        #expect(RobotsRules(parsing: "", userAgent: "x").allows("/a"))
    }

    @Test func allowWinsTiesAndPercentEncodingIsNormalised() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow: /a\nAllow: /a\nDisallow: /caf%c3%a9\n", userAgent: "x")
        #expect(rules.allows("/a"))
        #expect(!rules.allows("/café"))
    }

    @Test func retryPolicyBacksOffWithJitterAndHonoursRetryAfter() {
        let policy = RetryPolicy(options: .init(maxRetries: 3, baseDelay: 1, maxDelay: 10))
        #expect(policy.delay(beforeRetry: 1, retryAfter: nil, random: 0.5) == 1)
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, random: 0.5) == 4)
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, random: 1) == 6)
        #expect(policy.delay(beforeRetry: 4, retryAfter: nil) == nil)
        #expect(policy.delay(beforeRetry: 1, retryAfter: 7, random: 0) == 7)
        #expect(policy.delay(beforeRetry: 1, retryAfter: 11) == nil)
        #expect(RetryPolicy.retryAfterSeconds("120") == 120)
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
    }
}
