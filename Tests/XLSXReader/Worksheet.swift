/// Whether a workbook tab is a grid of cells or a chart.
public enum SheetKind: String, Sendable {
    case worksheet
    case chartsheet
    /// Dialog or macro sheets (never written by this project; listed for completeness).
    case other
}

/// Visibility of a workbook tab (`state` attribute of `<sheet>`).
public enum SheetState: String, Sendable {
    case visible
    case hidden
    case veryHidden
}

/// Everything the reader extracts from one sheet part (`xl/worksheets/sheetN.xml`, or
/// `xl/chartsheets/sheetN.xml` for a chartsheet, which simply has no cells).
///
/// Row numbers in `hiddenRows` and `rowHeights` are **1-based**, as in the XML and as shown to
/// users; `cells` is keyed by 0-based `CellRef`s. Use `cell("D12")` to avoid off-by-one slips.
public struct Worksheet: Sendable {
    /// The tab name.
    public var name: String
    public var kind: SheetKind
    public var state: SheetState
    /// The package path of the sheet part (`xl/worksheets/sheet1.xml`).
    public var partPath: String
    /// Every `<c>` element, keyed by position (0-based).
    public var cells: [CellRef: Cell]
    /// Merged ranges as written (`"A5:A6"`), in document order.
    public var merges: [String]
    /// `<col>` spans in document order.
    public var columns: [ColumnInfo]
    /// 1-based numbers of rows with `hidden="1"`.
    public var hiddenRows: Set<Int>
    /// 1-based row number → height in points, for rows with an explicit `ht`.
    public var rowHeights: [Int: Double]
    /// Frozen panes: the number of frozen rows and columns (from `ySplit`/`xSplit`, or from
    /// `topLeftCell` when those are missing) — equivalently the 0-based row/column of the first
    /// scrollable cell (`topLeftCell`). `nil` when no frozen pane is set.
    public var frozenPane: (row: Int, col: Int)?
    /// The `topLeftCell` of a frozen pane as written (`"B5"`), if any.
    public var frozenTopLeftCell: String?
    /// Attributes of the first `<sheetView>` (`showGridLines`, `zoomScale`, `tabSelected`, …),
    /// keyed by local name.
    public var sheetView: [String: String]
    /// `rgb` of `<sheetPr><tabColor>`, if set.
    public var tabColor: String?
    /// The `<dimension ref>` (used range as the writer computed it), if present.
    public var dimension: String?
    /// The `<autoFilter ref>`, if present.
    public var autoFilter: String?
    /// `true` when the sheet has a `<sheetProtection>` element with `sheet="1"`.
    public var isProtected: Bool
    /// Data-validation rules in document order (including `x14` extension rules).
    public var dataValidations: [DataValidation]
    /// Conditional-format rules in document order (one entry per `<cfRule>`; `x14` extension
    /// rules are not included because they duplicate or extend the main ones).
    public var conditionalFormats: [ConditionalFormat]
    public var hyperlinks: [Hyperlink]
    /// Cell (A1) → comment text, from the sheet's comments part.
    public var comments: [String: String]
    /// Attributes of `<pageSetup>` keyed by local name (`paperSize`, `orientation`, `fitToWidth`,
    /// `fitToHeight`, `scale`, …), plus `"fitToPage"` copied from `<sheetPr><pageSetUpPr>`.
    /// Values are as written; an absent attribute means the OOXML default — writers such as
    /// libxlsxwriter omit defaults, e.g. `fit_to_pages(1, 0)` writes `fitToHeight="0"` but no
    /// `fitToWidth` (default `1`).
    public var pageSetup: [String: String]
    /// Attributes of `<pageMargins>` (`left`, `right`, `top`, `bottom`, `header`, `footer`).
    public var pageMargins: [String: String]
    /// Attributes of `<printOptions>` (`horizontalCentered`, `gridLines`, …).
    public var printOptions: [String: String]
    /// `oddHeader`, `oddFooter`, `evenHeader`, … (child texts of `<headerFooter>`) plus its
    /// attributes (`differentFirst`, …).
    public var headerFooter: [String: String]
    /// Manual horizontal page breaks (`<rowBreaks><brk id="n">`): the 0-based rows that start a
    /// new printed page (`id` is the 1-based row the break follows), in order.
    public var rowBreaks: [Int] = []
    /// The `_xlnm.Print_Titles` defined name local to this sheet (`'Bảng 2'!$5:$6`), if any.
    public var printTitles: String?
    /// The `_xlnm.Print_Area` defined name local to this sheet, if any.
    public var printArea: String?
    /// Relationships of the sheet part (drawings, comments, hyperlinks, printer settings…).
    public var relationships: [Relationship]

    /// The cell at an A1 address (`"D12"`), or `nil` if the sheet has no `<c>` there.
    public func cell(_ a1: String) -> Cell? {
        guard let ref = CellRef(a1) else { return nil }
        return cells[ref]
    }

    /// The cell at a 0-based position.
    public func cell(row: Int, col: Int) -> Cell? { cells[CellRef(row: row, col: col)] }

    /// Cells of one row (0-based), ordered by column.
    public func cells(inRow row: Int) -> [Cell] {
        cells.values.filter { $0.ref.row == row }.sorted { $0.ref.col < $1.ref.col }
    }

    /// Cells of one column (0-based), ordered by row.
    public func cells(inColumn col: Int) -> [Cell] {
        cells.values.filter { $0.ref.col == col }.sorted { $0.ref.row < $1.ref.row }
    }

    /// All cells in row-major order.
    public var orderedCells: [Cell] { cells.values.sorted { $0.ref < $1.ref } }

    /// The smallest range containing every `<c>` element, or `nil` for a sheet without cells.
    public var usedRange: CellRange? {
        guard let first = cells.keys.first else { return nil }
        var lo = first, hi = first
        for ref in cells.keys {
            lo = CellRef(row: min(lo.row, ref.row), col: min(lo.col, ref.col))
            hi = CellRef(row: max(hi.row, ref.row), col: max(hi.col, ref.col))
        }
        return CellRange(first: lo, last: hi)
    }

    /// The `<col>` span covering a 0-based column, if any.
    public func column(_ col: Int) -> ColumnInfo? { columns.first { $0.covers(col: col) } }

    /// The `<col>` span covering a column given by letters (`"C"`), if any.
    public func column(_ letters: String) -> ColumnInfo? {
        CellRef.columnIndex(letters).flatMap { column($0) }
    }

    /// Whether a column (letters, e.g. `"C"`) is hidden.
    public func isColumnHidden(_ letters: String) -> Bool { column(letters)?.hidden ?? false }

    /// Whether a row (1-based number, as displayed) is hidden.
    public func isRowHidden(_ rowNumber: Int) -> Bool { hiddenRows.contains(rowNumber) }

    /// The merged range (as written) containing a cell, if any.
    public func merge(containing a1: String) -> String? {
        guard let cell = CellRef(a1) else { return nil }
        return merges.first { CellRange($0)?.contains(cell) ?? false }
    }

    /// Data-validation rules covering a cell.
    public func dataValidations(at a1: String) -> [DataValidation] {
        dataValidations.filter { $0.applies(to: a1) }
    }

    /// Conditional-format rules covering a cell.
    public func conditionalFormats(at a1: String) -> [ConditionalFormat] {
        conditionalFormats.filter { $0.applies(to: a1) }
    }

    /// The hyperlink anchored at a cell, if any.
    public func hyperlink(at a1: String) -> Hyperlink? {
        guard let cell = CellRef(a1) else { return nil }
        return hyperlinks.first { CellRange($0.ref)?.contains(cell) ?? false }
    }
}
