import Foundation
import Model
import Xlsx

/// The `Biểu đồ` sheet of a submission workbook, for a per-year appendix: the charts its template
/// declares (e.g. on-time rates by level as lines, one-stop and online-service counts as columns),
/// stacked on one landscape A4 page. Every series reads the appendix sheet's cells, its
/// categories the year headers (`Năm 2011` … `Năm 2020 (Tính đến 31/3)`).
///
/// A worksheet holding the charts rather than an Excel chartsheet: a chartsheet holds one chart,
/// libxlsxwriter 1.1.4 cannot combine columns and lines in one chart, and a worksheet can carry a
/// title line and the footer that every printed page of the submission has.
struct ChartSheet {
    let report: Report
    let layout: FormLayout
    /// The appendix sheet the series read.
    let appendixSheet: String
    /// This sheet's name.
    let name: String
    let catalogue: Catalogue

    static let defaultName = "Biểu đồ"
    /// Columns of the sheet (default width) that the charts span.
    static let columnCount = 16
    static let chartWidth = 1000
    static let chartHeight = 340

    /// The charts to draw, each with the row (of this sheet) its top-left corner sits on; empty
    /// when no series of any chart has a value.
    var charts: [(spec: ChartSpec, row: Int)] {
        let years = report.valueColumns.indices.compactMap { index -> Int? in report.valueColumns[index].year != nil ? index : nil }
        guard let firstIndex = years.first, let lastIndex = years.last,
              let firstCol = layout.column(ofValue: firstIndex), let lastCol = layout.column(ofValue: lastIndex) else { return [] }
        // The categories are the header cells of the years: the row where the first year's cell stands alone.
        let headerRow = layout.headerCells.first { $0.col == firstCol && $0.colSpan == 1 }.map { layout.headerStart + $0.row }
            ?? (layout.firstDataRow - 1)
        let categories = SheetRange(sheet: appendixSheet, firstRow: headerRow, firstCol: firstCol, lastRow: headerRow, lastCol: lastCol)
        var out: [(ChartSpec, Int)] = []
        var row = 3
        for chart in report.template.effectiveCharts {
            var series: [ChartSpec.Series] = []
            var numbers: [Double] = []
            for item in chart.series {
                guard let index = report.rowIndex[item.row] else { continue }
                let values = report.rows[index].values.compactMap(\.number)
                guard !values.isEmpty else { continue }  // a row the unit did not report draws nothing
                numbers += values
                let sheetRow = layout.sheetRow(ofRow: index)
                series.append(ChartSpec.Series(
                    name: item.name ?? report.rows[index].row.label, categories: categories,
                    values: SheetRange(sheet: appendixSheet, firstRow: sheetRow, firstCol: firstCol, lastRow: sheetRow, lastCol: lastCol),
                    cachedValues: years.map { report.rows[index].values[$0].number }))
            }
            guard !series.isEmpty else { continue }
            var spec = ChartSpec(kind: chart.type == .line ? .line : .column, title: report.resolve(chart.title),
                                 categoryAxisTitle: chart.categoryAxis ?? catalogue.phrase(.yearAxis), valueAxisTitle: chart.valueAxis, series: series)
            let isPercent = chart.series.allSatisfy { report.row(id: $0.row)?.row.kind == .percent }
            if isPercent, let low = numbers.min(), let high = numbers.max(), low >= 0, high <= 100 {
                // A rate's axis runs from 0 to 100 %: an axis cut just below the lowest rate made a dip
                // of one point fill the chart. The figures themselves are in the table.
                spec.valueAxisMin = 0
                spec.valueAxisMax = 100
                spec.valueAxisNumberFormat = "0"
                spec.valueAxisMajorUnit = 20
            }
            out.append((spec, row))
            row += 19
        }
        return out
    }

    /// Writes the title lines and print setup; the charts are inserted by the workbook.
    func render(on sheet: inout XlsxSheet) throws {
        let last = ChartSheet.columnCount - 1
        let title = catalogue.phrase(.chartSheetTitle((report.template.title ?? [report.template.name]).map { report.resolve($0) }.joined(separator: " ")))
        try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: last, text: title,
                        style: CellStyle().with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.wrap = true })
        try sheet.setRow(0, height: 20)
        let subtitle = catalogue.phrase(.chartSource(sheet: appendixSheet, unit: report.unit.name, cutoff: report.period.cutoff))
        try sheet.merge(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: last, text: subtitle,
                        style: CellStyle().with { $0.italic = true; $0.fontSize = 12; $0.align = .center })
        try sheet.setRow(1, height: 17)
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: nil, footer: catalogue.phrase(.footer(withSheet: true)))
        sheet.fitToPages(wide: 1, tall: 1)
        sheet.hideGridlines()
    }
}
