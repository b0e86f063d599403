import Foundation
import Model
import Testing
import Workbook
import WorkbookInput

/// The Ghi chú cells of an entry workbook: typed into (by rewriting the cells' XML), they read
/// back as the rows' notes, at the paths the JSON input takes them (`$.notes["<row id>"]`, under
/// `$.appendices[i].data` in a submission), as text whatever was typed, and their findings name
/// the row.
@Suite("Ghi chú cells of entry workbooks")
struct NoteCellTests {
    static func notes(_ ids: String...) -> [JSONPath] { ids.map { JSONPath("notes", $0) } }

    /// The cell of `path` in the blank workbook at `url`.
    func cell(of path: JSONPath, in url: URL) throws -> InputDocument.Cell {
        let blank = try WorkbookInput.read(path: url.path, catalog: Repo.catalog)
        return try #require(blank.cell(of: path), "no cell for \(path)")
    }

    @Test("a note typed as text, one typed as a number, a blank one: the notes after the values, texts as typed; no finding")
    func oneForm() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blank = directory.appendingPathComponent("form.xlsx")
        try EntryWorkbookWriter.write(template: try Repo.catalog.template(id: "bang2-nam").defaultWording, period: Period(year: 2023), to: blank.path)
        let value = try cell(of: JSONPath(components: [.key("values"), .key("i.1.nhiem-vu-de-ra")]), in: blank)
        let first = try cell(of: JSONPath("notes", "i.1.nhiem-vu-de-ra"), in: blank)
        let second = try cell(of: JSONPath("notes", "i.1.van-ban-chi-dao"), in: blank)
        // The note of a row sits on the row of its value, in the Ghi chú column (E).
        #expect(first.sheet == "Bảng 2" && first.reference == "E10" && value.reference == "D10")
        #expect(second.reference == "E12")
        // A free-text row whose answer spans the Ghi chú column has no note cell of its own.
        let blankInput = try WorkbookInput.read(path: blank.path, catalog: Repo.catalog)
        #expect(blankInput.cell(of: JSONPath("notes", "i.8")) == nil)
        #expect(blankInput.cell(of: JSONPath(components: [.key("values"), .key("i.8")])) != nil)
        let typed = directory.appendingPathComponent("typed.xlsx")
        try Typing.type([(value.sheet, value.reference, .number("12")), (first.sheet, first.reference, .text("Theo kế hoạch số 15/KH-UBND")),
                         (second.sheet, second.reference, .number("12"))], into: blank, to: typed)
        let input = try WorkbookInput.read(path: typed.path, catalog: Repo.catalog)
        let expected = try JSONValue.parsing("""
            { "template": "bang2-nam", "unit": {}, "period": { "year": 2023 }, "values": { "i.1.nhiem-vu-de-ra": 12 },
              "notes": { "i.1.nhiem-vu-de-ra": "Theo kế hoạch số 15/KH-UBND", "i.1.van-ban-chi-dao": "12" } }
            """)
        #expect(input.document.text() == expected.text())
        #expect(input.findings.isEmpty)
        #expect(input.cell(of: JSONPath("notes", "i.1.nhiem-vu-de-ra")) == first)
        // Checked as the JSON is: no note finding (the form has a Ghi chú column).
        let checked = Pipeline.checkInput(at: typed.path, catalog: Repo.catalog, loader: WorkbookInput.loader)
        #expect(!checked.findings.contains { $0.code == .noteAsComment })
        let report = try #require(checked.report)
        #expect(report.rows.first { $0.row.id == "i.1.nhiem-vu-de-ra" }?.note == "Theo kế hoạch số 15/KH-UBND")
    }

    @Test("a formula in a note cell: its value, with the finding at the cell, naming the row")
    func formula() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blank = directory.appendingPathComponent("form.xlsx")
        try EntryWorkbookWriter.write(template: try Repo.catalog.template(id: "bang2-nam").defaultWording, period: Period(year: 2023), to: blank.path)
        let note = try cell(of: JSONPath("notes", "i.1.nhiem-vu-hoan-thanh"), in: blank)
        let typed = directory.appendingPathComponent("typed.xlsx")
        try Typing.type([(note.sheet, note.reference, .formula("B11"))], into: blank, to: typed)
        let input = try WorkbookInput.read(path: typed.path, catalog: Repo.catalog)
        let finding = try #require(input.findings.first)
        #expect(input.findings.count == 1)
        #expect(finding.code == .workbookFormulaAsValue)
        #expect(finding.location.place == .cell(sheet: "Bảng 2", reference: "E11"))
        #expect(finding.row == "i.1.nhiem-vu-hoan-thanh")
    }

    @Test("a submission: each appendix's notes under its data, after its values")
    func submission() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blank = directory.appendingPathComponent("bao-cao.xlsx")
        let templates = try ["bang2-nam", "can-bo-dau-moi"].map { try Repo.catalog.template(id: $0).defaultWording }
        try EntryWorkbookWriter.writeSubmission(templates: templates, period: Period(year: 2023), to: blank.path)
        let data = JSONPath.root.child("appendices").element(0).child("data")
        let note = try cell(of: data.child("notes").child("i.1.nhiem-vu-de-ra"), in: blank)
        #expect(note.sheet == "Bảng 2" && note.reference == "E10")
        // can-bo-dau-moi has no Ghi chú column: no note cells.
        let blankInput = try WorkbookInput.read(path: blank.path, catalog: Repo.catalog)
        #expect(!blankInput.cells.contains { $0.path.description.hasPrefix("$.appendices[1].data.notes") })
        let typed = directory.appendingPathComponent("typed.xlsx")
        try Typing.type([(note.sheet, note.reference, .text("Số liệu ước tính"))], into: blank, to: typed)
        let input = try WorkbookInput.read(path: typed.path, catalog: Repo.catalog)
        guard case .object(let members) = input.document, let appendices = members.first(where: { $0.key == "appendices" })?.value,
              case .array(let items) = appendices, case .object(let first) = items.first,
              let firstData = first.first(where: { $0.key == "data" })?.value else {
            Issue.record("no appendices in \(input.document.text())")
            return
        }
        #expect(firstData.text() == (try JSONValue.parsing(#"{ "values": {}, "notes": { "i.1.nhiem-vu-de-ra": "Số liệu ước tính" } }"#)).text())
    }
}
