import Foundation
import Model
import Testing

/// A reported rate is judged at the precision it was written with: rounded to its digits it
/// agrees, cut off it is a `rate.truncated` warning, anything else a `rate.mismatch` error.
@Suite("rates judged at the digits written")
struct RatePrecisionTests {
    /// The findings of the small template's rate `s` (two component counts) given as `rate`.
    func findings(_ rate: String) throws -> [Finding] {
        let catalog = try Validation.catalog(template: Validation.smallTemplate())
        return try Validation.findings(Validation.smallInput(#""s": \#(rate)"#), catalog: catalog)
    }

    func rate(_ numerator: String, _ denominator: String, _ value: String) -> String {
        #"{"numerator": \#(numerator), "denominator": \#(denominator), "value": \#(value)}"#
    }

    // MARK: The examples of the issue

    @Test("the issue's examples, counts and rates written as officers write them", arguments: [
        (#""1.985""#, #""2.004""#, #""99""#, nil),                          // 99,05 % written as 99 %
        ("11", "12", #""91,7""#, nil),                                     // 91,666… %
        ("204", "263", #""77,5""#, FindingCode.rateTruncated),             // 77,566 % cut off: 77,6 % rounded
        ("204", "263", #""77,86""#, .rateMismatch),                        // the text says 77,86 %, the counts 77,57 %
        (#""1.204""#, #""1.210""#, #""100""#, .rateMismatch),              // 99,50 %: 100 % says all, and 6 were not
        ("1", "500", #""0,2""#, nil),                                      // 0,2 %
    ] as [(String, String, String, FindingCode?)])
    func issueExamples(_ numerator: String, _ denominator: String, _ value: String, _ expected: FindingCode?) throws {
        let found = try findings(rate(numerator, denominator, value))
        #expect(found.map(\.code) == (expected.map { [$0] } ?? []), "\(found.shown)")
        for finding in found {
            #expect(finding.row == "s" && finding.pathText == "$.values.s")
            #expect(finding.severity == (finding.code == .rateTruncated ? .warning : .error))
        }
    }

    @Test("rate.truncated: a warning with the digits written and the rounded value, in words that say so")
    func truncated() throws {
        let found = try findings(rate("204", "263", #""77,5""#))
        let finding = try #require(found.first)
        #expect(found.count == 1 && finding.code == .rateTruncated && finding.severity == .warning)
        guard case .rateTruncated(let reported, let computed, let numerator, let denominator, let digits) = finding.problem else {
            Issue.record("\(finding.shown)"); return
        }
        #expect(reported == 77.5 && numerator == 204 && denominator == 263 && digits == 1)
        #expect(abs(computed - 204.0 / 263 * 100) < 1e-12)
        #expect(finding.detail("digits") == .integer(1) && finding.figures["rounded"] == 77.6 && finding.figures["reported"] == 77.5)
        let vi = Catalogue.vietnamese.message(finding.problem)
        for piece in ["77,5 %", "77,567 %", "204/263", "cắt bớt", "làm tròn đến 1 chữ số thập phân thì là 77,6 %"] {
            #expect(vi.contains(piece), "\"\(piece)\" not in: \(vi)")
        }
        // Not a refusal: the input is written.
        let catalog = try Validation.catalog(template: Validation.smallTemplate())
        let checked = Pipeline.checkInput(bytes: Array(Validation.smallInput(#""s": \#(rate("204", "263", #""77,5""#))"#).utf8),
                                          file: "input.json", catalog: catalog)
        #expect(checked.decision(allowingErrors: false) == .write)
    }

    @Test("rate.mismatch states the precision: the rate the counts give, rounded to the digits written")
    func mismatchMessage() throws {
        let finding = try #require(try findings(rate("204", "263", #""77,86""#)).first)
        #expect(finding.detail("digits") == .integer(2) && finding.figures["rounded"] == 77.57)
        let vi = Catalogue.vietnamese.message(finding.problem)
        for piece in ["77,86 %", "77,5665 %", "204/263", "làm tròn đến 2 chữ số thập phân: 77,57 %"] {
            #expect(vi.contains(piece), "\"\(piece)\" not in: \(vi)")
        }
        // A whole number: rounded to the unit (77 would be cut off, 76 is neither).
        let whole = try #require(try findings(rate("204", "263", #""76""#)).first)
        #expect(whole.code == .rateMismatch && whole.detail("digits") == .integer(0) && whole.figures["rounded"] == 78)
        #expect(Catalogue.vietnamese.message(whole.problem).contains("làm tròn đến hàng đơn vị: 78 %"))
    }

    @Test("0 % and 100 % say none and all: only counts that say so give them")
    func allOrNone() throws {
        #expect(try findings(rate("500", "500", #""100""#)).isEmpty)
        #expect(try findings(rate("500", "500", "100.00")).isEmpty)
        #expect(try findings(rate("0", "500", #""0""#)).isEmpty)
        #expect(try findings(rate("0", "500", #""0,00""#)).isEmpty)
        #expect(try findings(rate("1", "500", #""0""#)).map(\.code) == [.rateMismatch])        // 0,2 % rounds to 0
        #expect(try findings(rate("1209", "1210", #""100,0""#)).map(\.code) == [.rateMismatch]) // 99,917 % rounds to 100,0
        #expect(try findings(rate("3", "4000", #""0,0""#)).map(\.code) == [.rateMismatch])     // 0,075 % cut off to 0,0
        let hundred = try #require(try findings(rate(#""1.204""#, #""1.210""#, #""100""#)).first)
        let vi = Catalogue.vietnamese.message(hundred.problem)
        for piece in ["100 % nghĩa là tất cả", "1.204/1.210", "99,504 %", "hãy ghi 99,5 % (làm tròn đến 1 chữ số thập phân)"] {
            #expect(vi.contains(piece), "\"\(piece)\" not in: \(vi)")
        }
        let none = try #require(try findings(rate("1", "500", #""0""#)).first)
        #expect(Catalogue.vietnamese.message(none.problem).contains("0 % nghĩa là không có"))
    }

    // MARK: What counts as the digits written

    @Test("a string keeps its digits, a JSON number is judged by its shortest form", arguments: [
        // 9946/10000 = 99,46 %: 99 to the unit, 99,5 to one decimal, 99,46 to two, 99,460 to three.
        (#""99,50""#, FindingCode.rateMismatch),   // two decimals written: 99,46 expected
        ("99.50", nil),                            // the JSON number 99.5: one decimal
        ("99.5", nil),
        (#""99,5""#, nil),
        (#""99,5 %""#, nil),
        (#""99,46%""#, nil),
        ("99.46", nil),
        ("99.460", nil),                           // the JSON number 99.46
        (#""99,460""#, nil),                       // three decimals written, and right
        (#""99,4""#, .rateTruncated),              // cut off, where rounding gives 99,5
        ("99", nil),
        (#""99,47""#, .rateMismatch),
        ("1e2", .rateMismatch),                    // 100: all
    ] as [(String, FindingCode?)])
    func digitsWritten(_ value: String, _ expected: FindingCode?) throws {
        let found = try findings(rate("9946", "10000", value))
        #expect(found.map(\.code) == (expected.map { [$0] } ?? []), "\(found.shown)")
    }

    @Test("Vietnamese number readings keep the count of decimals written", arguments: [
        ("99", 0), ("91,70", 2), ("99,95%", 2), ("99,95 %", 2), ("1.130", 0), ("10.248", 0), ("2.42", 2), ("98,8", 1),
        ("1.234,50", 2), ("1,234.5", 1), ("1.234.567", 0), ("50,011", 3), ("0,2", 1), ("100,000", 3), ("-3,25", 2),
    ])
    func readingDecimals(_ text: String, _ decimals: Int) throws {
        #expect(try #require(VietnameseNumber.parse(text)).decimals == decimals, "\(text)")
    }

    @Test("the shortest decimal form of a JSON number", arguments: [
        (99.5, 1), (99.50, 1), (100, 0), (1e2, 0), (0.00001, 5), (1.5e-7, 8), (77.566_539_923_954_37, 14), (0, 0), (1e20, 0), (0.1, 1),
    ])
    func shortestDecimals(_ value: Double, _ decimals: Int) {
        #expect(PlainNumber.decimals(value) == decimals, "\(value)")
    }

    // MARK: The arithmetic

    @Test("rounding half up and cutting off at d decimals, exact at the half", arguments: [
        // numerator, denominator, decimals, cut, rounded
        (1.0, 8.0, 0, 12.0, 13.0),          // 12,5
        (1, 16, 1, 6.2, 6.3),               // 6,25
        (1, 80, 1, 1.2, 1.3),               // 1,25 (0,0125 is not exact in binary)
        (204, 263, 1, 77.5, 77.6),          // 77,566…
        (204, 263, 2, 77.56, 77.57),
        (2, 3, 4, 66.6666, 66.6667),
        (1985, 2004, 0, 99, 99),
        (0, 7, 3, 0, 0),
        (7, 7, 2, 100, 100),
        (999_999_999_999_999, 1_000_000_000_000_000, 12, 99.999_999_999_999, 100),
    ] as [(Double, Double, Int, Double, Double)])
    func arithmetic(_ numerator: Double, _ denominator: Double, _ decimals: Int, _ cut: Double, _ rounded: Double) throws {
        let value = try #require(Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: decimals))
        #expect(value.cut == cut && value.rounded == rounded, "\(numerator)/\(denominator) at \(decimals): \(value)")
    }

    @Test("a rate without a written precision is judged by its shortest form; more than 12 decimals at 12")
    func precisionOfARate() {
        var rate = Rate(numerator: 204, denominator: 263, numeratorFromRow: false, denominatorFromRow: false, reported: 77.57)
        #expect(rate.reportedPrecision == 2 && rate.agreement == .rounded)
        rate.reportedDecimals = 3
        #expect(rate.agreement == .mismatch)  // 77,570 for 77,566
        rate.reported = 77.566_539_923_954_37
        rate.reportedDecimals = nil
        #expect(rate.reportedPrecision == 12 && rate.agreement == .rounded)
        rate.reported = nil
        #expect(rate.agreement == nil && rate.reportedPrecision == nil)
        rate.reported = 50
        rate.denominator = 0
        #expect(rate.agreement == nil)
    }

    // MARK: Every path a rate takes

    @Test("per-year series: each year judged at its own digits")
    func perYear() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(period: "years"))
        let values = #""s": {"2016": {"numerator": 110, "denominator": 120, "value": "91,7"}, "2017": {"numerator": 204, "denominator": 263, "value": "77,5"}, "2018": {"numerator": 204, "denominator": 263, "value": 77.86}, "2019": {"numerator": 1985, "denominator": 2004, "value": 99}}"#
        let found = try Validation.findings(Validation.yearsInput(values), catalog: catalog)
        #expect(found.map(FindingKey.init) == [FindingKey(.rateMismatch, "s", 2018, .error), FindingKey(.rateTruncated, "s", 2017, .warning)],
                "\(found.shown)")
        #expect(found.first?.pathText == #"$.values.s["2018"]"#)
    }

    @Test("submissions: an appendix's rates are judged the same way")
    func submission() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-precision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = """
        {
          "unit": {"name": "UBND huyện Tân Hòa Đông", "province": "Tỉnh Phú An"},
          "report": {"number": "1/BC-UBND", "date": "2021-12-20", "place": "Tân Hòa Đông"},
          "period": {"year": 2021},
          "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
          "appendices": [{"template": "bang2-nam", "data": {"values": {
            "iii.6.huyen-xay-dung": {"numerator": "1.985", "denominator": "2.004", "value": "99"},
            "iii.6.huyen-dat-dai": {"numerator": 204, "denominator": 263, "value": "77,5"},
            "iii.6.xa-dat-dai": {"numerator": 204, "denominator": 263, "value": "77,86"}
          }}}]
        }
        """
        let path = directory.appendingPathComponent("submission.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = Pipeline.checkSubmission(at: path, catalog: try Validation.bundled())
        let rates = result.findings.filter { $0.code.rawValue.hasPrefix("rate.") }
        #expect(Set(rates.map(FindingKey.init)) == [FindingKey(.rateTruncated, "iii.6.huyen-dat-dai", nil, .warning),
                                                    FindingKey(.rateMismatch, "iii.6.xa-dat-dai", nil, .error)], "\(result.findings.shown)")
    }

    @Test("diff: a rate written to the unit is no longer refused, and the change is in points from the counts")
    func diff() throws {
        func input(_ year: Int, _ rate: String) -> String {
            """
            {"template": "bang2-nam", "unit": {"name": "UBND huyện Tân Hòa Đông"}, "period": {"year": \(year)},
             "values": {"iii.6.huyen-xay-dung": \(rate)}}
            """
        }
        let catalog = try Validation.bundled()
        let oldText = input(2020, rate(#""1.985""#, #""2.004""#, #""99""#)), newText = input(2021, rate("1990", "2000", #""99,5""#))
        for text in [oldText, newText] {
            let checked = Pipeline.checkInput(bytes: Array(text.utf8), file: "a.json", catalog: catalog)
            #expect(checked.findings.isEmpty && checked.decision(allowingErrors: false) == .write, "\(checked.findings.shown)")
        }
        let old = try DiffTestSupport.report(json: oldText, file: "a.json"), new = try DiffTestSupport.report(json: newText, file: "b.json")
        let row = try Diff(old: DiffSide(report: old), new: DiffSide(report: new)).row("iii.6.huyen-xay-dung")
        #expect(row.status == .changed && row.isPercent)
        #expect(close(row.change, 1990.0 / 2000 * 100 - 1985.0 / 2004 * 100))
    }
}
