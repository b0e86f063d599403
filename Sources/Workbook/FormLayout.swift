import Model
import Xlsx

/// Where everything of a filled form goes on its sheet: columns, header cells, data rows and the
/// hidden helper cells that hold the counts of derived rates. Pure computation, no library calls.
public struct FormLayout: Sendable {
    /// A column of the sheet.
    public struct SheetColumn: Sendable, Equatable {
        public enum Content: Sendable, Equatable {
            case stt, label, unit, note
            /// The value column at this index of `Report.valueColumns`.
            case value(Int)
            /// A hidden helper: the numerator (true) or denominator (false) count of derived rates
            /// in the value column at this index.
            case helper(valueIndex: Int, numerator: Bool)
        }
        public var content: Content
        public var width: Double
        public var hidden: Bool
    }

    /// A header cell placed on the grid (rows relative to the first header row).
    public struct PlacedHeader: Sendable, Equatable {
        public var text: String
        public var row: Int
        public var col: Int
        public var rowSpan: Int
        public var colSpan: Int
    }

    public let columns: [SheetColumn]
    /// Number of visible columns (helpers come after them).
    public let visibleColumnCount: Int
    public let headerCells: [PlacedHeader]
    public let headerRowCount: Int
    /// Sheet row of each title line, header start, first data row.
    public let aboveTitleRows: Range<Int>
    public let titleRows: Range<Int>
    public let subtitleRows: Range<Int>
    public let headerStart: Int
    public let firstDataRow: Int
    /// Sheet row after the last data row.
    public let endRow: Int
    /// Sheet row of the tally of Đạt answers (`Số mục tiêu đạt 11/16`), on forms of Đạt/Không
    /// đạt rows whose template asks for it (`tally`): not a line of the official forms.
    public let tallyRow: Int?
    /// Sheet row where footnotes start.
    public let footnoteRow: Int

    /// Whether this is the layout of an entry workbook (`cchc init -o form.xlsx`): the helper
    /// columns of the counts of derived rates are shown (a unit types the counts there), placed
    /// and sized as `fill` places them hidden, so that the header rows and the printed pages
    /// are the same; they stay outside the printed table.
    public let entry: Bool

    /// The first header cell of the template that could not be placed (outside the table, below
    /// the header, over another cell), as a layout flaw; nil when every cell has its place. A
    /// template read from a file never has one (`Template.placeHeader` refused it then); one made
    /// in code may, and is refused by `flaw(for:)` instead of losing the cell's text.
    public let headerPlacementFlaw: LayoutFlaw?

    /// Lays out `report`, with the texts the tool adds (helper heads, the unit line) in the
    /// catalogue's language; `entry` for an entry workbook (the helper columns shown).
    public init(report: Report, catalogue: Catalogue = .vietnamese, entry: Bool = false) {
        self.entry = entry
        let template = report.template
        var columns: [SheetColumn] = []
        for column in template.columns {
            let width = column.width ?? 12
            switch column.role {
            case .stt: columns.append(.init(content: .stt, width: width, hidden: false))
            case .label: columns.append(.init(content: .label, width: width, hidden: false))
            case .unit: columns.append(.init(content: .unit, width: width, hidden: false))
            case .note: columns.append(.init(content: .note, width: width, hidden: false))
            case .value:
                let index = report.valueColumns.firstIndex(of: column.key.map(ValueColumn.key) ?? .single)
                    ?? report.valueColumns.firstIndex(of: .single) ?? 0
                columns.append(.init(content: .value(index), width: width, hidden: false))
            case .years:
                for index in report.valueColumns.indices {
                    columns.append(.init(content: .value(index), width: width, hidden: false))
                }
            }
        }
        visibleColumnCount = columns.count
        let hasComponents = template.rows.contains { $0.derived.map { $0.numerator.isComponent || $0.denominator.isComponent } ?? false }
        if hasComponents {
            for index in report.valueColumns.indices {
                columns.append(.init(content: .helper(valueIndex: index, numerator: true), width: 12, hidden: !entry))
                columns.append(.init(content: .helper(valueIndex: index, numerator: false), width: 12, hidden: !entry))
            }
        }
        self.columns = columns

        // Header cells flow left to right like an HTML table, skipping places taken from above
        // (`Template.placeHeader`, the placement the template was checked with when it was
        // read: a cell that would not fit is left out, never merged over data or other cells).
        var placed: [PlacedHeader] = []
        let yearCount = max(report.valueColumns.count, 1)
        let placement = template.placeHeader(yearCount: yearCount)
        let visible = visibleColumnCount
        headerPlacementFlaw = placement.problems.first.map { problem in
            switch problem.problem {
            case .overlaps(let row, _, let column, _): return .headerOverlap(row: row - 1, column: column - 1)
            case .beyondColumns(let row, _, let end, let columns, _): return .headerOutsideTable(row: row - 1, column: max(end - 1, 0), columns: columns)
            case .beyondHeader(let row, _, _, _): return .headerOutsideTable(row: row - 1, column: 0, columns: visible)
            case .empty, .spanBelowOne: return .headerOutsideTable(row: 0, column: 0, columns: visible)
            }
        }
        for cell in placement.cells {
            let source = template.header[cell.headerRow][cell.cell]
            let text: String
            if let k = cell.repeatIndex, k < report.valueColumns.count {
                let isLast = k == report.valueColumns.count - 1
                text = report.resolve(isLast && report.period.cutoff != nil ? (source.lastWithCutoff ?? source.text) : source.text,
                                      year: report.valueColumns[k].year)
            } else {
                text = report.resolve(source.text)
            }
            placed.append(PlacedHeader(text: text, row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan))
        }
        var headerRowCount = template.header.count
        if hasComponents {
            // Label the helper columns on the last header row, so they read right when unhidden.
            let r = max(headerRowCount - 1, 0)
            if headerRowCount == 0 { headerRowCount = 1 }
            for (c, column) in columns.enumerated() {
                guard case .helper(let index, let isNumerator) = column.content else { continue }
                let text = catalogue.phrase(.helperHeading(side: isNumerator ? .numerator : .denominator, year: report.valueColumns[index].year))
                placed.append(PlacedHeader(text: text, row: r, col: c, rowSpan: 1, colSpan: 1))
            }
        }
        self.headerCells = placed
        self.headerRowCount = headerRowCount

        var row = 0
        let above = template.aboveTitle?.count ?? 0
        aboveTitleRows = row..<(row + above); row += above
        let titles = template.title?.count ?? 0
        titleRows = row..<(row + titles); row += titles
        let subtitles = FormLayout.subtitleLines(report, catalogue: catalogue).count
        subtitleRows = row..<(row + subtitles); row += subtitles
        row += 1 // a blank line before the table
        headerStart = row
        firstDataRow = row + headerRowCount
        endRow = firstDataRow + report.rows.count
        tallyRow = template.tally == true && FormLayout.passRows(of: report).count > 0 ? endRow : nil
        footnoteRow = (tallyRow.map { $0 + 1 } ?? endRow) + 1
    }

