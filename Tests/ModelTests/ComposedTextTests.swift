import Foundation
@testable import Model
import Testing
import XLSXReader

/// Texts the workbooks compose from several fields of the input (a title with `{unit}`, the
/// `Đơn vị báo cáo` line, a Ghi chú with a rate's counts, a comment, the cover's lines) are
/// checked to fit a cell before anything is written, though each field fits on its own:
/// `text.composed-too-long`, an error naming what is composed, the fields and the length, and a
/// run that writes nothing, even with `--allow-errors`.
@Suite("composed texts fit a cell")
struct ComposedTextTests {
    static let limit = TextRules.maximumCellCharacters
    /// 20,000 characters each: a name and a province that fit a cell, but not together.
    static let longName = String(repeating: "Ủ", count: 20_000)
    static let longProvince = String(repeating: "P", count: 20_000)

    func composed(_ findings: [Finding]) -> [Finding] { findings.filter { $0.code == .textComposedTooLong } }

    @Test("a 20,000-character unit name and province: the unit line is too long, at $.unit; each field alone is fine")
    func unitLine() throws {
        let input = #"{"template": "bang2-nam", "unit": {"name": "\#(Self.longName)", "province": "\#(Self.longProvince)"}, "period": {"year": 2022}, "values": {"i.1.nhiem-vu-de-ra": 12}}"#
        let checked = Pipeline.checkInput(bytes: Array(input.utf8), file: "b2.json", catalog: try Validation.bundled())
        #expect(checked.findings.map(\.code) == [.textComposedTooLong], "\(checked.findings.map(Catalogue.english.line))")
        let finding = try #require(checked.findings.first)
        // `Đơn vị báo cáo: ` (16) + name + ` – ` + province.
        let length = 16 + 20_000 + 3 + 20_000
        #expect(finding.problem == .composedTextTooLong(text: .unitLine, fields: [.unitName, .province], length: length, limit: Self.limit))
        #expect(finding.severity == .error && finding.pathText == "$.unit" && finding.file == "b2.json")
        #expect(finding.detail("length") == .integer(length) && finding.detail("text") == .text("unit-line"))
        // Not written, errors allowed or not; the refusal does not offer --allow-errors, which cannot help.
        #expect(checked.decision(allowingErrors: false) == .unwritable(.textTooLong))
        #expect(checked.decision(allowingErrors: true) == .unwritable(.textTooLong))

        // The name alone, or the province alone, fits: nothing to report.
        for unit in [#"{"name": "\#(Self.longName)"}"#, #"{"name": "UBND xã Thử Nghiệm", "province": "\#(Self.longProvince)"}"#] {
            let one = #"{"template": "bang2-nam", "unit": \#(unit), "period": {"year": 2022}, "values": {"i.1.nhiem-vu-de-ra": 12}}"#
            #expect(try Validation.findings(one).isEmpty)
        }
    }

