#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error reading a user lexicon file.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be read.
    public let path: String
    /// What went wrong, e.g. "no such file" or "invalid UTF-8 at byte 1234".
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}

extension Lexicon {
    /// Adds the words of a UTF-8 text file: one word per line, syllables separated by spaces or
    /// underscores; blank lines and lines starting with `#` are skipped. A tab ends the word
    /// (anything after it, e.g. a part-of-speech tag or a frequency, is ignored).
    ///
    /// ```swift
    /// var lexicon = Lexicon.shipped
    /// try lexicon.load(contentsOfFile: "terms.txt")   // "chuyển đổi số\nBưu_điện_Văn_hóa_xã\n"
    /// ```
    ///
    /// - Throws: ``LexiconError`` when the file cannot be read or is not UTF-8.
    /// - Complexity: O(file size).
    public mutating func load(contentsOfFile path: String) throws {
        let bytes = try Self.readFile(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var offset = 0
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput, .error: break loop
                }
            }
            throw LexiconError(path: path, reason: "invalid UTF-8 at byte \(offset)")
        }
        insert(lexiconText: text)
    }

    /// Adds the words of lexicon text in the file format of ``load(contentsOfFile:)``.
    public mutating func insert(lexiconText text: String) {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") { continue }
            let word = line.prefix { $0 != "\t" }
            insert(String(word))
        }
    }

    private static func readFile(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw LexiconError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count {
                if ferror(file) != 0 { throw LexiconError(path: path, reason: "read error") }
                break
            }
        }
        return bytes
    }
}
