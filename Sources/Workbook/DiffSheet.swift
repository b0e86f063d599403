import Foundation
import Model
import Xlsx

/// Writes a comparison of two years as the sheet `So sánh`: STT · Chỉ tiêu · Đơn vị tính · Năm A ·
/// Năm B · Chênh lệch · Tỷ lệ thay đổi (%) · Ghi chú. Differences are live formulas over the two
/// year cells with their values cached; increases and decreases are shaded by conditional formats.
public struct DiffSheet {
    /// The name of the sheet.
    public static let sheetName = "So sánh"

    public let diff: Diff
    public let filter: DiffFilter
    /// The language of the sheet's texts.
    public let catalogue: Catalogue
    /// The titles of the two sides (`Năm 2020`, `Năm 2021`).
    public let titles: (old: String, new: String)
    /// The rows shown, in order (headings included).
    public let rows: [DiffRow]
    /// Lines above the table: title, form, unit, and remarks on the comparison.
    public let titleLines: [String]
    /// Sheet row (0-based) of the column headers, and of the first data row.
    public let headerRow: Int
    public let firstDataRow: Int

    /// Column indexes (0-based) of the sheet.
    public enum Columns {
        public static let stt = 0, label = 1, unit = 2, old = 3, new = 4, change = 5, percent = 6, note = 7
        /// Widths in characters.
        static let widths: [Double] = [6, 52, 16, 14, 14, 13, 13, 32]
    }

    /// Background of increases and of decreases (light blue, light orange: a direction, not a verdict).
    public static let increaseFill: UInt32 = 0xDDEBF7
    public static let decreaseFill: UInt32 = 0xFCE4D6

    public init(diff: Diff, filter: DiffFilter = DiffFilter(), catalogue: Catalogue = .vietnamese) {
        self.diff = diff
        self.filter = filter
        self.catalogue = catalogue
        self.rows = diff.rows(filter)
        let titles = diff.titles(catalogue)
        self.titles = titles
        let template = diff.new.report.template
        var lines = [catalogue.phrase(.diffTitle(old: titles.old, new: titles.new))]
        if diff.versionsDiffer {
            lines.append(catalogue.phrase(.diffFormVersions(name: template.name, id: template.id, oldTitle: titles.old,
                                                            oldVersion: diff.old.report.template.version ?? "?",
                                                            newTitle: titles.new, newVersion: template.version ?? "?")))
        } else {
            lines.append(catalogue.phrase(.diffForm(name: template.name, id: template.id, version: template.version)))
        }
        let unit = diff.new.report.unit.fullName
        if !unit.isEmpty {
            let oldUnit = diff.old.report.unit.fullName
            lines.append(catalogue.phrase(.diffUnit(unit: unit, oldUnit: oldUnit.isEmpty || oldUnit == unit ? nil : oldUnit, oldTitle: titles.old)))
        }
        for side in [diff.old, diff.new] where side.isCutOff {
            if let cutoff = side.report.period.cutoff, let year = side.year {
                lines.append(catalogue.phrase(.diffCutOff(year: year, cutoff: cutoff)))
            }
        }
        if let threshold = filter.threshold {
            lines.append(catalogue.phrase(.diffThreshold(threshold)))
        } else if filter.onlyChanged {
            lines.append(catalogue.phrase(.diffOnlyChanged))
        }
        self.titleLines = lines
        self.headerRow = lines.count + 1
        self.firstDataRow = headerRow + 1
    }

    /// Sheet row (0-based) of `rows[index]`.
    public func sheetRow(ofRow index: Int) -> Int { firstDataRow + index }

    /// The column headers.
    public var headers: [String] {
        [Phrase.DiffColumn.stt, .label, .unit, .old(titles.old), .new(titles.new), .change, .changePercent, .note]
            .map { catalogue.phrase(.diffColumn($0)) }
    }

    /// Writes the comparison as a one-sheet workbook at `path` (atomically; same input, same bytes).
    public static func write(_ diff: Diff, filter: DiffFilter = DiffFilter(), to path: String,
                             catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        let sheet = DiffSheet(diff: diff, filter: filter, catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(sheet.properties)
            try workbook.addSheet(named: DiffSheet.sheetName) { ws in try sheet.render(on: &ws) }
        }
    }

    /// Title, subject, author (the unit) and a creation time fixed from the newer side's period.
    public var properties: DocumentProperties {
        let report = diff.new.report
        return DocumentProperties(
            title: "So sánh \(titles.old) và \(titles.new)",
            subject: report.template.name,
            author: report.unit.name.isEmpty ? nil : report.unit.name,
            company: report.unit.province,
            keywords: ["CCHC", report.template.id, "so sánh"].joined(separator: ", "),
            comments: "cchc diff",
            created: WorkbookWriter.fixedCreationTime(report.period))
    }

    // MARK: Styles

