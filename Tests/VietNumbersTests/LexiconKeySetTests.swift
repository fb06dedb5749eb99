import Testing
import VietText
import VietTokenizer

@testable import VietNumbers

/// The token scan rejects a word by the tokenizer's lexicon key when it trusts the key: every
/// start word, in each case the scanner's table knows, must then have a key in the start set.
@Suite struct LexiconKeySetTests {
    @Test func everyStartWordFormHasAStartKey() {
        #expect(Self.trustedForms(of: ScanFilter.selfStarting + ScanFilter.needsNumber, in: ScanFilter.words.startKeys) > 100)
    }

    @Test func everyNumericWordFormHasANumericKey() {
        #expect(Self.trustedForms(of: ScanFilter.numeric, in: ScanFilter.words.numericKeys) > 100)
    }

    /// Expects the key of every form of `words` whose key the scanner trusts in `set`; returns how many.
    static func trustedForms(of words: [String], in set: LexiconKeySet) -> Int {
        var trusted = 0
        for word in words {
            for form in [word, VietCase.capitalized(word), VietCase.uppercased(word)] {
                let tokenized = Tokenizer().tokenize(form)
                guard tokenized.tokens.count == 1, let key = tokenized.lexiconKeys.first, key != 0,
                    tokenized.tokens[0].flags.isDisjoint(with: [.foreign, .hasDigits, .combiningMarks])
                else { continue }
                trusted += 1
                #expect(set.contains(key), "\(form)")
            }
        }
        return trusted
    }

    @Test func otherWordsAreNotInTheSet() {
        let table = ScanFilter.words
        for word in ["người", "được", "Điều", "quy", "định", "khoản"] {
            let key = Tokenizer().tokenize(word).lexiconKeys.first ?? 0
            #expect(key != 0 && !table.startKeys.contains(key), "\(word)")
        }
    }

    @Test func setGrowsAndFindsWhatWasInserted() {
        var set = LexiconKeySet()
        let keys = (1...2_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for key in keys { set.insert(key) }
        set.insert(0)
        #expect(keys.allSatisfy(set.contains))
        #expect(!set.contains(12345))
        #expect(!set.contains(0))
    }
}
