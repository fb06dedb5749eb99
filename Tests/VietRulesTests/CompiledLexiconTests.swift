import Testing

@testable import VietRules

/// A compiled lexicon finds entries by their key in its mode, keeps the first spelling of a key
/// that a file lists twice, and bounds how many tokens an entry spans (``CompiledLexicon``).
@Suite("Compiled lexicon")
struct CompiledLexiconTests {
    let departments = CompiledLexicon(
        name: "DEPT", mode: .ignoreCase,
        entries: [
            ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
            ("TT&TT", "Thông tin và Truyền thông"),
            ("tt&tt", "a later spelling of the same key"),
            ("Sở  Tài   chính", nil),
            ("Sở Tài chính", "a value after a valueless first spelling"),
            ("UBND", "Ủy ban nhân dân"),
            ("", "an empty key"),
        ])

    @Test func keepsTheFirstSpellingOfEachKey() {
        #expect(departments.count == 4)
        #expect(departments.value(forText: "TT&TT") == "Thông tin và Truyền thông")
        #expect(departments.value(forText: "tt&TT") == "Thông tin và Truyền thông")
        #expect(departments.value(forText: "Sở Tài chính") == nil)
        #expect(departments.probe("sở tài chính") == (isEntry: true, hasLonger: false))
        #expect(departments.hasValues)
    }

    @Test func findsKeysAndTheirLongerEntries() {
        #expect(departments.probe("sở") == (isEntry: false, hasLonger: true))
        #expect(departments.probe("sở tt&tt") == (isEntry: true, hasLonger: false))
        #expect(departments.probe("ubnd") == (isEntry: true, hasLonger: false))
        #expect(departments.probe("ub") == (isEntry: false, hasLonger: true))
        #expect(departments.probe("x") == (isEntry: false, hasLonger: false))
        #expect(departments.probe("") == (isEntry: false, hasLonger: true))
        #expect(departments.value(forText: "Sở   TT&TT") == "Sở Thông tin và Truyền thông")
        #expect(departments.value(forText: "HĐND") == nil)
    }

    @Test func expandsTheLongestEntryFirst() {
        #expect(departments.expand("Giám đốc Sở TT&TT") == "Giám đốc Sở Thông tin và Truyền thông")
        #expect(departments.expand("UBND tỉnh, TT&TT") == "Ủy ban nhân dân tỉnh, Thông tin và Truyền thông")
        #expect(departments.expand("Sở Tài chính") == "Sở Tài chính")
    }

    @Test func exactKeysKeepCaseAndValuelessLexiconsSaySo() {
        let exact = CompiledLexicon(name: "X", mode: .exact, entries: [("Hà Nội", nil), ("hà nội", nil)])
        #expect(exact.count == 2)
        #expect(!exact.hasValues)
        #expect(exact.probe("Hà Nội").isEntry && !exact.probe("HÀ NỘI").isEntry)
    }

    @Test func boundsTheTokensOfAnEntry() {
        #expect(CompiledLexicon.tokenBound("Thông tin và Truyền thông") == 6)
        #expect(CompiledLexicon.tokenBound("TT&TT") == 4)
        #expect(CompiledLexicon.tokenBound("17/NQ-CP") == 6)
        #expect(CompiledLexicon.tokenBound("Đắk Lắk") == 3)
        #expect(CompiledLexicon.tokenBound("Ủy ban × ÷") == 5)
        #expect(CompiledLexicon.tokenBound("a\tb\u{A0}c\u{2003}d\n") == 5)
        #expect(departments.maximumTokens == 5)  // "Sở Thông…" is a value, "Sở TT&TT" a key: Sở, TT, &, TT
    }

    @Test func theLatinLetterBlocksHoldOnlyAlphabeticScalars() {
        for value in UInt32(0xC0)..<0x1F00 {
            guard let scalar = Unicode.Scalar(value), CompiledLexicon.isLatinLetter(scalar) else { continue }
            #expect(scalar.properties.isAlphabetic, "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(!CompiledLexicon.isLatinLetter("×") && !CompiledLexicon.isLatinLetter("÷") && !CompiledLexicon.isLatinLetter("\u{300}"))
        #expect(CompiledLexicon.isLatinLetter("ư") && CompiledLexicon.isLatinLetter("ệ") && CompiledLexicon.isLatinLetter("Đ"))
    }
}
