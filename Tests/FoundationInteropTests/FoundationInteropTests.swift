import Foundation
import Testing
import VietNLP

/// Foundation embeds its own ICU; VietNLP reaches the system ICU only through an opaque C shim.
/// This module imports both and calls into both in one process: if the headers or symbols
/// clashed, it would not compile or link.
@Suite struct FoundationInteropTests {
    @Test func foundationAndVietNLPWorkSideBySide() throws {
        let data = Data("Sở Thông tin và Truyền thông".utf8)
        let text = try #require(String(data: data, encoding: .utf8))
        let folded = DiacriticFolder(lowercase: true).fold(text)
        #expect(folded == "so thong tin va truyen thong")
        // Foundation's own (ICU-backed) folding agrees on the letters it handles.
        let foundationFolded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        #expect(foundationFolded.replacingOccurrences(of: "đ", with: "d") == folded)
        #expect(UnicodeNormalizer.nfc(text.decomposedStringWithCanonicalMapping) == text)
        #expect(text.precomposedStringWithCanonicalMapping == UnicodeNormalizer.nfc(text))
    }

    @Test func icuThroughTheShimStillWorks() throws {
        let strip = try ICUTransliterator("NFD; [:Nonspacing Mark:] Remove; NFC")
        #expect(strip.transliterate("Truyền thông") == "Truyen thong")
        #expect(VietCase.uppercased("đà nẵng") == "đà nẵng".uppercased())
    }
}
