import Foundation
import Model
import Xlsx

/// The `Chi tiết theo đơn vị` sheet of a consolidated workbook: the form's rows down, the
/// units across (one column each, per year on a per-year form), each rate's counts on rows of
/// their own under it, and the total of each value column, the same formulas as the form's.
struct ConsolidationDetailSheet {
    let consolidation: Consolidation
    let report: Report
    let layout: ConsolidationLayout
    let cells: ConsolidationCells
    let catalogue: Catalogue
    /// The units of which only a part is counted, with the part (their figures are estimates).
    var unitShares: [Int: Double] = [:]

    static let base = CellStyle().with { $0.fontSize = 11 }
    static let bordered = base.with { $0.border = true; $0.wrap = true; $0.valign = .center }
    static let header = bordered.with { $0.bold = true; $0.align = .center; $0.fill = 0xF2F2F2 }
    static let number = bordered.with { $0.numberFormat = "#,##0"; $0.align = .right; $0.wrap = false }
    static let decimal = bordered.with { $0.numberFormat = "#,##0.00"; $0.align = .right; $0.wrap = false }
    static let percent = bordered.with { $0.numberFormat = "0.00"; $0.align = .right; $0.wrap = false }
    static let centred = bordered.with { $0.align = .center }
    static let text = bordered.with { $0.align = .left; $0.valign = .top }

