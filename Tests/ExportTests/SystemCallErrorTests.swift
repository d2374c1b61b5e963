import Foundation
import Testing

@testable import Export

@Suite struct SystemCallErrorTests {
    /// The failures a run meets on a full or read-only disk name their cause in plain words.
    @Test(arguments: [
        (ENOSPC, "the disk is full"), (EROFS, "mounted read-only"), (EFBIG, "file size limit"),
        (EDQUOT, "quota"), (EACCES, "no write permission"),
    ])
    func commonWriteFailuresExplainThemselves(errno: Int32, hint: String) {
        let error = SystemCallError(call: "write", errno: errno)
        #expect(error.reason.contains(hint))
        #expect(error.description.hasPrefix("write: "))
    }
}
