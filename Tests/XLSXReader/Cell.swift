/// How a cell's value is stored in the sheet XML (the `t` attribute of `<c>`).
public enum CellType: String, Sendable {
    /// `t="n"` or no `t`: a number in `<v>` (possibly the cached result of a formula).
    case number
    /// `t="s"`: an index into the shared-string table.
    case sharedString
    /// `t="inlineStr"`: the text is in `<is>` inside the cell.
    case inlineString
    /// `t="b"`: `0` or `1`.
    case boolean
    /// `t="e"`: an error such as `#DIV/0!`.
    case error
    /// `t="str"`: the string result of a formula.
    case formulaString
    /// `t="d"`: an ISO 8601 date (rarely written; libxlsxwriter does not).
    case date
    /// No value (and no formula): the cell only carries a style.
    case blank
}

/// One `<c>` element of a worksheet, with its value resolved.
public struct Cell: Sendable, CustomStringConvertible {
    public var ref: CellRef
    public var type: CellType
    /// The formula text of `<f>` (never with a leading `=`), or `nil` when the cell has none.
    /// For a shared-formula follower this is the empty string.
    public var formula: String?
    /// The `t` attribute of `<f>` (`"array"`, `"shared"`, `"dataTable"`), `nil` for normal formulas.
    public var formulaKind: String?
    /// The `ref` attribute of `<f>` (range of an array/shared formula), if any.
    public var formulaRange: String?
    /// The text of `<v>`, or of the inline string, exactly as stored.
    public var rawValue: String?
    /// The numeric value, when the stored value is a number (`type == .number`).
    public var number: Double?
    /// The resolved text for shared strings, inline strings and string formula results.
    /// For errors, the error code (`#DIV/0!`). `nil` for numbers, booleans and blanks.
    public var text: String?
    /// The index into `cellXfs` of `xl/styles.xml` (attribute `s`), if present.
    public var styleIndex: Int?

    public init(ref: CellRef, type: CellType, formula: String? = nil, formulaKind: String? = nil,
                formulaRange: String? = nil, rawValue: String? = nil, number: Double? = nil,
                text: String? = nil, styleIndex: Int? = nil) {
        self.ref = ref
        self.type = type
        self.formula = formula
        self.formulaKind = formulaKind
        self.formulaRange = formulaRange
        self.rawValue = rawValue
        self.number = number
        self.text = text
        self.styleIndex = styleIndex
    }

    /// `true` when the cell holds a number (directly or as a cached formula result).
    public var isNumeric: Bool { type == .number && number != nil }

    /// `true` when the cell has a formula.
    public var hasFormula: Bool { formula != nil }

    /// The boolean value of a `.boolean` cell.
    public var bool: Bool? { type == .boolean ? rawValue.map { $0 == "1" || $0.lowercased() == "true" } : nil }

    /// A human-readable rendering of the value, for messages: the text, the number, `TRUE`/`FALSE`,
    /// or `""` for a blank cell. Numbers are printed without a trailing `.0`.
    public var displayValue: String {
        if let text { return text }
        if let bool { return bool ? "TRUE" : "FALSE" }
        if let number {
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        }
        return rawValue ?? ""
    }

    public var description: String {
        var out = "\(ref.a1)[\(type.rawValue)"
        if let styleIndex { out += " s=\(styleIndex)" }
        out += "]"
        if let formula { out += " =\(formula)" }
        out += " \(displayValue.debugDescription)"
        return out
    }
}
