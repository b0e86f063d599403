import Foundation

/// A calendar date without time (the cut-off of a report).
public struct DayDate: Sendable, Equatable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`, or nil when it is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= DayDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds from 1970-01-01 to midnight UTC of this date (proleptic Gregorian calendar).
    public var midnightUTC: Int {
        // Days from the civil date, counting years from March so that leap days come last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// `31/3`, as the forms print a cut-off.
    public var dayMonth: String { "\(day)/\(month)" }
    /// `31/03/2020`.
    public var vietnamese: String { DayDate.padded(day, 2) + "/" + DayDate.padded(month, 2) + "/" + DayDate.padded(year, 4) }
    /// `2020-03-31`.
    public var iso: String { DayDate.padded(year, 4) + "-" + DayDate.padded(month, 2) + "-" + DayDate.padded(day, 2) }

    /// `n` with zeros in front up to `width` digits, as `%0*d` writes it (without going
    /// through Foundation's `String(format:)`, which cost a submission's cover more than the
    /// rest of its dates).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        let zeros = width - sign.count - digits.count
        return sign + (zeros > 0 ? String(repeating: "0", count: zeros) : "") + digits
    }

    public static func < (a: DayDate, b: DayDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
