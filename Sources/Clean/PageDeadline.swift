internal import WinnowCore

/// The time budget of one page, checked between the cleaner's passes.
///
/// A pass is never interrupted (libxml2 cannot be), so a page can overrun by one pass; the byte,
/// node and attribute limits keep each pass bounded.
struct PageDeadline {
    let limit: Double
    let origin: String
    let start = ContinuousClock.now

    /// Throws a `limitExceeded` `PageError` naming the limit when the page has used more than `limit` seconds.
    /// - Parameter pass: the pass just finished, for the message.
    func check(after pass: String) throws(PageError) {
        guard limit > 0 else { return }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if seconds > limit {
            throw PageError(
                .limitExceeded,
                "page took more than the time limit of \(limit) s (--max-seconds), stopped after \(pass)",
                origin: origin)
        }
    }
}