    func render(on sheet: inout XlsxSheet) throws {
        let last = layout.columnCount - 1
        try sheet.setColumn(ConsolidationLayout.sttColumn, width: 6)
        try sheet.setColumn(ConsolidationLayout.labelColumn, width: 48)
        try sheet.setColumn(ConsolidationLayout.unitColumn, width: 16)
        for column in ConsolidationLayout.firstUnitColumn...max(last, ConsolidationLayout.firstUnitColumn) {
            try sheet.setColumn(column, width: 14)
        }
        let title = catalogue.phrase(.consolidatedDetailTitle(template: report.template.sheetName, period: report.period.label ?? "",
                                                              units: consolidation.sources.count))
        try sheet.merge(firstRow: ConsolidationLayout.titleRow, firstCol: 0, lastRow: ConsolidationLayout.titleRow, lastCol: min(last, 12),
                        text: title, style: ConsolidationDetailSheet.base.with { $0.bold = true; $0.fontSize = 13 })
        try sheet.write(text: report.unit.fullName, row: ConsolidationLayout.subtitleRow, col: 0,
                        style: ConsolidationDetailSheet.base.with { $0.italic = true })
        // Header: STT, label and unit over two rows; per value column its name over its units.
        let heads = [(ConsolidationLayout.sttColumn, catalogue.phrase(.diffColumn(.stt))),
                     (ConsolidationLayout.labelColumn, catalogue.phrase(.diffColumn(.label))),
                     (ConsolidationLayout.unitColumn, catalogue.phrase(.diffColumn(.unit)))]
        for (column, text) in heads {
            try sheet.merge(firstRow: ConsolidationLayout.groupRow, firstCol: column, lastRow: ConsolidationLayout.unitRow, lastCol: column,
                            text: text, style: ConsolidationDetailSheet.header)
        }
        for (v, valueColumn) in consolidation.valueColumns.enumerated() {
            let first = layout.column(unit: 0, valueColumn: v), total = layout.totalColumn(v)
            try sheet.merge(firstRow: ConsolidationLayout.groupRow, firstCol: first, lastRow: ConsolidationLayout.groupRow, lastCol: total,
                            text: groupName(valueColumn), style: ConsolidationDetailSheet.header)
            for (u, source) in consolidation.sources.enumerated() {
                try sheet.write(text: source.unitName, row: ConsolidationLayout.unitRow, col: layout.column(unit: u, valueColumn: v),
                                style: ConsolidationDetailSheet.header)
                if let share = unitShares[u] {
                    try sheet.addComment(row: ConsolidationLayout.unitRow, col: layout.column(unit: u, valueColumn: v),
                                         text: catalogue.phrase(.mergerShareComment(share: share)))
                }
            }
            try sheet.write(text: catalogue.phrase(.consolidatedTotal), row: ConsolidationLayout.unitRow, col: total,
                            style: ConsolidationDetailSheet.header.with { $0.fill = 0xDDEBF7 })
        }
        let longest = consolidation.sources.map { TextMetrics.rowHeight($0.unitName, width: 14, fontSize: 11, bold: true) }.max() ?? 16
        try sheet.setRow(ConsolidationLayout.unitRow, height: max(longest, 18))
        for line in layout.lines {
            try renderLine(line, on: &sheet)
        }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: ConsolidationLayout.groupRow...ConsolidationLayout.unitRow,
                                footer: catalogue.phrase(.footer(withSheet: true)))
        // More than a page's worth of unit columns: printed across pages at a readable size, the
        // STT, label and unit on each, rather than shrunk onto one page.
        if layout.columnCount > 12 {
            try sheet.printAcrossPages(scale: 85, repeatColumns: ConsolidationLayout.sttColumn...ConsolidationLayout.unitColumn)
        }
        sheet.freezePanes(row: ConsolidationLayout.firstDataRow, col: ConsolidationLayout.firstUnitColumn)
    }

    /// `Số liệu`, `Năm 2019`, or a keyed column's key.
    func groupName(_ column: ValueColumn) -> String {
        switch column {
        case .single: return catalogue.phrase(.consolidatedUnitFigures)
        case .year(let year): return catalogue.phrase(.detailName(String(year)))
        case .key(let key): return key
        }
    }

    private func renderLine(_ line: ConsolidationLayout.Line, on sheet: inout XlsxSheet) throws {
        switch line {
        case .row(let index):
            let row = report.rows[index].row
            let r = layout.sheetRow(ofRow: index)
            let heading = !row.kind.holdsValue
            try sheet.write(text: row.stt ?? "", row: r, col: ConsolidationLayout.sttColumn, style: ConsolidationDetailSheet.centred.with { $0.bold = heading })
            try sheet.write(text: row.label, row: r, col: ConsolidationLayout.labelColumn,
                            style: ConsolidationDetailSheet.text.with { $0.bold = heading; $0.indent = row.indent ?? 0 })
            try sheet.write(text: row.unit ?? "", row: r, col: ConsolidationLayout.unitColumn, style: ConsolidationDetailSheet.centred)
            try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(row.label, width: 48 - Double(row.indent ?? 0) * 2, fontSize: 11, bold: heading)))
            for v in consolidation.valueColumns.indices {
                // By index: a source is read where it stands, not copied.
                for u in consolidation.sources.indices {
                    let col = layout.column(unit: u, valueColumn: v)
                    if let text = carriedText(source: u, row: index, column: v) {
                        try sheet.write(text: text, row: r, col: col, style: ConsolidationDetailSheet.text)
                    } else {
                        try writeUnitValue(consolidation.sources[u].value(row: index, column: v), row: row, column: v, at: r, col: col, on: &sheet)
                    }
                }
                try writeTotal(index: index, column: v, at: r, on: &sheet)
            }
        case .operand(let index, let numerator):
            let row = report.rows[index].row
            guard let r = layout.sheetRow(ofOperand: index, numerator: numerator), let derived = row.derived else { return }
            let label = (numerator ? derived.numerator.label : derived.denominator.label) ?? ""
            let text = catalogue.phrase(.consolidatedOperand(numerator: numerator, label: label))
            try sheet.write(text: "", row: r, col: ConsolidationLayout.sttColumn, style: ConsolidationDetailSheet.centred)
            try sheet.write(text: text, row: r, col: ConsolidationLayout.labelColumn,
                            style: ConsolidationDetailSheet.text.with { $0.italic = true; $0.indent = (row.indent ?? 0) + 1 })
            try sheet.write(text: derived.noteUnit ?? "", row: r, col: ConsolidationLayout.unitColumn, style: ConsolidationDetailSheet.centred)
            try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(text, width: 46 - Double(row.indent ?? 0) * 2, fontSize: 11)))
            for v in consolidation.valueColumns.indices {
                let used = consolidation.rows[index].cells[v].rateUsed
                for u in consolidation.sources.indices {
                    let col = layout.column(unit: u, valueColumn: v)
                    // Only the counts the consolidated rate used: a unit that gave one count without
                    // the other is left out of both (its rate row shows what it reported).
                    if used.contains(u), let counts = consolidation.counts(source: u, row: index, column: v) {
                        try sheet.write(number: numerator ? counts.numerator : counts.denominator, row: r, col: col,
                                        style: ConsolidationDetailSheet.number)
                    } else {
                        try sheet.writeBlank(row: r, col: col, style: ConsolidationDetailSheet.number)
                    }
                }
                let total = layout.totalColumn(v)
                if let content = cells.operandTotal(row: index, column: v, numerator: numerator) {
                    try write(content, at: r, col: total, style: ConsolidationDetailSheet.number.with { $0.bold = true }, on: &sheet)
                } else {
                    try sheet.writeBlank(row: r, col: total, style: ConsolidationDetailSheet.number)
                }
            }
        }
    }

    /// What a consolidated source holds in a cell that has no one value: the answers of its
    /// units counted (`Có: 3, Không: 1 (4 đơn vị trả lời)`), or each unit's value with its name;
    /// nil for a unit's own input and for figures that are summed.
    private func carriedText(source u: Int, row index: Int, column: Int) -> String? {
        guard let figures = consolidation.sources[u].consolidated else { return nil }
        let carried = figures.cell(row: index, column: column)
        let consolidated = consolidation.rows[index]
        switch consolidated.aggregate {
        case .tally:
            guard carried.reporting > 0 else { return "" }
            if consolidated.row.kind == .code, let legend = consolidated.row.legend {
                return catalogue.phrase(.consolidatedTally(labels: legend.map(\.label), counts: legend.map { carried.tally[$0.code] ?? 0 },
                                                           answered: carried.reporting))
            }
            return catalogue.phrase(.consolidatedPassTally(passed: carried.tally[1] ?? 0, answered: carried.reporting))
        case .perUnit:
            return carried.perUnit.map { $0.unit + ": " + $0.value }.joined(separator: "\n")
        case .sum, .rate:
            return nil
        }
    }

    /// One unit's value: numbers as numbers (a rate as its value, computed from its counts or
    /// as reported), answers and fractions as the text the form shows, free text as written.
    private func writeUnitValue(_ value: Value, row: Row, column: Int, at r: Int, col: Int, on sheet: inout XlsxSheet) throws {
        let kind = ConsolidationCells.kind(of: row, column: column, in: consolidation)
        let style = kind == .decimal ? ConsolidationDetailSheet.decimal : kind == .percent ? ConsolidationDetailSheet.percent
            : kind == .count ? ConsolidationDetailSheet.number : kind == .text ? ConsolidationDetailSheet.text : ConsolidationDetailSheet.centred
        switch value {
        case .blank: try sheet.writeBlank(row: r, col: col, style: style)
        case .number(let n): try sheet.write(number: n, row: r, col: col, style: style)
        case .code(let code, _): try sheet.write(number: Double(code), row: r, col: col, style: ConsolidationDetailSheet.centred)
        case .rate(let rate):
            if let v = rate.value { try sheet.write(number: v, row: r, col: col, style: ConsolidationDetailSheet.percent) } else {
                try sheet.writeBlank(row: r, col: col, style: style)
            }
        case .pass, .fraction, .text: try sheet.write(text: CellText.cellString(value) ?? "", row: r, col: col, style: style)
        }
    }

    /// The total of a form row in one value column: the consolidated form's formula, a rate
    /// as a formula over the totals of its counts, a fraction or a tally of many answers as text.
    private func writeTotal(index: Int, column: Int, at r: Int, on sheet: inout XlsxSheet) throws {
        let col = layout.totalColumn(column)
        let consolidated = consolidation.rows[index]
        let bold = ConsolidationDetailSheet.number.with { $0.bold = true; $0.fill = 0xDDEBF7 }
        if let content = cells.total(row: index, column: column) {
            let kind = ConsolidationCells.kind(of: consolidated.row, column: column, in: consolidation)
            try write(content, at: r, col: col, style: kind == .decimal ? bold.with { $0.numberFormat = "#,##0.00" } : bold, on: &sheet)
            return
        }
        let value = report.rows[index].values[column]
        let percent = bold.with { $0.numberFormat = "0.00" }
        switch (consolidated.aggregate, value) {
        case (.rate, .rate(let rate)) where rate.isFormula:
            guard let derived = consolidated.row.derived,
                  let n = operandCell(index: index, operand: derived.numerator, numerator: true, column: column),
                  let d = operandCell(index: index, operand: derived.denominator, numerator: false, column: column) else {
                try sheet.writeBlank(row: r, col: col, style: percent)
                return
            }
            try sheet.write(formula: "=IF(OR(\(n)=\"\",\(d)=\"\",\(d)=0),\"\",\(n)/\(d)*100)", cached: rate.computed, row: r, col: col, style: percent)
        case (.rate, .rate(let rate)):
            if let v = rate.value { try sheet.write(number: v, row: r, col: col, style: percent) } else { try sheet.writeBlank(row: r, col: col, style: percent) }
        case (.sum, .fraction):
            try sheet.write(text: CellText.cellString(value) ?? "", row: r, col: col, style: bold.with { $0.align = .center })
        case (.tally, _):
            let text = consolidation.note(of: consolidated.cells[column], aggregate: .tally, row: consolidated.row, catalogue: catalogue) ?? ""
            try sheet.write(text: text, row: r, col: col, style: bold.with { $0.align = .left; $0.wrap = true })
        default:
            try sheet.writeBlank(row: r, col: col, style: consolidated.row.kind.holdsValue ? bold : ConsolidationDetailSheet.bordered)
        }
    }

    /// The cell of the total of one count of a rate: its own row under the rate, or the row it names.
    private func operandCell(index: Int, operand: Operand, numerator: Bool, column: Int) -> String? {
        let col = layout.totalColumn(column)
        if let ref = operand.row {
            return report.rowIndex[ref].map { CellAddress.a1(row: layout.sheetRow(ofRow: $0), col: col) }
        }
        return layout.sheetRow(ofOperand: index, numerator: numerator).map { CellAddress.a1(row: $0, col: col) }
    }

    private func write(_ content: FormRenderer.CellContent, at r: Int, col: Int, style: CellStyle, on sheet: inout XlsxSheet) throws {
        switch content {
        case .formula(let formula, let cached): try sheet.write(formula: formula, cached: cached, row: r, col: col, style: style)
        case .formulaText(let formula, let cached):
            try sheet.write(formula: formula, cachedText: cached, row: r, col: col, style: style.with { $0.align = .center })
        case .text(let text): try sheet.write(text: text, row: r, col: col, style: style)
        }
    }
}
