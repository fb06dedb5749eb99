#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import ArgumentParser
import VietNumbers

/// The value of a `--reference-date` option: the date relative expressions ("hôm qua", "tuần sau",
/// "cuối năm") are placed from, written YYYY-MM-DD, "today" (the local date) or "none".
enum ReferenceDate {
    /// The date `text` names, or nil for "none".
    /// - Throws: `ValidationError` naming the option when `text` is none of the three forms.
    static func parse(_ text: String) throws -> CalendarDate? {
        switch text {
        case "none": return nil
        case "today":
            var now = time(nil)
            var local = tm()
            guard localtime_r(&now, &local) != nil else { return nil }
            return CalendarDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        default:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
                let date = CalendarDate(year: year, month: month, day: day)
            else {
                throw ValidationError("--reference-date \"\(text)\" is not a date YYYY-MM-DD, 'today' or 'none'")
            }
            return date
        }
    }
}
