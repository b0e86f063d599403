import Foundation
import Model
import Testing

/// Numbers in Vietnamese and international notation (`VietnameseNumber`), and how the reader
/// reports the ones that could be read two ways.
@Suite("Vietnamese numbers")
struct NumberTests {
    @Test("readings of the notations people use", arguments: [
        ("1.130", 1130.0), ("10.248", 10248), ("1.234.567", 1_234_567), ("99,95", 99.95), ("98,8", 98.8),
        ("2.42", 2.42), ("98.8", 98.8), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1,234,567", 1_234_567),
        ("10 248", 10248), ("10\u{00A0}248", 10248), ("10\u{202F}248", 10248), ("0", 0), ("-0", 0), ("+7", 7),
        ("-3,5", -3.5), ("\u{2212}4", -4), ("99,95%", 99.95), ("0.130", 0.13), ("1,130", 1.13), ("0,5", 0.5),
        ("007", 7), ("1.2345", 1.2345), ("1 234 567", 1_234_567), ("1 234 567,5", 1_234_567.5), ("-10 248", -10248),
        ("98,8 %", 98.8), ("999 999", 999_999),
    ])
    func readings(_ text: String, _ value: Double) throws {
        let reading = try #require(VietnameseNumber.parse(text), "\(text) not read")
        #expect(reading.value == value, "\(text)")
        #expect(reading.value.sign == .plus || reading.value != 0, "negative zero from \(text)")
    }

    @Test("ambiguous texts carry the other reading", arguments: [
        ("1.130", 1130.0, 1.13), ("10.248", 10248, 10.248), ("1,130", 1.13, 1130), ("999,999", 999.999, 999_999),
    ])
    func ambiguous(_ text: String, _ value: Double, _ alternative: Double) throws {
        let reading = try #require(VietnameseNumber.parse(text))
        #expect(reading.value == value && reading.alternative == alternative)
    }

    @Test("unambiguous texts have no other reading", arguments: ["99,95", "2.42", "1.234.567", "1.234,5", "0.130", "1130", "1,2345"])
    func unambiguous(_ text: String) throws {
        #expect(try #require(VietnameseNumber.parse(text)).alternative == nil, "\(text)")
    }

    @Test("texts that are not numbers in either notation", arguments: [
        "", " ", "NaN", "nan", "Infinity", "inf", "1e3", "0x1F", "mười", "1.2.3,4,5", "1..3", "1,,3", ".5", "5.", ",5",
        "1.23.456", "12,34,5", "1.234,5,6", "--1", "1-", "%", "1%%", "1 2/3", "١٢٣", "１２３", "1.234.56",
        String(repeating: "9", count: 400), "12_345",
    ])
    func notNumbers(_ text: String) {
        #expect(VietnameseNumber.parse(text) == nil, "\(text) was read as \(String(describing: VietnameseNumber.parse(text)?.value))")
    }

    @Test("digit groups separated by spaces are thousands: anything else is no number, never the digits run together",
          arguments: ["12 34", "1 13 0", "1234 567", "1 2345", "1 23", "12 3456 789", "1.234 567", "99,95 5", "1 234 56", "0,123 456"])
    func unevenSpaceGroups(_ text: String) {
        #expect(VietnameseNumber.hasUnevenSpaceGroups(text), "\(text)")
        #expect(VietnameseNumber.parse(text) == nil, "\(text) was read as \(String(describing: VietnameseNumber.parse(text)?.value))")
    }

    @Test("spaces that group thousands, or stand beside a sign or %, are even", arguments: ["10 248", "1 234 567,5", "98,8 %", "- 5", "7", " 12 "])
    func evenSpaceGroups(_ text: String) {
        #expect(!VietnameseNumber.hasUnevenSpaceGroups(text), "\(text)")
    }

    @Test("formatting the Vietnamese way", arguments: [
        (10243.0, "10.243"), (99.95, "99,95"), (0, "0"), (1_234_567.891, "1.234.567,89"), (-1234.5, "-1.234,5"),
        (99.999, "100"), (0.004, "0"), (-0.004, "0"), (.infinity, ""), (.nan, ""),
    ])
    func format(_ value: Double, _ text: String) {
        #expect(VietnameseNumber.format(value) == text)
    }

    @Test("format and parse round-trip whole numbers", arguments: [0.0, 7, 999, 1000, 10248, 1_234_567, 999_999_999_999])
    func roundTrip(_ value: Double) throws {
        #expect(try #require(VietnameseNumber.parse(VietnameseNumber.format(value))).value == value)
    }

    // MARK: - What the reader makes of them

    func input(_ value: String, row: String = "i.1.nhiem-vu-de-ra") -> String {
        #"{"template": "bang2-nam", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {"\#(row)": \#(value)}}"#
    }

    @Test("a count written 1.130 is 1130, with no finding (1.13 cannot be a count)")
    func countGrouping() throws {
        #expect(try Validation.findings(input(#""1.130""#)).isEmpty)
    }