    @Test("a template's title and subtitle with {unit} and {province}: each line that would not fit is named")
    func titleLines() throws {
        let catalog = try Validation.catalog(template: """
        {"id": "t", "name": "Biểu thử", "sheetName": "Thử", "period": "year",
         "aboveTitle": ["BIỂU 1"], "title": ["BÁO CÁO NĂM {year}", "CỦA {unit} {unit}"], "subtitle": ["({unit} – {province})"],
         "columns": [{"role": "stt"}, {"role": "label"}, {"role": "value"}],
         "header": [[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Số liệu"}]],
         "footnotes": ["Ghi chú: {province}"],
         "rows": [{"id": "a", "stt": "1", "label": "Số A", "unit": "Hồ sơ", "kind": "count"}]}
        """)
        let input = #"{"template": "t", "unit": {"name": "\#(Self.longName)", "province": "\#(Self.longProvince)"}, "period": {"year": 2022}, "values": {"a": 1}}"#
        let findings = composed(try Validation.findings(input, catalog: catalog))
        let problems = findings.map(\.problem)
        #expect(problems == [
            .composedTextTooLong(text: .title(line: 2), fields: [.unitName], length: 4 + 40_001, limit: Self.limit),
            .composedTextTooLong(text: .subtitle(line: 1), fields: [.unitName, .province], length: 40_005, limit: Self.limit),
            .composedTextTooLong(text: .unitLine, fields: [.unitName, .province], length: 40_019, limit: Self.limit),
        ], "\(findings.map(Catalogue.english.line))")
        #expect(findings.map(\.pathText) == ["$.unit.name", "$.unit", "$.unit"])
        let message = Catalogue.vietnamese.message(try #require(problems.first))
        #expect(message.hasPrefix("Dòng tiêu đề thứ 2 của biểu ghép từ tên đơn vị báo cáo sẽ dài 40.005 ký tự"), "\(message)")
    }

    @Test("a Ghi chú that adds a rate's counts to a note at the limit is too long, at the note; the note alone fits")
    func noteWithCounts() throws {
        let note = String(repeating: "g", count: Self.limit)
        let values = #""iii.6.huyen-giai-quyet": 10248, "iii.6.huyen-ty-le-dung-hen": {"numerator": 10243}"#
        let input = #"{"template": "bang2-nam", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {\#(values)}, "notes": {"iii.6.huyen-ty-le-dung-hen": "\#(note)", "iii.6.huyen-giai-quyet": "\#(note)"}}"#
        let findings = composed(try Validation.findings(input))
        #expect(findings.count == 1, "\(findings.map(Catalogue.english.line))")
        let finding = try #require(findings.first)
        // `10.243/10.248 hồ sơ; ` before the note.
        #expect(finding.problem == .composedTextTooLong(text: .note, fields: [.note], length: 21 + Self.limit, limit: Self.limit))
        #expect(finding.pathText == #"$.notes["iii.6.huyen-ty-le-dung-hen"]"# && finding.row == "iii.6.huyen-ty-le-dung-hen")
    }

    @Test("a note kept as a comment: `Ghi chú: ` and, in a submission, a reported rate's remark count too")
    func noteAsComment() throws {
        func findings(_ row: String, _ value: String, note: Int) throws -> [Finding] {
            let text = String(repeating: "g", count: note)
            let input = #"{"template": "tong-ket-2011-2020", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"from": 2016, "to": 2020}, "values": {"\#(row)": {"2020": \#(value)}}, "notes": {"\#(row)": "\#(text)"}}"#
            return composed(try Validation.findings(input))
        }
        // `Ghi chú: ` is 9 characters, `Note: ` 6: the longer counts.
        #expect(try findings("1.tthc-ra-soat", "12", note: Self.limit - 9).isEmpty)
        let over = try findings("1.tthc-ra-soat", "12", note: Self.limit - 8)
        #expect(over.map(\.problem) == [.composedTextTooLong(text: .comment, fields: [.note], length: Self.limit + 1, limit: Self.limit)])
        #expect(over.first?.pathText == #"$.notes["1.tthc-ra-soat"]"#)
        // On a rate reported without its counts, the comment starts with the remark on the rate.
        let rate = try findings("5.ty-le-dung-han-xa", #"{"value": 98.5}"#, note: Self.limit - 9)
        #expect(rate.map(\.code) == [.textComposedTooLong] && rate.first?.row == "5.ty-le-dung-han-xa")
    }

    @Test("a submission: the cover's lines and the unit line of every appendix, each at its field of the submission")
    func submission() throws {
        let recipient = String(repeating: "r", count: Self.limit)
        let text = """
        { "unit": {"name": "\(Self.longName)", "province": "\(Self.longProvince)"},
          "report": {"number": "1/BC-UBND", "date": "2021-12-20"}, "period": {"year": 2021},
          "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}, "recipients": ["Sở Nội vụ;", "\(recipient)"],
          "appendices": [{"template": "muc-tieu-30c", "data": {"values": {"muc-tieu-1": "Đạt"}}},
                         {"template": "can-bo-dau-moi", "data": {"values": {}}}] }
        """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-composed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("submission.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let checked = Pipeline.checkSubmission(at: path, catalog: try Validation.bundled())
        let findings = composed(checked.findings)
        let places = findings.map { finding -> String in
            guard case .text(let name)? = finding.detail("text") else { return "?" }
            return "\(name) \(finding.pathText)"
        }
        // The cover's own, then the unit line of each appendix's sheet.
        #expect(places == ["cover-recipient $.recipients[1]", "check-sheet-unit $.unit", "unit-line $.unit", "unit-line $.unit"])
        #expect(findings.allSatisfy { $0.file == path && $0.severity == .error })
        #expect(findings[0].problem == .composedTextTooLong(text: .coverRecipient(line: 2), fields: [.recipient], length: Self.limit + 2,
                                                            limit: Self.limit))
        #expect(checked.decision(allowingErrors: true) == .unwritable(.textTooLong))
    }
    @Test("a remark of a comment takes at most ComposedTextCheck.remarkWords bytes beyond what it quotes, in every language")
    func remarkWords() {
        let bound = ComposedTextCheck.remarkWords
        let labels: [String?] = [nil, "", "x", String(repeating: "Số hồ sơ ", count: 40)]
        for language in Language.allCases {
            let catalogue = Catalogue(language)
            for reported in [0, 0.001, 1, 12.3456789, 98.5, 99.99999, 100, 1e-9] {
                for numerator in labels {
                    for denominator in labels {
                        let quoted = (numerator?.utf8.count ?? 0) + (denominator?.utf8.count ?? 0)
                        let text = catalogue.phrase(.reportedRateComment(reported: reported, missingNumerator: numerator, missingDenominator: denominator))
                        // The blank line that joins it to the next remark counts too.
                        #expect(text.utf8.count + 2 <= bound + quoted, "\(language) \(reported)")
                    }
                }
            }
            for note in ["", "g", String(repeating: "Ghi chú ", count: 500)] {
                #expect(catalogue.phrase(.noteComment(note)).utf8.count + 2 <= bound + note.utf8.count, "\(language)")
            }
        }
    }

    @Test("a template text that fits whatever its placeholders take (ComposedTextCheck.fits) fits once they are filled, near the limit too")
    func fitsBound() throws {
        let catalog = try Validation.bundled()
        guard case .template(let template)? = catalog.reading(id: "bang2-nam") else { Issue.record("no bang2-nam"); return }
        var random = SeededGenerator(state: 0x5DEE_CE66_D1CE_4E5B)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        let pieces = ["{unit}", "{province}", "{portal}", "{number}", "{year}", "{from}", "{to}", "{cutoff}", "{y}", "a", "Ủ", " ", "{"]
        var fitting = 0, near = 0
        for _ in 0..<600 {
            // Fields and texts sized so that a filled text comes near a cell's limit: long
            // fields in a short text, or short fields in a long one.
            let long = next(3) == 0
            let field = { String(repeating: ["x", "Ủ", "😀"][next(3)], count: long || next(4) == 0 ? next(40) : 50 + next(1_500)) }
            let unit = UnitInfo(name: field(), province: next(2) == 0 ? nil : field(), portal: next(2) == 0 ? nil : field())
            let period = Period(year: next(2) == 0 ? nil : 2020 + next(6), from: 2016, to: 2020, cutoff: DayDate(year: 2020, month: 11, day: 15))
            let report = Report(template: template, unit: unit, period: period, valueColumns: [.single], rows: [], source: "x.json")
            var text = ""
            for _ in 0..<next(long ? 6_000 : 60) { text += pieces[next(pieces.count)] }
            let filled = TextRules.cellLength(report.resolve(text, year: 2025))
            let fits = ComposedTextCheck.fits(text, longestReplacement: ComposedTextCheck.longestReplacement(in: report))
            if fits { fitting += 1; #expect(filled <= ComposedTextCheck.limit, "\(text.utf8.count) bytes, \(filled) filled") }
            if filled > ComposedTextCheck.limit / 2 { near += 1 }
        }
        // Not vacuous: many texts fit by the bound, many come near the limit or past it.
        #expect(fitting > 60 && near > 60, "\(fitting) \(near)")
        // Just past the limit, made of nothing but one field: never said to fit.
        for (placeholder, length) in [("{unit}", 100), ("{unit}", 1_000), ("{province}", 700), ("{portal}", 5_000), ("{number}", 3_000)] {
            let long = String(repeating: "x", count: length)
            let unit = UnitInfo(name: long, province: long, portal: long)
            var report = Report(template: template, unit: unit, period: Period(year: 2025), valueColumns: [.single], rows: [], source: "x.json")
            report.reportNumber = long
            let text = String(repeating: placeholder, count: ComposedTextCheck.limit / length + 1)
            #expect(TextRules.cellLength(report.resolve(text)) > ComposedTextCheck.limit)
            #expect(!ComposedTextCheck.fits(text, longestReplacement: ComposedTextCheck.longestReplacement(in: report)), "\(placeholder) \(length)")
        }
    }
}
