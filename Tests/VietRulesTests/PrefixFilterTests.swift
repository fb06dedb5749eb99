import Testing

@testable import VietRules

/// The filter in front of a new form's lexicon probes (``PrefixFilter``) must hold every key and
/// every prefix of one that a form can spell, or a lexicon-started rule would never start there.
@Suite("Prefix filter")
struct PrefixFilterTests {
    func holds(_ filter: PrefixFilter, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(filter.mayHold)
    }

    @Test func holdsEveryKeyAndEveryPrefixEndingAtACharacter() {
        let keys = ["Hà Nội", "Đà Nẵng", "TT&TT", "x"]
        let filter = PrefixFilter(keys: keys)
        for key in keys {
            var prefix = ""
            for character in key.unicodeScalars {
                prefix.unicodeScalars.append(character)
                #expect(holds(filter, prefix), "\(prefix) of \(key)")
            }
        }
    }

    @Test func rejectsWhatNoKeyBeginsWith() {
        let filter = PrefixFilter(keys: ["Hà Nội", "Huế"])
        // (The hash is fixed, so these answers are too; a collision would only cost a search.)
        for text in ["Hải", "Hà Nộii", "Nội", "hà", "Huếx", "Ha"] {
            #expect(!holds(filter, text), "\(text)")
        }
        #expect(holds(filter, "Hu"))
        #expect(!holds(PrefixFilter(keys: [String]()), "a"))
        #expect(!holds(PrefixFilter(keys: [""]), ""))
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
