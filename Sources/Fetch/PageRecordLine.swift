internal import Foundation
public import WinnowCore

/// One page given as a JSON Lines record, `{"url": "https://...", "html": "<html>..."}`, the way record
/// streams (Spark's `RDD.pipe`, other engines) hand pages to a subprocess.
///
/// `html` is a JSON string, so the page arrives as Unicode: its bytes are handed on as UTF-8 with a
/// `utf-8` transport charset, which outranks a `<meta charset>` that described the original bytes.
/// `url` is optional (absent or `null`); other keys are ignored.
public struct PageRecordLine: Sendable {
    /// The record's `url`, when the line was an object with a string `url`.
    public var url: String?
    /// The page, or why this line holds none.
    public var page: Result<FetchedPage, PageError>

    /// Reads line `number` (1-based) of a stream.
    public init(_ line: [UInt8], number: Int) {
        let fallbackOrigin = "stdin:\(number)"
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                url = nil
                page = .failure(PageError(.unparsable, "line \(number) is not a JSON object", origin: fallbackOrigin))
                return
            }
            object = parsed
        } catch {
            url = nil
            let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }
            let reason = blank ? "is empty" : "is not valid JSON"
            page = .failure(PageError(.unparsable, "line \(number) \(reason)", origin: fallbackOrigin))
            return
        }
        url = object["url"] as? String
        let origin = url ?? fallbackOrigin
        guard let html = object["html"] as? String else {
            page = .failure(PageError(.unparsable, "line \(number) has no string \"html\" field", origin: origin))
            return
        }
        // The cleaner enforces --max-bytes on these bytes, as for any other source.
        page = .success(FetchedPage(bytes: Array(html.utf8), url: url, charsetHint: "utf-8", origin: origin))
    }
}
