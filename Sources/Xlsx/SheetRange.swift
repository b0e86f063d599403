/// A rectangle of cells of one sheet (0-based rows and columns).
public struct SheetRange: Sendable, Equatable {
    public var sheet: String
    public var firstRow: Int
    public var firstCol: Int
    public var lastRow: Int
    public var lastCol: Int

    public init(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
        self.sheet = sheet
        self.firstRow = firstRow
        self.firstCol = firstCol
        self.lastRow = lastRow
        self.lastCol = lastCol
    }

    /// `='Phụ lục 2'!$C$30:$L$30`.
    public var formula: String {
        "=" + CellAddress.absoluteRange(sheet: sheet, firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    }
}
