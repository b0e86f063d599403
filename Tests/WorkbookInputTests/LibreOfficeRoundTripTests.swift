import Foundation
import Model
import Testing
import Workbook
import WorkbookInput
import XLSXReader

/// An entry workbook typed into and saved by LibreOffice (shared strings, its own styles,
/// recalculated formulas) reads back as exactly the values typed; checking and filling it gives
/// the same findings, located by cell, and the same workbook bytes as the JSON it exports.
@Suite("entry workbooks saved by LibreOffice", .serialized, .enabled(if: LibreOffice.executable != nil))
struct LibreOfficeRoundTripTests {
    /// An init workbook of `template`, typed into as `typing` says (cells found by their JSON
    /// paths in the map) and saved by LibreOffice; the values are read back from the saved file.
    func typed(_ template: String, period: Period, _ typing: [(path: JSONPath, typed: Typing.Typed)],
               in directory: URL) throws -> (saved: URL, input: InputDocument) {
        let blank = directory.appendingPathComponent("\(template).xlsx")
        try EntryWorkbookWriter.write(template: try Repo.catalog.template(id: template).defaultWording, period: period, to: blank.path)
        let map = try WorkbookInput.read(path: blank.path, catalog: Repo.catalog)
        var values: [(sheet: String, cell: String, typed: Typing.Typed)] = []
        for (path, typed) in typing {
            let cell = try #require(map.cells.first { $0.path == path }?.cell, "no cell for \(path)")
            values.append((cell.sheet, cell.reference, typed))
        }
        let typedFile = directory.appendingPathComponent("typed.xlsx")
        try Typing.type(values, into: blank, to: typedFile)
        let saved = directory.appendingPathComponent("\(template)-saved.xlsx")
        try LibreOffice.saveAsXLSX(typedFile, to: saved)
        return (saved, try WorkbookInput.read(path: saved.path, catalog: Repo.catalog))
    }

    static func values(_ keys: String...) -> JSONPath { JSONPath(components: [.key("values")] + keys.map(JSONPath.Component.key)) }

    @Test("a one-year form: counts, a rate's counts, a code typed in lower case, Vietnamese notation as text, a formula, a blank")
    func oneYear() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (saved, input) = try typed("bang2-nam", period: Period(year: 2023), [
            (JSONPath("unit", "name"), .text("UBND huyện Tân Hòa")),
            (Self.values("i.1.nhiem-vu-de-ra"), .number("12")),
            (Self.values("i.1.nhiem-vu-hoan-thanh"), .number("10")),
            (Self.values("i.1.van-ban-chi-dao"), .text("1.130")),
            (Self.values("i.2.phong-ban-kiem-tra"), .formula("D10+1")),
            (Self.values("i.3.ty-le-tuyen-truyen", "numerator"), .number("9")),
            (Self.values("i.3.ty-le-tuyen-truyen", "denominator"), .number("10")),
            (Self.values("i.3.hop-hoi-nghi"), .text("có")),
        ], in: directory)
        let expected = try JSONValue.parsing("""
            { "template": "bang2-nam", "unit": { "name": "UBND huyện Tân Hòa" }, "period": { "year": 2023 },
              "values": { "i.1.nhiem-vu-de-ra": 12, "i.1.nhiem-vu-hoan-thanh": 10, "i.1.van-ban-chi-dao": "1.130",
                          "i.2.phong-ban-kiem-tra": 13,
                          "i.3.ty-le-tuyen-truyen": { "numerator": 9, "denominator": 10 }, "i.3.hop-hoi-nghi": "có" } }
            """)
        #expect(input.document.text() == expected.text())
        let formula = try #require(input.findings.first)
        #expect(input.findings.count == 1)
        #expect(formula.code == .workbookFormulaAsValue && formula.severity == .warning)
        #expect(formula.location.place == .cell(sheet: "Bảng 2", reference: "D14") && formula.row == "i.2.phong-ban-kiem-tra")
        try sameAsJSON(saved: saved, input: input, in: directory)
    }

    @Test("a per-year form: one cell per year, the range read from its cells")
    func perYear() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = try Repo.catalog.template(id: "tong-ket-2011-2020")
        let count = try #require(template.rows.first { $0.kind == .count && $0.derived == nil })
        let (saved, input) = try typed("tong-ket-2011-2020", period: Period(from: 2019, to: 2020), [
            (JSONPath("unit", "name"), .text("UBND huyện Tân Hòa")),
            (Self.values(count.id, "2019"), .number("1130")),
            (Self.values(count.id, "2020"), .text("1.245")),
        ], in: directory)
        let expected = try JSONValue.parsing("""
            { "template": "tong-ket-2011-2020", "unit": { "name": "UBND huyện Tân Hòa" }, "period": { "from": 2019, "to": 2020 },
              "values": { "\(count.id)": { "2019": 1130, "2020": "1.245" } } }
            """)
        #expect(input.document.text() == expected.text())
        #expect(input.findings.isEmpty)
        try sameAsJSON(saved: saved, input: input, in: directory)
    }

    /// Checking the workbook and checking the JSON it exports give the same findings (the
    /// workbook's located at the cells of their paths, plus what reading the cells found), and
    /// filling both gives the same bytes.
    func sameAsJSON(saved: URL, input: InputDocument, in directory: URL) throws {
        let json = directory.appendingPathComponent("exported.json")
        try Data((input.document.text() + "\n").utf8).write(to: json)
        let fromWorkbook = Pipeline.checkInput(at: saved.path, catalog: Repo.catalog, loader: WorkbookInput.loader)
        let fromJSON = Pipeline.checkInput(at: json.path, catalog: Repo.catalog, loader: WorkbookInput.loader)
        let read = Set(input.findings.map(\.code))
        let checks = fromWorkbook.findings.filter { !read.contains($0.code) }
        #expect(checks.map(\.problem) == fromJSON.findings.map(\.problem))
        #expect(checks.map(\.row) == fromJSON.findings.map(\.row))
        for (cell, path) in zip(checks, fromJSON.findings) {
            guard let path = path.path, let expected = input.cell(of: path) else { continue }
            #expect(cell.location.place == .cell(sheet: expected.sheet, reference: expected.reference))
            #expect(cell.file == saved.path)
        }
        #expect(fromWorkbook.findings.contains { if case .cell = $0.location.place { true } else { false } } || fromJSON.findings.isEmpty)
        let a = directory.appendingPathComponent("a.xlsx"), b = directory.appendingPathComponent("b.xlsx")
        try WorkbookWriter.write(report: try #require(fromWorkbook.report), to: a.path)
        try WorkbookWriter.write(report: try #require(fromJSON.report), to: b.path)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
