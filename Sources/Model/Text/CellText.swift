import Foundation

/// The one place where a value becomes the text a cell or a note shows, and where such text is
/// read back: `Đạt`/`Không đạt`, coded answers and their labels, fractions (`24/24`), counts and
/// rates in Vietnamese notation, and the counts behind a rate (`10.243/10.248 hồ sơ`). The forms
/// are Vietnamese, so these texts are too, whatever the language of the messages.
public enum CellText {
    /// The two answers of a Đạt/Không đạt row.
    public static let passed = "Đạt"
    public static let failed = "Không đạt"

    /// `Đạt` or `Không đạt`.
    public static func pass(_ value: Bool) -> String { value ? passed : failed }

    /// `24/24`, `4.819/5.816`: two whole numbers in one cell.
    public static func fraction(numerator: Double, denominator: Double) -> String {
        VietnameseNumber.format(numerator, maxFractionDigits: 0) + "/" + VietnameseNumber.format(denominator, maxFractionDigits: 0)
    }

    /// The counts of a rate as the forms write them in the note: `10.243/10.248 hồ sơ`, with `?`
    /// for a missing count; nil when both are missing.
    public static func counts(numerator: Double?, denominator: Double?, unit: String? = nil) -> String? {
        guard numerator != nil || denominator != nil else { return nil }
        var text = (numerator.map { VietnameseNumber.format($0) } ?? "?") + "/" + (denominator.map { VietnameseNumber.format($0) } ?? "?")
        if let unit, !unit.isEmpty { text += " " + unit }
        return text
    }

    /// A value as people read it: `10.248`, `99,95` (percentages and rates always with two
    /// decimals), the label of a code (`Có`), `Đạt`/`Không đạt`, `24/24`, the text; "" for blank.
    public static func text(_ value: Value, kind: ValueKind? = nil) -> String {
        switch value {
        case .blank: return ""
        case .number(let n): return kind == .percent ? NumberText.vietnamese.twoDecimals(n) : VietnameseNumber.format(n)
        case .code(_, let label): return label
        case .pass(let ok): return pass(ok)
        case .fraction(let n, let d): return fraction(numerator: n, denominator: d)
        case .text(let text): return text
        case .rate(let rate): return rate.value.map(NumberText.vietnamese.twoDecimals) ?? ""
        }
    }

    /// The text a cell holds for a value that is written as text (`Đạt`, `24/24`, free text), or
    /// nil for a value written as a number or a formula (counts, codes, rates) or not at all.
    public static func cellString(_ value: Value) -> String? {
        switch value {
        case .pass(let ok): return pass(ok)
        case .fraction(let n, let d): return fraction(numerator: n, denominator: d)
        case .text(let text): return text
        case .blank, .number, .code, .rate: return nil
        }
    }

    // MARK: Reading back

    /// Text folded for comparing answers: trimmed, NFC, lower case.
    static func folded(_ text: String) -> String {
        Composed.nfc(trimmingSpaces(text)).lowercased()
    }

    /// `text` without the white space at its ends, as `trimmingCharacters(in: .whitespaces)`
    /// gives it (Unicode's space separators and the tab), but `text` itself, with no work, when
    /// neither end could be white space: most values read have none to trim.
    public static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !mayBeSpace(first) && !mayBeSpace(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether Foundation may count `scalar` as white space: the tab, the space separators
    /// (U+0020, U+00A0, U+1680, U+2000…U+200A, U+202F, U+205F, U+3000), and, to be safe with any
    /// version of its tables, U+180E (a space separator before Unicode 6.3) and U+200B.
    private static func mayBeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static let foldedPassed = folded(passed)
    private static let foldedFailed = folded(failed)

    /// `Đạt` → true, `không đạt` → false (any case, any Unicode form), else nil.
    public static func pass(from text: String) -> Bool? {
        switch folded(text) {
        case foldedPassed: return true
        case foldedFailed: return false
        default: return nil
        }
    }

    /// The legend entry whose label is `text` (any case), or whose code `text` is.
    public static func answer(from text: String, legend: [LegendEntry]) -> LegendEntry? {
        let key = folded(text)
        if let entry = legend.first(where: { folded($0.label) == key }) { return entry }
        if let code = Int(key) { return legend.first { $0.code == code } }
        return nil
    }

    /// `24/24` → (24, 24): two whole numbers ≥ 0 in either notation, else nil.
    public static func fraction(from text: String) -> (numerator: Double, denominator: Double)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = VietnameseNumber.parse(String(parts[0])), let d = VietnameseNumber.parse(String(parts[1])),
              !n.hadPercentSign, !d.hadPercentSign,
              n.value >= 0, d.value >= 0, n.value == n.value.rounded(), d.value == d.value.rounded() else { return nil }
        return (n.value, d.value)
    }

    /// Whether `text` is blank: empty or only spaces.
    public static func isBlank(_ text: String) -> Bool {
        // A text that starts with a letter, a digit or a mark (no white space of any kind) is not blank.
        if let first = text.unicodeScalars.first?.value, (0x21...0x7E).contains(first) || (0xC0...0x167F).contains(first) || (0x1E00...0x1EFF).contains(first) {
            return false
        }
        return folded(text).isEmpty
    }
}
