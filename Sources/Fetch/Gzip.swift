internal import CZlib

/// gzip and deflate through the system zlib, with a size limit on every inflation.
///
/// Why not compress-nio: its one-shot gunzip stops after the first gzip member, and WARC files are
/// one member per record. Here every member is read, and members can be walked one at a time.
public enum Gzip {
    /// Why inflation failed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The output would exceed the limit (a decompression bomb or simply too big).
        case tooLarge(limit: Int)
        /// The bytes are not a valid gzip/zlib/deflate stream.
        case corrupt(String)

        public var description: String {
            switch self {
            case .tooLarge(let limit): "decompressed size exceeds \(limit) bytes"
            case .corrupt(let reason): "corrupt compressed data: \(reason)"
            }
        }
    }

    /// The stream formats zlib can read.
    public enum Format: Sendable {
        /// gzip (RFC 1952), all members.
        case gzip
        /// `Content-Encoding: deflate`: zlib-wrapped (RFC 1950) or, as some servers send, raw deflate.
        case deflate
    }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Inflates a whole stream: every gzip member in turn, or one zlib/raw deflate stream.
    /// - Throws: ``Failure/tooLarge(limit:)`` as soon as the output passes `limit`; ``Failure/corrupt(_:)``.
    public static func decompress(_ bytes: [UInt8], format: Format = .gzip, limit: Int) throws(Failure) -> [UInt8] {
        switch format {
        case .gzip:
            var output: [UInt8] = []
            var offset = 0
            while offset < bytes.count {
                // Trailing zero padding after the last member is tolerated (some tools pad).
                if bytes[offset...].allSatisfy({ $0 == 0 }) { break }
                let member = try inflate(bytes, from: offset, windowBits: 15 + 16, limit: limit - output.count)
                output.append(contentsOf: member.output)
                offset += member.consumed
            }
            return output
        case .deflate:
            do {
                return try inflate(bytes, from: 0, windowBits: 15, limit: limit).output
            } catch .tooLarge(let limit) {
                throw .tooLarge(limit: limit)
            } catch {
                return try inflate(bytes, from: 0, windowBits: -15, limit: limit).output
            }
        }
    }

    /// Inflates the one gzip member starting at `offset`.
    /// - Returns: the member's bytes and how many compressed bytes it took.
    public static func member(in bytes: UnsafeRawBufferPointer, at offset: Int, limit: Int) throws(Failure)
        -> (output: [UInt8], consumed: Int)
    {
        try inflate(bytes, from: offset, windowBits: 15 + 16, limit: limit)
    }

    /// Compresses `bytes` as one gzip member.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard winnow_deflateInit2(&stream, level, 15 + 16) == Z_OK else {
            preconditionFailure("deflateInit2 failed: zlib is unusable")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate into a deflateBound buffer must finish")
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }

    private static func inflate(_ bytes: [UInt8], from offset: Int, windowBits: Int32, limit: Int) throws(Failure)
        -> (output: [UInt8], consumed: Int)
    {
        let result: Result<(output: [UInt8], consumed: Int), Failure> = bytes.withUnsafeBytes { raw in
            do throws(Failure) {
                return .success(try inflate(raw, from: offset, windowBits: windowBits, limit: limit))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func inflate(_ raw: UnsafeRawBufferPointer, from offset: Int, windowBits: Int32, limit: Int)
        throws(Failure) -> (output: [UInt8], consumed: Int)
    {
        var stream = z_stream()
        guard winnow_inflateInit2(&stream, windowBits) == Z_OK else { throw .corrupt("inflateInit2 failed") }
        defer { inflateEnd(&stream) }
        guard let base = raw.baseAddress, offset < raw.count else { throw .corrupt("no data") }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self) + offset)
        stream.avail_in = uInt(raw.count - offset)
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.avail_out))
            }
            if output.count + produced > limit { throw .tooLarge(limit: limit) }
            output.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END:
                return (output, raw.count - offset - Int(stream.avail_in))
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0:
                throw .corrupt("stream is truncated")
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw .corrupt(message)
            }
        }
    }
}
