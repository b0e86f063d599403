import Foundation
import Model
import Xlsx

/// The `Kiểm tra` sheet of a submission workbook: every finding of `cchc validate` about the
/// submission and its appendices (severity, appendix, STT and label of the row, year, values,
/// message), each linked to the offending cell; `Không có sai sót` when there is none. Where a
/// finding came from (file and JSON path, or sheet and cell) stays in a hidden last column for
/// whoever needs it, off the printed page. Landscape A4, the header repeated on every page.
struct CheckSheet {
    /// One finding with the cell it is about.
    struct Line {
        var finding: Finding
        /// The appendix sheet, when the finding is about an appendix.
        var sheet: String?
        /// The offending cell, when the finding is about one.
        var cell: (row: Int, col: Int)?
    }

    let submission: Submission
    let lines: [Line]
    let coverSheet: String
    let catalogue: Catalogue

    static let name = "Kiểm tra"

    /// The columns and their widths; the last (the source) is hidden.
    static let columns: [(Phrase.CheckColumn, Double)] = [
        (.number, 5), (.severity, 9), (.appendix, 10), (.stt, 6), (.label, 30), (.year, 6),
        (.values, 26), (.message, 56), (.cell, 13), (.source, 40),
    ]
    /// The printed columns: all but the source.
    static let printed = columns.count - 1

    static let base = CellStyle().with { $0.fontSize = 11; $0.valign = .top }
    static let cell = base.with { $0.border = true; $0.wrap = true; $0.align = .left }
    static let header = cell.with { $0.bold = true; $0.align = .center; $0.valign = .center; $0.fill = 0xF2F2F2 }
    static let link = cell.with { $0.fontColor = 0x0000FF; $0.underline = true }

    func render(on sheet: inout XlsxSheet) throws {
        let last = CheckSheet.printed - 1
        for (c, column) in CheckSheet.columns.enumerated() {
            try sheet.setColumn(c, width: column.1, hidden: c >= CheckSheet.printed)
        }
        let total = CheckSheet.columns.prefix(CheckSheet.printed).reduce(0) { $0 + $1.1 }
        var r = 0
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: catalogue.phrase(.checkSheetTitle),
                        style: CheckSheet.base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.valign = .center })
        try sheet.setRow(r, height: 20); r += 1
        let about = catalogue.phrase(.checkSheetAbout(unit: submission.unit.fullName, number: submission.report.number,
                                                      date: submission.report.date))
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: about,
                        style: CheckSheet.base.with { $0.italic = true; $0.align = .center; $0.wrap = true })
        try sheet.setRow(r, height: TextMetrics.rowHeight(about, width: total, fontSize: 11)); r += 1
        let findings = lines.map(\.finding)
        let summary = findings.isEmpty ? catalogue.phrase(.noFindings)
            : catalogue.phrase(.findingsTotal(errors: findings.errorCount, warnings: findings.warningCount))
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: summary,
                        style: CheckSheet.base.with { $0.bold = true; $0.align = .center; $0.fontColor = findings.errorCount > 0 ? 0xC00000 : nil })
        try sheet.setRow(r, height: 17); r += 2

        let headerRow = r
        for (c, column) in CheckSheet.columns.enumerated() {
            try sheet.write(text: catalogue.phrase(.checkColumn(column.0)), row: r, col: c, style: CheckSheet.header)
        }
        try sheet.setRow(r, height: 30); r += 1
        if lines.isEmpty {
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: catalogue.phrase(.noFindings),
                            style: CheckSheet.cell.with { $0.align = .center; $0.bold = true; $0.fontSize = 12 })
            try sheet.setRow(r, height: 20); r += 1
        }
        for (i, line) in lines.enumerated() {
            let f = line.finding
            let isError = f.severity == .error
            let texts: [String] = [
                String(i + 1),
                catalogue.phrase(.severityTitle(f.severity)),
                line.sheet ?? "",
                f.location.stt ?? "",
                f.location.label.map { $0 + (f.location.column.map { " (\($0))" } ?? "") } ?? "",
                f.year.map(String.init) ?? "",
                values(f.problem),
                (f.location.unit.map { $0 + ": " } ?? "") + catalogue.message(f.problem),
            ]
            var height = 17.0
            for (c, text) in texts.enumerated() {
                var style = CheckSheet.cell
                if c == 0 || c == 3 || c == 5 { style = style.with { $0.align = .center } }
                if c == 1 { style = style.with { $0.bold = true; $0.fontColor = isError ? 0xC00000 : 0x9C5700 } }
                try sheet.write(text: text, row: r, col: c, style: style)
                height = max(height, TextMetrics.rowHeight(text, width: CheckSheet.columns[c].1, fontSize: 11, bold: c == 1))
            }
            // The link to the offending cell (or to the appendix, or to the cover for the submission's own problems).
            let target: String, shown: String
            if let sheetName = line.sheet, let cell = line.cell {
                target = CellAddress.location(sheet: sheetName, row: cell.row, col: cell.col)
                shown = "\(sheetName)!\(CellAddress.a1(row: cell.row, col: cell.col))"
            } else if let sheetName = line.sheet {
                target = CellAddress.location(sheet: sheetName, row: 0, col: 0)
                shown = sheetName
            } else {
                target = CellAddress.location(sheet: coverSheet, row: 0, col: 0)
                shown = coverSheet
            }
            try sheet.write(link: target, text: shown, row: r, col: 8, style: CheckSheet.link, tooltip: catalogue.phrase(.goToCell))
            height = max(height, TextMetrics.rowHeight(shown, width: CheckSheet.columns[8].1, fontSize: 11))
            let source = TextLimit.oneLine("\((f.file as NSString).lastPathComponent): \(f.location.placeText)")
            try sheet.write(text: source, row: r, col: 9, style: CheckSheet.cell.with { $0.fontSize = 9 })
            try sheet.setRow(r, height: min(height, 409)); r += 1
        }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: headerRow...headerRow, footer: catalogue.phrase(.footer(withSheet: true)))
        sheet.freezePanes(row: headerRow + 1, col: 0)
        if findings.errorCount > 0 { sheet.setTabColor(0xC00000) }
    }

    /// The figures of a finding as people read them: `Tử số = 231; Mẫu số = 208`, in the
    /// catalogue's notation. A check's terms are named by row id: the two sides then say it.
    func values(_ problem: Problem) -> String {
        var figures = problem.figures.filter { !["tolerance", "threshold"].contains($0.key) }
        if case .checkFailed = problem {
            figures = figures.filter { ["left", "right", "difference"].contains($0.key) }
        }
        return figures.map { figure in
            // A share (of a unit taken into another) is a fraction, read as a percentage.
            let value = ["reported", "computed", "rounded"].contains(figure.key) ? catalogue.numbers.percent(figure.value)
                : figure.key == "share" ? catalogue.numbers.percent(figure.value * 100)
                : catalogue.numbers.format(figure.value, maxFractionDigits: 4)
            return "\(catalogue.phrase(.detailName(figure.key))) = \(value)"
        }.joined(separator: "; ")
    }
}
