import Foundation
@testable import Model
import Testing

/// Reading and checking a template grows with its size, not with its square: rows, checks,
/// charts and translations are looked up in indexes, never searched for each other.
@Suite("Template scale")
struct TemplateScaleTests {
    /// A template of `count` count rows, as many derived rates over them, checks and a chart
    /// naming them, and a check with `count` translations; `broken`: every count row of an
    /// unknown kind, and one more row with `count` unknown keys.
    static func large(_ count: Int, broken: Bool = false) -> String {
        var rows: [String] = [], checks: [String] = [], series: [String] = []
        for i in 0..<count {
            rows.append(#"{"id": "c\#(i)", "stt": "\#(i)", "label": "Số hồ sơ \#(i)", "unit": "Hồ sơ", "kind": "\#(broken ? "counts" : "count")"}"#)
            rows.append(#"{"id": "d\#(i)", "label": "Tỷ lệ \#(i)", "unit": "%", "kind": "percent", "derived": {"numerator": {"label": "Đúng hạn"}, "denominator": {"row": "c\#(i)"}}}"#)
            checks.append(#"{"id": "k\#(i)", "left": ["d\#(i).numerator"], "op": "<=", "right": ["c\#(i)"], "severity": "error", "message": "Tử số không quá mẫu số"}"#)
            if i < 255 { series.append(#"{"row": "d\#(i)"}"#) }  // a chart holds at most 255 series
        }
        if broken {
            rows.append(#"{"id": "thua", "label": "Thừa", "kind": "text", "#.appending((0..<count).map { #""u\#($0)": 1"# }.joined(separator: ", ")) + "}")
        }
        let translations = (0..<count).map { #""l\#($0)": "x""# }.joined(separator: ", ")
        checks.append(#"{"id": "dich", "left": ["c0"], "op": "<=", "right": ["c0"], "severity": "warning", "message": "m", "translations": {\#(translations)}}"#)
        return #"{"id": "lon", "name": "Lớn", "sheetName": "Lớn", "period": "years", "columns": [{"role": "stt"}, {"role": "label"}, {"role": "years"}], "header": [[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Năm {y}", "repeats": "years"}]], "rows": [\#(rows.joined(separator: ","))], "checks": [\#(checks.joined(separator: ","))], "charts": [{"type": "line", "title": "T", "valueAxis": "%", "series": [\#(series.joined(separator: ","))]}]}"#
    }

    @Test("decoding a template is linear: 4 times the rows, translations and wrong values take at most 4.5 times the steps")
    func linearDecoding() throws {
        for broken in [false, true] {
            var work: [Int] = []
            for count in [2_000, 8_000] {
                let document = try JSONParser.parse(Array(Self.large(count, broken: broken).utf8))
                let (result, steps) = JSONValueDecoder.decodeCountingWork(Template.self, from: document)
                switch result {
                case .success: #expect(!broken)
                case .failure(let failure): #expect(broken && failure.problems.count == 2 * count, "\(failure.problems.prefix(3))")
                }
                work.append(steps)
            }
            #expect(Double(work[1]) <= 4.5 * Double(work[0]), "\(broken ? "broken" : "sound"): \(work)")
        }
    }

    @Test("a template of 20,000 rows, 10,000 checks and 10,000 translations reads and checks with no finding")
    func largeTemplate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("lon.json")
        try Data(Self.large(10_000).utf8).write(to: url)
        let template = try Template.load(from: url)
        #expect(template.rows.count == 20_000 && template.checks?.count == 10_001)
    }
}
