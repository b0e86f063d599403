import Foundation
import Testing
import XLSXReader

/// LibreOffice types into a **fill output** (a unit fixes last year's workbook): `cchc export`
/// of the saved file gives the input it was filled from, with the values typed over. Reading a
/// fill output (no entry map: the `_cchc` sheet of kind `fill`, or the official layout) is part
/// A's work (issue 13, "layout"): this test passes once that is merged.
@Suite("LibreOffice types into a fill output", .serialized, .enabled(if: LibreOffice.executable != nil))
struct LibreOfficeTypingFillCLITests {
    /// The cell in column D of the row labelled `label` (column B) on `sheet`.
    static func valueCell(labelled label: String, on sheet: Worksheet) throws -> String {
        let cell = try #require(sheet.cells.values.filter { $0.ref.col == 1 && $0.text == label }.min { $0.ref.row < $1.ref.row },
                                "no row labelled \(label)")
        return CellRef(row: cell.ref.row, col: 3).a1
    }

    @Test("bang2-nam filled from the example, two counts typed over in Vietnamese notation: export gives the example with those two values")
    func fillOutput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["fill", CLI.example("bang2-nam.json"), "-o", "filled.xlsx"], in: dir).status == 0)
        let sheet = try #require(try XLSXFile(url: dir.appendingPathComponent("filled.xlsx")).sheet("Bảng 2"))
        let planned = try Self.valueCell(labelled: "Số nhiệm vụ đề ra trong kế hoạch", on: sheet)
        let done = try Self.valueCell(labelled: "Số nhiệm vụ đã hoàn thành", on: sheet)
        let saved = dir.appendingPathComponent("saved.xlsx")
        let run = try LibreOfficeTyping.type([LibreOfficeTyping.Entry("Bảng 2", planned, "1.130"), LibreOfficeTyping.Entry("Bảng 2", done, "1.100")],
                                             into: dir.appendingPathComponent("filled.xlsx"), savingTo: saved)
        #expect(run.cells.map(\.refused) == [nil, nil])
        #expect(run.cells.map(\.value) == [1130, 1100])
        // The fill output as cchc reads it, untouched and edited: the same input but the two values typed.
        func exported(_ name: String) throws -> NSDictionary {
            let result = try CLI.run(["export", name, "-o", name + ".json"], in: dir)
            #expect(result.status == 0, "export of \(name): \(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name + ".json"))) as? NSDictionary)
        }
        let before = try exported("filled.xlsx"), document = try exported("saved.xlsx")
        let values = try #require(before["values"] as? [String: Any])
        #expect((values["i.1.nhiem-vu-de-ra"] as? Int) == 42)
        var expected = values
        expected["i.1.nhiem-vu-de-ra"] = 1130
        expected["i.1.nhiem-vu-hoan-thanh"] = 1100
        #expect((document["values"] as? NSDictionary) == expected as NSDictionary)
        for key in ["unit", "period", "notes"] { #expect((document[key] as? NSDictionary) == (before[key] as? NSDictionary), "\(key)") }
        #expect((document["template"] as? String) == "bang2-nam")
    }
}
