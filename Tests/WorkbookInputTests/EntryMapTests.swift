import Foundation
import Model
import Testing
@testable import WorkbookInput
import Workbook
import XLSXReader

/// The map `_cchc`: what the reader refuses, each with its finding at the map's cell.
@Suite("entry map")
struct EntryMapTests {
    /// A workbook with a sheet `Bảng 2` (D10 = 12) and a map of the given rows (inline strings,
    /// `#n` for a number).
    func workbook(map rows: [[String]]?, in directory: URL) throws -> URL {
        func cells(_ row: [String], _ r: Int) -> String {
            row.enumerated().map { column, value in
                let ref = ["A", "B", "C"][column] + String(r)
                if value.hasPrefix("#") { return "<c r=\"\(ref)\"><v>\(value.dropFirst())</v></c>" }
                return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(XLSXFixture.escape(value))</t></is></c>"
            }.joined()
        }
        var sheets = [XLSXFixture.Sheet(name: "Bảng 2", body: "<sheetData><row r=\"10\"><c r=\"D10\"><v>12</v></c></row></sheetData>")]
        if let rows {
            let body = rows.enumerated().map { "<row r=\"\($0.offset + 1)\">\(cells($0.element, $0.offset + 1))</row>" }.joined()
            sheets.append(XLSXFixture.Sheet(name: "_cchc", body: "<sheetData>\(body)</sheetData>"))
        }
        let url = directory.appendingPathComponent("map-\(UUID().uuidString).xlsx")
        try XLSXFixture.write(parts: XLSXFixture.minimalWorkbook(sheets: sheets), to: url)
        return url
    }

    static let good: [[String]] = [
        ["cchc-workbook", "#1"], ["template", "bang2-nam"], ["templateVersion", "2021"], ["kind", "entry"], ["language", "vi"],
        ["sheet", "cell", "path"], ["Bảng 2", "D10", #"$.values["i.1.nhiem-vu-de-ra"]"#],
    ]

    func failure(_ rows: [[String]]?) throws -> Finding? {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try workbook(map: rows, in: directory)
        do {
            _ = try WorkbookInput.read(path: url.path, catalog: Repo.catalog)
            return nil
        } catch {
            return error.finding
        }
    }

    @Test("a map as init writes it gives the document and the cell of each value")
    func good() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try WorkbookInput.read(path: try workbook(map: Self.good, in: directory).path, catalog: Repo.catalog)
        #expect(input.document.text() == (try JSONValue.parsing(#"{"template": "bang2-nam", "unit": {}, "values": {"i.1.nhiem-vu-de-ra": 12}}"#)).text())
        #expect(input.cell(of: JSONPath("values", "i.1.nhiem-vu-de-ra")) == InputDocument.Cell(sheet: "Bảng 2", reference: "D10"))
        #expect(input.findings.isEmpty)
    }

    @Test("a workbook without the map is read by its layout: one that matches no form is workbook.template-unclear")
    func noMap() throws {
        let finding = try failure(nil)
        #expect(finding?.problem == .workbookTemplateUnclear(candidates: []))
        #expect(finding?.problem.isUnreadableFile == true)
    }

    @Test("a damaged map is workbook.map-malformed at the cell that is wrong")
    func malformed() throws {
        var rows = Self.good
        rows[0][0] = "Bảng 2"
        var finding = try failure(rows)
        #expect(finding?.problem == .workbookMapMalformed(expected: "cchc-workbook", found: "Bảng 2"))
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "A1"))
        rows = Self.good
        rows[0][1] = "#2"
        finding = try failure(rows)
        #expect(finding?.problem == .workbookMapMalformed(expected: "1", found: "2"))
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "B1"))
        rows = Self.good
        rows[6][2] = "values.i.1"
        finding = try failure(rows)
        #expect(finding?.code == .workbookMapMalformed)
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "C7"))
        rows = Self.good
        rows.append(rows[6])
        finding = try failure(rows)
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "C8"))
    }

    @Test("a template the catalog does not have is input.unknown-template at its cell of the map")
    func unknownTemplate() throws {
        var rows = Self.good
        rows[1][1] = "bang2-nan"
        let finding = try failure(rows)
        guard case .unknownTemplate(let id, _, let nearest)? = finding?.problem else {
            Issue.record("not unknown-template: \(String(describing: finding))")
            return
        }
        #expect(id == "bang2-nan" && nearest == "bang2-nam")
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "B2"))
    }

    @Test("a map cell on a sheet the workbook does not have, or outside any sheet, is workbook.map-cell")
    func cellOutside() throws {
        var rows = Self.good
        rows[6][0] = "Bảng 3"
        var finding = try failure(rows)
        #expect(finding?.problem == .workbookMapCell(sheet: "Bảng 3", reference: "D10"))
        #expect(finding?.location.place == .cell(sheet: "_cchc", reference: "A7"))
        rows = Self.good
        rows[6][1] = "XFE1"
        finding = try failure(rows)
        #expect(finding?.problem == .workbookMapCell(sheet: "Bảng 2", reference: "XFE1"))
    }

    @Test("another version of the template is a warning, and the workbook is read")
    func otherVersion() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var rows = Self.good
        rows[2][1] = "2019"
        let input = try WorkbookInput.read(path: try workbook(map: rows, in: directory).path, catalog: Repo.catalog)
        #expect(input.findings.map(\.problem) == [.workbookMapVersion(template: "bang2-nam", workbook: "2019", installed: "2021")])
        #expect(input.findings.first?.severity == .warning)
    }
}

