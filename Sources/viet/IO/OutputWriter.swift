#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered output to standard output that only ever writes whole lines, so a run that stops
/// on an error leaves complete lines behind.
final class OutputWriter {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private static let flushThreshold = 1 << 16

    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    deinit { try? flush() }

    /// Appends `line` and a newline.
    func writeLine(_ line: String) throws {
        var copy = line
        copy.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends raw bytes that end with a newline.
    func writeLines(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Lets `body` append lines (each ending with a newline) to the buffer itself, with no array of
    /// its own to copy from.
    func appendLines(_ body: (inout [UInt8]) throws -> Void) throws {
        try body(&buffer)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes everything buffered.
    func flush() throws {
        let failure = buffer.withUnsafeBufferPointer { writeAll(descriptor: descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw CLIError.writeFailed(reason: failure) }
    }
}

/// Writes all of `bytes` to a file descriptor, retrying short writes; returns an error text on failure.
@discardableResult
func writeAll(descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
        }
        offset += written
    }
    return nil
}
