import Foundation
import Model
import Xlsx

/// A sheet about who has reported, which a roster can give to a consolidated workbook (the
/// seam for `Tình hình báo cáo`: `cchc consolidate --roster` renders one; without a roster
/// there is none).
public protocol ReportingStatusSheet {
    /// The sheet's name.
    var sheetName: String { get }
    /// Writes the sheet.
    func render(on sheet: inout XlsxSheet) throws
}

/// Writes the workbook of `cchc consolidate -o out.xlsx`:
/// 1. the consolidated form (`FormRenderer` over the consolidated report), each summed cell a
///    live formula over the per-unit sheet (`=IF(COUNT(…)=0,"",SUM(…))`, blank when no unit
///    reported), each rate a formula over its summed counts, each coded or Đạt/Không đạt row
///    the number of units that answered (`=COUNTIF(…)&"/"&COUNT(…)`), with cached values;
/// 2. `Chi tiết theo đơn vị`: every unit's figures, one column per unit (and per year), then
///    the total, the same formulas;
/// 3. a reporting status sheet, when a roster gives one (`ReportingStatusSheet`);
/// 4. `Kiểm tra`: every finding, the units' with their names, each linked to its cell.
public enum ConsolidationWriter {
    /// The most units one workbook shows (Excel's 16,384 columns, three for the row's STT,
    /// label and unit, one total per value column).
    public static func fits(_ consolidation: Consolidation) -> Bool {
        ConsolidationLayout(consolidation).columnCount <= 16_384
    }

    /// Writes the workbook at `path` (atomically). `unitShares` marks the units (indices into
    /// the sources) of which only a part is counted (`cchc consolidate --as`): their column
    /// heads on the per-unit sheet carry a comment saying their figures are estimates.
    public static func write(_ consolidation: Consolidation, report: Report, findings: [Finding], to path: String,
                             catalogue: Catalogue = .vietnamese, reportingStatus: (any ReportingStatusSheet)? = nil,
                             unitShares: [Int: Double] = [:]) throws(CCHCError) {
        let layout = ConsolidationLayout(consolidation)
        guard fits(consolidation) else {
            throw CCHCError(.unwritable(.layout(template: report.template.id, appendix: nil,
                                                flaw: .beyondSheet(row: layout.lastRow, column: layout.columnCount - 1))), file: path)
        }
        let detailName = catalogue.phrase(.consolidatedDetailSheet)
        let formLayout = FormLayout(report: report, catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(WorkbookWriter.properties(for: report))
            try addSheets(consolidation, report: report, layout: layout, formLayout: formLayout, detailName: detailName,
                          catalogue: catalogue, unitShares: unitShares, to: &workbook)
            if let reportingStatus {
                try workbook.addSheet(named: reportingStatus.sheetName) { sheet in try reportingStatus.render(on: &sheet) }
            }
            let lines = findings.map { finding in
                checkLine(finding, consolidation: consolidation, report: report, layout: layout, formLayout: formLayout, detailName: detailName)
            }
            let cover = Submission(unit: report.unit, period: report.period, report: ReportInfo(), signer: Signer(title: "", name: ""),
                                   appendices: [], source: path)
            try workbook.addSheet(named: CheckSheet.name) { sheet in
                try CheckSheet(submission: cover, lines: lines, coverSheet: report.template.sheetName, catalogue: catalogue).render(on: &sheet)
            }
        }
    }

    /// One consolidated appendix of a submission: the consolidation, the report read back from
    /// its consolidated input, and its findings (the units' and its own).
    public struct Part {
        public var consolidation: Consolidation
        public var report: Report
        public var findings: [Finding]

        public init(consolidation: Consolidation, report: Report, findings: [Finding]) {
            self.consolidation = consolidation
            self.report = report
            self.findings = findings
        }
    }

    /// The per-unit sheet of each appendix: `Chi tiết theo đơn vị (Bảng 2)`, cut to Excel's
    /// 31 characters and made unique (ignoring case) among `taken`.
    static func detailSheetNames(forms: [String], catalogue: Catalogue) -> [String] {
        var taken = Set(forms.map(SheetName.comparisonKey))
        taken.insert(SheetName.comparisonKey(CheckSheet.name))
        return forms.map { form in
            let name = SheetName.unique(catalogue.phrase(.consolidatedDetailSheetOf(sheet: form)), avoiding: taken)
            taken.insert(SheetName.comparisonKey(name))
            return name
        }
    }

