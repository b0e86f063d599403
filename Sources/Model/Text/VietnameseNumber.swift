import Foundation

/// Numbers as people in the field write them: Vietnamese notation (`.` groups thousands, `,` is
/// the decimal mark) mixed with the international decimal point.
///
/// The rules, in order:
/// 1. Spaces (also non-breaking and thin spaces) between digit groups are ignored: `10 248`.
///    Such groups are thousands: one to three digits, then groups of exactly three, in the whole
///    part only; `12 34` or `1 13 0` is not a number (`hasUnevenSpaceGroups`), never 1234 or 1130.
/// 2. Both `.` and `,` present: the last one is the decimal mark, the other groups thousands
///    (`1.234,5` = 1234.5, `1,234.5` = 1234.5); groups must then be three digits.
/// 3. Only `.`: several dots, or one dot followed by exactly three digits, group thousands
///    (`1.130` = 1130, `10.248` = 10248, `1.234.567`); otherwise the dot is a decimal point
///    (`2.42`, `98.8`). A single dot with three digits after it is flagged as ambiguous.
/// 4. Only `,`: one comma is the decimal mark (`99,95`, `98,8`); `1,130` is read as 1.13 and
///    flagged as ambiguous (it could be English notation for 1130). Several commas group thousands
///    (`1,234,567`).
/// 5. A leading `-` or `+`, and a trailing `%`, are allowed.
///
/// A reading keeps how many decimals were written (`91,70` → 2): a reported rate is judged at
/// that precision.
public enum VietnameseNumber {
    /// A number read from text, and whether it could have been read another way.
    public struct Reading: Sendable, Equatable {
        /// The value as read by the rules.
        public var value: Double
        /// The other plausible value when the text is ambiguous (`1.130` → 1.13, `1,130` → 1130).
        public var alternative: Double?
        /// Whether the text had a trailing `%`.
        public var hadPercentSign: Bool
        /// How many digits the text wrote after the decimal mark of `value`, trailing zeros
        /// included: `99` → 0, `91,70` → 2, `99,95%` → 2, `1.130` → 0 (the dot groups).
        public var decimals: Int
    }

    /// Reads `text`, or returns nil when it is not a number in either notation.
    public static func parse(_ text: String) -> Reading? {
        plainReading(text) ?? readingByTheRules(text)
    }

    /// The forms most values take, read from their bytes: digits alone (`1130`), thousands grouped
    /// by dots (`1.130`, `10.248.000`), or one decimal comma (`99,95`), with a `%` or ` %` after
    /// it, at most 15 digits; nil for any other text, which `readingByTheRules` reads (and reads
    /// these the same way: a test compares them). The rules split and filter `String`s, about
    /// 3,000 instructions a number.
    static func plainReading(_ text: String) -> Reading? {
        var digits = 0, group = 0, dots = 0, firstGroup = 0, commas = 0
        var whole: UInt64 = 0
        var percent = false
        let bytes = text.utf8
        var end = bytes.count
        if bytes.last == UInt8(ascii: "%") {
            percent = true
            end -= bytes.dropLast().last == UInt8(ascii: " ") ? 2 : 1
        }
        for byte in bytes.prefix(end) {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                group += 1
                guard digits <= 15 else { return nil }
                whole = whole * 10 + UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "."):
                guard commas == 0, group > 0, dots == 0 || group == 3 else { return nil }
                if dots == 0 { firstGroup = group }
                dots += 1
                group = 0
            case UInt8(ascii: ","):
                guard commas == 0, dots == 0, group > 0 else { return nil }
                firstGroup = group
                commas = 1
                group = 0
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if commas == 1 {
            // `99,95`: a decimal comma; `1,130` is 1.13, or perhaps 1130 (English grouping).
            guard group > 0 else { return nil }
            let value = Double(whole) / PlainNumber.powersOfTen[group]
            let ambiguous = group == 3 && (1...3).contains(firstGroup) && !(firstGroup == 1 && bytes.first == UInt8(ascii: "0"))
            return Reading(value: value, alternative: ambiguous ? Double(whole) : nil, hadPercentSign: percent, decimals: group)
        }
        if dots == 0 { return Reading(value: Double(whole), alternative: nil, hadPercentSign: percent, decimals: 0) }
        // `0.130` is a decimal (the rules' own case), and a last group not of three digits too.
        guard group == 3, (1...3).contains(firstGroup), !(dots == 1 && firstGroup == 1 && bytes.first == UInt8(ascii: "0")) else {
            return nil
        }
        // One dot: thousands, or perhaps a decimal point (`1.130` could be 1.13).
        return Reading(value: Double(whole), alternative: dots == 1 ? Double(whole) / PlainNumber.powersOfTen[3] : nil, hadPercentSign: percent, decimals: 0)
    }

