// libFuzzer entry point over the whole page path: encoding decision, libxml2 parse, cleaning with
// every option that changes which code runs, and each export renderer (escaping is where hostile
// text meets output). Built only by scripts/fuzz (WINNOW_FUZZ=1), with -sanitize=fuzzer,address.
import Clean
import Export
import WinnowCore

/// The first input byte picks the option set so the fuzzer explores them without a dictionary; the
/// rest is the page.
private func options(for selector: UInt8) -> CleanOptions {
    var options = CleanOptions(explain: selector & 1 != 0)
    options.links = selector & 2 != 0
    options.images = selector & 4 != 0
    options.comments = selector & 8 != 0
    options.tables = selector & 16 == 0
    options.focus = [.precision, .balanced, .recall][Int(selector >> 5) % 3]
    // A hang is a finding too: libFuzzer's -timeout catches pages that run past it, so the
    // cleaner's own deadline must not end them first.
    options.maxSeconds = 3600
    return options
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let page = FetchedPage(bytes: bytes, url: "https://fuzz.example/a/b.html", origin: "fuzz")
    guard let article = try? Cleaner(options: options(for: data[0])).clean(page) else { return 0 }
    _ = TextRenderer.render(article)
    _ = MarkdownRenderer.render(article)
    _ = JSONRenderer.render(article, origin: "fuzz", includeSources: true)
    _ = XMLRenderer.render(article, origin: "fuzz")
    _ = CSVRenderer.renderRow(article, origin: "fuzz")
    _ = ExplainRenderer.render(article, origin: "fuzz")
    _ = ExplainViewRenderer.render(article, origin: "fuzz")
    return 0
}
