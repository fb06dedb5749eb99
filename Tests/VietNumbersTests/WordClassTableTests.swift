import Testing
import VietText
import VietTokenizer

@testable import VietNumbers

/// The token scan rejects a word by the tokenizer's lexicon key when it trusts the key: every
/// start word, in each case the scanner's table knows, must then have a key in the start set.
@Suite struct WordClassTableTests {
    @Test func everyStartWordFormHasAStartKey() {
        #expect(Self.trustedForms(of: ScanFilter.selfStarting + ScanFilter.needsNumber, with: .starting) > 100)
    }

    @Test func everyNumericWordFormHasANumericKey() {
        #expect(Self.trustedForms(of: ScanFilter.numeric, with: .numeric) > 100)
    }

    /// Expects every form of `words` whose key the scanner trusts to pass the table's key filter for
    /// `classes` and to have one of them by its key; returns how many forms it checked.
    static func trustedForms(of words: [String], with classes: WordClass) -> Int {
        let table = ScanFilter.words
        var trusted = 0
        for word in words {
            for form in [word, VietCase.capitalized(word), VietCase.uppercased(word)] {
                let tokenized = Tokenizer().tokenize(form)
                // A symbol's key ("<", "≈") is no word's: the scan tests such tokens by their bytes.
                guard tokenized.tokens.count == 1, let key = tokenized.lexiconKeys.first, key != 0, tokenized.tokens[0].kind == .word,
                    tokenized.tokens[0].flags.isDisjoint(with: [.foreign, .hasDigits, .combiningMarks])
                else { continue }
                trusted += 1
                if classes == .starting { #expect(table.startKeys.mayContain(key), "\(form)") }
                #expect(!table.classes(ofLexiconKey: key).isDisjoint(with: classes), "\(form)")
            }
        }
        return trusted
    }

    /// ``ScanFilter/words`` is built from its lists with duplicate words merged first
    /// (``ScanFilter/mergingDuplicates(_:)``, a start-up saving): it must answer every question as
    /// the table of every listed word, unmerged, does.
    @Test func mergedWordListsBuildTheSameTable() {
        let lists = ScanFilter.wordLists
        let unmerged = lists.flatMap { list in list.words.map { (word: $0, wordClass: list.wordClass) } }
        let merged = ScanFilter.mergingDuplicates(lists)
        #expect(merged.count < unmerged.count)
        #expect(Set(merged.map(\.word)) == Set(unmerged.map(\.word)))
        let reference = WordClassTable(ScanFilter.caseForms(unmerged))
        let table = WordClassTable(ScanFilter.caseForms(merged))
        let tokenizer = Tokenizer()
        for (form, _) in ScanFilter.caseForms(unmerged) {
            let hash = ScanFilter.hash(form)
            #expect(table.classes(of: hash) == reference.classes(of: hash), "\(form)")
            for key in tokenizer.tokenize(form).lexiconKeys {
                #expect(table.classesAndUniformity(ofLexiconKey: key) == reference.classesAndUniformity(ofLexiconKey: key), "\(form)")
                #expect(table.startKeys.mayContain(key) == reference.startKeys.mayContain(key), "\(form)")
                #expect(table.walkStops.mayContain(key) == reference.walkStops.mayContain(key), "\(form)")
            }
            var text = form
            text.withUTF8 { bytes in
                #expect(table.starts.mayContainPrefix(of: 0..<bytes.count, bytes) == reference.starts.mayContainPrefix(of: 0..<bytes.count, bytes))
                #expect(table.numerics.mayContainPrefix(of: 0..<bytes.count, bytes) == reference.numerics.mayContainPrefix(of: 0..<bytes.count, bytes))
            }
        }
    }

    @Test func otherWordsAreNotInTheSet() {
        let table = ScanFilter.words
        for word in ["người", "được", "Điều", "quy", "định", "khoản"] {
            let key = Tokenizer().tokenize(word).lexiconKeys.first ?? 0
            #expect(key != 0 && table.classes(ofLexiconKey: key).isDisjoint(with: .starting), "\(word)")
        }
    }

    @Test func filterAndTableFindWhatWasInserted() {
        // FNV keys, like the tokenizer's: 2 000 of them set at most 12% of the 16 384 bits.
        let keys = (1...2_000).map { ScanFilter.hash("w\($0)") }
        let filter = HashBitFilter(keys)
        #expect(keys.allSatisfy(filter.mayContain))
        #expect((2_001...3_000).filter { filter.mayContain(ScanFilter.hash("w\($0)")) }.count < 200)
        let table = WordClassTable([("năm", .needsNumber), ("Năm", .needsNumber), ("năm", .numeric), ("triệu", .numeric)])
        #expect(table.classes(of: ScanFilter.hash("năm")) == [.needsNumber, .numeric])
        #expect(table.classes(of: ScanFilter.hash("NĂM")) == [])
        let key = Tokenizer().tokenize("NĂM").lexiconKeys[0]
        #expect(table.classes(ofLexiconKey: key) == [.needsNumber, .numeric])
        #expect(table.classes(ofLexiconKey: 0) == [])
        #expect(table.startKeys.mayContain(key))
        // "năm" and "Năm" differ in their classes; "triệu" has one form.
        #expect(table.uniformClasses(ofLexiconKey: key) == nil)
        #expect(table.uniformClasses(ofLexiconKey: Tokenizer().tokenize("TRIỆU").lexiconKeys[0]) == [.numeric])
    }

    /// The table keys its forms and marks from one tokenization of them all
    /// (``WordClassTable/keys(of:kinds:)``): each key must be the one tokenizing the form alone gives.
    @Test func keysFromOneTokenizationAreEachFormsOwn() {
        let forms = ScanFilter.caseForms(ScanFilter.mergingDuplicates(ScanFilter.wordLists)).map(\.form)
        for (list, kinds) in [(forms, [TokenKind.word]), (ScanFilter.startingMarks, [.punctuation, .symbol])] {
            let keys = WordClassTable.keys(of: list, kinds: kinds)
            #expect(keys.count == list.count)
            for (form, key) in zip(list, keys) {
                #expect(key == WordClassTable.key(of: form, kinds: kinds), "\(form.debugDescription)")
            }
            // Not vacuous: most words have a key, and so do some marks ("$", "%": 10 of 33).
            #expect(keys.filter { $0 != 0 }.count > (kinds == [.word] ? list.count / 2 : 5))
        }
        // Forms with spaces, line breaks and nothing to key, among others.
        let awkward = ["năm", "", " hai", "ba\nbốn", "\r", "chủ nhật", "B.C.", "$", "x", "1", "Năm", "\u{301}a", "tháng "]
        let keys = WordClassTable.keys(of: awkward, kinds: [.word])
        #expect(keys == awkward.map { WordClassTable.key(of: $0, kinds: [.word]) })
    }
}
