import Foundation
import Model
import Testing
import Workbook
import Xlsx
import XLSXReader

/// A drop-down list's input and error messages hold at most 255 characters, and
/// `AppendixDecorations` cuts a longer one with `…`. What it cuts is only the template's legend
/// (`1 = Có; 0 = Không`), never a value or a note of the input, and the legend stays whole in
/// the hidden legend cells the list draws from.
@Suite("drop-down messages")
struct DropDownMessageTests {
    @Test("a legend longer than a message holds: the prompt is cut with …, the legend cells and the answer keep every word")
    func longLegend() throws {
        let labels = (1...12).map { "Phương án số \($0) theo hướng dẫn của Sở Nội vụ tỉnh" }
        let legend = labels.enumerated().map { #"{"code": \#($0.offset), "label": "\#($0.element)"}"# }.joined(separator: ", ")
        let dir = try Repo.temporaryDirectory()
        try Data("""
        {"id": "t", "name": "Biểu thử", "sheetName": "Thử", "period": "year",
         "columns": [{"role": "stt"}, {"role": "label"}, {"role": "unit"}, {"role": "value"}, {"role": "note"}],
         "header": [[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Đơn vị tính"}, {"text": "Số liệu"}, {"text": "Ghi chú"}]],
         "rows": [{"id": "k", "stt": "1", "label": "Phương án đã chọn", "unit": "Mã phương án", "kind": "code", "legend": [\(legend)]}]}
        """.utf8).write(to: dir.appendingPathComponent("t.json"))
        let catalog = try TemplateCatalog(directory: dir)
        let input = #"{"template": "t", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {"k": 11}, "notes": {"k": "Ghi chú của đơn vị"}}"#
        let report = try #require(Pipeline.checkInput(bytes: Array(input.utf8), file: "in.json", catalog: catalog).report)

        let path = dir.appendingPathComponent("out.xlsx").path
        var workbook = try XlsxWorkbook(path: path)
        try workbook.addSheet(named: "Thử") { sheet in
            let layout = FormLayout(report: report)
            try FormRenderer(report: report, layout: layout).render(on: &sheet)
            _ = try AppendixDecorations(report: report, layout: layout, sheetName: "Thử", findings: [], namePrefix: "t").apply(on: &sheet)
        }
        try workbook.close()

        let sheet = try #require(try XLSXFile(url: URL(fileURLWithPath: path)).sheet("Thử"))
        let rule = try #require(sheet.dataValidations.first)
        let prompt = try #require(rule.prompt)
        #expect(prompt.unicodeScalars.count == XlsxSheet.validationMessageLimit && prompt.hasSuffix("…"), "\(prompt)")
        // What was cut is the legend: the prompt is its beginning.
        let full = Catalogue.vietnamese.phrase(.dropDownCodePrompt(legend: labels.enumerated().map { "\($0.offset) = \($0.element)" }.joined(separator: "; ")))
        #expect(full.hasPrefix(String(prompt.dropLast())))
        // Every label is whole in the hidden cells the list draws from, and the value and the note are as given.
        let texts = Set(sheet.orderedCells.compactMap(\.text))
        #expect(labels.allSatisfy(texts.contains))
        #expect(sheet.orderedCells.contains { $0.number == 11 } && texts.contains("Ghi chú của đơn vị"))
    }
}