    @Test("a count written 1,130 is an error that offers 1130 (1.13 cannot be a count)")
    func countComma() throws {
        let findings = try Validation.findings(input(#""1,130""#))
        #expect(findings.map(FindingKey.init) == [FindingKey(.numberMisread, "i.1.nhiem-vu-de-ra", nil, .error)], "\(findings.shown)")
        #expect(findings.first?.pathText == #"$.values["i.1.nhiem-vu-de-ra"]"#)
        #expect(findings.first?.problem == .misreadNumber(given: #""1,130""#, read: 1.13, alternative: 1130, commaIsDecimal: true))
    }

    @Test("a percentage written 1.130 cannot be 1130 %: an error offering 1.13")
    func percentGrouping() throws {
        let findings = try Validation.findings(input(#"{"value": "1.130"}"#, row: "iii.5.ty-le-dien-tu-hoa"))
        #expect(findings.map(FindingKey.init) == [FindingKey(.numberMisread, "iii.5.ty-le-dien-tu-hoa", nil, .error)], "\(findings.shown)")
        #expect(findings.first?.problem == .misreadNumber(given: #""1.130""#, read: 1130, alternative: 1.13, commaIsDecimal: false))
        #expect(findings.first?.pathText == #"$.values["iii.5.ty-le-dien-tu-hoa"].value"#)
    }

    @Test("a decimal written 1.130 could be either: a warning that carries both readings")
    func decimalBothWays() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate())
        let findings = try Validation.findings(Validation.smallInput(#""x": "1.130""#), catalog: catalog)
        #expect(findings.map(FindingKey.init) == [FindingKey(.numberAmbiguous, "x", nil, .warning)], "\(findings.shown)")
        #expect(findings.first?.problem == .ambiguousNumber(given: #""1.130""#, read: 1130, alternative: 1.13, commaIsDecimal: false))
        #expect(findings.first?.figures == ["read": 1130, "alternative": 1.13])
        #expect(findings.first?.detail("given") == .text(#""1.130""#))  // as the input writes it
    }

    @Test("a rate's reported value is a percentage and its counts are counts", arguments: [
        (#"{"value": "99,95"}"#, [FindingCode](), [String]()),
        (#"{"value": "50,011"}"#, [], []),                        // 50.011 %; 50011 % cannot be
        (#"{"numerator": "1.130", "denominator": "2.400"}"#, [], []),
        (#"{"numerator": "1,130", "denominator": 2000}"#, [.numberMisread], ["numerator"]),
        (#"{"numerator": "5%", "denominator": 20}"#, [.numberPercentSign], ["numerator"]),
        (#"{"numerator": 2.5, "denominator": 20}"#, [.valueNotACount], ["numerator"]),
        (#"{"value": 101}"#, [.valuePercentRange], ["value"]),
        (#"{"value": "abc"}"#, [.numberInvalid], ["value"]),
    ])
    func rateParts(_ value: String, _ codes: [FindingCode], _ keys: [String]) throws {
        let findings = try Validation.findings(input(value, row: "iii.6.huyen-xay-dung"))
        #expect(findings.map(\.code) == codes, "\(findings.shown)")
        #expect(findings.map(\.pathText) == keys.map { #"$.values["iii.6.huyen-xay-dung"]."# + $0 })
        #expect(findings.allSatisfy { $0.row == "iii.6.huyen-xay-dung" && $0.severity == .error })
    }

    @Test("a percent sign on a rate's count says it is a rate's count; on a row, names the row's unit")
    func percentSign() throws {
        let rate = try Validation.findings(input(#"{"numerator": "5%", "denominator": 20}"#, row: "iii.6.huyen-xay-dung"))
        guard case .percentSignOnCount(#""5%""#, _, true) = rate.first?.problem else { Issue.record("\(rate.shown)"); return }
        let count = try Validation.findings(input(#""12%""#))
        guard case .percentSignOnCount(#""12%""#, let unit?, false) = count.first?.problem else { Issue.record("\(count.shown)"); return }
        #expect(!unit.isEmpty)
    }

    @Test("numbers a spreadsheet cannot hold", arguments: [
        ("1e309", FindingCode.numberTooLarge), ("-1e309", .numberTooLarge), ("1e16", .numberTooLarge),
        (#""10.000.000.000.000.000""#, .numberTooLarge),
        (#""NaN""#, .numberInvalid), (#""Infinity""#, .numberInvalid), ("-1", .valueNotACount), ("2.5", .valueNotACount),
    ])
    func outOfRange(_ value: String, _ code: FindingCode) throws {
        let findings = try Validation.findings(input(value))
        #expect(findings.map(FindingKey.init) == [FindingKey(code, "i.1.nhiem-vu-de-ra", nil, .error)], "\(findings.shown)")
        #expect(findings.first?.pathText == #"$.values["i.1.nhiem-vu-de-ra"]"#)
        switch findings.first?.problem {
        case .numberTooLarge(let given)?, .notANumber(let given)?:
            #expect(given == value)  // the value as the input writes it
        case .notACount(let number, _, nil)?:
            #expect(number == Double(value))
        default:
            Issue.record("\(findings.shown)")
        }
    }
}
