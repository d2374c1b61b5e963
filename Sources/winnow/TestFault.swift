import Foundation

/// A test hook, and nothing else: lets the tests make `winnow clean`'s worker crash or hang on chosen
/// pages, since no real page is known to crash or hang libxml2 2.9.14 any more.
///
/// `WINNOW_TEST_FAULT=crash:<substring>` makes the worker write through an invalid pointer (it dies of
/// `SIGSEGV` after the Swift runtime prints a backtrace), and `hang:<substring>` makes
/// it block forever, when it starts a page whose input path contains `<substring>`. Several faults are
/// separated by `|`. Only worker processes (`--worker-pass`) read it, so a stray variable cannot turn a
/// normal in-process run into a crash.
enum TestFault {
    private static let faults: [(kind: Substring, needle: Substring)] = {
        guard let spec = ProcessInfo.processInfo.environment["WINNOW_TEST_FAULT"] else { return [] }
        return spec.split(separator: "|").compactMap { fault in
            guard let colon = fault.firstIndex(of: ":") else { return nil }
            return (fault[..<colon], fault[fault.index(after: colon)...])
        }
    }()

    /// Crashes or hangs the process if a fault names `input`.
    static func trigger(for input: String) {
        for fault in faults where !fault.needle.isEmpty && input.contains(fault.needle) {
            switch fault.kind {
            case "crash":
                // A real invalid write, as a bug in C would make, through the Swift runtime's crash handler.
                UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
            case "hang":
                while true { sleep(60) }
            default:
                continue
            }
        }
    }
}
