import Foundation
import Model
import Xlsx

/// The `Tình hình báo cáo` sheet: who has reported for a year, from a `ReportingStatus`. A
/// table per parent (units expected, received, missing as numbers, the rate a live formula
/// over them, a total row of `SUM`s, every formula with its value cached), then every
/// expected unit with its state and file (missing units in red), then the files not counted
/// with the reason. Texts from the catalogue; nothing here decides who is expected.
public struct StatusSheet {
    public let status: ReportingStatus
    public let catalogue: Catalogue

    public init(status: ReportingStatus, catalogue: Catalogue = .vietnamese) {
        self.status = status
        self.catalogue = catalogue
    }

    /// The sheet's name in the catalogue's language.
    public var sheetName: String { catalogue.phrase(.statusSheetName) }

    static let widths: [Double] = [6, 14, 36, 36, 14, 40]
    static let base = CellStyle().with { $0.fontSize = 11; $0.valign = .top }
    static let cell = base.with { $0.border = true; $0.wrap = true; $0.align = .left }
    static let number = cell.with { $0.align = .right; $0.numberFormat = "#,##0" }
    static let percent = cell.with { $0.align = .right; $0.numberFormat = "0.00%" }
    static let header = cell.with { $0.bold = true; $0.align = .center; $0.valign = .center; $0.fill = 0xF2F2F2 }
    static let heading = base.with { $0.bold = true; $0.fontSize = 12 }

    /// The first row of the table per parent (its header), and of the list of units: where a
    /// reader finds them.
    public static let summaryHeaderRow = 2

