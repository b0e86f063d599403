import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The workbook of `cchc consolidate -o out.xlsx`, read back with the independent reader and
/// recalculated by LibreOffice: the form's cells are live formulas over the per-unit sheet
/// whose cached values are the sums of the units' figures (computed here from the example
/// files themselves), and every formula recalculates to its cached value.
@Suite("Consolidated workbook")
struct ConsolidationWorkbookTests {
    static let district = Repo.examples.appendingPathComponent("tong-hop")

    /// The example district's inputs, in name order.
    func inputs() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: Self.district.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { Self.district.appendingPathComponent($0) }
    }

    /// The figures of `row` in every example file, read with Foundation's JSON parser.
    func given(_ row: String) throws -> [Any] {
        try inputs().compactMap { url in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            return (object?["values"] as? [String: Any])?[row]
        }
    }

    func write() throws -> (URL, Report, Pipeline.CheckedConsolidation) {
        let dir = try Repo.temporaryDirectory()
        let url = dir.appendingPathComponent("huyen.xlsx")
        let checked = Pipeline.consolidate(paths: try inputs().map(\.path), catalog: try Repo.catalog(), output: url.path,
                                           unitName: "UBND huyện Hòa Lạc", catalogue: .vietnamese)
        let consolidation = try #require(checked.consolidation)
        let report = try #require(checked.report)
        #expect(checked.findings.errorCount == 0, "\(checked.findings)")
        try ConsolidationWriter.write(consolidation, report: report, findings: checked.findings, to: url.path)
        return (url, report, checked)
    }

    @Test("the form: SUM formulas over the per-unit sheet, cached with the units' sums; rates over summed counts; tallies")
    func form() throws {
        let (url, report, _) = try write()
        let file = try XLSXFile(url: url)
        #expect(file.sheetNames == ["Bảng 2", "Chi tiết theo đơn vị", "Kiểm tra"])
        let sheet = try #require(file.sheet("Bảng 2"))
        let layout = FormLayout(report: report)
        func cell(_ id: String) throws -> Cell? {
            let index = try #require(report.rowIndex[id])
            return sheet.cell(row: layout.sheetRow(ofRow: index), col: try #require(layout.column(ofValue: 0)))
        }
        let tasks = try given("i.1.nhiem-vu-de-ra").compactMap { $0 as? Int }
        #expect(tasks.count == 5)
        let planned = try #require(try cell("i.1.nhiem-vu-de-ra"))
        #expect(planned.formula?.contains("SUM('Chi tiết theo đơn vị'!") == true)
        #expect(planned.number == Double(tasks.reduce(0, +)))
        // Section II: one commune left it blank; the sum is of the other four, noted.
        let laws = try given("ii.1").compactMap { $0 as? Int }
        #expect(laws.count == 4)
        #expect(try cell("ii.1")?.number == Double(laws.reduce(0, +)))
        let noteColumn = try #require(layout.column(.note))
        let lawsRow = layout.sheetRow(ofRow: try #require(report.rowIndex["ii.1"]))
        #expect(sheet.cell(row: lawsRow, col: noteColumn)?.text == "4/5 đơn vị báo cáo")
        // The propaganda rate: four communes gave counts, one only a rate.
        let counts = try given("i.3.ty-le-tuyen-truyen").compactMap { $0 as? [String: Any] }
            .compactMap { c -> (Int, Int)? in (c["numerator"] as? Int).flatMap { n in (c["denominator"] as? Int).map { (n, $0) } } }
        #expect(counts.count == 4)
        let rate = try #require(try cell("i.3.ty-le-tuyen-truyen"))
        #expect(rate.hasFormula)
        let expected = Double(counts.map(\.0).reduce(0, +)) / Double(counts.map(\.1).reduce(0, +)) * 100
        #expect(abs((rate.number ?? 0) - expected) < 1e-9)
        // A yes/no row: the units answering Có over those that answered.
        let dialogue = try given("i.6")
        let yes = dialogue.filter { ($0 as? Int) == 1 || ($0 as? String) == "Có" }.count
        #expect(try cell("i.6")?.text == "\(yes)/\(dialogue.count)")
        #expect(try cell("i.6")?.formula?.contains("COUNTIF(") == true)
    }

    @Test("LibreOffice recalculates every formula of the form and the per-unit sheet to its cached value")
    func recalculated() throws {
        let (url, _, _) = try write()
        let file = try XLSXFile(url: url)
        let recalculated = try LibreOffice.recalculatedWorkbook(of: url)
        var formulas = 0
        for name in ["Bảng 2", "Chi tiết theo đơn vị"] {
            let sheet = try #require(file.sheet(name))
            let after = try #require(recalculated.sheet(name))
            for cell in sheet.cells.values where cell.hasFormula {
                formulas += 1
                let again = after.cell(cell.ref.description)
                #expect(again?.type != .error, "\(name)!\(cell.ref): \(again?.displayValue ?? "")")
                if let number = cell.number {
                    #expect(abs((again?.number ?? .nan) - number) < 1e-9, "\(name)!\(cell.ref) \(cell.formula ?? ""): \(number) → \(again?.displayValue ?? "")")
                } else {
                    #expect((again?.text ?? "") == (cell.text ?? ""), "\(name)!\(cell.ref) \(cell.formula ?? ""): \(cell.text ?? "") → \(again?.displayValue ?? "")")
                }
            }
        }
        #expect(formulas > 200)
    }

    @Test("two levels (3 + 2 communes, then the district): the form shows what one level shows, and LibreOffice recalculates it")
    func twoLevels() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalog = try Repo.catalog()
        let paths = try inputs().map(\.path)
        // The consolidated inputs of two parts, written where the next level reads them.
        var parts: [String] = []
        for (n, range) in [0..<3, 3..<5].enumerated() {
            let part = dir.appendingPathComponent("phan-\(n).json").path
            let checked = Pipeline.consolidate(paths: Array(paths[range]), catalog: catalog, output: part, unitName: "Cụm \(n)",
                                               catalogue: .vietnamese)
            let document = try #require(checked.document)
            try Data((document.text() + "\n").utf8).write(to: URL(fileURLWithPath: part))
            parts.append(part)
        }
        func workbook(_ inputs: [String], _ name: String) throws -> (URL, Report) {
            let url = dir.appendingPathComponent(name)
            let checked = Pipeline.consolidate(paths: inputs, catalog: catalog, output: url.path, unitName: "UBND huyện Hòa Lạc",
                                               catalogue: .vietnamese)
            #expect(checked.findings.errorCount == 0, "\(checked.findings)")
            try ConsolidationWriter.write(try #require(checked.consolidation), report: try #require(checked.report),
                                          findings: checked.findings, to: url.path)
            return (url, try #require(checked.report))
        }
        let (flatURL, report) = try workbook(paths, "mot-cap.xlsx")
        let (levelsURL, _) = try workbook(parts, "hai-cap.xlsx")
        let flat = try #require(try XLSXFile(url: flatURL).sheet("Bảng 2"))
        let levels = try #require(try XLSXFile(url: levelsURL).sheet("Bảng 2"))
        let layout = FormLayout(report: report)
        let value = try #require(layout.column(ofValue: 0)), note = try #require(layout.column(.note))
        var compared = 0
        for (index, row) in report.rows.enumerated() where row.row.kind.holdsValue {
            let r = layout.sheetRow(ofRow: index)
            for col in [value, note] {
                let a = flat.cell(row: r, col: col), b = levels.cell(row: r, col: col)
                #expect(a?.number == b?.number && (a?.text ?? "") == (b?.text ?? ""), "\(row.row.id) column \(col): \(a?.displayValue ?? "") ≠ \(b?.displayValue ?? "")")
                compared += 1
            }
        }
        #expect(compared > 100)
        // Every formula of the two-level workbook recalculates to its cached value.
        let recalculation = try LibreOffice.recalculationDifferences(of: levelsURL, sheets: ["Bảng 2", "Chi tiết theo đơn vị"])
        #expect(recalculation.differences.isEmpty, "\(recalculation.differences.prefix(10))")
        #expect(recalculation.formulas > 100)
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        let (a, _, _) = try write()
        let (b, _, _) = try write()
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
