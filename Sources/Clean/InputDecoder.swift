/// Temporary seam until encoding detection lands: treats every page as UTF-8.
enum InputDecoder {
    static func prepare(_ bytes: [UInt8], transportCharset: String?) -> (bytes: [UInt8], encoding: String) {
        (bytes, "UTF-8")
    }
}
