import Testing

@testable import VietRules

/// ``LiteralIndex`` finds keys by their NFC bytes: the same keys `[String: Int32]` found (canonically
/// equivalent spellings are one key), across table growth and keys longer than a word.
@Suite("Literal index")
struct LiteralIndexTests {
    @Test func findsEveryKeyAndOnlyThem() {
        var index = LiteralIndex()
        #expect(index.id(of: "hà") == -1)
        let keys = (0..<100).map { "khóa \($0) của một từ rất dài" } + ["a", "", "hà", "nội"]
        for (id, key) in keys.enumerated() { index.insert(key, id: Int32(id)) }
        for (id, key) in keys.enumerated() { #expect(index.id(of: key) == Int32(id)) }
        #expect(index.id(of: "ha") == -1)
        #expect(index.id(of: "khóa 100 của một từ rất dài") == -1)
    }

    @Test func canonicallyEquivalentSpellingsAreOneKey() {
        var index = LiteralIndex()
        let composed = "Hà Nội", decomposed = "Ha\u{300} Nô\u{323}i"
        #expect(composed == decomposed)
        index.insert(decomposed, id: 0)
        #expect(index.id(of: composed) == 0)
        #expect(index.id(of: decomposed) == 0)
        var table = LiteralTable()
        #expect(table.intern(composed, mode: .exact) == table.intern(decomposed, mode: .exact))
    }
}
