import Testing
import VietTokenizer

@testable import VietRules

/// A matcher remembers `lookup` and `expand` answers by text (``LexiconValueMemo``): answers
/// from memory must equal those computed afresh.
@Suite("Lexicon value memo")
struct LexiconValueMemoTests {
    static let rules = """
        lexicon TITLE = "ông" => "Mr" | "bà" => "Mrs" | "gs" => "professor" | "tổng giám đốc" => "CEO" ignore case
        lexicon ABBR = "ubnd" => "ủy ban nhân dân" | "hđnd" => "hội đồng nhân dân" ignore case
        rule title match t:@TITLE n:[is:capitalized]+ emit PERSON title = lookup(@TITLE, text(t)), code = t.value, name = n
        rule org match o:([is:allcaps] [is:capitalized]+) emit ORG short = lookup(@ABBR, text(o)), long = expand(@ABBR, text(o))
        """

    /// Lines whose titles and abbreviations repeat in other spellings (case, tone placement),
    /// with a text that is no entry, so that answers and misses are both found from memory.
    static let lines = [
        "Ông Nguyễn Văn An và bà Trần Thị Bình", "UBND Hà Nội", "BÀ Lê Thị Cúc", "HĐND Đà Nẵng",
        "ông Phạm Hùng", "Tổng Giám đốc Hoàng Nam", "GS Ngô Bảo", "UBND Hà Nội", "XYZ Công Ty",
        "tổng giám đốc Hoàng Nam", "hđnd Đà Nẵng", "Ubnd Huế", "XYZ Công Ty",
    ]

    @Test func answersFromMemoryEqualFreshOnes() throws {
        let set = try RuleSet(source: Self.rules)
        let tokenizer = Tokenizer()
        let warm = set.makeMatcher()
        var found = 0
        for _ in 0..<2 {
            for line in Self.lines {
                let text = tokenizer.tokenize(line)
                let remembered = warm.matches(in: text)
                let fresh = set.makeMatcher().matches(in: text)
                #expect(describe(remembered) == describe(fresh), "\(line)")
                found += remembered.count
            }
        }
        #expect(found > 0)
        let person = describe(warm.matches(in: tokenizer.tokenize("BÀ Lê Thị Cúc")))
        #expect(person == ["PERSON BÀ Lê Thị Cúc title=Mrs code=Mrs name=Lê Thị Cúc"])
    }

    @Test func startsOverWhenFullAndStillAnswers() throws {
        let set = try RuleSet(source: Self.rules)
        let lexicon = try #require(set.storage.lexicons.firstIndex { $0.count == 4 })
        let memo = LexiconValueMemo(lexiconCount: set.storage.lexicons.count)
        let texts = (0..<(LexiconValueMemo.capacityPerLexicon + 10)).map { "x\($0)" } + ["Ông", "GS", "bà"]
        for _ in 0..<2 {
            for text in texts {
                let entry = set.storage.lexicons[lexicon]
                #expect(memo.value(entry, index: lexicon, forText: text) == entry.value(forText: text))
                #expect(memo.expansion(entry, index: lexicon, of: text) == entry.expand(text))
            }
        }
        #expect(memo.value(set.storage.lexicons[lexicon], index: lexicon, forText: "ông") == "Mr")
        let count = memo.count(lexicon: lexicon)
        #expect(count.values <= LexiconValueMemo.capacityPerLexicon && count.expansions <= LexiconValueMemo.capacityPerLexicon)
    }

    /// Canonically equivalent spellings are one `String` key: an expansion, which copies words
    /// that are no entry as written, must still come back in the spelling asked for.
    @Test func expansionsKeepTheSpellingAskedFor() throws {
        let set = try RuleSet(source: Self.rules)
        let lexicon = try #require(set.storage.lexicons.firstIndex { $0.count == 2 })
        let entry = set.storage.lexicons[lexicon]
        let memo = LexiconValueMemo(lexiconCount: set.storage.lexicons.count)
        let composed = "UBND Hà Nội"
        let decomposed = "UBND Ha\u{300} No\u{302}\u{323}i"
        #expect(Array(memo.expansion(entry, index: lexicon, of: composed).utf8) == Array(entry.expand(composed).utf8))
        #expect(Array(memo.expansion(entry, index: lexicon, of: decomposed).utf8) == Array(entry.expand(decomposed).utf8))
    }
}
