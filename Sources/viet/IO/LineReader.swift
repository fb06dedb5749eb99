#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import VietText

/// Reads a file or standard input line by line with a fixed-size buffer, so memory stays bounded
/// by the longest line, and validates UTF-8 with the exact byte offset of the first bad byte.
final class LineReader {
    /// "<stdin>" or the path, for messages.
    let displayName: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes, so a long line is scanned once, not once per read.
    private var scanFrom = 0
    private var atEnd = false
    /// Byte offset in the whole input of `buffer[start]`.
    private var consumed = 0
    private static let chunkSize = 1 << 16

    /// Opens `path`; "-" is standard input.
    init(path: String) throws {
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            displayName = "<stdin>"
        } else {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw CLIError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            descriptor = fd
            ownsDescriptor = true
            displayName = path
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line without its terminator ("\n" or "\r\n"), or nil at the end of input.
    /// - Throws: `CLIError.invalidUTF8` naming the byte offset, unless `lossy`.
    func nextLine(lossy: Bool) throws -> String? {
        while true {
            if let newline = newlineIndex(from: max(start, scanFrom)) {
                let lineStart = start
                var lineEnd = newline
                if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = try decode(lineStart..<lineEnd, lossy: lossy)
                consumed += newline + 1 - start
                start = newline + 1
                scanFrom = start
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var lineEnd = buffer.count
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = try decode(start..<lineEnd, lossy: lossy)
                consumed += buffer.count - start
                start = buffer.count
                scanFrom = start
                return line
            }
            scanFrom = buffer.count
            try fill()
        }
    }

    /// The index of the next "\n" at or after `from`, found with memchr (the line scan is the CLI's hot loop).
    private func newlineIndex(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let found = memchr(raw.baseAddress! + from, 0x0A, raw.count - from) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    private func decode(_ range: Range<Int>, lossy: Bool) throws -> String {
        let bytes = buffer[range]
        if lossy { return String(decoding: bytes, as: UTF8.self) }
        // Not `String(validating:)`: it takes a generic path that cost twice our scan and the
        // standard library's decoding together, and it does not say where the input went wrong.
        do {
            return try UTF8Validation.decode(bytes)
        } catch {
            throw CLIError.invalidUTF8(source: displayName, byteOffset: consumed + (range.lowerBound - start) + error.byteOffset)
        }
    }

    private func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanFrom -= start
            start = 0
        }
        let oldCount = buffer.count
        // Grow geometrically so a very long line costs O(n) copies in total.
        if buffer.capacity < oldCount + Self.chunkSize { buffer.reserveCapacity(max(buffer.capacity * 2, oldCount + Self.chunkSize)) }
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var got = 0
        repeat {
            got = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + oldCount, Self.chunkSize)
            }
        } while got < 0 && errno == EINTR
        guard got >= 0 else {
            buffer.removeSubrange(oldCount...)
            throw CLIError.readFailed(source: displayName, reason: String(cString: strerror(errno)))
        }
        buffer.removeSubrange((oldCount + got)...)
        if got == 0 { atEnd = true }
    }
}
