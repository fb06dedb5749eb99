import Testing
import VietTokenizer

@testable import VietRules

/// Runs `rules` over `text` with optional annotations given as (label, token range, attributes).
func run(_ rules: String, _ text: String, annotations: [Annotation] = []) throws -> [Match] {
    let set = try RuleSet(source: rules)
    return set.matches(in: Tokenizer().tokenize(text), annotations: annotations)
}

func describe(_ matches: [Match]) -> [String] {
    matches.map { ([$0.label, $0.text] + $0.attributes.map(\.description)).joined(separator: " ") }
}

@Suite("Matching")
struct MatchingTests {
    @Test func literalSequence() throws {
        let matches = try run(#"rule unit match "tỷ" "đồng" emit UNIT name = "VND""#, "đạt 735,3 tỷ đồng năm nay")
        #expect(describe(matches) == ["UNIT tỷ đồng name=VND"])
        #expect(matches[0].scalarRange == 10..<17)
    }

    /// A line without tokens matches nothing, and the matcher is ready for the next line after it.
    @Test func lineWithoutTokens() throws {
        let set = try RuleSet(source: #"rule unit match "tỷ" "đồng" emit UNIT"#)
        let matcher = set.makeMatcher()
        for text in ["", "   ", "\t"] {
            #expect(matcher.matches(in: Tokenizer().tokenize(text)).isEmpty)
        }
        #expect(describe(matcher.matches(in: Tokenizer().tokenize("735,3 tỷ đồng"))) == ["UNIT tỷ đồng"])
    }

    @Test func caseAndDiacriticInsensitive() throws {
        let rules = """
            rule a match "ubnd"i emit ORG
            rule b match "Da Nang"d emit LOCATION
            """
        #expect(describe(try run(rules, "UBND tỉnh")) == ["ORG UBND"])
        #expect(describe(try run(rules, "thành phố Đà Nẵng")) == ["LOCATION Đà Nẵng"])
    }

    @Test func tonePlacementInsensitive() throws {
        #expect(describe(try run(#"rule a match "hòa" emit X"#, "Hoà Bình và hoà")) == ["X hoà"])
        #expect(describe(try run(#"rule a match "hòa"i emit X"#, "Hoà Bình")) == ["X Hoà"])
    }

    @Test func labelsAndAttributes() throws {
        let rules = """
            lexicon VND = "đồng" | "VNĐ"
            lexicon OVER = "trên" | "hơn"
            rule money match q:@OVER? n:NUMBER @VND
              emit MONEY value = n.value * 1000000000, unit = "VND", qualifier = q ? "over" : nil
            """
        let text = "hơn 1,6 tỷ đồng"
        let tokens = Tokenizer().tokenize(text).tokens
        #expect(tokens.count == 4)
        let number = Annotation(label: "NUMBER", tokenRange: 1..<3, attributes: [Attribute("value", "1.6")])
        #expect(describe(try run(rules, text, annotations: [number])) == ["MONEY hơn 1,6 tỷ đồng value=1600000000 unit=VND qualifier=over"])
        let plain = Annotation(label: "NUMBER", tokenRange: 1..<3, attributes: [Attribute("value", "2")])
        #expect(describe(try run(rules, "được 2 tỷ đồng", annotations: [plain])) == ["MONEY 2 tỷ đồng value=2000000000 unit=VND"])
    }

    /// `emit X n.*` alone shares the span's attributes when their names are distinct, and merges
    /// them (first place, last value) like any spread when they are not.
    @Test func spreadAloneKeepsOrMergesAttributes() throws {
        let rules = "rule a match n:NUMBER emit X n.*"
        let distinct = Annotation(label: "NUMBER", tokenRange: 0..<1, attributes: [Attribute("value", "5"), Attribute("unit", "kg")])
        #expect(describe(try run(rules, "5 kg", annotations: [distinct])) == ["X 5 value=5 unit=kg"])
        let repeated = Annotation(
            label: "NUMBER", tokenRange: 0..<1, attributes: [Attribute("value", "5"), Attribute("unit", "kg"), Attribute("value", "6")])
        #expect(describe(try run(rules, "5 kg", annotations: [repeated])) == ["X 5 value=6 unit=kg"])
    }

    @Test func greedyAndLazy() throws {
        #expect(describe(try run(#"rule a match "x" w:_+ "y" emit A inner = w"#, "x a b y c y")) == ["A x a b y c y inner=a b y c"])
        #expect(describe(try run(#"rule a match "x" w:_+? "y" emit A inner = w"#, "x a b y c y")) == ["A x a b y inner=a b"])
    }

    @Test func hostileRuleTerminates() throws {
        let text = Array(repeating: "a", count: 2000).joined(separator: " ")
        let matches = try run(#"rule h match (_*)* "b" emit H"#, text)
        #expect(matches.isEmpty)
        let all = try run(#"rule h match ((_)*)* emit H"#, text)
        #expect(all.count == 1)
    }

    @Test func overlapLongestThenPriority() throws {
        let rules = """
            rule short priority 5 match "Sở" [is:capitalized] emit ORG kind = "short"
            rule long match "Sở" [is:capitalized]+ emit ORG kind = "long"
            """
        #expect(describe(try run(rules, "Sở Tài Chính tỉnh")) == ["ORG Sở Tài Chính kind=long"])
        let tie = """
            rule first match "Sở" _ emit A
            rule second priority 1 match "Sở" _ emit B
            """
        #expect(describe(try run(tie, "Sở Y tế")) == ["B Sở Y"])
    }

    @Test func lookaround() throws {
        let rules = #"rule a match (?<="ông") n:[is:capitalized]+ (?!"Văn") emit PERSON name = n"#
        #expect(describe(try run(rules, "ông Nguyễn Hà nói")) == ["PERSON Nguyễn Hà name=Nguyễn Hà"])
        #expect(describe(try run(rules, "bà Nguyễn Hà nói")).isEmpty)
    }

    /// Look-arounds of several one-token tests are walked, not searched (``Lookaround/isStraight``),
    /// and a one-token alternative `["(" | "+"]` is flat: the answers must be the search's,
    /// at the line's edges too (`^` in a look-behind once meant the line's end).
    @Test func straightLookaroundsAndOneTokenAlternatives() throws {
        let rules = #"""
            rule year match y:[shape:"dddd"] (?<! ["(" | "+" | "/"] _) (?<! [kind:number] ":" _) (?! "," [kind:number]) emit YEAR
            rule edge match (?<= ^ "Điều") n:[kind:number] (?= "." $) emit ARTICLE
            """#
        #expect(describe(try run(rules, "Luật Đất đai 2024")) == ["YEAR 2024"])
        #expect(describe(try run(rules, "(2024) 1500 + 2024 a/2024")) == ["YEAR 1500"])
        #expect(describe(try run(rules, "ISO 9001 : 2008 và 2010, 2011 người")) == ["YEAR 9001", "YEAR 2011"])
        #expect(describe(try run(rules, "2024")) == ["YEAR 2024"])
        #expect(describe(try run(rules, "Điều 5.")) == ["ARTICLE 5"])
        #expect(describe(try run(rules, "theo Điều 5.")).isEmpty)
        #expect(describe(try run(rules, "Điều 5. Phạm vi")).isEmpty)
    }

    /// Look-arounds with alternatives of one-token and zero-width steps are run a token at a time
    /// over the set of live instructions (``MatcherCore/tokenwiseLookaround(_:backward:at:in:)``),
    /// not searched: the answers must be the search's, with line edges and optional steps.
    @Test func tokenwiseLookarounds() throws {
        let rules = #"rule n match (?<! ^ | "(") n:[kind:number] (?= "x"? "y" | $) emit N"#
        #expect(describe(try run(rules, "5 y")).isEmpty)
        #expect(describe(try run(rules, "a 5 y")) == ["N 5"])
        #expect(describe(try run(rules, "( 5 y")).isEmpty)
        #expect(describe(try run(rules, "a 5 x y")) == ["N 5"])
        #expect(describe(try run(rules, "a 5 x z")).isEmpty)
        #expect(describe(try run(rules, "a 5 x")).isEmpty)
        #expect(describe(try run(rules, "a 5")) == ["N 5"])
    }

    /// Look-arounds whose alternatives hold lexicon entries (of one and of several tokens, behind)
    /// or labelled spans (ahead), with optional steps and a line edge, the shapes that go to the
    /// general search (``MatcherCore/searchLookaround(_:backward:at:in:)``): the answers a reader
    /// of the rules expects, held for any faster path that may replace that search.
    @Test func lookaroundsWithEntriesAndSpans() throws {
        let behind = """
            lexicon CITY = "Hà Nội" | "Huế"
            rule n match (?<= @CITY | "ở" "tại"?) n:[kind:number] emit N
            """
        #expect(describe(try run(behind, "Hà Nội 5")) == ["N 5"])
        #expect(describe(try run(behind, "Huế 5")) == ["N 5"])
        #expect(describe(try run(behind, "ở tại 5")) == ["N 5"])
        #expect(describe(try run(behind, "ở 5")) == ["N 5"])
        #expect(describe(try run(behind, "Nội 5")).isEmpty)
        #expect(describe(try run(behind, "tại 5")).isEmpty)
        #expect(describe(try run(behind, "5")).isEmpty)
        let ahead = """
            lexicon CITY = "Hà Nội" | "Huế"
            phase titles
            rule t match "ông" [is:capitalized] emit TITLED
            phase numbers
            rule m match n:[kind:number] (?= "x"? TITLED | @CITY "y" | ^ "z") emit M
            """
        #expect(describe(try run(ahead, "5 ông Ba")) == ["M 5", "TITLED ông Ba"])
        #expect(describe(try run(ahead, "5 x ông Ba")) == ["M 5", "TITLED ông Ba"])
        #expect(describe(try run(ahead, "5 Hà Nội y")) == ["M 5"])
        #expect(describe(try run(ahead, "5 Huế y")) == ["M 5"])
        #expect(describe(try run(ahead, "5 Hà Nội")).isEmpty)
        #expect(describe(try run(ahead, "5 x Huế y")).isEmpty)
        #expect(describe(try run(ahead, "5 z")).isEmpty)
        #expect(describe(try run(ahead, "5 ông")).isEmpty)
    }

    /// A sub-pattern named inside a look-behind reads in the order it is written, as the same
    /// elements written out do (its body was once left unreversed: `(?<! <d>)` with `define d =
    /// "," "Kinh" _` looked for `_ "Kinh" ","`), nested sub-patterns too.
    @Test func subPatternsInsideLookBehindsKeepTheirOrder() throws {
        let text = "ab, Kinh Viên cd"
        let inline = #"rule a match x:[is:capitalized] (?<! "," "Kinh" _) emit NAME"#
        let named = """
            define d = "," "Kinh" _
            rule a match x:[is:capitalized] (?<! <d>) emit NAME
            """
        let nested = """
            define kinh = "," "Kinh"
            define d = <kinh> _
            rule a match x:[is:capitalized] (?<! <d>) emit NAME
            """
        #expect(describe(try run(inline, text)) == ["NAME Kinh"])
        #expect(describe(try run(named, text)) == ["NAME Kinh"])
        #expect(describe(try run(nested, text)) == ["NAME Kinh"])
        #expect(describe(try run(#"define d = "Kinh" _"# + "\n" + #"rule a match x:[is:capitalized] (?<= <d>) emit NAME"#, text)) == ["NAME Viên"])
    }

    @Test func phasesSeeEarlierMatches() throws {
        let rules = """
            phase titles
            rule title match "Giám" "đốc" emit TITLE
            phase people
            rule person match t:TITLE n:[is:capitalized]{2,4} emit PERSON name = n, title = t
            """
        #expect(describe(try run(rules, "Giám đốc Nguyễn Văn An phát biểu")) == [
            "PERSON Giám đốc Nguyễn Văn An name=Nguyễn Văn An title=Giám đốc", "TITLE Giám đốc",
        ])
    }

    @Test func multiTokenLexiconWithValues() throws {
        let rules = """
            lexicon ABBR = "TT&TT" => "Thông tin và Truyền thông" | "UBND" => "Ủy ban nhân dân"
            rule org match "Sở" a:@ABBR emit ORG name = concat("Sở ", a.value)
            """
        #expect(describe(try run(rules, "Sở TT&TT tỉnh")) == ["ORG Sở TT&TT name=Sở Thông tin và Truyền thông"])
    }

    @Test func longerLexiconEntryIsPreferred() throws {
        let rules = """
            lexicon COMPANY = "FPT" | "FPT Telecom"
            rule company match o:(@COMPANY "Chi nhánh"?) emit ORG name = text(o)
            """
        #expect(describe(try run(rules, "FPT Telecom Chi nhánh Cao Bằng")) == ["ORG FPT Telecom Chi nhánh name=FPT Telecom Chi nhánh"])
        #expect(describe(try run(rules, "FPT Chi nhánh")) == ["ORG FPT Chi nhánh name=FPT Chi nhánh"])
    }

    @Test func overlapPolicies() throws {
        let body = """
            rule whole match "Sở" "Tài" "chính" emit ORG
            rule inner match "Tài" "chính" emit FIELD
            rule crossing match "chính" "tỉnh" emit X
            """
        let text = "Sở Tài chính tỉnh"
        #expect(describe(try run("phase p overlap longest\n" + body, text)) == ["ORG Sở Tài chính"])
        #expect(describe(try run("phase p overlap nested\n" + body, text)) == ["ORG Sở Tài chính", "FIELD Tài chính"])
        #expect(describe(try run("phase p overlap all\n" + body, text)) == ["ORG Sở Tài chính", "FIELD Tài chính", "X chính tỉnh"])
    }

    @Test func supersedeAndInternalLabels() throws {
        let rules = """
            phase parts
            rule date match "ngày" n:kind:date emit DATE value = n
            rule helper match "số" emit _NUMBER_WORD
            phase refs after parts supersede
            rule ref match "Nghị" "quyết" _NUMBER_WORD kind:code "ngày" kind:date emit DOCREF
            """
        let matches = describe(try run(rules, "Nghị quyết số 17/NQ-CP ngày 7-3-2019 và ngày 8-3-2019"))
        #expect(matches == ["DOCREF Nghị quyết số 17/NQ-CP ngày 7-3-2019", "DATE ngày 8-3-2019 value=8-3-2019"])
        let set = try RuleSet(source: rules)
        #expect(set.emittedLabels == ["DATE", "_NUMBER_WORD", "DOCREF"])
        #expect(set.reportedLabels == ["DATE", "DOCREF"])
    }

    /// A supersede phase's match yields to an earlier phase's that it lies inside or crosses (the
    /// output stays flat) and stays visible to later phases; one that holds earlier ones replaces them.
    @Test func supersedeKeepsTheOutputFlat() throws {
        let rules = """
            phase money
            rule money match "5" "đô" "la" "Mỹ" emit MONEY
            phase places after money supersede
            rule country match "Mỹ" emit LOCATION
            rule apart match "Úc" emit LOCATION
            phase joins after places supersede
            rule pair match LOCATION "và" LOCATION emit PAIR
            rule payment match "Trả" "5" "đô" "la" LOCATION emit PAYMENT
            """
        // "Mỹ" yields to the MONEY it lies inside, and the PAIR to the MONEY it crosses.
        #expect(describe(try run(rules, "5 đô la Mỹ và Úc")) == ["MONEY 5 đô la Mỹ", "LOCATION Úc"])
        #expect(describe(try run(rules, "Mỹ và Úc")) == ["PAIR Mỹ và Úc"])
        // The yielded "Mỹ" is still a LOCATION to later phases; the PAYMENT replaces the MONEY.
        #expect(describe(try run(rules, "Trả 5 đô la Mỹ")) == ["PAYMENT Trả 5 đô la Mỹ"])
        // A helper hides what lies inside it and is not reported itself.
        let helper = """
            phase numbers
            rule eight match "Tám" emit NUMBER
            phase names after numbers supersede
            rule school match "trường" "Lê" "Văn" "Tám" emit _EPONYM
            """
        #expect(describe(try run(helper, "trường Lê Văn Tám và Tám")) == ["NUMBER Tám"])
    }

    @Test func typedExpressions() throws {
        let rules = #"""
            rule a match y:/^\d{4}$/ "-" m:/^\d{1,2}$/
              emit DATE value = date(number(y), number(m)), next = number(y) + 1, half = number(m) / 4,
                   label = upper("q") + text(number(m) % 5), roman = roman("XII"), big = scale("tỷ") * 1.5
            """#
        #expect(describe(try run(rules, "2023 - 6")) == ["DATE 2023 - 6 value=2023-06 next=2024 half=1.5 label=Q1 roman=12 big=1500000000"])
    }

    /// `replace` replaces every occurrence, compared as characters (a decomposed "số" is one), and
    /// gives the text back unchanged when there is none.
    @Test func replaceComparesCharacters() throws {
        let rules = #"""
            rule a match w:/^s.*/ emit W plain = replace(text(w), "số", ""), none = replace(text(w), "ngày", "x"), twice = replace(text(w), "2", "…")
            """#
        #expect(describe(try run(rules, "số22")) == ["W số22 plain=22 none=số22 twice=số……"])
        // Not normalised (the matcher's own text, unlike the pipeline's): the characters still match.
        #expect(describe(try run(rules, "so\u{0302}\u{0301}22")) == ["W so\u{0302}\u{0301}22 plain=22 none=so\u{0302}\u{0301}22 twice=so\u{0302}\u{0301}……"])
    }
}
