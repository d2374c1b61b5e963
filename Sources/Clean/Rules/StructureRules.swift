internal import DOM

/// Tag, role and attribute rules: boilerplate recognised by what an element *is*, not what it is called.
enum StructureRules {
    /// Elements that never hold article text (code, media, controls). Removed unconditionally.
    static let nonContentTags: HTMLTagSet = [
        .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
        .video, .audio, .source, .track, .map, .button, .select, .input, .textarea, .option,
        .optgroup, .datalist, .link, .meta, .head, .title,
    ]

    /// Page furniture by tag. Removed unless the element holds most of the page's text: some sites
    /// wrap the whole page in a `<form>` (ASP.NET) or put the story inside `<aside>`/`<header>` by mistake.
    static func furnitureCategory(_ tag: HTMLTag) -> BoilerplateCategory? {
        switch tag {
        case .nav, .menu: .navigation
        case .aside: .sidebar
        case .footer: .footer
        case .form, .fieldset: .form
        case .dialog: .dialog
        default: nil
        }
    }

    /// ARIA landmark and widget roles that are never the article.
    static let furnitureRoles: [String: BoilerplateCategory] = [
        "navigation": .navigation, "banner": .header, "contentinfo": .footer, "complementary": .sidebar,
        "search": .navigation, "dialog": .dialog, "alertdialog": .dialog, "menu": .navigation,
        "menubar": .navigation, "toolbar": .navigation, "tablist": .navigation,
    ]

    /// True when inline style hides the element (`display:none`, `visibility:hidden`). Works on bytes:
    /// this runs for every element with a style attribute.
    static func styleHides(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 32 && byte != 9 {
            compact.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return ByteSearch.contains(compact, displayNone) || ByteSearch.contains(compact, visibilityHidden)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)
}
