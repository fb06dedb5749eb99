import ArgumentParser

/// Errors the CLI reports to the user: each names what went wrong and where, and maps to an exit code.
enum CLIError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case readFailed(source: String, reason: String)
    case writeFailed(reason: String)
    case invalidUTF8(source: String, byteOffset: Int)
    case invalidInput(String)

    var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
        case .readFailed(let source, let reason): "cannot read \(source): \(reason)"
        case .writeFailed(let reason): "cannot write output: \(reason)"
        case .invalidUTF8(let source, let offset):
            "\(source): invalid UTF-8 at byte offset \(offset) (use --lossy to replace bad bytes with U+FFFD)"
        case .invalidInput(let message): message
        }
    }

    /// sysexits.h codes: 65 EX_DATAERR for bad input data, 66 EX_NOINPUT, 74 EX_IOERR.
    var exitCode: ExitCode {
        switch self {
        case .invalidUTF8, .invalidInput: ExitCode(65)
        case .cannotOpen: ExitCode(66)
        case .readFailed, .writeFailed: ExitCode(74)
        }
    }
}

extension ParsableCommand {
    /// Runs a line-processing body, turning `CLIError`s into a message on stderr and an exit code
    /// after the output written so far has been flushed.
    func reportingErrors(_ output: OutputWriter, _ body: () throws -> Void) throws {
        do {
            try body()
            try output.flush()
        } catch let error as CLIError {
            try? output.flush()
            var standardError = StandardError()
            print("viet: \(error)", to: &standardError)
            throw error.exitCode
        }
    }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var copy = string
        _ = copy.withUTF8 { writeAll(descriptor: 2, $0) }
    }
}