    /// Reads `text` by the rules above, or nil.
    static func readingByTheRules(_ text: String) -> Reading? {
        guard !hasUnevenSpaceGroups(text) else { return nil }
        var scalars = Array(text.unicodeScalars.filter { !isSpace($0) })
        var hadPercent = false
        if scalars.last == "%" { scalars.removeLast(); hadPercent = true }
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars.removeFirst()
        }
        guard !scalars.isEmpty, scalars.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," }) else { return nil }
        guard let firstScalar = scalars.first, isDigit(firstScalar), let lastScalar = scalars.last, isDigit(lastScalar) else { return nil }
        let string = String(String.UnicodeScalarView(scalars))
        let dots = scalars.filter { $0 == "." }.count
        let commas = scalars.filter { $0 == "," }.count

        func groups(_ s: Substring, by separator: Character) -> Bool {
            let parts = s.split(separator: separator, omittingEmptySubsequences: false)
            guard let first = parts.first, (1...3).contains(first.count) else { return false }
            return parts.dropFirst().allSatisfy { $0.count == 3 }
        }
        func number(_ integer: Substring, _ fraction: Substring?) -> Double? {
            let digits = integer.filter(\.isNumber)
            var literal = digits.isEmpty ? "0" : String(digits)
            if let fraction { literal += "." + String(fraction) }
            guard let value = Double(literal), value.isFinite else { return nil }
            return negative ? -value : value
        }

        var reading: Reading
        if dots > 0 && commas > 0 {
            let lastDot = string.lastIndex(of: ".")!, lastComma = string.lastIndex(of: ",")!
            let (decimal, grouping): (Character, Character) = lastDot > lastComma ? (".", ",") : (",", ".")
            let parts = string.split(separator: decimal, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].contains(grouping), groups(parts[0], by: grouping),
                  let value = number(parts[0], parts[1]) else { return nil }
            reading = Reading(value: value, alternative: nil, hadPercentSign: hadPercent, decimals: parts[1].count)
        } else if dots > 0 {
            let parts = string.split(separator: ".", omittingEmptySubsequences: false)
            if dots > 1 {
                guard groups(Substring(string), by: "."), let value = number(Substring(string), nil) else { return nil }
                reading = Reading(value: value, alternative: nil, hadPercentSign: hadPercent, decimals: 0)
            } else if parts[1].count == 3 && (1...3).contains(parts[0].count) && !(parts[0] == "0") {
                guard let value = number(Substring(string), nil) else { return nil }
                reading = Reading(value: value, alternative: number(parts[0], parts[1]), hadPercentSign: hadPercent, decimals: 0)
            } else {
                guard let value = number(parts[0], parts[1]) else { return nil }
                reading = Reading(value: value, alternative: nil, hadPercentSign: hadPercent, decimals: parts[1].count)
            }
        } else if commas > 0 {
            let parts = string.split(separator: ",", omittingEmptySubsequences: false)
            if commas > 1 {
                guard groups(Substring(string), by: ","), let value = number(Substring(string), nil) else { return nil }
                reading = Reading(value: value, alternative: nil, hadPercentSign: hadPercent, decimals: 0)
            } else {
                guard let value = number(parts[0], parts[1]) else { return nil }
                let ambiguous = parts[1].count == 3 && (1...3).contains(parts[0].count) && parts[0] != "0"
                reading = Reading(value: value, alternative: ambiguous ? number(Substring(string), nil) : nil,
                                  hadPercentSign: hadPercent, decimals: parts[1].count)
            }
        } else {
            guard let value = number(Substring(string), nil) else { return nil }
            reading = Reading(value: value, alternative: nil, hadPercentSign: hadPercent, decimals: 0)
        }
        if reading.value == 0 { reading.value = 0 } // no negative zero
        return reading
    }

    /// Formats a number the Vietnamese way: `10243` → `10.243`, `99.95` → `99,95`.
    public static func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
        NumberText.vietnamese.format(value, maxFractionDigits: maxFractionDigits)
    }

    /// Whether `text` separates digits with spaces other than as thousands: a group after a
    /// space that is not three digits (`12 34`, `1 13 0`), a first group of more than three
    /// (`1234 567`), or spaces after a decimal mark or a grouping dot or comma (`1.234 567`).
    public static func hasUnevenSpaceGroups(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count && isSpace(scalars[end]) { end += 1 }
            // A run of spaces between two digits separates digit groups.
            if index > 0, isDigit(scalars[index - 1]), end < scalars.count, isDigit(scalars[end]) {
                var after = end
                while after < scalars.count && isDigit(scalars[after]) { after += 1 }
                if after - end != 3 { return true }
                var start = index - 1
                while start > 0 && isDigit(scalars[start - 1]) { start -= 1 }
                let before = index - start
                if start > 0 && isSpace(scalars[start - 1]) {
                    if before != 3 { return true }  // checked as the group after a space already
                } else {
                    if before > 3 { return true }
                    if start > 0 && (scalars[start - 1] == "." || scalars[start - 1] == ",") { return true }
                }
            }
            index = end
        }
        return false
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
