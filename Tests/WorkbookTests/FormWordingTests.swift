import Foundation
import Model
import Testing
import Workbook
import XLSXReader
import Xlsx

/// The forms to the letter: their titles and labels, the form's own instructions in Ghi chú,
/// room for a free-text answer, wording that belongs to one province, and nothing printed that
/// the official form does not have.
@Suite("the forms to the letter", .serialized)
struct FormWordingTests {
    /// Every text of a sheet, NFC.
    static func texts(_ sheet: Worksheet) -> [String] {
        sheet.orderedCells.compactMap { $0.text?.precomposedStringWithCanonicalMapping }
    }

    // MARK: Titles and labels

    @Test("titles: Bảng 1 has its title, the ten-year sheet its PHỤ LỤC 2, Phụ lục 3 its dotted (Kèm theo văn bản số …) in fill")
    func titles() throws {
        let expected: [String: [String]] = [
            "can-bo-dau-moi": ["BẢNG 1", "CÁN BỘ, CÔNG CHỨC ĐẦU MỐI PHỤ TRÁCH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"],
            "tong-ket-2011-2020": ["PHỤ LỤC 2", "SỐ LIỆU KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GIAI ĐOẠN 2011 - 2020"],
            "muc-tieu-30c": ["PHỤ LỤC 3", "Đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của các ngành, địa phương",
                             "(Kèm theo văn bản số \(Report.numberToFillIn))"],
            "bang2-nam": ["PHỤ LỤC 2", "BẢNG 2", "THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "NĂM 2021"],
        ]
        for (id, lines) in expected {
            let filled = try FilledExample(id)
            // The lines above the table, top to bottom, in column A.
            let above = filled.sheet.cells(inColumn: 0).filter { $0.ref.row < filled.rows.firstRow - 2 }.compactMap(\.text)
            #expect(Array(above.prefix(lines.count)) == lines, "\(id): \(above)")
        }
    }

    @Test("a submission prints the report's number in Phụ lục 3's (Kèm theo văn bản số …) line")
    func attachedToNumber() throws {
        let (submission, url) = try SubmissionTests.write(SubmissionTests.review.path)
        let sheet = try #require(try XLSXFile(url: url).sheet("Phụ lục 3"))
        let number = try #require(submission.report.number)
        #expect(Self.texts(sheet).contains("(Kèm theo văn bản số \(number))"))
        #expect(!Self.texts(sheet).contains { $0.contains(Report.numberToFillIn) })
    }

    @Test("the cover names each form as the template says: the ten-year appendix without a stray year, Bảng 2 with its year")
    func coverNames() throws {
        for (path, names) in [(SubmissionTests.review.path, ["Phụ lục 2 – Tổng kết Chương trình tổng thể CCHC 2011–2020: số liệu kết quả cải cách thủ tục hành chính theo từng năm"]),
                              (SubmissionTests.annual.path, ["Phụ lục 2 – Bảng 2: Thống kê số liệu và kết quả thực hiện công tác cải cách hành chính năm 2021"])] {
            let (_, url) = try SubmissionTests.write(path)
            let cover = try #require(try XLSXFile(url: url).sheet("Thông tin chung"))
            for name in names { #expect(Self.texts(cover).contains(name), "\(path): cover lacks \(name)") }
            #expect(!Self.texts(cover).contains { $0.hasSuffix("theo từng năm 2020") })
        }
    }

    // MARK: Wording of one province

    @Test("the portal in Bảng 2 I.3 is the unit's, Sóc Trăng's by default")
    func portal() throws {
        let dir = try Repo.temporaryDirectory()
        let row = "i.3.tin-bai-chuyen-trang"
        for (unit, expected) in [(#"{"name": "UBND xã Thử Nghiệm", "portal": "https://cchc.phuan.example.vn/"}"#, "https://cchc.phuan.example.vn/"),
                                 (#"{"name": "UBND xã Thử Nghiệm"}"#, "https://cchc.soctrang.gov.vn/")] {
            let input = try Repo.writeInput(#"{"template": "bang2-nam", "unit": \#(unit), "period": {"year": 2022}, "values": {"\#(row)": 3}}"#,
                                            named: "portal.json", in: dir)
            let (report, url, _) = try Repo.fill(input, into: dir)
            let label = "Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh (\(expected))"
            #expect(report.row(id: row)?.row.label == label)
            let sheet = try #require(try XLSXFile(url: url).sheet("Bảng 2"))
            #expect(Self.texts(sheet).contains(label))
            #expect(!Self.texts(sheet).contains { $0.contains("{portal}") })
        }
    }

    // MARK: Free text

    @Test("Bảng 2 I.8, free text, takes the Số liệu and Ghi chú columns, merged, and a row no taller than its text")
    func freeText() throws {
        let filled = try FilledExample("bang2-nam")
        let index = try #require(filled.report.template.rows.firstIndex { $0.id == "i.8" })
        let r = filled.rows.row(of: index)
        let value = filled.firstValueColumn
        let note = try #require(filled.report.template.columns.firstIndex { $0.role == .note })
        let answer = try #require(filled.example.values["i.8"] as? String)
        #expect(filled.sheet.cell(row: r, col: value)?.text == answer)
        let merge = CellAddress.a1(row: r, col: value) + ":" + CellAddress.a1(row: r, col: note)
        #expect(filled.sheet.merges.contains(merge), "\(filled.sheet.merges.filter { $0.hasPrefix(CellAddress.column(value)) })")
        // Before: 145 points in the narrow Số liệu column; across both columns the answer takes three lines.
        let height = try #require(filled.sheet.rowHeights[r])
        #expect(height < 70, "row of I.8 is \(height) points tall")
    }

    @Test("spanNote only on a text row of a form with one value column and a note column")
    func spanNoteChecked() throws {
        let catalog = try Repo.templates(patching: [:])
        var template = try catalog.template(id: "bang2-nam")
        #expect(template.structuralProblems().isEmpty)
        let count = try #require(template.rows.firstIndex { $0.kind == .count })
        template.rows[count].spanNote = true
        #expect(template.structuralProblems() == [.spanNoteNotText(row: template.rows[count].id)])
        var contacts = try catalog.template(id: "can-bo-dau-moi")
        contacts.rows[0].spanNote = true
        #expect(contacts.structuralProblems() == [.spanNoteNotText(row: contacts.rows[0].id)])
    }

    // MARK: The form's own instructions

    @Test("a row's instruction is printed in Ghi chú, in italics, where the unit gives no note; the unit's note replaces it")
    func instruction() throws {
        // The reference forms give no instruction: a copy of Bảng 2 with two, for the test.
        let catalog = try Repo.templates(patching: ["bang2-nam": {
            $0.replacingOccurrences(of: #""label": "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp","#,
                                    with: #""label": "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp", "instruction": "Thời gian tổ chức","#)
              .replacingOccurrences(of: #""label": "Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng","#,
                                    with: #""label": "Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng", "instruction": "Ghi rõ nội dung vi phạm","#)
        }])
        let template = try catalog.template(id: "bang2-nam")
        #expect(template.rows.first { $0.id == "i.6" }?.instruction == "Thời gian tổ chức")
        let dir = try Repo.temporaryDirectory()
        let input = try Repo.writeInput("""
            {"template": "bang2-nam", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022},
             "values": {"i.6": 1, "i.7": 0}, "notes": {"i.7": "Chậm nộp báo cáo quý II"}}
            """, named: "instruction.json", in: dir)
        let (report, url, _) = try Repo.fill(input, into: dir, catalog: catalog)
        let file = try XLSXFile(url: url)
        let sheet = try #require(file.sheet("Bảng 2"))
        let rows = try SheetRows(sheet: sheet, template: report.template)
        let note = try #require(template.columns.firstIndex { $0.role == .note })
        let i6 = try #require(report.rowIndex["i.6"]), i7 = try #require(report.rowIndex["i.7"])
        let six = try #require(sheet.cell(row: rows.row(of: i6), col: note))
        #expect(six.text == "Thời gian tổ chức")
        #expect(file.style(of: six).italic)
        let seven = try #require(sheet.cell(row: rows.row(of: i7), col: note))
        #expect(seven.text == "Chậm nộp báo cáo quý II")
        #expect(!file.style(of: seven).italic)
    }

    @Test("the bundled forms carry no instruction: the reference lists give none")
    func noInventedInstructions() throws {
        for template in try Repo.catalog().templates {
            #expect(template.rows.allSatisfy { $0.instruction == nil }, "\(template.id)")
        }
    }

    // MARK: Nothing that is not on the form

    @Test("the printed Phụ lục 3 is the form: no tally under the 16 targets")
    func noTallyOnTheForm() throws {
        let filled = try FilledExample("muc-tieu-30c")
        let last = filled.rows.row(of: filled.report.template.rows.count - 1)
        #expect(filled.sheet.orderedCells.allSatisfy { $0.ref.row <= last }, "cells below the last target")
        #expect(!Self.texts(filled.sheet).contains("Số mục tiêu đạt"))
        #expect(filled.sheet.orderedCells.allSatisfy { $0.formula == nil })
    }

    @Test("a template that asks for it (tally) counts the Đạt answers under its table with a live formula")
    func tallyOnRequest() throws {
        let catalog = try Repo.templates(patching: ["muc-tieu-30c": {
            $0.replacingOccurrences(of: #""period": "none","#, with: #""period": "none", "tally": true,"#)
        }])
        #expect(try catalog.template(id: "muc-tieu-30c").tally == true)
        let dir = try Repo.temporaryDirectory()
        let input = Repo.examples.appendingPathComponent("muc-tieu-30c.json")
        let (report, url, _) = try Repo.fill(input, into: dir, catalog: catalog)
        let given = try ExampleInput(input).values.values.compactMap { $0 as? String }
        let achieved = given.filter { $0 == "Đạt" }.count
        let total = report.template.rows.filter { $0.kind == .pass }.count
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        let label = try #require(sheet.orderedCells.first { $0.text == "Số mục tiêu đạt" })
        let valueColumn = try #require(report.template.columns.firstIndex { $0.role == .value })
        let tally = try #require(sheet.cell(row: label.ref.row, col: valueColumn))
        #expect(tally.formula?.contains("COUNTIF") == true)
        #expect(tally.text == "\(achieved)/\(total)")
        let grid = try #require(try LibreOffice.recalculatedCSV(of: url)[report.template.sheetName])
        #expect(grid[tally.ref.row][tally.ref.col] == "\(achieved)/\(total)")
        // Not-assessed targets stay blank and are not counted.
        #expect(achieved < total)
    }

    @Test("a submission's cover counts Phụ lục 3's Đạt answers, live, over the appendix's cells")
    func tallyOnTheCover() throws {
        let (submission, url) = try SubmissionTests.write(SubmissionTests.review.path)
        let report = try #require(submission.appendices.first { $0.sheetName == "Phụ lục 3" }?.report)
        let achieved = report.rows.filter { $0.values.first == .pass(true) }.count
        let total = report.rows.filter { $0.row.kind == .pass }.count
        let cover = try #require(try XLSXFile(url: url).sheet("Thông tin chung"))
        let label = try #require(cover.orderedCells.first { $0.text == "Số mục tiêu đạt" })
        let tally = try #require(cover.cells(inRow: label.ref.row).first { $0.formula != nil })
        #expect(tally.formula?.contains("COUNTIF('Phụ lục 3'!") == true, "\(tally.formula ?? "")")
        #expect(tally.text == "\(achieved)/\(total)")
        let grid = try #require(try LibreOffice.recalculatedCSV(of: url)["Thông tin chung"])
        #expect(grid[tally.ref.row][tally.ref.col] == "\(achieved)/\(total)")
        // The appendix itself stays the form.
        let appendix = try #require(try XLSXFile(url: url).sheet("Phụ lục 3"))
        #expect(!Self.texts(appendix).contains("Số mục tiêu đạt"))
    }
}
