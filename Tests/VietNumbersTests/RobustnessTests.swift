import Testing

@testable import VietNumbers

/// Absurd input gives a clean result or a clean error, never a crash or a hang.
@Suite struct RobustnessTests {
    @Test func tenThousandDigitNumberIsExact() {
        let digits = "9" + String(repeating: "0", count: 9_998) + "1"
        let expression = try? NumberParser().parse(digits)
        #expect(expression?.value?.description == digits, "10 000 digits not read back exactly")
    }

    /// A line of many numbers that only the line's other numbers can read ("1,234"): each looks
    /// at a bounded window of the line (`NumberStyleEvidence.reach`), so the line is read in linear
    /// time; those near the English "5,404,145" at its end are thousands, the far ones decimals.
    @Test func longLineOfAmbiguousCommas() {
        let found = NumberParser().scan(Array(repeating: "1,234", count: 10_000).joined(separator: " ") + " 5,404,145")
        #expect(found.count == 10_001)
        #expect(found.first?.value?.description == "1.234")
        #expect(found.dropLast().suffix(100).allSatisfy { $0.value?.description == "1234" })
    }

    @Test func tenThousandDigitsGroupedWithDots() {
        let grouped = "1" + String(repeating: ".000", count: 3_000)
        let ok = parsed(grouped) == "NUMBER value=1" + String(repeating: "0", count: 9_000)
        #expect(ok, "1.000.000… with 3 000 groups is not 10^9000")
    }

    @Test func aThousandBillionsMultiply() {
        let phrase = "một" + String(repeating: " tỷ", count: 1_000)
        let ok = parsed(phrase) == "NUMBER value=1" + String(repeating: "0", count: 9_000)
        #expect(ok, "một tỷ ×1000 is not 10^9000")
    }

    @Test func scaleWordsBeyondTheLimitAreAnError() {
        let phrase = "một" + String(repeating: " tỷ", count: 12_000)
        // 11 112 × 9 > 100 000: the 11 112th "tỷ" (offset 4 + 3 × 11 111) crosses the limit.
        #expect(parsed(phrase) == "error: number exceeds 10^100000 at offset \(4 + 3 * 11_111)")
        // Scanning skips it instead of failing.
        #expect(NumberParser().scan(phrase).count == 0, "scan emitted an over-limit number")
    }

    @Test func malformedGroupingIsNoNumber() {
        #expect(parsed("1.2.3.4.5").hasPrefix("error: no numeric expression at offset 0"))
        #expect(NumberParser().scan("mục 1.2.3.4.5 của").isEmpty)
    }

    @Test(arguments: [".", ",", "-", "/", "%", "$", "–", "...", ", , ,", "đồng", "tỷ lệ", "\u{0}", "\u{FFFD}"])
    func loneSeparatorsAreCleanErrors(_ phrase: String) {
        #expect(parsed(phrase).hasPrefix("error"))
        _ = NumberParser().scan(phrase)
    }

    @Test func longRunsOfSeparatorsAndDigitsScanLinearly() {
        let noise = String(repeating: "1.", count: 50_000) + String(repeating: "-/", count: 50_000)
        _ = NumberParser().scan(noise)
        let manyNumbers = String(repeating: "12,5% và ", count: 20_000)
        #expect(NumberParser().scan(manyNumbers).count == 20_000)
    }

    /// A date takes in a clock after it and a clock a date after it; a line that alternates them is
    /// no chain of readings as long as the line (which made each candidate read to the line's end).
    @Test func alternatingDatesAndClocksScanLinearly() {
        let parser = NumberParser(options: .init(referenceDate: CalendarDate(year: 2017, month: 2, day: 2)))
        let line = String(repeating: "hôm nay lúc 2 giờ chiều ngày ", count: 5_000) + "4/1"
        let found = parser.scan(line)
        #expect(found.count == 5_001)
        #expect(found.first.map(summary) == "DATE value=2017-02-02T14:00 offset=+0 day")
        #expect(found.last.map(summary) == "DATE value=XXXX-01-04")
    }

    @Test func decomposedToneMarksReadTheSame() {
        let decomposed = "hai mu\u{031B}o\u{031B}i mo\u{0302}\u{0301}t"  // "hai mươi mốt" with combining marks
        #expect(parsed(decomposed) == "NUMBER value=21")
    }

    /// U+0370–U+037F share the lead byte 0xCD with combining marks but are none; the word keys once
    /// composed them again and again until the stack overflowed (found by `Scripts/fuzz.sh`).
    @Test(arguments: (0x370...0x37F).compactMap { Unicode.Scalar($0).map { String(Character($0)) } })
    func greekLettersAndSignsAreNoCombiningMarks(_ character: String) {
        #expect(parsed(character).hasPrefix("error"))
        #expect(NumberParser().scan("5 \(character) 7").count == 2)
        // The character reads as any letter would there.
        #expect(NumberParser().scan("dakgek\(character)nge:t.-07-07-21").map(summary) == NumberParser().scan("dakgekxnge:t.-07-07-21").map(summary))
    }
}
