import Testing
import VietText

@Suite struct FoldingTests {
    @Test func issueExample() {
        #expect(DiacriticFolder(lowercase: true).fold("Sở Thông tin và Truyền thông") == "so thong tin va truyen thong")
        #expect(DiacriticFolder().fold("Thông tin và Truyền thông") == "Thong tin va Truyen thong")
        #expect(DiacriticFolder().fold("Đ/đ") == "D/d")
    }

    /// All 134 letters of the Vietnamese alphabet that carry diacritics, lower and upper case.
    static let lowerLetters = Array("ăâêôơưđ" + "àằầèềìòồờùừỳ" + "áắấéếíóốớúứý" + "ảẳẩẻểỉỏổởủửỷ" + "ãẵẫẽễĩõỗỡũữỹ" + "ạặậẹệịọộợụựỵ")
    static let lowerFolded = Array("aaeooud" + "aaaeeiooouuy" + "aaaeeiooouuy" + "aaaeeiooouuy" + "aaaeeiooouuy" + "aaaeeiooouuy")

    @Test func allVietnameseLettersUpperAndLower() {
        #expect(Self.lowerLetters.count == 67)
        let folder = DiacriticFolder()
        let lowercasing = DiacriticFolder(lowercase: true)
        var checked = 0
        for (letter, expected) in zip(Self.lowerLetters, Self.lowerFolded) {
            let upper = Character(String(letter).uppercased())
            #expect(folder.fold(String(letter)) == String(expected), "\(letter)")
            #expect(folder.fold(String(upper)) == String(expected).uppercased(), "\(upper)")
            #expect(lowercasing.fold(String(upper)) == String(expected), "\(upper) lowercased")
            // Decomposed input folds the same once normalised, and even without normalising.
            #expect(folder.fold(UnicodeNormalizer.nfd(String(letter))) == String(expected))
            checked += 2
        }
        #expect(checked == 134)
    }

    @Test func otherScriptsPassThroughAndLowercase() {
        #expect(DiacriticFolder().fold("Ωmega Москва 東京 😀") == "Ωmega Москва 東京 😀")
        #expect(DiacriticFolder(lowercase: true).fold("ΩMEGA МОСКВА") == "ωmega москва")
        #expect(DiacriticFolder(lowercase: true).fold("Crème Brûlée, Ærø, Łódź") == "creme brulee, æro, lodz")
    }

    @Test func offsetsMapBack() {
        let folded = DiacriticFolder(lowercase: true).foldWithOffsets("Đà Nẵng")
        #expect(folded.text == "da nang")
        #expect(folded.originalScalarRange(3..<7) == 3..<7)
        let decomposed = DiacriticFolder().foldWithOffsets("Na\u{0306}\u{0303}ng x")
        #expect(decomposed.text == "Nang x")
        #expect(decomposed.originalScalarRange(0..<4) == 0..<6)
        #expect(decomposed.originalScalarRange(5..<6) == 7..<8)
    }

    @Test func byteAPIWritesNoMoreThanItReads() {
        let text = "Truyền thông ĐẮK LẮK"
        var copy = text
        let result = copy.withUTF8 { input -> String in
            let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: input.count)
            defer { output.deallocate() }
            let written = DiacriticFolder().fold(input, into: output)
            #expect(written <= input.count)
            return String(decoding: UnsafeBufferPointer(rebasing: output[0..<written]), as: UTF8.self)
        }
        #expect(result == "Truyen thong DAK LAK")
    }
}
