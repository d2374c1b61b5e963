import Clean
import Export
import Fetch
import Foundation
import WinnowCore

/// Cleans one input and prints it in one format to standard output.
struct StandardOutputJob {
    let path: String
    let url: String?
    let format: OutputFormat
    let options: CleanOptions

    func run() -> Int32 {
        let input = LocalSource.inputs(for: [path])[0]
        do {
            let page = try LocalSource.read(input, maxBytes: options.maxBytes, url: url)
            let article = try Cleaner(options: options).clean(page)
            FileHandle.standardOutput.write(Data(format.render(article, origin: input.path).utf8))
            return ExitCodes.success
        } catch {
            FileHandle.standardError.write(Data("winnow: \(error)\n".utf8))
            return ExitCodes.somePagesFailed
        }
    }
}
