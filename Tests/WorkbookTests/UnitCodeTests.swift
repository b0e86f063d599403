import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// `unit.code`: read from a submission, shown on its cover beside the unit's name.
@Suite("unit.code on the cover")
struct UnitCodeTests {
    @Test("a submission with unit.code shows Mã đơn vị and the code on Thông tin chung; without it, no such line")
    func cover() throws {
        let path = Repo.examples.appendingPathComponent("bao-cao-nam/submission.json").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let withCode = text.replacingOccurrences(of: #""province": "Tỉnh Phú An""#, with: #""province": "Tỉnh Phú An", "code": " PA-PTD ""#)
        #expect(withCode != text, "the example's unit line changed: adjust the test")
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The appendices name their files relative to the submission: write the copy beside the example.
        let copy = Repo.examples.appendingPathComponent("bao-cao-nam/.unit-code-\(UUID().uuidString).json")
        try Data(withCode.utf8).write(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        for (source, code) in [(copy.path, "PA-PTD" as String?), (path, nil)] {
            let checked = Pipeline.checkSubmission(at: source, catalog: try Repo.catalog())
            let submission = try #require(checked.submission)
            #expect(submission.unit.code == code)
            let url = dir.appendingPathComponent("s-\(code ?? "none").xlsx")
            try SubmissionWriter.write(submission, to: url.path)
            let cover = try #require(try XLSXFile(url: url).sheet("Thông tin chung"))
            let label = cover.orderedCells.first { $0.text == "Mã đơn vị" }
            if let code {
                let row = try #require(label).ref.row
                #expect(cover.orderedCells.contains { $0.ref.row == row && $0.text == code })
            } else {
                #expect(label == nil)
            }
        }
    }
}
