import Testing
import VietText

@Suite struct TonePlacementTests {
    /// Every open oa/oe/uy syllable with every tone: (old style, new style).
    static let pairs: [(String, String)] = {
        var pairs: [(String, String)] = []
        let aRow = Array("àáảãạ"), eRow = Array("èéẻẽẹ"), yRow = Array("ỳýỷỹỵ")
        let oRow = Array("òóỏõọ"), uRow = Array("ùúủũụ")
        for t in 0..<5 {
            for onset in ["h", "x", "kh", "t", ""] {
                pairs.append(("\(onset)o\(aRow[t])", "\(onset)\(oRow[t])a"))
                pairs.append(("\(onset)o\(eRow[t])", "\(onset)\(oRow[t])e"))
                pairs.append(("\(onset)u\(yRow[t])", "\(onset)\(uRow[t])y"))
            }
        }
        return pairs
    }()

    @Test func everyOpenOaOeUyCaseBothWays() {
        for (old, new) in Self.pairs {
            #expect(TonePlacement.convert(old, to: .new) == new, "\(old) → new")
            #expect(TonePlacement.convert(new, to: .old) == old, "\(new) → old")
            #expect(TonePlacement.convert(new, to: .new) == new)
            #expect(TonePlacement.convert(old, to: .old) == old)
            #expect(TonePlacement.lookupKey(old) == TonePlacement.lookupKey(new))
        }
        #expect(Self.pairs.count == 75)
    }

    @Test func examplesFromTheIssue() {
        #expect(TonePlacement.convert("hoà, hoè, thuý, khoẻ", to: .new) == "hòa, hòe, thúy, khỏe")
        #expect(TonePlacement.convert("hòa, hòe, thúy, khỏe", to: .old) == "hoà, hoè, thuý, khoẻ")
        #expect(TonePlacement.convert("Hoà Bình, THUỶ", to: .new) == "Hòa Bình, THỦY")
    }

    @Test(arguments: [
        "hoàn", "thuyết", "quý", "quà", "quỳnh", "giá", "già", "giữa", "khuỷu", "người", "hoài", "ngoáy",
        "tuổi", "mía", "múa", "mưa", "khuya", "thuở", "huế", "Quảng", "xoong", "hoặc",
    ])
    func syllablesThatDoNotDependOnStyle(_ word: String) {
        #expect(TonePlacement.convert(word, to: .new) == word)
        #expect(TonePlacement.convert(word, to: .old) == word)
    }

    @Test func nonVietnameseWordsAreUntouched() {
        for word in ["Zoé", "Joàn", "ABC-oà1", "emoji 😀 hoà"] {
            let converted = TonePlacement.convert(word, to: .new)
            #expect(converted.unicodeScalars.count == word.unicodeScalars.count)
        }
        #expect(TonePlacement.convert("emoji 😀 hoà", to: .new) == "emoji 😀 hòa")
    }

    @Test func syllableRewrite() throws {
        #expect(try #require(Syllable("hoà")).written(in: .new) == "hòa")
        #expect(try #require(Syllable("Thúy")).written(in: .old) == "Thuý")
        #expect(try #require(Syllable("KHOẺ")).written(in: .new) == "KHỎE")
    }
}