    static let base = CellStyle().with { $0.fontSize = 12 }
    static let bordered = base.with { $0.border = true; $0.wrap = true }
    static let headerStyle = bordered.with { $0.bold = true; $0.align = .center }
    static let titleStyle = base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.wrap = true }
    static let subtitleStyle = base.with { $0.italic = true; $0.align = .center; $0.wrap = true }
    static let footnoteStyle = base.with { $0.italic = true; $0.fontSize = 11 }
    /// "không báo cáo", "—": grey italics, centred.
    static let absentStyle = bordered.with { $0.italic = true; $0.align = .center; $0.fontColor = 0x7F7F7F; $0.fontSize = 11 }
    static let noteStyle = bordered.with { $0.align = .left; $0.fontSize = 11 }

    static func numberStyle(_ format: String) -> CellStyle {
        bordered.with { $0.numberFormat = format; $0.align = .right; $0.wrap = false }
    }

    /// The number format of a side's value.
    static func valueFormat(_ row: DiffRow) -> String {
        if row.isPercent { return "0.00" }
        return row.kind == .decimal ? "#,##0.00" : "#,##0"
    }

    /// The number format of a change: with its sign.
    static func changeFormat(_ row: DiffRow) -> String {
        if row.isPercent || row.kind == .decimal { return "+#,##0.00;-#,##0.00;0.00" }
        return "+#,##0;-#,##0;0"
    }

    // MARK: Rendering

    /// Writes the sheet.
    public func render(on sheet: inout XlsxSheet) throws {
        let last = Columns.widths.count - 1
        for (c, width) in Columns.widths.enumerated() { try sheet.setColumn(c, width: width) }
        for (r, line) in titleLines.enumerated() {
            let style = r == 0 ? DiffSheet.titleStyle : DiffSheet.subtitleStyle
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: line, style: style)
            try sheet.setRow(r, height: TextMetrics.rowHeight(line, width: Columns.widths.reduce(0, +), fontSize: r == 0 ? 13 : 12))
        }
        for (c, text) in headers.enumerated() {
            try sheet.write(text: text, row: headerRow, col: c, style: DiffSheet.headerStyle)
        }
        try sheet.setRow(headerRow, height: 33)
        for (index, row) in rows.enumerated() {
            try renderRow(row, at: sheetRow(ofRow: index), on: &sheet)
        }
        let end = firstDataRow + rows.count  // one past the last data row
        if !rows.isEmpty {
            let f = "$" + CellAddress.column(Columns.change) + String(firstDataRow + 1)
            try sheet.conditionalFormat(firstRow: firstDataRow, firstCol: Columns.change, lastRow: end - 1, lastCol: Columns.percent,
                                        formula: "=AND(ISNUMBER(\(f)),\(f)>0)",
                                        style: DiffSheet.base.with { $0.fill = DiffSheet.increaseFill })
            try sheet.conditionalFormat(firstRow: firstDataRow, firstCol: Columns.change, lastRow: end - 1, lastCol: Columns.percent,
                                        formula: "=AND(ISNUMBER(\(f)),\(f)<0)",
                                        style: DiffSheet.base.with { $0.fill = DiffSheet.decreaseFill })
        }
        let footnotes = (0..<3).map { catalogue.phrase(.diffFootnote($0, old: titles.old, new: titles.new)) }
        for (i, line) in footnotes.enumerated() {
            try sheet.write(text: line, row: end + 1 + i, col: 0, style: DiffSheet.footnoteStyle)
        }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: headerRow...headerRow,
                                footer: catalogue.phrase(.footer(withSheet: false)))
        sheet.freezePanes(row: firstDataRow, col: Columns.label + 1)
    }

    private func renderRow(_ row: DiffRow, at r: Int, on sheet: inout XlsxSheet) throws {
        let strong = row.isHeading || (row.indent == 0 && row.stt != nil && !(row.stt ?? "").hasPrefix("-"))
        try sheet.write(text: row.stt ?? "", row: r, col: Columns.stt, style: DiffSheet.bordered.with { $0.align = .center; $0.bold = strong })
        let label = row.field.map { "\(row.label) (\($0))" } ?? row.label
        try sheet.write(text: label, row: r, col: Columns.label,
                        style: DiffSheet.bordered.with { $0.align = .left; $0.bold = strong; $0.indent = row.indent })
        try sheet.write(text: row.unit ?? "", row: r, col: Columns.unit, style: DiffSheet.bordered.with { $0.align = .center })
        var height = TextMetrics.rowHeight(label, width: Columns.widths[Columns.label] - Double(row.indent) * 2, fontSize: 12)
        height = max(height, TextMetrics.rowHeight(row.unit ?? "", width: Columns.widths[Columns.unit], fontSize: 12))
        if row.isHeading {
            for c in Columns.old...Columns.note { try sheet.writeBlank(row: r, col: c, style: DiffSheet.bordered) }
            try sheet.setRow(r, height: max(height, 18))
            return
        }
        for (value, c) in [(row.old, Columns.old), (row.new, Columns.new)] {
            if let text = try writeSide(value, row: row, at: r, col: c, on: &sheet) {
                height = max(height, TextMetrics.rowHeight(text, width: Columns.widths[c], fontSize: 12))
            }
        }
        let d = CellAddress.a1(row: r, col: Columns.old), e = CellAddress.a1(row: r, col: Columns.new)
        if let a = DiffRow.measure(row.old), let b = DiffRow.measure(row.new) {
            try sheet.write(formula: "=IF(AND(ISNUMBER(\(d)),ISNUMBER(\(e))),\(e)-\(d),\"\")", cached: b - a,
                            row: r, col: Columns.change, style: DiffSheet.numberStyle(DiffSheet.changeFormat(row)))
            try sheet.write(formula: "=IF(AND(ISNUMBER(\(d)),ISNUMBER(\(e)),\(d)<>0),(\(e)-\(d))/\(d)*100,\"\")",
                            cached: a == 0 ? nil : (b - a) / a * 100,
                            row: r, col: Columns.percent, style: DiffSheet.numberStyle("+0.00;-0.00;0.00"))
        } else {
            if let label = row.changeLabel {
                try sheet.write(text: label, row: r, col: Columns.change, style: DiffSheet.bordered.with { $0.align = .center })
                height = max(height, TextMetrics.rowHeight(label, width: Columns.widths[Columns.change], fontSize: 12))
            } else {
                try sheet.writeBlank(row: r, col: Columns.change, style: DiffSheet.bordered)
            }
            try sheet.writeBlank(row: r, col: Columns.percent, style: DiffSheet.bordered)
        }
        let note = self.note(for: row)
        try sheet.write(text: note, row: r, col: Columns.note, style: DiffSheet.noteStyle)
        height = max(height, TextMetrics.rowHeight(note, width: Columns.widths[Columns.note], fontSize: 11))
        try sheet.setRow(r, height: max(height, 18))
    }

    /// Writes one side's value; returns the text written when it is long text (for the row height).
    private func writeSide(_ value: Value?, row: DiffRow, at r: Int, col c: Int, on sheet: inout XlsxSheet) throws -> String? {
        guard let value else {
            try sheet.write(text: "—", row: r, col: c, style: DiffSheet.absentStyle)
            return nil
        }
        guard DiffRow.isReported(value) else {
            try sheet.write(text: catalogue.phrase(.notReported), row: r, col: c, style: DiffSheet.absentStyle)
            return nil
        }
        if let number = DiffRow.measure(value) {
            try sheet.write(number: number, row: r, col: c, style: DiffSheet.numberStyle(DiffSheet.valueFormat(row)))
            return nil
        }
        let text = CellText.text(value, kind: row.kind)
        if case .text = value {
            try sheet.write(text: text, row: r, col: c, style: DiffSheet.bordered.with { $0.align = .left; $0.fontSize = 11 })
            return text
        }
        try sheet.write(text: text, row: r, col: c, style: DiffSheet.bordered.with { $0.align = .center })
        return text
    }

    /// The note of a row: what a status means here, the counts behind both rates, a changed wording.
    public func note(for row: DiffRow) -> String {
        var parts: [String] = []
        switch row.status {
        case .added?:
            parts.append(catalogue.phrase(.diffOnlyIn(title: titles.new, version: diff.versionsDiffer ? diff.new.report.template.version ?? "?" : nil)))
        case .removed?:
            parts.append(catalogue.phrase(.diffOnlyIn(title: titles.old, version: diff.versionsDiffer ? diff.old.report.template.version ?? "?" : nil)))
        case .notReported?:
            switch (row.oldReported, row.newReported) {
            case (false, false): parts.append(catalogue.phrase(.diffBothUnreported))
            case (false, true): parts.append(catalogue.phrase(.diffUnreported(title: titles.old)))
            default: parts.append(catalogue.phrase(.diffUnreported(title: titles.new)))
            }
        case .changed?:
            if case .text? = row.old { parts.append(catalogue.phrase(.diffTextChanged)) }
        default:
            break
        }
        let oldCounts = row.oldCounts.flatMap { CellText.counts(numerator: $0.numerator, denominator: $0.denominator) }
        let newCounts = row.newCounts.flatMap { CellText.counts(numerator: $0.numerator, denominator: $0.denominator) }
        if oldCounts != nil || newCounts != nil {
            var counts = "\(oldCounts ?? "–") → \(newCounts ?? "–")"
            if let unit = row.countUnit, !unit.isEmpty { counts += " \(unit)" }
            parts.append(counts)
        }
        if let oldLabel = row.oldLabel { parts.append(catalogue.phrase(.diffOldLabel(title: titles.old, label: oldLabel))) }
        return parts.joined(separator: "; ")
    }
}
