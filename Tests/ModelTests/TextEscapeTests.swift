import Foundation
import Model
import Testing

/// What a message quotes from a file stays on one line and can go into a workbook: control
/// characters and the non-characters U+FFFE, U+FFFF are written as escapes, in messages and in
/// JSON paths; a date outside the years a report can have is a finding.
@Suite("texts quoted from files")
struct TextEscapeTests {
    @Test("messages and paths write U+FFFE, U+FFFF and control characters as escapes")
    func escapes() {
        #expect(TextLimit.oneLine("a\u{FFFE}b\u{FFFF}c\u{07}\n") == "a\\uFFFEb\\uFFFFc\\u0007\\n")
        #expect(TextLimit.oneLine("Bảng 2") == "Bảng 2")
        #expect(JSONPath("values").child("zz\u{FFFE}").description == #"$.values["zz\ufffe"]"#)
        let message = Catalogue.vietnamese.message(.unknownKey(key: "x\u{FFFF}", in: .unit, allowed: ["name"]))
        #expect(!message.unicodeScalars.contains { $0.value == 0xFFFF } && message.contains("\\uFFFF"))
    }

    @Test("a report date or cut-off in a year outside 1990–2100 is a finding, not a date", arguments: ["0999-12-31", "1899-12-31", "9999-01-01", "0001-01-01"])
    func dateOutOfRange(_ date: String) throws {
        let json = """
        {"unit": {"name": "UBND huyện Thử"}, "period": {"year": 2021},
         "report": {"number": "1/BC", "date": "\(date)"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {}}}]}
        """
        let document = try JSONParser.parse(Array(json.utf8))
        let checked = Pipeline.checkSubmission(document: document, file: "s.json", catalog: try Validation.bundled())
        let finding = try #require(checked.findings.first { $0.code == .periodDateOutOfRange })
        #expect(finding.problem == .dateOutOfRange(given: date, range: InputReader.yearRange))
        #expect(finding.location.placeText == "$.report.date" && finding.severity == .error)
        #expect(checked.submission?.report.date == nil)
        let cutoff = try Validation.findings(#"{"template": "tong-ket-2011-2020", "unit": {"name": "X"}, "period": {"from": 2011, "to": 2020, "cutoff": "\#(date)"}}"#)
        #expect(cutoff.contains { $0.code == .periodDateOutOfRange && $0.location.placeText == "$.period.cutoff" }, "\(cutoff.shown)")
    }
}