    /// The italic lines under the title: the template's subtitle, the unit, the cut-off
    /// (`Report.subtitleLines`, where they are checked to fit a cell before anything is written).
    public static func subtitleLines(_ report: Report, catalogue: Catalogue = .vietnamese) -> [String] {
        report.subtitleLines(catalogue: catalogue).map(\.text)
    }

    /// The report rows (indices) that hold Đạt/Không đạt answers.
    public static func passRows(of report: Report) -> [Int] {
        report.rows.indices.filter { report.rows[$0].row.kind == .pass }
    }

    /// The formula that counts the Đạt answers of value column `valueIndex` as `11/16`, over the
    /// cells of `sheet` (quoted when given, for a formula on another sheet), and its value now;
    /// nil for a form without Đạt/Không đạt rows.
    public func passTally(_ report: Report, valueIndex: Int, sheet: String? = nil) -> (formula: String, cached: String)? {
        let rows = FormLayout.passRows(of: report)
        guard let first = rows.first, let last = rows.last, let col = column(ofValue: valueIndex) else { return nil }
        var range = CellAddress.a1(row: sheetRow(ofRow: first), col: col) + ":" + CellAddress.a1(row: sheetRow(ofRow: last), col: col)
        if let sheet { range = CellAddress.quoted(sheet) + "!" + range }
        let achieved = rows.filter { valueIndex < report.rows[$0].values.count && report.rows[$0].values[valueIndex] == .pass(true) }.count
        return ("=COUNTIF(\(range),\"\(CellText.passed)\")&\"/\"&ROWS(\(range))", "\(achieved)/\(rows.count)")
    }

    /// Where the answer of a free-text row that takes the note column too (`spanNote`) goes:
    /// from its value column to the note column; nil for any other row.
    public func noteSpan(of row: Row) -> ClosedRange<Int>? {
        guard row.spanNote == true, let value = column(ofValue: 0), let note = column(.note), note > value else { return nil }
        return value...note
    }

    /// The Ghi chú column where a unit types the note of `row` in an entry workbook: every row
    /// that holds a value, on a form with a Ghi chú column, except a free-text row whose answer
    /// takes the note column too (`noteSpan`) and a row whose Ghi chú cell shows the form's own
    /// instruction; nil elsewhere, and on every row of a filled form.
    public func noteEntryColumn(of row: Row) -> Int? {
        guard entry, row.kind.holdsValue, noteSpan(of: row) == nil, row.instruction == nil else { return nil }
        return column(.note)
    }

    /// Sheet column of a value column.
    public func column(ofValue index: Int) -> Int? {
        columns.firstIndex { $0.content == .value(index) }
    }

    /// Sheet column of the helper holding the numerator or denominator of a value column.
    public func helperColumn(ofValue index: Int, numerator: Bool) -> Int? {
        columns.firstIndex { $0.content == .helper(valueIndex: index, numerator: numerator) }
    }

    /// First sheet column of the given content.
    public func column(_ content: SheetColumn.Content) -> Int? {
        columns.firstIndex { $0.content == content }
    }

    /// Sheet row of a report row.
    public func sheetRow(ofRow index: Int) -> Int { firstDataRow + index }
}
