/// Numbers of a workbook written as JSON number literals, exactly: the shortest decimal that
/// reads back as the stored double (`99.95`, never `99.9500000001`), so that a rate typed with
/// two decimals keeps them, and a percentage stored as a fraction moved two places without
/// floating-point noise (0.9995 → `99.95`).
enum DecimalText {
    /// The shortest round-tripping decimal of `value` times 10^`shift`, with no exponent for
    /// any number a form can hold (`1130`, `0.00001`, `-2.5`); `nil` for an infinite or NaN value.
    static func literal(_ value: Double, shift: Int = 0) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        // A whole number below 10^15 (a count, a year) is its integer's digits, as below.
        if shift == 0, value.rounded(.towardZero) == value, abs(value) < 1e15 { return String(Int64(value)) }
        // Swift prints the shortest round-tripping form: "99.95", "1130.0", "1e-05", "1.5e+20".
        let written = "\(abs(value))"
        let parts = written.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(mantissa[0]), fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        var digits = Array(whole + fraction)
        var point = whole.count + exponent + shift  // digits before the decimal point
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        if point > 40 || point < -40 { return nil }
        var text: String
        if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            text = String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            text = String(digits[..<point]) + "." + String(digits[point...])
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (value < 0 ? "-" : "") + text
    }
}
