/// Numbers as machines read them in JSON, CSV and literal examples: plain digits, `.` as the
/// decimal point, no grouping, no noise from floating point (`99.95`, `1130`).
public enum PlainNumber {
    /// `value` rounded to ten decimals and written without an exponent where it is a whole number.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        // Past 15 digits there are no decimals to round, and scaling by 1e10 could overflow (1e300).
        guard abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 1e10).rounded() / 1e10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// How many decimals the shortest decimal form of `value` has (the form that reads back as
    /// the same Double): `99.5` → 1, `99.50` → 1, `100` → 0, `1e2` → 0, `0.00001` → 5.
    public static func decimals(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        // Swift prints the shortest form: "99.5", "100.0", "1e-05", "1.5e+20"; its bytes are
        // counted in place.
        let text = "\(abs(value))"
        var fraction = 0, significant = 0, afterPoint = false
        var exponent = 0, exponentSign = 1, inExponent = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else if afterPoint {
                    fraction += 1
                    if byte != UInt8(ascii: "0") { significant = fraction }
                }
            default: break
            }
        }
        return max(0, significant - exponentSign * exponent)
    }

    /// `literal` (a JSON number, or plain digits with a `.` decimal point) as a Double: the same
    /// Double as `Double(literal)`. Up to 15 digits without an exponent are read from the bytes:
    /// the digits as a whole number and a power of ten are both exact, and one division rounds
    /// correctly; any other literal goes to `Double(_:)` (`strtod`, some 500 instructions).
    public static func double(_ literal: String) -> Double? {
        var whole: UInt64 = 0
        var digits = 0, decimals = 0, point = false, negative = false
        for byte in literal.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 15 else { return Double(literal) }
                whole = whole * 10 + UInt64(byte - UInt8(ascii: "0"))
                if point { decimals += 1 }
            case UInt8(ascii: ".") where !point && digits > 0:
                point = true
            case UInt8(ascii: "-") where digits == 0 && !point && !negative:   // the first byte only
                negative = true
            default:
                return Double(literal)
            }
        }
        guard digits > 0, !point || decimals > 0 else { return Double(literal) }
        let magnitude = decimals == 0 ? Double(whole) : Double(whole) / powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10¹⁵, each exact in a Double: a whole number of at most 15 digits divided by one is
    /// the Double of the decimal literal (Clinger's fast path: one correctly rounded division).
    static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { product, _ in product * 10 } }

    /// `0x1F` → `001F`: a Unicode scalar's number as `U+…` writes it.
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