    /// Writes the workbook of consolidated submissions at `path` (atomically): per appendix, the
    /// consolidated form and its per-unit sheet; then the reporting status when a roster gives
    /// one, and `Kiểm tra` with every finding (`findings`: the run's own, not of one appendix,
    /// then each part's), each linked to its cell.
    public static func writeSubmission(_ parts: [Part], findings: [Finding], to path: String, catalogue: Catalogue = .vietnamese,
                                       reportingStatus: (any ReportingStatusSheet)? = nil) throws(CCHCError) {
        guard let first = parts.first else { return }
        for part in parts where !fits(part.consolidation) {
            let layout = ConsolidationLayout(part.consolidation)
            throw CCHCError(.unwritable(.layout(template: part.report.template.id, appendix: nil,
                                                flaw: .beyondSheet(row: layout.lastRow, column: layout.columnCount - 1))), file: path)
        }
        let detailNames = detailSheetNames(forms: parts.map(\.report.template.sheetName), catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(WorkbookWriter.properties(for: first.report))
            var lines: [CheckSheet.Line] = findings.map { CheckSheet.Line(finding: $0, sheet: first.report.template.sheetName, cell: nil) }
            for (part, detailName) in zip(parts, detailNames) {
                let layout = ConsolidationLayout(part.consolidation)
                let formLayout = FormLayout(report: part.report, catalogue: catalogue)
                try addSheets(part.consolidation, report: part.report, layout: layout, formLayout: formLayout, detailName: detailName,
                              catalogue: catalogue, to: &workbook)
                lines += part.findings.map { finding in
                    checkLine(finding, consolidation: part.consolidation, report: part.report, layout: layout, formLayout: formLayout,
                              detailName: detailName)
                }
            }
            if let reportingStatus {
                try workbook.addSheet(named: reportingStatus.sheetName) { sheet in try reportingStatus.render(on: &sheet) }
            }
            let cover = Submission(unit: first.report.unit, period: first.report.period, report: ReportInfo(), signer: Signer(title: "", name: ""),
                                   appendices: [], source: path)
            try workbook.addSheet(named: CheckSheet.name) { sheet in
                try CheckSheet(submission: cover, lines: lines, coverSheet: first.report.template.sheetName, catalogue: catalogue).render(on: &sheet)
            }
        }
    }

    /// The consolidated form and its per-unit sheet, added to `workbook`.
    static func addSheets(_ consolidation: Consolidation, report: Report, layout: ConsolidationLayout, formLayout: FormLayout,
                          detailName: String, catalogue: Catalogue, unitShares: [Int: Double] = [:],
                          to workbook: inout XlsxWorkbook) throws {
        let cells = ConsolidationCells(consolidation: consolidation, report: report, layout: layout, sheet: detailName)
        try workbook.addSheet(named: report.template.sheetName) { sheet in
            var renderer = FormRenderer(report: report, layout: formLayout, catalogue: catalogue)
            renderer.cellContent = { index, slot in cells.formCell(row: index, slot: slot) }
            try renderer.render(on: &sheet)
        }
        try workbook.addSheet(named: detailName) { sheet in
            try ConsolidationDetailSheet(consolidation: consolidation, report: report, layout: layout, cells: cells,
                                         catalogue: catalogue, unitShares: unitShares).render(on: &sheet)
        }
    }

    /// A finding with the cell it is about: a unit's on the per-unit sheet, in that unit's
    /// column; the consolidated report's on the form.
    static func checkLine(_ finding: Finding, consolidation: Consolidation, report: Report, layout: ConsolidationLayout,
                          formLayout: FormLayout, detailName: String) -> CheckSheet.Line {
        let rowIndex = finding.row.flatMap { report.rowIndex[$0] }
        let valueColumn = finding.year.flatMap { consolidation.valueColumns.firstIndex(of: .year($0)) }
            ?? finding.location.column.flatMap { consolidation.valueColumns.firstIndex(of: .key($0)) } ?? 0
        if let unit = consolidation.sources.firstIndex(where: { $0.file == finding.file }) {
            let cell = rowIndex.map { (row: layout.sheetRow(ofRow: $0), col: layout.column(unit: unit, valueColumn: valueColumn)) }
            return CheckSheet.Line(finding: finding, sheet: detailName, cell: cell ?? (row: ConsolidationLayout.unitRow,
                                                                                       col: layout.column(unit: unit, valueColumn: valueColumn)))
        }
        let cell = rowIndex.flatMap { index in formLayout.column(ofValue: valueColumn).map { (row: formLayout.sheetRow(ofRow: index), col: $0) } }
        return CheckSheet.Line(finding: finding, sheet: report.template.sheetName, cell: cell)
    }
}

