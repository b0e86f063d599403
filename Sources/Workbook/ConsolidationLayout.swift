import Model
import Xlsx

/// Where each figure of a consolidation stands on the per-unit sheet (`Chi tiết theo đơn vị`):
/// the form's rows, each rate's counts given with it on rows of their own under it; for each
/// value column (one, one per year, one per key), one column per unit then the total. The
/// consolidated form's cells are formulas over these ranges.
struct ConsolidationLayout {
    /// The kind of a row of the per-unit sheet.
    enum Line: Equatable {
        /// A row of the form.
        case row(Int)
        /// A count of a derived row's rate, given with it (not another row).
        case operand(Int, numerator: Bool)
    }

    static let sttColumn = 0, labelColumn = 1, unitColumn = 2, firstUnitColumn = 3
    static let titleRow = 0, subtitleRow = 1, groupRow = 3, unitRow = 4, firstDataRow = 5

    let units: Int
    let valueColumns: Int
    let lines: [Line]
    private let rowOf: [Int: Int]
    private let operandRowOf: [Int: [Bool: Int]]

    init(_ consolidation: Consolidation) {
        units = consolidation.sources.count
        valueColumns = consolidation.valueColumns.count
        var lines: [Line] = []
        var rowOf: [Int: Int] = [:], operandRowOf: [Int: [Bool: Int]] = [:]
        for (index, row) in consolidation.template.rows.enumerated() {
            rowOf[index] = ConsolidationLayout.firstDataRow + lines.count
            lines.append(.row(index))
            guard let derived = row.derived else { continue }
            for (operand, numerator) in [(derived.numerator, true), (derived.denominator, false)] where operand.isComponent {
                operandRowOf[index, default: [:]][numerator] = ConsolidationLayout.firstDataRow + lines.count
                lines.append(.operand(index, numerator: numerator))
            }
        }
        self.lines = lines
        self.rowOf = rowOf
        self.operandRowOf = operandRowOf
    }

    /// The sheet row of the form's row `index`.
    func sheetRow(ofRow index: Int) -> Int { rowOf[index] ?? ConsolidationLayout.firstDataRow }
    /// The sheet row of one count of row `index`'s rate, when it is given with the rate.
    func sheetRow(ofOperand index: Int, numerator: Bool) -> Int? { operandRowOf[index]?[numerator] }
    /// The column of unit `unit` in value column `column`.
    func column(unit: Int, valueColumn column: Int) -> Int { ConsolidationLayout.firstUnitColumn + column * (units + 1) + unit }
    /// The column of the total of value column `column`.
    func totalColumn(_ column: Int) -> Int { ConsolidationLayout.firstUnitColumn + column * (units + 1) + units }
    /// Every column the sheet uses.
    var columnCount: Int { ConsolidationLayout.firstUnitColumn + valueColumns * (units + 1) }
    /// The last row.
    var lastRow: Int { ConsolidationLayout.firstDataRow + lines.count - 1 }

    /// `'Chi tiết theo đơn vị'!D12:H12`: the units' cells of one sheet row in value column `column`.
    func unitRange(sheet: String, row: Int, valueColumn column: Int) -> String {
        let first = self.column(unit: 0, valueColumn: column), last = self.column(unit: units - 1, valueColumn: column)
        return CellAddress.location(sheet: sheet, row: row, col: first) + ":" + CellAddress.a1(row: row, col: last)
    }
}
