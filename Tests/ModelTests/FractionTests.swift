import Foundation
import Model
import Testing

/// Bảng 2, row VI.2 *Số tổ chức hành chính thực hiện cơ chế tự chủ, tự chịu trách nhiệm về quản
/// lý kinh phí hành chính* (unit *Cơ quan, đơn vị*): real reports answer `24/24` (the
/// organisations that do / all of them). The row takes that fraction, kept as its two numbers
/// for consolidation; the first may not exceed the second; a plain count, which lacks the total a
/// province sums, is refused with the way to write it.
@Suite("fractions: Bảng 2, row VI.2")
struct FractionTests {
    static func input(_ value: String) -> String {
        #"{"template": "bang2-nam", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {"vi.2": \#(value)}}"#
    }

    func read(_ value: String) throws -> Pipeline.CheckedReport {
        Pipeline.checkInput(bytes: Array(Self.input(value).utf8), file: "b2.json", catalog: try Validation.bundled())
    }

    @Test("the row is a fraction row, with the form's own unit")
    func template() throws {
        let row = try #require(try Validation.bundled().template(id: "bang2-nam").row(id: "vi.2"))
        #expect(row.kind == .fraction && row.unit == "Cơ quan, đơn vị" && row.stt == "2")
        #expect(Skeleton.hint(row) == Catalogue.vietnamese.phrase(.hint(.fraction)))
    }

    @Test("`24/24`, `23/24`, `0/0`, `1.024/1.024` are two numbers, shown as the form shows them", arguments: [
        (#""24/24""#, 24.0, 24.0, "24/24"), (#""23 / 24""#, 23, 24, "23/24"), (#""0/0""#, 0, 0, "0/0"),
        (#""1.024/1.024""#, 1_024, 1_024, "1.024/1.024"),
    ])
    func accepted(_ given: String, _ numerator: Double, _ denominator: Double, _ shown: String) throws {
        let checked = try read(given)
        #expect(checked.findings.isEmpty, "\(checked.findings.shown)")
        let value = try #require(checked.report?.row(id: "vi.2")?.values.first)
        #expect(value == .fraction(numerator: numerator, denominator: denominator))
        #expect(CellText.cellString(value) == shown)
    }

    @Test("more organisations doing it than there are: value.fraction-above, an error at the row, the value kept")
    func above() throws {
        let checked = try read(#""25/24""#)
        #expect(checked.findings.map(\.code) == [.valueFractionAbove], "\(checked.findings.shown)")
        let finding = try #require(checked.findings.first)
        #expect(finding.severity == .error && finding.pathText == #"$.values["vi.2"]"# && finding.row == "vi.2")
        #expect(finding.problem == .fractionAbove(numerator: 25, denominator: 24, unit: "Cơ quan, đơn vị"))
        #expect(finding.figures["numerator"] == 25 && finding.figures["denominator"] == 24)
        #expect(Catalogue.vietnamese.message(finding.problem).hasPrefix("25/24: số trước dấu / là số cơ quan, đơn vị đã thực hiện"))
        #expect(checked.report?.row(id: "vi.2")?.values == [.fraction(numerator: 25, denominator: 24)])
    }

    @Test("a plain count is refused, with the fraction to write instead", arguments: ["24", #""24""#, #""24,5/30""#, #""24/""#])
    func plainCount(_ given: String) throws {
        let checked = try read(given)
        #expect(checked.findings.map(\.code) == [.valueNotFraction], "\(checked.findings.shown)")
        #expect(checked.findings.first?.pathText == #"$.values["vi.2"]"#)
        #expect(Catalogue.vietnamese.message(try #require(checked.findings.first).problem).contains("\"24/24\""))
        #expect(checked.report?.row(id: "vi.2")?.values == [.blank])
    }
}
