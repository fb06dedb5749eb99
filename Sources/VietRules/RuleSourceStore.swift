#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rule and lexicon file texts by normalised path: read from a directory, or given as strings (the
/// embedded shipped rules, tests).
struct RuleSourceStore {
    var texts: [String: String] = [:]

    struct ReadError: Error {
        let message: String
    }

    init() {}

    mutating func add(path: String, text: String) {
        texts[Self.normalize(path)] = text
    }

    /// The `.rules` files, sorted by path.
    var rulePaths: [String] { texts.keys.filter { $0.hasSuffix(".rules") }.sorted() }

    /// Reads every `.rules` and `.txt` file under `directory`, recursively.
    init(directory: String) throws(ReadError) {
        var isDirectory = stat()
        guard stat(directory, &isDirectory) == 0, (isDirectory.st_mode & S_IFMT) == S_IFDIR else {
            throw ReadError(message: "cannot read rule directory '\(directory)': not a directory")
        }
        var pending = [Self.normalize(directory)]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else {
                throw ReadError(message: "cannot read rule directory '\(folder)': \(String(cString: strerror(errno)))")
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != "..", !name.hasPrefix(".") else { continue }
                let path = folder + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(path)
                } else if name.hasSuffix(".rules") || name.hasSuffix(".txt") {
                    // Normalised as `add(path:text:)` keys them ("./a.rules" is "a.rules"), where
                    // imports and roots look them up.
                    texts[Self.normalize(path)] = try Self.read(path)
                }
            }
        }
    }

    static func read(_ path: String) throws(ReadError) -> String {
        guard let file = fopen(path, "rb") else {
            throw ReadError(message: "cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        // One chunk, left uninitialised (fread fills what it reads): zeroing a 64 kB array per
        // file was a quarter of the cost of reading the shipped rules.
        var bytes: [UInt8] = []
        let chunkSize = 1 << 16
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        while true {
            let count = fread(chunk, 1, chunkSize, file)
            if count <= 0 { break }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: count))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lexicon file lookup: beside the rule file, in its `lexicons/` folder, then anywhere by name.
    func lexicon(named name: String, from rulePath: String) -> (path: String, text: String)? {
        let directory = Self.directory(of: rulePath)
        for candidate in [Self.resolve(name, relativeTo: rulePath), Self.normalize(directory + "/lexicons/" + name)] {
            if let text = texts[candidate] { return (candidate, text) }
        }
        let suffix = "/" + name
        if let path = texts.keys.filter({ $0.hasSuffix(suffix) && $0.contains("/lexicons/") }).sorted().first {
            return (path, texts[path]!)
        }
        return nil
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    static func resolve(_ relative: String, relativeTo file: String) -> String {
        relative.hasPrefix("/") ? normalize(relative) : normalize(directory(of: file) + "/" + relative)
    }

    /// Removes "." and "x/.." components and doubled slashes.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
