import Testing
import VietTokenizer

@testable import VietRules

/// A new form that no seed lexicon's prefix filter lets through keeps its probes in those lexicons
/// unknown (``MatcherCore/probeSeedLexicons(_:)``); a later probe answers from the filter
/// (``MatcherCore/probeLexicon(_:form:key:)``). These tests pin down that every probe still gives
/// the search's answer.
@Suite("Seed lexicon probes")
struct SeedLexiconProbeTests {
    /// The probe bits of `words` in lexicon `name` of `rules`, after each word's first sighting.
    func probes(_ rules: String, lexicon name: String, _ words: [String]) throws -> [UInt8] {
        let set = try RuleSet(source: rules)
        let lexicon = try #require(set.storage.lexicons.firstIndex { $0.name == name })
        var core = MatcherCore(storage: set.storage)
        defer { core.deallocate() }
        return words.map { word in
            let form = Array(word.utf8).withUnsafeBufferPointer { core.forms.id(of: $0) }
            _ = core.startPhases(of: form)
            return core.probe(lexicon, form: form)
        }
    }

    @Test func probesAfterTheFilterRuledAFormOut() throws {
        let rules = """
            lexicon CITY = "Hà Nội" | "Huế"
            lexicon PLACE = "vinh" ignore case
            rule city match @CITY emit CITY
            rule place match "ở" [@PLACE] emit PLACE
            """
        // "Hà" begins an entry, "Huế" is one, the others begin none of CITY's.
        #expect(try probes(rules, lexicon: "CITY", ["Hà", "Huế", "Vinh", "ở", "Nội"]) == [2, 1, 0, 0, 0])
        // PLACE starts no rule: no filter, the search answers.
        #expect(try probes(rules, lexicon: "PLACE", ["Vinh", "Huế"]) == [1, 0])
    }

    @Test func matchesAsBefore() throws {
        let rules = """
            lexicon CITY = "Hà Nội" | "Huế"
            rule city match @CITY emit CITY
            rule after match "ở" [@CITY] emit AT
            """
        #expect(describe(try run(rules, "ở Huế và ở Vinh, Hà Nội")) == ["AT ở Huế", "CITY Hà Nội"])
    }
}