/// The reader's copy of the map's layout is the writer's.
@Suite("entry map layout")
struct EntryMapLayoutTests {
    @Test("sheet name, signature, version and column heads agree with Workbook.EntryMap")
    func constants() {
        #expect(EntryMapReader.sheetName == EntryMap.sheetName)
        #expect(EntryMapReader.signature == EntryMap.signature)
        #expect(EntryMapReader.formatVersion == EntryMap.formatVersion)
        #expect(EntryMapReader.columnHeads == EntryMap.columnHeads)
    }
}

/// A submission's map: lists keep the lines typed, in order, and each its own cell.
@Suite("entry map of a submission")
struct SubmissionMapTests {
    @Test("a blank line of recipients drops out, and the next line keeps its own cell")
    func recipients() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows: [[String]] = [
            ["cchc-workbook", "#1"], ["template", "bang2-nam"], ["templateVersion", "2021"], ["kind", "entry"], ["language", "vi"],
            ["sheet", "cell", "path"],
            ["Thông tin chung", "B3", "$.unit.name"],
            ["Thông tin chung", "B20", "$.recipients[0]"],
            ["Thông tin chung", "B21", "$.recipients[1]"],
            ["Bảng 2", "D10", #"$.appendices[0].data.values["i.1.nhiem-vu-de-ra"]"#],
        ]
        func cells(_ row: [String], _ r: Int) -> String {
            row.enumerated().map { column, value in
                let ref = ["A", "B", "C"][column] + String(r)
                if value.hasPrefix("#") { return "<c r=\"\(ref)\"><v>\(value.dropFirst())</v></c>" }
                return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(XLSXFixture.escape(value))</t></is></c>"
            }.joined()
        }
        let map = rows.enumerated().map { "<row r=\"\($0.offset + 1)\">\(cells($0.element, $0.offset + 1))</row>" }.joined()
        let info = #"<sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>UBND huyện Tân Hòa</t></is></c></row>"#
            + #"<row r="21"><c r="B21" t="inlineStr"><is><t>Sở Nội vụ tỉnh Sông Lam;</t></is></c></row></sheetData>"#
        let url = directory.appendingPathComponent("bao-cao.xlsx")
        try XLSXFixture.write(parts: XLSXFixture.minimalWorkbook(sheets: [
            XLSXFixture.Sheet(name: "Thông tin chung", body: info),
            XLSXFixture.Sheet(name: "Bảng 2", body: #"<sheetData><row r="10"><c r="D10"><v>12</v></c></row></sheetData>"#),
            XLSXFixture.Sheet(name: "_cchc", body: "<sheetData>\(map)</sheetData>"),
        ]), to: url)
        let input = try WorkbookInput.read(path: url.path, catalog: Repo.catalog)
        #expect(input.document["recipients"] == .array([.string("Sở Nội vụ tỉnh Sông Lam;")]))
        #expect(input.cell(of: JSONPath("recipients").element(0)) == InputDocument.Cell(sheet: "Thông tin chung", reference: "B21"))
        #expect(input.cell(of: JSONPath("appendices").element(0).child("data").child("values").child("i.1.nhiem-vu-de-ra"))
                == InputDocument.Cell(sheet: "Bảng 2", reference: "D10"))
        #expect(DocumentKind(of: input.document) == .submission)
    }
}
