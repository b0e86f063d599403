/// One `<cfRule>` of a `<conditionalFormatting>` block (one value per rule, carrying the block's
/// `sqref`).
public struct ConditionalFormat: Sendable, Equatable {
    /// The cells the rule applies to, as written (space-separated ranges).
    public var sqref: String
    /// `cellIs`, `expression`, `containsText`, `colorScale`, `dataBar`, `top10`, …
    public var type: String
    /// For `cellIs`: `lessThan`, `between`, `equal`, …
    public var `operator`: String?
    /// The `<formula>` children, in order.
    public var formulas: [String]
    /// Index into the `dxfs` of the stylesheet (resolve with `XLSXFile.dxf(_:)`).
    public var dxfId: Int?
    public var priority: Int?
    public var stopIfTrue: Bool
    /// The `text` attribute of text rules.
    public var text: String?

    /// The parsed ranges of `sqref`.
    public var ranges: [CellRange] { CellRange.parseList(sqref) }

    /// Whether the rule covers a cell given in A1 notation.
    public func applies(to a1: String) -> Bool {
        guard let cell = CellRef(a1) else { return false }
        return ranges.contains { $0.contains(cell) }
    }
}
