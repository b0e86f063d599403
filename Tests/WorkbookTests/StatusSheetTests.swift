import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The `Tình hình báo cáo` sheet, written from a status of the example province, read back with
/// the independent reader, and recalculated by LibreOffice.
@Suite("the Tình hình báo cáo sheet")
struct StatusSheetTests {
    /// The status of 2024: two districts and eight communes expected, two communes missing, one
    /// file of an unknown unit.
    static func status() throws -> ReportingStatus {
        let roster = try Roster.load(from: Repo.examples.appendingPathComponent("roster/phu-an.json").path)
        let present = ["PA-PTD", "PA-THD", "PA-PTD-01", "PA-PTD-02", "PA-PTD-03", "PA-THD-01", "PA-THD-02", "PA-THD-04"]
        var inputs = present.map { StatusInput(file: "in/\($0).json", code: $0, name: "", year: 2024) }
        inputs.append(StatusInput(file: "in/la.json", code: nil, name: "UBND xã Không Có", year: 2024))
        return ReportingStatus(roster: roster, year: 2024, inputs: inputs)
    }

    static func written() throws -> (URL, Worksheet, XLSXFile) {
        let url = try Repo.temporaryDirectory().appendingPathComponent("tinh-hinh.xlsx")
        try StatusSheet.write(try status(), to: url.path)
        let book = try XLSXFile(url: url)
        return (url, try #require(book.sheet("Tình hình báo cáo")), book)
    }

    @Test("title, one row per parent with numbers, a total of SUMs, every unit with its state, the files not counted")
    func layout() throws {
        let (url, sheet, book) = try Self.written()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(book.worksheetNames == ["Tình hình báo cáo"])
        #expect(sheet.cell("A1")?.text?.hasPrefix("Tình hình báo cáo năm 2024 – Tỉnh Phú An") ?? false)
        let header = (1...5).map { sheet.cell(row: 2, col: $0)?.text }
        #expect(header == ["Đơn vị cấp trên", "Phải báo cáo", "Đã nhận", "Còn thiếu", "Tỷ lệ"])
        #expect(sheet.cell("B4")?.text == "UBND tỉnh Phú An (PA)")
        #expect([sheet.cell("C4")?.number, sheet.cell("D4")?.number, sheet.cell("E4")?.number] == [2, 2, 0])
        #expect(sheet.cell("B5")?.text == "UBND huyện Phú Thạnh Đông (PA-PTD)")
        #expect([sheet.cell("C5")?.number, sheet.cell("D5")?.number, sheet.cell("E5")?.number] == [4, 3, 1])
        #expect(sheet.cell("F5")?.formula == "IF(C5=0,\"\",D5/C5)" && sheet.cell("F5")?.number == 0.75)
        #expect(sheet.cell("B7")?.text == "Tổng cộng")
        #expect(sheet.cell("C7")?.formula == "SUM(C4:C6)" && sheet.cell("C7")?.number == 10)
        #expect(sheet.cell("D7")?.number == 8 && sheet.cell("E7")?.number == 2 && sheet.cell("F7")?.number == 0.8)
        // The missing units are named, with their state in words.
        let missing = sheet.orderedCells.filter { $0.text == "Còn thiếu" && $0.ref.row > 8 }.map { sheet.cell(row: $0.ref.row, col: 1)?.text }
        #expect(missing == ["PA-PTD-04", "PA-THD-03"])
        let received = sheet.orderedCells.filter {
            $0.text == "Đã nhận" && $0.ref.row > 8 && (sheet.cell(row: $0.ref.row, col: 1)?.text?.hasPrefix("PA-") ?? false)
        }
        #expect(received.count == 8)
        // The file of the unknown unit, with the reason in Vietnamese.
        let la = try #require(sheet.orderedCells.first { $0.text == "la.json" })
        #expect(sheet.cell(row: la.ref.row, col: 3)?.text == "UBND xã Không Có")
        #expect(sheet.cell(row: la.ref.row, col: 4)?.text?.hasPrefix("Lỗi: tên đơn vị") ?? false)
    }

    @Test("the same status gives the same bytes")
    func deterministic() throws {
        let (first, _, _) = try Self.written()
        let (second, _, _) = try Self.written()
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test("LibreOffice recalculates every formula to its cached value")
    func recalculated() throws {
        let (url, sheet, _) = try Self.written()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let csv = try LibreOffice.recalculatedCSV(of: url)
        let grid = try #require(csv["Tình hình báo cáo"], "sheets: \(csv.keys.sorted())")
        var checked = 0
        for cell in sheet.orderedCells where cell.formula != nil {
            var text = grid.value(at: cell.ref.a1) ?? ""
            var scale = 1.0
            if text.hasSuffix("%") { text.removeLast(); scale = 0.01 }
            let cached = try #require(cell.number, "\(cell.ref.a1)")
            let recalculated = try #require(Double(text.trimmingCharacters(in: .whitespaces)), "\(cell.ref.a1): \"\(text)\"")
            #expect(abs(recalculated * scale - cached) < 1e-4, "\(cell.ref.a1) \(cell.formula ?? ""): \(recalculated) vs \(cached)")
            checked += 1
        }
        #expect(checked == 3 + 4)  // three SUMs, four rates (three parents, the total)
    }
}
