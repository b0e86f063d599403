/// A value a cell holds, as stored (a formula's cached result is one of these too).
public enum XlsxValue: Hashable, Sendable {
    /// A number (`t="n"` or no type). Dates and percentages are numbers too: ask the cell's
    /// `numberFormat` what it means.
    case number(Double)
    /// Text: a shared string, an inline string, a formula's string result (rich-text runs joined,
    /// phonetic runs left out), or an ISO date of a `t="d"` cell as written.
    case text(String)
    /// `TRUE` / `FALSE`.
    case bool(Bool)
    /// An error value as written: `#DIV/0!`, `#N/A`, `#VALUE!` ….
    case error(String)
}

/// One cell with a value or a formula (cells that only carry a style are not kept).
public struct XlsxCell: Hashable, Sendable {
    /// Where it is.
    public var reference: CellReference
    /// The value, or a formula's cached result; `nil` for a formula with no cached result.
    public var value: XlsxValue?
    /// The formula as written in `<f>` (no leading `=`), or `nil` when the cell has none. A cell
    /// that shares a formula written in another cell (`t="shared"` without text) has `""`.
    public var formula: String?
    /// The cell's number format (`General` when it has no style): whether a number is a date or a
    /// percentage. Kept for every cell, since a text cell may still carry a `%` or a date format.
    public var numberFormat: NumberFormat

    public init(reference: CellReference, value: XlsxValue?, formula: String? = nil, numberFormat: NumberFormat = .general) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
    }

    /// The number, for a number cell (or a formula whose cached result is one).
    public var number: Double? { if case .number(let n) = value { n } else { nil } }

    /// The text, for a text cell (or a formula whose cached result is one).
    public var text: String? { if case .text(let t) = value { t } else { nil } }
}
