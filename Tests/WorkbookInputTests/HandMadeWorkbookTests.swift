import Foundation
import Model
import Testing
@testable import WorkbookInput
import XlsxRead

/// A form in the official layout made by hand, with a writer that is not libxlsxwriter (Python
/// openpyxl): no map, the sections in another order, one label with other case and spaces,
/// values typed as Vietnamese text. It reads back, by its layout, to the values meant.
@Suite("hand-made workbooks in the official layout (openpyxl)")
struct HandMadeWorkbookTests {
    /// A Python 3 with openpyxl (`scripts/install-deps.sh test` installs `python3-openpyxl`).
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { path in
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        return (try? run(path, ["-c", "import openpyxl"]).status) == 0
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes the form of `bang2-nam` for 2023 with openpyxl: the title, the unit's line, the
    /// two header rows merged as the form has them, every row of the template with its sections
    /// in reverse order, and `typed` (row id → what is typed, as text or, `%…`, a fraction with a
    /// percentage format) in the value column; `renamed` (row id → label) replaces labels.
    static let script = #"""
import json, sys, openpyxl
template = json.load(open(sys.argv[1], encoding="utf-8"))
typed = json.loads(sys.argv[3])
renamed = json.loads(sys.argv[4])
extra = json.loads(sys.argv[5])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Báo cáo"
ws.append(["PHỤ LỤC 2"])
ws.append(["THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"])
ws.append(["NĂM 2023"])
ws.append(["Đơn vị báo cáo: UBND huyện Hòa Lạc Tây – Tỉnh Phú An"])
ws.append([])
ws.append(["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", None, "Ghi chú"])
ws.append([None, None, "Đơn vị tính", "Số liệu", None])
ws.merge_cells("A6:A7"); ws.merge_cells("B6:B7"); ws.merge_cells("C6:D6"); ws.merge_cells("E6:E7")
sections, current = [], []
for row in template["rows"]:
    if row["kind"] == "section" and current:
        sections.append(current); current = []
    current.append(row)
sections.append(current)
for section in reversed(sections):
    for row in section:
        label = renamed.get(row["id"], row["label"]).replace("{portal}", "https://cchc.phuan.example.vn/")
        ws.append([row.get("stt"), label, row.get("unit"), None, None])
        value = typed.get(row["id"])
        if value is None:
            continue
        cell = ws.cell(row=ws.max_row, column=4)
        if value.startswith("%"):
            cell.value = float(value[1:]); cell.number_format = "0.00%"
        else:
            cell.value = value; cell.number_format = "@"
for row in extra:
    ws.append(row)
wb.save(sys.argv[2])
"""#

    static func handMade(typed: [String: String], renamed: [String: String] = [:], extra: [[String?]] = [],
                         in directory: URL) throws -> URL {
        let python = try #require(Self.python, "no python3 with openpyxl: run scripts/install-deps.sh test")
        let script = directory.appendingPathComponent("make.py")
        try Data(Self.script.utf8).write(to: script)
        let url = directory.appendingPathComponent("tay.xlsx")
        func json(_ value: some Encodable) throws -> String { String(decoding: try JSONEncoder().encode(value), as: UTF8.self) }
        let result = try Self.run(python, [script.path, Repo.root.appendingPathComponent("templates/bang2-nam.json").path, url.path,
                                           try json(typed), try json(renamed), try json(extra)])
        #expect(result.status == 0, "\(result.output)")
        return url
    }

    @Test("typed as text in Vietnamese notation, sections moved, a label in other case and spaces: read as meant")
    func readsAsMeant() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try Self.handMade(typed: [
            "i.1.nhiem-vu-de-ra": "12", "i.5.so-phieu": "1.130", "iii.5.ty-le-dien-tu-hoa": "99,95", "iii.6.huyen-dat-dai": "99,95%",
            "iii.6.xa-dat-dai": "%0.9995", "i.6": "có", "v.3.thi-tuyen-lanh-dao": "CHƯA THỰC HIỆN", "vi.2": "4/5", "i.8": "Đã tổ chức 3 hội nghị",
        ], renamed: ["i.1.nhiem-vu-de-ra": "  số NHIỆM VỤ   đề ra trong kế hoạch. "], in: directory)
        let input = try WorkbookInput.read(path: url.path, catalog: Repo.catalog)
        #expect(input.findings.isEmpty, "\(input.findings.map(\.code))")
        #expect(input.document["template"] == .string("bang2-nam"))
        #expect(input.document["unit"]?["name"] == .string("UBND huyện Hòa Lạc Tây"))
        #expect(input.document["unit"]?["province"] == .string("Tỉnh Phú An"))
        #expect(input.document["period"]?["year"] == .number("2023"))
        let values = try #require(input.document["values"])
        #expect(values["i.5.so-phieu"] == .string("1.130"))
        #expect(values["iii.6.xa-dat-dai"] == .number("99.95"))
        let report = try #require(InputReader.read(document: input.document, file: url.path, catalog: Repo.catalog).report)
        func value(_ id: String) -> Value? { report.row(id: id)?.values.first }
        #expect(value("i.1.nhiem-vu-de-ra") == .number(12))
        #expect(value("i.5.so-phieu") == .number(1130))
        #expect(value("i.6") == .code(1, label: "Có"))
        #expect(value("v.3.thi-tuyen-lanh-dao") == .code(0, label: "Chưa thực hiện"))
        #expect(value("vi.2") == .fraction(numerator: 4, denominator: 5))
        #expect(value("i.8") == .text("Đã tổ chức 3 hội nghị"))
        for id in ["iii.5.ty-le-dien-tu-hoa", "iii.6.huyen-dat-dai", "iii.6.xa-dat-dai"] {
            guard case .rate(let rate)? = value(id) else {
                Issue.record("\(id): \(String(describing: value(id)))")
                continue
            }
            #expect(rate.reported == 99.95, "\(id)")
        }
        #expect(value("i.1.nhiem-vu-hoan-thanh") == .blank)
        // Each value keeps its cell: the first section of the form is last on this sheet.
        let cell = try #require(input.cell(of: JSONPath("values", "i.5.so-phieu")))
        #expect(cell.sheet == "Báo cáo")
        #expect((CellReference(cell.reference)?.row ?? 0) > 100)
    }

    @Test("an unknown row, a repeated row: findings at their cells, neither read")
    func unknownAndRepeated() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try Self.handMade(typed: ["i.1.nhiem-vu-de-ra": "12"],
                                    extra: [["9", "Số cuộc thi tìm hiểu CCHC", nil, "3", nil], [nil, "Số nhiệm vụ đề ra trong kế hoạch", nil, "40", nil]],
                                    in: directory)
        let input = try WorkbookInput.read(path: url.path, catalog: Repo.catalog, template: "bang2-nam")
        let unknown = input.findings.filter { $0.code == .workbookRowUnknown }
        let repeated = input.findings.filter { $0.code == .workbookRowDuplicate }
        #expect(unknown.count == 1 && repeated.count == 1, "\(input.findings.map(\.code))")
        #expect(unknown.first?.problem == .workbookRowUnknown(stt: "9", label: "Số cuộc thi tìm hiểu CCHC"))
        let last = try #require(repeated.first)
        #expect(last.location.row == "i.1.nhiem-vu-de-ra")
        guard case .cell(let sheet, let reference) = last.location.place, case .workbookRowDuplicate(let first) = last.problem else {
            Issue.record("not at a cell: \(last)")
            return
        }
        #expect(sheet == "Báo cáo")
        #expect((CellReference(reference)?.row ?? 0) > (CellReference(first)?.row ?? .max))
        #expect(input.document["values"]?["i.1.nhiem-vu-de-ra"] == .number("12") || input.document["values"]?["i.1.nhiem-vu-de-ra"] == .string("12"))
    }
}
