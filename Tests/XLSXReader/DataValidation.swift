/// One `<dataValidation>` rule of a worksheet (also read from the `x14` extension form).
public struct DataValidation: Sendable, Equatable {
    /// `list`, `whole`, `decimal`, `date`, `time`, `textLength`, `custom`, or `nil` (= any value).
    public var type: String?
    /// `between` (the default when absent), `greaterThan`, `lessThanOrEqual`, …
    public var `operator`: String?
    /// The cells the rule applies to, as written (space-separated ranges, e.g. `"D5:D20 F5"`).
    public var sqref: String
    /// `<formula1>` text, e.g. `"\"Có,Không\""` for an explicit list or `0` for a minimum.
    public var formula1: String?
    /// `<formula2>` text (upper bound of `between`).
    public var formula2: String?
    public var allowBlank: Bool
    public var showInputMessage: Bool
    public var showErrorMessage: Bool
    /// `errorStyle`: `stop` (default when absent), `warning`, `information`.
    public var errorStyle: String?
    public var promptTitle: String?
    public var prompt: String?
    public var errorTitle: String?
    public var error: String?
    /// `showDropDown`: NOTE in OOXML `1` means the in-cell drop-down arrow is *suppressed*.
    public var showDropDown: Bool

    /// The parsed ranges of `sqref`.
    public var ranges: [CellRange] { CellRange.parseList(sqref) }

    /// Whether the rule covers a cell given in A1 notation.
    public func applies(to a1: String) -> Bool {
        guard let cell = CellRef(a1) else { return false }
        return ranges.contains { $0.contains(cell) }
    }

    /// The items of an explicit list (`formula1` = `"a,b,c"`), `nil` for other rules.
    public var listItems: [String]? {
        guard type == "list", let f = formula1, f.count >= 2, f.hasPrefix("\""), f.hasSuffix("\"") else { return nil }
        let inner = f.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
        return inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
