import Testing

@testable import VietRules

/// The filters in front of a new form's lexicon probes and of a look-behind's lexicon walks
/// (``AffixFilter``) must hold every key and every prefix (suffix) of one that a form can spell, or
/// a lexicon-started rule would never start there, or a look-behind never see its entry.
@Suite("Affix filter")
struct AffixFilterTests {
    func holds(_ filter: AffixFilter, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(filter.mayHold)
    }

    @Test func holdsEveryKeyAndEveryPrefixEndingAtACharacter() {
        let keys = ["Hà Nội", "Đà Nẵng", "TT&TT", "x"]
        let filter = AffixFilter(prefixesOf: keys.map(\.utf8))
        for key in keys {
            var prefix = ""
            for character in key.unicodeScalars {
                prefix.unicodeScalars.append(character)
                #expect(holds(filter, prefix), "\(prefix) of \(key)")
            }
        }
    }

    @Test func rejectsWhatNoKeyBeginsWith() {
        let filter = AffixFilter(prefixesOf: ["Hà Nội".utf8, "Huế".utf8])
        // (The hash is fixed, so these answers are too; a collision would only cost a search.)
        for text in ["Hải", "Hà Nộii", "Nội", "hà", "Huếx", "Ha"] {
            #expect(!holds(filter, text), "\(text)")
        }
        #expect(holds(filter, "Hu"))
        #expect(!holds(AffixFilter(prefixesOf: [[UInt8]]()), "a"))
        #expect(!holds(AffixFilter(prefixesOf: ["".utf8]), ""))
    }

    @Test func holdsEverySuffixBeginningAtACharacterAndNoOther() {
        let filter = AffixFilter(suffixesOf: ["Hà Nội".utf8, "TT&TT".utf8])
        for suffix in ["Hà Nội", "à Nội", " Nội", "Nội", "ội", "i", "TT&TT", "&TT", "T"] {
            #expect(holds(filter, suffix), "\(suffix)")
        }
        for other in ["Hà", "Nộ", "TT&", "Hà Nội ", "nội", "Hải"] {
            #expect(!holds(filter, other), "\(other)")
        }
    }

    @Test func lookBehindsOnLexiconsSeeEntriesOfEveryLength() throws {
        // One-token and multi-token entries, in the exact and the case-folded modes, and a
        // look-behind that reads its lexicon before other elements.
        let rules = """
            lexicon CONTEXT = "năm" | "Thế vận hội" | "TP. Hồ Chí Minh"
            lexicon PLACE = "tại" | "ở Hà Nội" ignore case
            rule year match (?<= @CONTEXT) n:[kind:number] emit YEAR
            rule after match (?<= @PLACE "," _) w:_ emit AFTER
            """
        let text = "Thế vận hội 2008, TP. Hồ Chí Minh 2020, năm 1990 và 1991; Ở HÀ NỘI, ngày đó vui."
        #expect(describe(try run(rules, text)) == ["YEAR 2008", "YEAR 2020", "YEAR 1990", "AFTER đó"])
    }

    @Test func lexiconStartedRulesStartWhereTheirEntriesBegin() throws {
        // Forms that begin an entry, end one, or are one, in the exact and the case-folded modes;
        // and forms that begin none, which the filter turns away before any search.
        let rules = """
            lexicon CITY = "Hà Nội" | "Huế" | "TP. Hồ Chí Minh"
            lexicon UNIT = "Bộ Tài chính" | "sở" ignore case
            rule city match @CITY emit CITY
            rule unit match @UNIT emit UNIT
            """
        let text = "Ông Hà từ Hà Nội vào TP. Hồ Chí Minh, qua Huế; BỘ TÀI CHÍNH và Sở, không phải Bộ Công an."
        #expect(
            describe(try run(rules, text)) == [
                "CITY Hà Nội", "CITY TP. Hồ Chí Minh", "CITY Huế", "UNIT BỘ TÀI CHÍNH", "UNIT Sở",
            ])
    }
}
