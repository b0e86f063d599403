/// Numbers as machines read them in JSON, CSV and literal examples: plain digits, `.` as the
/// decimal point, no grouping, no noise from floating point (`99.95`, `1130`).
public enum PlainNumber {
    /// `value` rounded to ten decimals and written without an exponent where it is a whole number.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 1e10).rounded() / 1e10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// `0x1F` → `001F`: a Unicode scalar's number as `U+…` writes it.
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
