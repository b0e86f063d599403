import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The names of the sheets a submission's workbook adds: one chart sheet per per-year appendix,
/// named after it, within Excel's 31 UTF-16 units and never twice (ignoring case).
@Suite("Chart sheet names")
struct ChartSheetNameTests {
    /// A submission of the 2011–2020 review twice, under the sheet names `names`.
    static func submission(sheets names: [String], in directory: URL) throws -> URL {
        let input = Repo.examples.appendingPathComponent("tong-ket-2011-2020.json").path
        let appendices = try names.map { name in
            String(decoding: try JSONSerialization.data(withJSONObject: ["template": "tong-ket-2011-2020", "file": input, "sheet": name]), as: UTF8.self)
        }
        let text = """
        {"unit": {"name": "UBND huyện Thử Nghiệm", "province": "Tỉnh Phú An"},
         "report": {"number": "1/BC-UBND", "date": "2020-04-15", "place": "Thử Nghiệm"},
         "period": {"from": 2011, "to": 2020, "cutoff": "2020-03-31"},
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
         "appendices": [\(appendices.joined(separator: ", "))]}
        """
        let url = directory.appendingPathComponent("submission.json")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("two per-year appendices whose names share their first 21 characters get two chart sheets (one name twice made the write fail)")
    func sharedPrefix() throws {
        let directory = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = ["Phụ lục 2 năm 2011-2020 bản A", "Phụ lục 2 năm 2011-2020 bản B", "Phụ lục 2 năm 2011-2020 bản C"]
        let checked = Pipeline.checkSubmission(at: try Self.submission(sheets: names, in: directory).path, catalog: try Repo.catalog())
        let submission = try #require(checked.submission, "\(checked.findings.map(\.code))")
        let sheets = try SubmissionWriter.sheetNames(for: submission)
        let charts = sheets.filter { $0.hasPrefix("Biểu đồ") }
        #expect(charts == ["Biểu đồ - Phụ lục 2 năm 2011-20", "Biểu đồ - Phụ lục 2 năm 201 (2)", "Biểu đồ - Phụ lục 2 năm 201 (3)"])
        #expect(Set(sheets.map(SheetName.comparisonKey)).count == sheets.count)
        #expect(sheets.allSatisfy { SheetName.problem($0) == nil }, "\(sheets)")
        let output = directory.appendingPathComponent("out.xlsx")
        try SubmissionWriter.write(submission, to: output.path)
        let file = try XLSXFile(url: output)
        #expect(file.sheetNames == sheets + [EntryMap.sheetName])
    }

    @Test("a chart sheet name is cut between characters, within 31 UTF-16 units (an astral character counts two)")
    func cutBetweenCharacters() {
        let astral = SheetName.unique("Biểu đồ - Bảng số liệu năm 20😀😀", avoiding: [])
        #expect(astral.utf16.count <= 31 && SheetName.problem(astral) == nil && astral.hasSuffix("20😀"), "\(astral)")
        let spaced = SheetName.unique("Biểu đồ - Phụ lục số 2 năm 2011          x", avoiding: [])
        #expect(spaced == "Biểu đồ - Phụ lục số 2 năm 2011")
        let decomposed = SheetName.unique("Biểu đồ - Phụ lục 2".decomposedStringWithCanonicalMapping, avoiding: [SheetName.comparisonKey("BIỂU ĐỒ - PHỤ LỤC 2")])
        #expect(decomposed == "Biểu đồ - Phụ lục 2 (2)")
    }
}
