import Foundation
import Model
import Xlsx

/// The `Kiểm tra` sheet of a submission workbook: every finding of `cchc validate` about the
/// submission and its appendices (severity, appendix, STT and label of the row, year, values,
/// message, where it came from), each linked to the offending cell; `Không có sai sót` when
/// there is none. Landscape A4, the header repeated on every page.
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

    static let name = "Kiểm tra"

    static let columns: [(String, Double)] = [
        ("STT", 5), ("Mức độ", 9), ("Phụ lục", 10), ("STT dòng", 6), ("Chỉ tiêu", 28), ("Năm", 6),
        ("Giá trị", 24), ("Nội dung", 44), ("Ô", 12), ("Nguồn (tệp: vị trí JSON)", 22),
    ]

    static let base = CellStyle().with { $0.fontSize = 11; $0.valign = .top }
    static let cell = base.with { $0.border = true; $0.wrap = true; $0.align = .left }
    static let header = cell.with { $0.bold = true; $0.align = .center; $0.valign = .center; $0.fill = 0xF2F2F2 }
    static let link = cell.with { $0.fontColor = 0x0000FF; $0.underline = true }

    func render(on sheet: inout XlsxSheet) throws {
        let last = CheckSheet.columns.count - 1
        for (c, column) in CheckSheet.columns.enumerated() { try sheet.setColumn(c, width: column.1) }
        let total = CheckSheet.columns.reduce(0) { $0 + $1.1 }
        var r = 0
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: "KẾT QUẢ KIỂM TRA SỐ LIỆU",
                        style: CheckSheet.base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.valign = .center })
        try sheet.setRow(r, height: 20); r += 1
        var about = submission.unit.name
        if let province = submission.unit.province { about += " – \(province)" }
        if let number = submission.report.number { about += "; Báo cáo số \(number)" }
        if let date = submission.report.date { about += " ngày \(date.vietnamese)" }
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: about,
                        style: CheckSheet.base.with { $0.italic = true; $0.align = .center; $0.wrap = true })
        try sheet.setRow(r, height: TextMetrics.rowHeight(about, width: total, fontSize: 11)); r += 1
        let findings = lines.map(\.finding)
        let summary = findings.isEmpty ? "Không có sai sót" : "Tổng cộng: " + CoverSheet.count(findings)
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: summary,
                        style: CheckSheet.base.with { $0.bold = true; $0.align = .center; $0.fontColor = findings.errorCount > 0 ? 0xC00000 : nil })
        try sheet.setRow(r, height: 17); r += 2

        let headerRow = r
        for (c, column) in CheckSheet.columns.enumerated() {
            try sheet.write(text: column.0, row: r, col: c, style: CheckSheet.header)
        }
        try sheet.setRow(r, height: 30); r += 1
        if lines.isEmpty {
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: last, text: "Không có sai sót",
                            style: CheckSheet.cell.with { $0.align = .center; $0.bold = true; $0.fontSize = 12 })
            try sheet.setRow(r, height: 20); r += 1
        }
        for (i, line) in lines.enumerated() {
            let f = line.finding
            let isError = f.severity == .error
            let texts: [String] = [
                String(i + 1),
                isError ? "Lỗi" : "Cảnh báo",
                line.sheet ?? "",
                f.stt ?? "",
                f.label ?? "",
                f.year.map(String.init) ?? "",
                CheckSheet.values(f.values),
                f.message,
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
            try sheet.write(link: target, text: shown, row: r, col: 8, style: CheckSheet.link, tooltip: "Đến ô có sai sót")
            height = max(height, TextMetrics.rowHeight(shown, width: CheckSheet.columns[8].1, fontSize: 11))
            let source = "\((f.file as NSString).lastPathComponent): \(f.path)"
            try sheet.write(text: source, row: r, col: 9, style: CheckSheet.cell.with { $0.fontSize = 9 })
            height = max(height, TextMetrics.rowHeight(source, width: CheckSheet.columns[9].1, fontSize: 9))
            try sheet.setRow(r, height: min(height, 409)); r += 1
        }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: headerRow...headerRow, footer: AppendixDecorations.footer)
        sheet.freezePanes(row: headerRow + 1, col: 0)
        if findings.errorCount > 0 { sheet.setTabColor(0xC00000) }
    }

    /// The values of a finding as people read them: `Tử số = 231; Mẫu số = 208`.
    static func values(_ values: [String: Double]) -> String {
        let names = ["numerator": "Tử số", "denominator": "Mẫu số", "reported": "Tỷ lệ báo cáo", "computed": "Tỷ lệ tính lại",
                     "left": "Vế trái", "right": "Vế phải", "difference": "Chênh lệch", "value": "Giá trị", "factor": "Hệ số",
                     "read": "Đọc là", "alternative": "Có thể là", "errors": "Lỗi", "warnings": "Cảnh báo"]
        let order = ["reported", "computed", "numerator", "denominator", "value", "read", "alternative", "left", "right", "difference", "factor"]
        // A check's terms are given by row id: then its two sums only repeat them.
        let hasTerms = values.keys.contains { !names.keys.contains($0) && Int($0) == nil }
        func rank(_ key: String) -> Int {
            if let index = order.firstIndex(of: key) { return index < 7 ? index : index + 1 }
            if let year = Int(key) { return 100 + year % 10_000 }
            return 7  // a row id: after the rate's own figures, before the sums
        }
        let keys = values.keys.filter { !(hasTerms && ($0 == "left" || $0 == "right")) }.sorted { a, b in
            rank(a) != rank(b) ? rank(a) < rank(b) : a < b
        }
        return keys.map { key in
            let name = names[key] ?? (Int(key) != nil ? "Năm \(key)" : key)
            return "\(name) = \(VietnameseNumber.format(values[key]!, maxFractionDigits: 4))"
        }.joined(separator: "; ")
    }
}
