import Testing

@testable import Clean

@Suite struct MetadataBylineTests {
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("by JANE DOE and John Roe", ["JANE DOE", "John Roe"]),
        ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Written by Ann Lee, Staff Writer", ["Ann Lee"]),
        ("By Dan Goodin - Sep 13, 2013 9:00 pm UTC", ["Dan Goodin"]),
        ("Jane Doe | November 22, 2018", ["Jane Doe"]),
        ("Jane Doe 22.11.2018", ["Jane Doe"]),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
        ("Ann Lee, Bo Chan & Cy Diaz", ["Ann Lee", "Bo Chan", "Cy Diaz"]),
        ("By Theresa May", ["Theresa May"]),
        ("Byron Smith", ["Byron Smith"]),
        ("@handle", []),
        ("Updated 3 hours ago", []),
        ("", []),
    ])
    func cleansBylines(input: String, expected: [String]) {
        #expect(BylineCleaner.names(input) == expected)
    }

    @Test func findsBylineElementsAndSkipsComments() throws {
        let html = """
            <body><div class="comments"><span class="author">Commenter Name</span></div>
            <div class="author-avatar">Avatar Alt</div>
            <div class="FeatureByline">By <b>Nathan Willis</b> <time>March 25, 2015</time></div></body>
            """
        #expect(try metadata(html, url: nil).author == "Nathan Willis")
    }

    @Test func prefersRelAuthorOverClassByline() throws {
        let html = """
            <p class="byline">Posted in News by the team</p><a rel="author" href="/u/ann">Ann Lee</a>
            """
        #expect(try metadata(html, url: nil).author == "Ann Lee")
    }

    @Test func keepsSiteAsAuthorOnlyWhenNothingElse() throws {
        let html = """
            <meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">
            <span class="byline">By Lois Lane</span>
            """
        #expect(try metadata(html, url: nil).author == "Lois Lane")
        let alone =
            #"<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">"#
        #expect(try metadata(alone, url: nil).author == "Daily Planet")
    }
}
