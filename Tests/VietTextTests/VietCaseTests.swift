import Testing

@testable import VietText

/// ``VietCase`` maps Latin text scalar by scalar without ICU; the result must be ICU's, letter for
/// letter and word for word.
@Suite("Vietnamese case mapping")
struct VietCaseTests {
    @Test func everyLatinTableEntryIsWhatICUGives() {
        for upper in [false, true] {
            let table = upper ? VietCase.latinUpper : VietCase.latinLower
            for value in table.indices where table[value] != 0 {
                let scalar = Unicode.Scalar(UInt32(value))!
                // After a letter, so that a lone combining mark is mapped as in running text.
                let text = "a" + String(Character(scalar))
                #expect(
                    VietCase.latinMapped(text, upper: upper) == VietCase.icuMapped(text, upper: upper),
                    "U+\(String(value, radix: 16, uppercase: true)) \(upper ? "upper" : "lower")")
            }
        }
    }

    @Test func vietnameseWordsMapAsICUMapsThem() {
        let words = [
            "ĐƯỜNG HỒ CHÍ MINH", "Thừa Thiên Huế", "ĐẮK LẮK, QUẢNG NGÃI", "Hoà Bình – HÒA BÌNH", "Tho\u{0302}\u{0300}ng",
            "Ủy ban nhân dân", "ỨNG DỤNG ỨC CHẾ Ỷ LẠI", "Đồng Ý",
        ]
        for word in words {
            for upper in [false, true] {
                #expect(VietCase.latinMapped(word, upper: upper) == VietCase.icuMapped(word, upper: upper), "\(word)")
            }
            #expect(VietCase.lowercased(word) == VietCase.icuMapped(word, upper: false))
        }
        #expect(VietCase.lowercased("ỨNG DỤNG") == "ứng dụng")
        #expect(VietCase.uppercased("đắk lắk") == "ĐẮK LẮK")
    }

    @Test func scalarsWithoutASingleMappingGoThroughICU() {
        // "ß" upper-cases to two letters and "İ" lower-cases to two scalars; Greek is not in the tables.
        #expect(VietCase.latinMapped("straße", upper: true) == nil)
        #expect(VietCase.uppercased("straße") == "STRASSE")
        #expect(VietCase.latinMapped("İstanbul", upper: false) == nil)
        #expect(VietCase.lowercased("İ") == VietCase.icuMapped("İ", upper: false))
        #expect(VietCase.latinMapped("Ωmega", upper: false) == nil)
        #expect(VietCase.latinMapped("\u{19B}", upper: true) == nil)  // Unicode 16 upper-cases "ƛ", ICU 72 does not
        #expect(VietCase.lowercased("ΩMEGA Đà") == "ωmega đà")
    }
}
