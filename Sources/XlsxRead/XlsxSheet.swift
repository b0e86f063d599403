/// One sheet of a workbook as listed in `xl/workbook.xml`, before its cells are read.
public struct XlsxSheetInfo: Hashable, Sendable {
    /// Whether people see it.
    public enum Visibility: String, Sendable {
        /// A tab people see.
        case visible
        /// Hidden; Excel's "Unhide" shows it.
        case hidden
        /// Hidden so that only a program (or VBA) can show it.
        case veryHidden
    }

    /// What kind of sheet it is.
    public enum Kind: String, Sendable {
        /// A sheet of cells.
        case worksheet
        /// A chart on a sheet of its own (no cells).
        case chartsheet
        /// A dialog or macro sheet (read for its cells like a worksheet).
        case other
    }

    /// The name on the tab, exactly as written.
    public var name: String
    /// Position in the workbook, from 0.
    public var index: Int
    public var visibility: Visibility
    public var kind: Kind
    /// The zip path of its part (`xl/worksheets/sheet1.xml`).
    public var part: String
}

/// A sheet's cells, read: the cells with a value or a formula, and the merged ranges.
public struct XlsxSheet: Sendable {
    /// The sheet as listed in the workbook.
    public var info: XlsxSheetInfo
    /// Cells with a value or a formula, in the order of the sheet (row by row).
    public var cells: [XlsxCell]
    /// Merged ranges (`A1:F1`). Only the top-left cell of a merged range has a value.
    public var merges: [CellRange]

    private var positions: [CellReference: Int]

    init(info: XlsxSheetInfo, cells: [XlsxCell], merges: [CellRange]) {
        self.info = info
        var ordered = cells
        if !zip(cells, cells.dropFirst()).allSatisfy({ $0.reference < $1.reference }) {
            // Out of order or repeated references: keep the last cell written for each place.
            var last: [CellReference: XlsxCell] = [:]
            for cell in cells { last[cell.reference] = cell }
            ordered = last.values.sorted { $0.reference < $1.reference }
        }
        self.cells = ordered
        self.merges = merges
        var positions: [CellReference: Int] = [:]
        positions.reserveCapacity(ordered.count)
        for (i, cell) in ordered.enumerated() { positions[cell.reference] = i }
        self.positions = positions
    }

    /// The sheet's name.
    public var name: String { info.name }

    /// The cell at `reference`, or `nil` when it is empty.
    public func cell(_ reference: CellReference) -> XlsxCell? { positions[reference].map { cells[$0] } }

    /// The cell at an A1 reference (`D19`), or `nil` when it is empty or the reference is not one.
    public subscript(_ reference: String) -> XlsxCell? { CellReference(reference).flatMap(cell) }

    /// The merged range `reference` lies in, if any.
    public func merge(containing reference: CellReference) -> CellRange? { merges.first { $0.contains(reference) } }
}
