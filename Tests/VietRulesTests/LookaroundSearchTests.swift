import Testing
import VietTokenizer

@testable import VietRules

/// The look-around search's visited table, and the simplified programs look-arounds compile to.
@Suite("Look-around search")
struct LookaroundSearchTests {
    /// A pair is new once per search, within the table's window and beyond it (the map), and every
    /// pair is new again in the next search.
    @Test func visitsArePerSearch() {
        var visits = LookaroundVisits()
        for _ in 0..<3 {
            visits.begin(instructions: 4)
            for distance in [0, 5, LookaroundVisits.window - 1, LookaroundVisits.window, 3 * LookaroundVisits.window] {
                let first = visits.insert(pc: 3, distance: distance)
                let again = visits.insert(pc: 3, distance: distance)
                let other = visits.insert(pc: 2, distance: distance)
                #expect(first && !again && other, "distance \(distance)")
            }
        }
        // A larger program later: its pairs are new too.
        visits.begin(instructions: 40)
        let first = visits.insert(pc: 39, distance: 1)
        let again = visits.insert(pc: 39, distance: 1)
        #expect(first && !again)
    }

    /// A look-behind that reaches farther back than the table's window (pairs in the map) finds
    /// what it finds within it.
    @Test func searchBeyondTheWindow() throws {
        let rules = #"rule a match x:"z" (?<= "a" _{0,40} "b" _) emit X"#
        for gap in [0, 3, LookaroundVisits.window + 3] {
            let text = "a " + String(repeating: "c ", count: gap) + "b z"
            #expect(describe(try run(rules, text)) == ["X z"], "gap \(gap)")
            #expect(describe(try run(rules, "c b z")).isEmpty)
        }
    }

    /// Alternatives sharing their first test share one test; alternatives of one test are one
    /// test: `(?<! ^ _ | <mark> _ | ";" _)` is `_ (^ | [mark | ";"])` read backward. (A name's
    /// word is kept unless the word before it follows the line's start or a mark.)
    @Test func alternativesAreMerged() throws {
        let source = """
            define mark = "." | "!"
            rule a match x:[is:capitalized] (?<! ^ _ | <mark> _ | ";" _ | "(" _) emit NAME
            """
        let set = try RuleSet(source: source)
        let program = set.storage.lookarounds[0].program
        // test(_), split, atStart, jump, test([…]), match.
        #expect(program.count == 6)
        for (text, expected) in [
            ("Một Hai", ["NAME Hai"]), ("x . Một Hai", ["NAME Hai"]), ("x ; Một Hai", ["NAME Hai"]), ("x ( Một Hai", ["NAME Hai"]),
            ("x y Một Hai", ["NAME Một", "NAME Hai"]), ("x , Một Hai", ["NAME Một", "NAME Hai"]),
        ] {
            #expect(describe(try run(source, text)) == expected, "\(text)")
        }
    }

    /// The same look-around written out and simplified matches the same tokens.
    @Test func simplifiedMatchesAsWritten() throws {
        let written = #"rule a match x:_ (?= "a" "b" | "a" "c" | "a" | "d" "e") emit X"#
        let nested = #"rule a match x:_ (?= "a" ("b" | "c")? | "d" "e") emit X"#
        for text in ["q a b", "q a c", "q a", "q d e", "q d", "q e", "a a d"] {
            #expect(describe(try run(written, text)) == describe(try run(nested, text)), "\(text)")
        }
    }
}
