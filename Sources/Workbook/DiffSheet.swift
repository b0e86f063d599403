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

    public init(diff: Diff, filter: DiffFilter = DiffFilter()) {
        self.diff = diff
        self.filter = filter
        self.rows = diff.rows(filter)
        let titles = diff.titles
        let template = diff.new.report.template
        var lines = ["SO SÁNH SỐ LIỆU \(titles.old.uppercased()) VÀ \(titles.new.uppercased())"]
        var form = "Biểu: \(template.name) (mẫu \(template.id)"
        if diff.versionsDiffer {
            form += "; \(titles.old) theo phiên bản \(diff.old.report.template.version ?? "?"), \(titles.new) theo phiên bản \(template.version ?? "?")"
        } else if let version = template.version {
            form += ", phiên bản \(version)"
        }
        lines.append(form + ")")
        let unit = DiffSheet.unitText(diff.new.report.unit)
        if !unit.isEmpty {
            let oldUnit = DiffSheet.unitText(diff.old.report.unit)
            lines.append("Đơn vị báo cáo: \(unit)" + (oldUnit.isEmpty || oldUnit == unit ? "" : " (\(titles.old): \(oldUnit))"))
        }
        for side in [diff.old, diff.new] where side.isCutOff {
            if let cutoff = side.report.period.cutoff, let year = side.year {
                lines.append("Số liệu năm \(year) tính đến ngày \(cutoff.vietnamese): chênh lệch so sánh một phần năm với cả năm.")
            }
        }
        if let threshold = filter.threshold {
            lines.append("Chỉ gồm các chỉ tiêu thay đổi từ \(VietnameseNumber.format(threshold)) % trở lên (và các thay đổi không tính được tỷ lệ).")
        } else if filter.onlyChanged {
            lines.append("Chỉ gồm các chỉ tiêu có thay đổi.")
        }
        self.titleLines = lines
        self.headerRow = lines.count + 1
        self.firstDataRow = headerRow + 1
    }

    /// Sheet row (0-based) of `rows[index]`.
    public func sheetRow(ofRow index: Int) -> Int { firstDataRow + index }

    /// The column headers.
    public var headers: [String] {
        let titles = diff.titles
        return ["STT", "Chỉ tiêu", "Đơn vị tính", titles.old, titles.new, "Chênh lệch", "Tỷ lệ thay đổi (%)", "Ghi chú"]
    }

    /// Writes the comparison as a one-sheet workbook at `path` (atomically; same input, same bytes).
    public static func write(_ diff: Diff, filter: DiffFilter = DiffFilter(), to path: String) throws {
        let sheet = DiffSheet(diff: diff, filter: filter)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(sheet.properties)
            try workbook.addSheet(named: DiffSheet.sheetName) { ws in try sheet.render(on: &ws) }
        }
    }

    /// Title, subject, author (the unit) and a creation time fixed from the newer side's period.
    public var properties: DocumentProperties {
        let report = diff.new.report
        let titles = diff.titles
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
        let titles = diff.titles
        let footnotes = [
            "Chênh lệch = \(titles.new) − \(titles.old); với các chỉ tiêu tỷ lệ (%), chênh lệch tính bằng điểm phần trăm.",
            "Tỷ lệ thay đổi (%) = Chênh lệch / \(titles.old) × 100; để trống khi một bên không báo cáo hoặc \(titles.old) bằng 0.",
            "Ô màu xanh: tăng; ô màu cam: giảm (màu chỉ cho biết chiều thay đổi, không phải đánh giá).",
        ]
        for (i, line) in footnotes.enumerated() {
            try sheet.write(text: line, row: end + 1 + i, col: 0, style: DiffSheet.footnoteStyle)
        }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: headerRow...headerRow,
                                footer: "&C&\"Times New Roman\"&10Trang &P/&N")
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
            try sheet.write(text: "không báo cáo", row: r, col: c, style: DiffSheet.absentStyle)
            return nil
        }
        if let number = DiffRow.measure(value) {
            try sheet.write(number: number, row: r, col: c, style: DiffSheet.numberStyle(DiffSheet.valueFormat(row)))
            return nil
        }
        let text = DiffRow.text(value, kind: row.kind)
        if case .text = value {
            try sheet.write(text: text, row: r, col: c, style: DiffSheet.bordered.with { $0.align = .left; $0.fontSize = 11 })
            return text
        }
        try sheet.write(text: text, row: r, col: c, style: DiffSheet.bordered.with { $0.align = .center })
        return text
    }

    /// The note of a row: what a status means here, the counts behind both rates, a changed wording.
    public func note(for row: DiffRow) -> String {
        let titles = diff.titles
        var parts: [String] = []
        switch row.status {
        case .added?:
            parts.append("Chỉ có trong mẫu của \(titles.new)" + (diff.versionsDiffer ? " (phiên bản \(diff.new.report.template.version ?? "?"))" : ""))
        case .removed?:
            parts.append("Chỉ có trong mẫu của \(titles.old)" + (diff.versionsDiffer ? " (phiên bản \(diff.old.report.template.version ?? "?"))" : ""))
        case .notReported?:
            switch (row.oldReported, row.newReported) {
            case (false, false): parts.append("Cả hai năm không báo cáo")
            case (false, true): parts.append("\(titles.old) không báo cáo")
            default: parts.append("\(titles.new) không báo cáo")
            }
        case .changed?:
            if case .text? = row.old { parts.append("Nội dung thay đổi") }
        default:
            break
        }
        let oldCounts = row.oldCounts.flatMap(DiffRow.countsText), newCounts = row.newCounts.flatMap(DiffRow.countsText)
        if oldCounts != nil || newCounts != nil {
            var counts = "\(oldCounts ?? "–") → \(newCounts ?? "–")"
            if let unit = row.countUnit, !unit.isEmpty { counts += " \(unit)" }
            parts.append(counts)
        }
        if let oldLabel = row.oldLabel { parts.append("Tên chỉ tiêu ở \(titles.old): \(oldLabel)") }
        return parts.joined(separator: "; ")
    }

    static func unitText(_ unit: UnitInfo) -> String {
        var text = unit.name
        if let province = unit.province, !province.isEmpty { text += text.isEmpty ? province : " – \(province)" }
        return text
    }
}
