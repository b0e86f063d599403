/// A rectangle of cells of one sheet (0-based rows and columns).
public struct SheetRange: Sendable, Equatable {
    /// The sheet's name, unquoted.
    public var sheet: String
    /// The first row (0-based).
    public var firstRow: Int
    /// The first column (0-based).
    public var firstCol: Int
    /// The last row (0-based), inclusive.
    public var lastRow: Int
    /// The last column (0-based), inclusive.
    public var lastCol: Int

    /// The cells from (`firstRow`, `firstCol`) to (`lastRow`, `lastCol`) of `sheet`.
    public init(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
        self.sheet = sheet
        self.firstRow = firstRow
        self.firstCol = firstCol
        self.lastRow = lastRow
        self.lastCol = lastCol
    }

    /// The range as a formula: `='Phụ lục 2'!$C$30:$L$30`.
    public var formula: String {
        "=" + CellAddress.absoluteRange(sheet: sheet, firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    }
}
