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
        let text = "\(abs(value))"  // Swift prints the shortest form: "99.5", "100.0", "1e-05", "1.5e+20"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var fraction = parts[0].split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return max(0, fraction.count - exponent)
    }

    /// `0x1F` → `001F`: a Unicode scalar's number as `U+…` writes it.
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
