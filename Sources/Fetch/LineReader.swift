public import Foundation

/// Reads `\n`-terminated lines from a file or pipe in chunks, so a stream of any length is never held
/// whole in memory; a line longer than the limit is skipped (not buffered) and reported by its length.
public struct LineReader: Sendable {
    /// One line, without its `\n` (a trailing `\r` is kept: JSON parsers take it as whitespace).
    public enum Line: Equatable, Sendable {
        case text([UInt8])
        /// A line of this many bytes, over the limit; its bytes were discarded.
        case tooLong(Int)
    }

    private let handle: FileHandle
    private let maxLineBytes: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var atEnd = false

    /// - Parameters:
    ///   - maxLineBytes: longer lines come back as ``Line/tooLong(_:)``.
    ///   - chunkSize: bytes asked for per read (1 MiB).
    public init(_ handle: FileHandle, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        self.chunkSize = chunkSize
    }

    /// The next line, or nil at the end of the stream. A last line without `\n` still counts; an empty
    /// stream has no lines.
    /// - Throws: the read error of the underlying handle.
    public mutating func next() throws -> Line? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let length = newline - start
                let line = length > maxLineBytes ? nil : Array(buffer[start..<newline])
                consume(upTo: newline + 1)
                return line.map(Line.text) ?? .tooLong(length)
            }
            if buffer.count - start > maxLineBytes { return .tooLong(try skipRestOfLine()) }
            searchFrom = buffer.count
            if try atEnd || !fill() {
                guard start < buffer.count else { return nil }
                if buffer.count - start > maxLineBytes { return .tooLong(try skipRestOfLine()) }
                let line = Array(buffer[start...])
                consume(upTo: buffer.count)
                return .text(line)
            }
        }
    }

    /// Discards the rest of an over-long line, returning its total length.
    private mutating func skipRestOfLine() throws -> Int {
        var length = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                length += newline - start
                consume(upTo: newline + 1)
                return length
            }
            length += buffer.count - start
            consume(upTo: buffer.count)
            if try atEnd || !fill() { return length }
        }
    }

    /// Reads what is available, up to one chunk; false at the end of the stream.
    ///
    /// `read(2)` rather than `FileHandle.read(upToCount:)`, which waits for a whole chunk: a client that
    /// sends one line and waits for its answer would wait forever.
    private mutating func fill() throws -> Bool {
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + chunkSize)
        var received = 0
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        repeat {
            received = buffer.withUnsafeMutableBytes { bytes in
                read(handle.fileDescriptor, bytes.baseAddress! + oldCount, chunkSize)
            }
        } while received < 0 && errno == EINTR
        buffer.removeLast(chunkSize - max(received, 0))
        if received < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if received == 0 { atEnd = true }
        return received > 0
    }

    /// Marks bytes before `end` as read, dropping them once they are half the buffer (amortised O(1)).
    private mutating func consume(upTo end: Int) {
        start = end
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.count <= 4 * chunkSize)
            start = 0
        } else if start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