    /// Lays the sheet out.
    public func render(on sheet: inout XlsxSheet) throws {
        for (c, width) in StatusSheet.widths.enumerated() { try sheet.setColumn(c, width: width) }
        // A4 landscape, one page wide (the six columns are wider than a portrait page), as Kiểm tra.
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: nil, footer: catalogue.phrase(.footer(withSheet: true)))
        let title = catalogue.phrase(.statusTitle(area: status.rosterName, year: status.year, cutoff: status.cutoff))
        try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 5, text: title,
                        style: StatusSheet.base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.wrap = true })
        try sheet.setRow(0, height: TextMetrics.rowHeight(title, width: StatusSheet.widths.reduce(0, +), fontSize: 13))

        // Per parent: B..E of the summary are parent, expected, received, missing, rate.
        var r = StatusSheet.summaryHeaderRow
        let summaryColumns: [Phrase.StatusColumn] = [.parent, .expected, .received, .missing, .rate]
        try sheet.write(text: "", row: r, col: 0, style: StatusSheet.header)
        for (offset, column) in summaryColumns.enumerated() {
            try sheet.write(text: catalogue.phrase(.statusColumn(column)), row: r, col: offset + 1, style: StatusSheet.header)
        }
        try sheet.setRow(r, height: 30); r += 1
        let firstGroupRow = r
        for (index, group) in status.groups.enumerated() {
            let parent = group.parentCode.map { "\(group.parentName ?? "") (\($0))" } ?? catalogue.phrase(.statusNoParent)
            try sheet.write(number: Double(index + 1), row: r, col: 0, style: StatusSheet.number)
            try sheet.write(text: parent, row: r, col: 1, style: StatusSheet.cell)
            // A parent's name wraps in its narrow column: the row grows with it.
            try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(parent, width: StatusSheet.widths[1], fontSize: StatusSheet.cell.fontSize)))
            try counts(&sheet, row: r, expected: group.expected.count, received: group.received.count, missing: group.missing.count)
            r += 1
        }
        let lastGroupRow = r - 1
        try sheet.write(text: "", row: r, col: 0, style: StatusSheet.cell.with { $0.bold = true })
        try sheet.write(text: catalogue.phrase(.statusTotal), row: r, col: 1, style: StatusSheet.cell.with { $0.bold = true })
        for (c, value) in [(2, status.expectedCount), (3, status.receivedCount), (4, status.missingCount)] {
            let column = CellAddress.column(c)
            let formula = lastGroupRow >= firstGroupRow ? "SUM(\(column)\(firstGroupRow + 1):\(column)\(lastGroupRow + 1))" : "0"
            try sheet.write(formula: formula, cached: Double(value), row: r, col: c, style: StatusSheet.number.with { $0.bold = true })
        }
        try rate(&sheet, row: r, value: status.rate, bold: true)
        r += 2

        // Every expected unit, in group order.
        try sheet.write(text: catalogue.phrase(.statusHeading(.received)) + " / " + catalogue.phrase(.statusHeading(.missing)),
                        row: r, col: 0, style: StatusSheet.heading)
        r += 1
        let unitColumns: [Phrase.StatusColumn] = [.code, .unit, .parent, .received, .file]
        try sheet.write(text: "", row: r, col: 0, style: StatusSheet.header)
        for (offset, column) in unitColumns.enumerated() {
            try sheet.write(text: catalogue.phrase(.statusColumn(column)), row: r, col: offset + 1, style: StatusSheet.header)
        }
        r += 1
        var number = 0
        for group in status.groups {
            let files = Dictionary(group.received.map { ($0.unit.code, $0.file) }, uniquingKeysWith: { a, _ in a })
            for unit in group.expected {
                number += 1
                let file = files[unit.code]
                let style = file == nil ? StatusSheet.cell.with { $0.fontColor = 0xC00000; $0.bold = true } : StatusSheet.cell
                try sheet.write(number: Double(number), row: r, col: 0, style: StatusSheet.number)
                try sheet.write(text: unit.code, row: r, col: 1, style: StatusSheet.cell)
                try sheet.write(text: unit.name, row: r, col: 2, style: StatusSheet.cell)
                try sheet.write(text: group.parentName ?? "", row: r, col: 3, style: StatusSheet.cell)
                try sheet.write(text: catalogue.phrase(.statusColumn(file == nil ? .missing : .received)), row: r, col: 4, style: style)
                try sheet.write(text: file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "", row: r, col: 5, style: StatusSheet.cell)
                r += 1
            }
        }

        // The files not counted, with the reason in words.
        if !status.findings.isEmpty {
            r += 1
            try sheet.write(text: catalogue.phrase(.statusHeading(.notCounted)), row: r, col: 0, style: StatusSheet.heading)
            r += 1
            let columns: [Phrase.StatusColumn] = [.file, .code, .unit, .reason]
            try sheet.write(text: "", row: r, col: 0, style: StatusSheet.header)
            for (offset, column) in columns.enumerated() {
                try sheet.write(text: catalogue.phrase(.statusColumn(column)), row: r, col: offset + 1, style: StatusSheet.header)
            }
            r += 1
            for (index, finding) in status.findings.enumerated() {
                let item = status.notCounted.first { $0.file == finding.file && $0.reason == finding.problem }
                let message = catalogue.phrase(.severityTitle(finding.severity)) + ": " + catalogue.message(finding.problem)
                try sheet.write(number: Double(index + 1), row: r, col: 0, style: StatusSheet.number)
                try sheet.write(text: URL(fileURLWithPath: finding.file).lastPathComponent, row: r, col: 1, style: StatusSheet.cell)
                try sheet.write(text: item?.code ?? "", row: r, col: 2, style: StatusSheet.cell)
                try sheet.write(text: item?.name ?? "", row: r, col: 3, style: StatusSheet.cell)
                try sheet.merge(firstRow: r, firstCol: 4, lastRow: r, lastCol: 5, text: message, style: StatusSheet.cell)
                try sheet.setRow(r, height: TextMetrics.rowHeight(message, width: StatusSheet.widths[4] + StatusSheet.widths[5], fontSize: 11))
                r += 1
            }
        }
        sheet.freezePanes(row: StatusSheet.summaryHeaderRow + 1, col: 0)
    }

    private func counts(_ sheet: inout XlsxSheet, row: Int, expected: Int, received: Int, missing: Int) throws {
        try sheet.write(number: Double(expected), row: row, col: 2, style: StatusSheet.number)
        try sheet.write(number: Double(received), row: row, col: 3, style: StatusSheet.number)
        try sheet.write(number: Double(missing), row: row, col: 4, style: StatusSheet.number)
        try rate(&sheet, row: row, value: expected == 0 ? nil : Double(received) / Double(expected) * 100, bold: false)
    }

    /// Received ÷ expected as a live formula (blank when nothing is expected), cached.
    private func rate(_ sheet: inout XlsxSheet, row: Int, value: Double?, bold: Bool) throws {
        let style = StatusSheet.percent.with { $0.bold = bold }
        let formula = "IF(C\(row + 1)=0,\"\",D\(row + 1)/C\(row + 1))"
        if let value {
            try sheet.write(formula: formula, cached: value / 100, row: row, col: 5, style: style)
        } else {
            try sheet.write(formula: formula, cachedText: "", row: row, col: 5, style: style)
        }
    }

    /// Writes the sheet alone as a workbook at `path` (atomically), with a creation time fixed
    /// from the year's cut-off so that the same status gives the same bytes.
    public static func write(_ status: ReportingStatus, to path: String, catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        let sheet = StatusSheet(status: status, catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(DocumentProperties(title: sheet.sheetName, subject: status.rosterName, keywords: "CCHC, \(status.year)",
                                                          comments: "cchc", created: status.cutoff.midnightUTC))
            try workbook.addSheet(named: sheet.sheetName) { ws in try sheet.render(on: &ws) }
        }
    }
}

/// The status sheet is the consolidated workbook's `Tình hình báo cáo` (`cchc consolidate --roster`).
extension StatusSheet: ReportingStatusSheet {}
