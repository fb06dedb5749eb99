import Testing
import VietText
import VietTestSupport

@Suite struct SyllableTests {
    @Test func anatomy() throws {
        let s = try #require(Syllable("thuyết"))
        #expect([s.onset, s.medial, s.nucleus, s.coda] == ["th", "u", "yê", "t"])
        #expect(s.tone == .sac)
        let q = try #require(Syllable("quốc"))
        #expect([q.onset, q.medial, q.nucleus, q.coda] == ["q", "u", "ô", "c"])
        let gi = try #require(Syllable("giữa"))
        #expect([gi.onset, gi.medial, gi.nucleus, gi.coda] == ["gi", "", "ưa", ""])
        #expect(gi.tone == .nga)
        let nguoi = try #require(Syllable("Người"))
        #expect([nguoi.onset, nguoi.nucleus, nguoi.coda] == ["ng", "ươ", "i"])
        #expect(nguoi.tone == .huyen)
        let gin = try #require(Syllable("gìn"))
        #expect([gin.onset, gin.nucleus, gin.coda] == ["g", "i", "n"])
        #expect(Syllable("a")?.tone == .ngang)
    }

    @Test(arguments: ["hello", "thị\u{0323}", "ABC123", "NQ", "xyz", "", "aim", "tiap", "hoá\u{0301}", "Wifi", "qa"])
    func rejects(_ word: String) {
        #expect(Syllable(word) == nil, "\(word) should not parse")
    }

    @Test func decomposedInputParses() {
        #expect(Syllable("tho\u{0302}\u{0300}ng")?.tone == .huyen)
    }

    @Test(.enabled(if: SharedData.isAvailable, "../shared/data is absent (set VIETNLP_SHARED)"))
    func everySyllableOfTheSharedListParses() throws {
        let list = try #require(SharedData.text("data/syllables/vietnamese-syllables.txt"))
        let words = list.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        #expect(words.count > 17_000)
        let failures = words.filter { !isVietnameseSyllable($0) }
        #expect(failures.isEmpty, "\(failures.count) failed: \(failures.prefix(40))")
    }
}