/// The formulas of the consolidated cells, over the per-unit sheet, with their cached values.
struct ConsolidationCells: Sendable {
    let consolidation: Consolidation
    let report: Report
    let layout: ConsolidationLayout
    let sheet: String

    /// The code counted on a coded row whose legend is a yes/no pair (`Có = 1 Không = 0`,
    /// `Tốt = 1 Có vi phạm = 0`): 1; nil for other legends (their counts are in the note).
    static func countedCode(_ row: Row) -> Int? {
        guard let legend = row.legend, legend.count == 2, legend.contains(where: { $0.code == 1 }) else { return nil }
        return 1
    }

    /// The total of the form's row `index` in value column `column` (on both sheets), or nil
    /// when the report's own value stands (text, fractions, rates written as the form writes them).
    func total(row index: Int, column: Int) -> FormRenderer.CellContent? {
        let consolidated = consolidation.rows[index]
        let cell = consolidated.cells[column]
        let range = layout.unitRange(sheet: sheet, row: layout.sheetRow(ofRow: index), valueColumn: column)
        let kind = ConsolidationCells.kind(of: consolidated.row, column: column, in: consolidation)
        switch consolidated.aggregate {
        case .sum where kind == .count || kind == .decimal:
            return .formula("=IF(COUNT(\(range))=0,\"\",SUM(\(range)))", cached: cell.value.number)
        case .tally where kind == .code:
            guard let code = ConsolidationCells.countedCode(consolidated.row) else { return nil }
            let count = cell.tally.first { $0.code == code }?.count ?? 0
            let cached = cell.reportingUnits == 0 ? "" : "\(count)/\(cell.reportingUnits)"
            // A consolidated source holds its units' answers as counts, not as one answer: no formula counts them.
            if consolidation.hasConsolidatedSources { return .text(cached) }
            return .formulaText("=IF(COUNT(\(range))=0,\"\",COUNTIF(\(range),\(code))&\"/\"&COUNT(\(range)))", cached: cached)
        case .tally:
            let passed = cell.tally.first { $0.code == 1 }?.count ?? 0
            let cached = cell.reportingUnits == 0 ? "" : "\(passed)/\(cell.reportingUnits)"
            if consolidation.hasConsolidatedSources { return .text(cached) }
            return .formulaText("=IF(COUNTA(\(range))=0,\"\",COUNTIF(\(range),\"\(CellText.passed)\")&\"/\"&COUNTA(\(range)))", cached: cached)
        default:
            return nil
        }
    }

    /// The kind of the cells of `row` in value column `column` (a keyed column may override it).
    static func kind(of row: Row, column: Int, in consolidation: Consolidation) -> ValueKind {
        let kinds = consolidation.template.cellKinds(of: row)
        return kinds.count == consolidation.valueColumns.count ? kinds[column] : (kinds.first ?? row.kind)
    }

    /// The summed count of one side of row `index`'s rate, when that count is given with the
    /// rate and the consolidated rate is a formula over its counts.
    func operandTotal(row index: Int, column: Int, numerator: Bool) -> FormRenderer.CellContent? {
        guard let sheetRow = layout.sheetRow(ofOperand: index, numerator: numerator),
              case .rate(let rate) = report.rows[index].values[column], rate.isFormula else { return nil }
        let range = layout.unitRange(sheet: sheet, row: sheetRow, valueColumn: column)
        return .formula("=IF(COUNT(\(range))=0,\"\",SUM(\(range)))", cached: numerator ? rate.numerator : rate.denominator)
    }

    /// What the consolidated form writes in one of its cells.
    func formCell(row index: Int, slot: FormRenderer.CellSlot) -> FormRenderer.CellContent? {
        switch slot {
        case .value(let column): return total(row: index, column: column)
        case .helper(let column, let numerator): return operandTotal(row: index, column: column, numerator: numerator)
        }
    }
}

