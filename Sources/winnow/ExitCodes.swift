import ArgumentParser

/// Exit codes, documented in the README.
enum ExitCodes {
    /// Every page was cleaned (some may have had no article text: status `empty`).
    static let success: Int32 = 0
    /// The run finished, but at least one page failed (status `error` in the manifest).
    static let somePagesFailed: Int32 = 1
    /// The run could not go on: the output folder cannot be created or written.
    static let outputUnusable: Int32 = 3
    // Usage errors (unknown option, bad value) exit with 64, ArgumentParser's validation code.
}
