import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// A note given for a row of a form without a Ghi chú column (the ten-year review, Phụ lục 3,
/// Bảng 1) is kept word for word as a comment on one cell of the row — the last year's on a
/// per-year form, the first value cell on the others — by `fill` and `submit` alike, and a
/// `note.as-comment` warning names that cell. Nothing is dropped with "0 lỗi, 0 cảnh báo".
@Suite("notes on forms without a Ghi chú column", .serialized)
struct NoteCommentTests {
    /// A form, an input for it with one note, and the cell that must carry the note.
    struct Case: Sendable, CustomStringConvertible {
        var template: String
        var row: String
        var period: String
        var values: String
        /// Offset of the comment's cell from the first value column (the last year: years − 1).
        var offset: Int
        var column: ValueColumn
        var description: String { template }
    }

    static let note = "Số liệu năm 2020 tính đến 31/3, chưa đủ cả năm; \"Một cửa\" cấp xã chưa tổng hợp được."
    static let cases = [
        Case(template: "tong-ket-2011-2020", row: "1.tthc-ra-soat", period: #"{"from": 2016, "to": 2020, "cutoff": "2020-03-31"}"#,
             values: #""1.tthc-ra-soat": {"2016": 40, "2020": 12}"#, offset: 4, column: .year(2020)),
        Case(template: "muc-tieu-30c", row: "muc-tieu-4", period: #"{"year": 2020}"#,
             values: #""muc-tieu-4": "Không đạt""#, offset: 0, column: .single),
        Case(template: "can-bo-dau-moi", row: "lanh-dao-phu-trach-cchc", period: #"{"year": 2021}"#,
             values: #""lanh-dao-phu-trach-cchc": {"ho_ten": "Trần Minh Khôi"}"#, offset: 0, column: .key("ho_ten")),
    ]

    static func input(_ item: Case, note: String = NoteCommentTests.note) -> String {
        let quoted = note.replacingOccurrences(of: "\"", with: "\\\"")
        return """
        { "template": "\(item.template)", "unit": { "name": "UBND xã Thử Nghiệm", "province": "Tỉnh Hải Lam" },
          "period": \(item.period), "values": { \(item.values) }, "notes": { "\(item.row)": "\(quoted)" } }
        """
    }

    @Test("fill: the note is a comment on the row's cell, and a warning on the note's path names that cell", arguments: cases)
    func fill(_ item: Case) throws {
        let dir = try Repo.temporaryDirectory()
        let (report, url, findings) = try Repo.fill(try Repo.writeInput(Self.input(item), named: "in.json", in: dir), into: dir)
        // The finding: a warning of its own code, at the note's JSON path, about the row and the cell.
        #expect(findings.map(\.code) == [.noteAsComment], "\(findings.map(Catalogue.english.line))")
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.path == JSONPath("notes", item.row) && finding.row == item.row)
        #expect(finding.problem == .noteAsComment(column: item.column))
        #expect(finding.year == item.column.year && finding.location.column == item.column.key)
        let message = Catalogue.vietnamese.message(finding.problem)
        #expect(message.contains("không có cột Ghi chú") && message.contains("chú thích"), "\(message)")

        // The workbook: the note word for word in the comment of that cell, and no other comment.
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        let rows = try SheetRows(sheet: sheet, template: report.template)
        let index = try #require(report.template.rows.firstIndex { $0.id == item.row })
        let firstValue = try #require(report.template.columns.firstIndex { $0.role == .value || $0.role == .years })
        let cell = CellRef(row: rows.row(of: index), col: firstValue + item.offset)
        #expect(sheet.comments == [cell.a1: "Ghi chú: " + Self.note], "\(sheet.comments)")
        // The cell the finding points at (the link of the Kiểm tra sheet) is the comment's.
        let target = try #require(AppendixDecorations.cell(of: finding, report: report, layout: FormLayout(report: report)))
        #expect(CellRef(row: target.row, col: target.col) == cell)
    }

    @Test("a form with a Ghi chú column shows the note there: no comment, no finding")
    func noteColumn() throws {
        let dir = try Repo.temporaryDirectory()
        let input = try Repo.writeInput("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "i.1.nhiem-vu-de-ra": 12 }, "notes": { "i.1.nhiem-vu-de-ra": "\(Self.note.replacingOccurrences(of: "\"", with: "\\\""))" } }
        """, named: "b2.json", in: dir)
        let (report, url, findings) = try Repo.fill(input, into: dir)
        #expect(findings.isEmpty, "\(findings.map(Catalogue.english.line))")
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        #expect(sheet.comments.isEmpty)
        #expect(sheet.orderedCells.contains { $0.text == Self.note })
    }

    @Test("submit: the same comment and warning; a rate reported without counts in that cell gets one comment with both")
    func submit() throws {
        let dir = try Repo.temporaryDirectory()
        let submission = try Repo.writeInput("""
        { "unit": { "name": "UBND huyện Tân Hòa Đông", "province": "Tỉnh Phú An" },
          "report": { "number": "58/BC-UBND", "date": "2020-04-15", "place": "Tân Hòa Đông" },
          "period": { "from": 2016, "to": 2020, "cutoff": "2020-03-31" },
          "signer": { "title": "CHỦ TỊCH", "name": "Đặng Quốc Huy" },
          "appendices": [
            { "template": "tong-ket-2011-2020", "data": {
                "values": { "1.tthc-ra-soat": { "2016": 40, "2020": 12 }, "5.ty-le-dung-han-xa": { "2019": {"value": 99.5}, "2020": {"value": 98.5} } },
                "notes": { "1.tthc-ra-soat": "Tính đến 31/3", "5.ty-le-dung-han-xa": "Cấp xã chưa thống kê số hồ sơ" } } },
            { "template": "muc-tieu-30c", "data": { "values": { "muc-tieu-1": "Đạt" }, "notes": { "muc-tieu-1": "Theo kết quả chấm điểm" } } }
          ] }
        """, named: "submission.json", in: dir)
        let checked = Pipeline.checkSubmission(at: submission.path, catalog: try Repo.catalog())
        let notes = checked.findings.filter { $0.code == .noteAsComment }
        #expect(notes.map { $0.path?.description ?? "" } == ["$.appendices[0].data.notes[\"1.tthc-ra-soat\"]", "$.appendices[0].data.notes[\"5.ty-le-dung-han-xa\"]",
                                          "$.appendices[1].data.notes[\"muc-tieu-1\"]"], "\(notes.map(Catalogue.english.line))")
        #expect(notes.allSatisfy { $0.severity == .warning })
        #expect(checked.findings.errorCount == 0, "\(checked.findings.map(Catalogue.english.line))")
        let result = try #require(checked.submission)
        let url = dir.appendingPathComponent("out.xlsx")
        try SubmissionWriter.write(result, to: url.path)
        let file = try XLSXFile(url: url)

        let review = try #require(result.appendices[0].report)
        let sheet = try #require(file.sheet("Phụ lục 2"))
        let rows = try SheetRows(sheet: sheet, template: review.template)
        let firstYear = try #require(review.template.columns.firstIndex { $0.role == .years })
        func cell(_ id: String, year: Int) throws -> String {
            let index = try #require(review.template.rows.firstIndex { $0.id == id })
            return CellRef(row: rows.row(of: index), col: firstYear + year - 2016).a1
        }
        let rate = try cell("5.ty-le-dung-han-xa", year: 2020)
        #expect(sheet.comments[try cell("1.tthc-ra-soat", year: 2020)] == "Ghi chú: Tính đến 31/3")
        // 2019: the remark on the reported rate only; 2020: the remark, then the note, in one comment.
        #expect(sheet.comments[try cell("5.ty-le-dung-han-xa", year: 2019)]?.contains("Ghi chú") == false)
        let both = try #require(sheet.comments[rate], "\(sheet.comments)")
        #expect(both.hasPrefix("Tỷ lệ do đơn vị báo cáo: 98,5 %") && both.hasSuffix("\n\nGhi chú: Cấp xã chưa thống kê số hồ sơ"), "\(both)")
        #expect(sheet.comments.count == 3)

        let targets = try #require(file.sheet("Phụ lục 3"))
        let targetRows = try SheetRows(sheet: targets, template: try #require(result.appendices[1].report).template)
        #expect(targets.comments == [CellRef(row: targetRows.row(of: 0), col: 2).a1: "Ghi chú: Theo kết quả chấm điểm"])
    }
}
