import Foundation
import Testing
import XLSXReader

/// LibreOffice, headless, types into `init` workbooks as a person would (Vietnamese notation
/// parsed as LibreOffice parses it under vi-VN, dates, drop-down answers, text cells, a formula;
/// what Calc refuses refused: locked cells, values outside a cell's validation) and saves them as
/// `.xlsx`; then the built `cchc` reads them: `export` gives exactly the values typed, and
/// `validate` of the saved workbook gives the findings `validate` gives of the JSON it exports,
/// located by sheet and cell. One LibreOffice run per test (about 10 s here).
///
/// A missing python3-uno fails these tests with that reason (`scripts/install-deps.sh test`
/// installs it); they do not skip.
@Suite("LibreOffice types into entry workbooks", .serialized, .enabled(if: LibreOffice.executable != nil))
struct LibreOfficeTypingCLITests {
    /// Where each path of a workbook's map (`_cchc`) is typed: path text → (sheet, cell).
    static func map(of workbook: URL) throws -> [String: (sheet: String, cell: String)] {
        let file = try XLSXFile(url: workbook)
        let sheet = try #require(file.sheet("_cchc"))
        var cells: [String: (String, String)] = [:]
        var row = 0
        while sheet.cell(row: row, col: 0)?.text != "sheet" {
            row += 1
            try #require(row < 100, "no header row in _cchc")
        }
        row += 1
        while let name = sheet.cell(row: row, col: 0)?.text, let cell = sheet.cell(row: row, col: 1)?.text,
              let path = sheet.cell(row: row, col: 2)?.text {
            cells[path] = (name, cell)
            row += 1
        }
        return cells
    }

    /// Types `typing` (by path of the map) and `cells` (by sheet and cell) into `workbook` in
    /// `dir` with LibreOffice, saving `saved.xlsx`; returns the saved file, the map and the run.
    func type(into workbook: String, in dir: URL, _ typing: [(path: String, typed: String)],
              cells: [LibreOfficeTyping.Entry] = []) throws -> (saved: URL, map: [String: (sheet: String, cell: String)], run: LibreOfficeTyping.Run) {
        let source = dir.appendingPathComponent(workbook)
        let map = try Self.map(of: source)
        var entries: [LibreOfficeTyping.Entry] = []
        for (path, typed) in typing {
            let place = try #require(map[path], "no cell for \(path) in the map of \(workbook)")
            entries.append(LibreOfficeTyping.Entry(place.sheet, place.cell, typed))
        }
        let saved = dir.appendingPathComponent("saved.xlsx")
        let run = try LibreOfficeTyping.type(entries + cells, into: source, savingTo: saved)
        #expect(run.cells.count == entries.count + cells.count)
        return (saved, map, run)
    }

    /// The JSON document `cchc export` prints of `workbook`, parsed.
    func exported(_ workbook: URL, in dir: URL) throws -> NSDictionary {
        let result = try CLI.run(["export", workbook.lastPathComponent, "-o", "exported.json"], in: dir)
        #expect(result.status == 0, "export: \(result.stderr)")
        let data = try Data(contentsOf: dir.appendingPathComponent("exported.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    /// `validate --format json` of the saved workbook and of the JSON it exported give the same
    /// findings in the same order (code, severity, row, year, details), apart from what reading
    /// the cells found (`workbook.*`); each workbook finding on a path of the map is located at
    /// that path's cell. Returns how many findings were located by cell so.
    @discardableResult
    func sameFindings(_ saved: URL, map: [String: (sheet: String, cell: String)], in dir: URL) throws -> Int {
        let fromWorkbook = try CLI.findings(try CLI.run(["validate", saved.lastPathComponent, "--format", "json"], in: dir))
        let fromJSON = try CLI.findings(try CLI.run(["validate", "exported.json", "--format", "json"], in: dir))
        let checks = fromWorkbook.filter { !($0.code ?? "").hasPrefix("workbook.") }
        #expect(checks.map(\.code) == fromJSON.map(\.code))
        #expect(checks.count == fromJSON.count)
        var located = 0
        for (cell, json) in zip(checks, fromJSON) {
            #expect(cell["severity"] as? String == json["severity"] as? String)
            #expect(cell["row"] as? String == json["row"] as? String)
            #expect((cell["year"] as? Int) == (json["year"] as? Int))
            #expect(NSDictionary(dictionary: cell.details) == NSDictionary(dictionary: json.details), "\(cell.code ?? "")")
            #expect(cell["path"] == nil, "a workbook's finding is located by sheet and cell: \(cell)")
            guard let path = json["path"] as? String, let place = map[path] else { continue }
            #expect(cell["sheet"] as? String == place.sheet && cell["cell"] as? String == place.cell, "\(path)")
            located += 1
        }
        return located
    }

    /// The outcome of typing into `sheet!cell`.
    func outcome(_ run: LibreOfficeTyping.Run, _ sheet: String, _ cell: String) throws -> LibreOfficeTyping.Outcome {
        try #require(run.cells.first { $0.sheet == sheet && $0.cell == cell })
    }

    @Test("bang2-nam: counts in Vietnamese notation, a drop-down answer, a fraction and a text as text, a formula, a note; a locked cell and out-of-validation values refused")
    func oneYear() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "bang2-nam", "--year", "2023", "-o", "form.xlsx"], in: dir).status == 0)
        let (saved, map, run) = try type(into: "form.xlsx", in: dir, [
            ("$.unit.name", "UBND huyện Tân Hòa"),
            ("$.values[\"i.1.nhiem-vu-de-ra\"]", "1.130"),
            ("$.values[\"i.1.nhiem-vu-hoan-thanh\"]", "1.245"),
            ("$.values[\"i.1.van-ban-chi-dao\"]", "99,95"),
            ("$.values[\"i.2.phong-ban-kiem-tra\"]", "99,95%"),
            ("$.values[\"i.2.xa-kiem-tra\"]", "=D10+1"),
            ("$.values[\"i.3.ty-le-tuyen-truyen\"].numerator", "9"),
            ("$.values[\"i.3.ty-le-tuyen-truyen\"].denominator", "10"),
            ("$.values[\"i.3.hop-hoi-nghi\"]", "Có"),
            ("$.values[\"i.5.hinh-thuc\"]", "Không có trong danh sách"),
            ("$.values[\"i.8\"]", "Tổ chức 2 hội thi tìm hiểu CCHC"),
            ("$.values[\"vi.2\"]", "24/24"),
            ("$.notes[\"i.1.nhiem-vu-de-ra\"]", "Theo kế hoạch số 15/KH-UBND"),
            ("$.notes[\"i.1.van-ban-chi-dao\"]", "12"),
        ], cells: [
            LibreOfficeTyping.Entry("Bảng 2", "B10", "sửa nhãn"),
            LibreOfficeTyping.Entry("Bảng 2", "A12", "9"),
            LibreOfficeTyping.Entry("Bảng 2", "D20", "50"),
            LibreOfficeTyping.Entry("Hướng dẫn", "A6", "x"),
        ])
        // What LibreOffice did with each: typed values as numbers under vi-VN, text cells as text.
        #expect(try outcome(run, "Bảng 2", "D10").type == "value" && outcome(run, "Bảng 2", "D10").value == 1130)
        #expect(try outcome(run, "Bảng 2", "D149").type == "text" && outcome(run, "Bảng 2", "D149").string == "24/24")
        #expect(try outcome(run, "Bảng 2", "E12").type == "text")
        for (sheet, cell) in [("Bảng 2", "D12"), ("Bảng 2", "D14"), ("Bảng 2", "D31")] {
            #expect(try outcome(run, sheet, cell).refused == "validation", "\(sheet)!\(cell)")
        }
        for (sheet, cell) in [("Bảng 2", "B10"), ("Bảng 2", "A12"), ("Bảng 2", "D20"), ("Hướng dẫn", "A6")] {
            let locked = try outcome(run, sheet, cell)
            #expect(locked.refused == "locked" && locked.protected && locked.formula == locked.before, "\(sheet)!\(cell)")
        }
        #expect(run.cells.filter { $0.refused == nil }.count == 11)
        // export gives exactly what was typed and kept.
        let expected: NSDictionary = [
            "template": "bang2-nam", "unit": ["name": "UBND huyện Tân Hòa"], "period": ["year": 2023],
            "values": ["i.1.nhiem-vu-de-ra": 1130, "i.1.nhiem-vu-hoan-thanh": 1245, "i.2.xa-kiem-tra": 1131,
                       "i.3.ty-le-tuyen-truyen": ["numerator": 9, "denominator": 10], "i.3.hop-hoi-nghi": "Có",
                       "i.8": "Tổ chức 2 hội thi tìm hiểu CCHC", "vi.2": "24/24"],
            "notes": ["i.1.nhiem-vu-de-ra": "Theo kế hoạch số 15/KH-UBND", "i.1.van-ban-chi-dao": "12"],
        ]
        #expect(try exported(saved, in: dir) == expected)
        // validate: the same findings as the JSON (more done than planned: 1.245 > 1.130), by cell.
        #expect(try sameFindings(saved, map: map, in: dir) > 0)
        let findings = try CLI.findings(try CLI.run(["validate", "saved.xlsx", "--format", "json"], in: dir))
        let formula = try #require(findings.first { $0.code == "workbook.formula-as-value" })
        #expect(formula["sheet"] as? String == "Bảng 2" && formula["cell"] as? String == "D16" && formula["row"] as? String == "i.2.xa-kiem-tra")
    }

    @Test("tong-ket-2011-2020 for 2019–2020: one cell per year, a rate's counts, a cut-off date")
    func perYear() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "tong-ket-2011-2020", "--from", "2019", "--to", "2020", "--cutoff", "2020-06-30", "-o", "form.xlsx"],
                            in: dir).status == 0)
        let (saved, map, run) = try type(into: "form.xlsx", in: dir, [
            ("$.unit.name", "Sở Nội vụ tỉnh Hòa Bình Xanh"),
            ("$.period.cutoff", "30/9/2020"),
            ("$.values[\"1.tthc-ra-soat\"][\"2019\"]", "1.130"),
            ("$.values[\"1.tthc-ra-soat\"][\"2020\"]", "1245"),
            ("$.values[\"5.ty-le-dung-han-tinh\"][\"2020\"].numerator", "98"),
            ("$.values[\"5.ty-le-dung-han-tinh\"][\"2020\"].denominator", "1.000"),
            ("$.values[\"5.ty-le-dung-han-tinh\"][\"2019\"].numerator", "-3"),
        ])
        #expect(run.cells.map(\.refused) == [nil, nil, nil, nil, nil, nil, "validation"])
        let expected: NSDictionary = [
            "template": "tong-ket-2011-2020", "unit": ["name": "Sở Nội vụ tỉnh Hòa Bình Xanh"],
            "period": ["from": 2019, "to": 2020, "cutoff": "2020-09-30"],
            "values": ["1.tthc-ra-soat": ["2019": 1130, "2020": 1245],
                       "5.ty-le-dung-han-tinh": ["2020": ["numerator": 98, "denominator": 1000]]],
        ]
        #expect(try exported(saved, in: dir) == expected)
        try sameFindings(saved, map: map, in: dir)
    }

    @Test("a submission's entry workbook: the cover's fields (a date), values and a note of two appendices")
    func submission() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "--submission", "bang2-nam", "can-bo-dau-moi", "--year", "2023", "-o", "bao-cao.xlsx"], in: dir).status == 0)
        let (saved, map, run) = try type(into: "bao-cao.xlsx", in: dir, [
            ("$.unit.name", "UBND huyện Tân Hòa"),
            ("$.report.number", "12/BC-UBND"),
            ("$.report.date", "20/12/2023"),
            ("$.signer.title", "CHỦ TỊCH"),
            ("$.signer.name", "Nguyễn Văn An"),
            ("$.appendices[0].data.values[\"i.1.nhiem-vu-de-ra\"]", "1.130"),
            ("$.appendices[0].data.notes[\"i.1.nhiem-vu-de-ra\"]", "Theo kế hoạch số 15/KH-UBND"),
            ("$.appendices[1].data.values[\"lanh-dao-phu-trach-cchc\"].ho_ten", "Trần Thị Bình"),
        ])
        #expect(run.cells.allSatisfy { $0.refused == nil })
        let document = try exported(saved, in: dir)
        #expect((document["report"] as? NSDictionary) == ["number": "12/BC-UBND", "date": "2023-12-20"] as NSDictionary)
        #expect((document["signer"] as? NSDictionary) == ["title": "CHỦ TỊCH", "name": "Nguyễn Văn An"] as NSDictionary)
        let appendices = try #require(document["appendices"] as? [NSDictionary])
        #expect(appendices.count == 2)
        #expect((appendices[0]["data"] as? NSDictionary) == ["values": ["i.1.nhiem-vu-de-ra": 1130],
                                                               "notes": ["i.1.nhiem-vu-de-ra": "Theo kế hoạch số 15/KH-UBND"]] as NSDictionary)
        #expect((appendices[1]["data"] as? NSDictionary) == ["values": ["lanh-dao-phu-trach-cchc": ["ho_ten": "Trần Thị Bình"]]] as NSDictionary)
        try sameFindings(saved, map: map, in: dir)
    }

    @Test("a LibreOffice that fails is reported with the script's exit status and reason, at once, leaving nothing behind")
    func failure() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "bang2-nam", "--year", "2023", "-o", "form.xlsx"], in: dir).status == 0)
        let saved = dir.appendingPathComponent("saved.xlsx")
        let start = Date()
        #expect {
            try LibreOfficeTyping.type([LibreOfficeTyping.Entry("Bảng 2", "D10", "1")], into: dir.appendingPathComponent("form.xlsx"),
                                       savingTo: saved, soffice: "/bin/false")
        } throws: { error in
            guard case XLSXReaderError.toolFailed(let tool, let reason, let output) = error else { return false }
            return tool == "type-cells.py" && reason == "exit status 5" && output.contains("soffice ended (status 1)")
        }
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(!FileManager.default.fileExists(atPath: saved.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["form.xlsx"])
    }
}
