import Foundation
@testable import Model
import Testing
import XLSXReader

/// The template's declared checks, evaluated by `Validator`.
@Suite("Validator: template checks")
struct TemplateCheckTests {
    func check(_ json: String) -> String { "[\(json)]" }

    @Test("a broken ≤ check is reported on the left row, at its path, with both sides and the difference")
    func lessOrEqualBroken() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-le-b", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "Số A lớn hơn số B."}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""a": 45, "b": 42"#), catalog: catalog)
        #expect(findings.count == 1, "\(findings.shown)")
        let finding = try #require(findings.first)
        #expect(finding.code == .checkFailed && finding.check == "a-le-b")
        #expect(finding.severity == .error)
        #expect(finding.row == "a")
        #expect(finding.location.stt == "1" && finding.location.label == "Số A")
        #expect(finding.pathText == "$.values.a")
        #expect(finding.year == nil)
        let failure = try #require(finding.failure)
        #expect(failure.message == "Số A lớn hơn số B.")
        #expect(failure.op == .lessOrEqual)
        #expect(failure.left == [CheckFailure.Term(name: "a", value: 45)] && failure.right == [CheckFailure.Term(name: "b", value: 42)])
        #expect(failure.leftSum == 45 && failure.rightSum == 42)
        #expect(finding.detail("check") == .text("a-le-b") && finding.detail("op") == .text("<="))
        #expect(finding.figures == ["a": 45, "b": 42, "left": 45, "right": 42, "difference": 3])
        #expect(Catalogue.vietnamese.line(finding) == "input.json: $.values.a: lỗi: [1 Số A] " + Catalogue.vietnamese.message(finding.problem))
    }

    @Test("a check that holds gives nothing", arguments: [#""a": 42, "b": 42"#, #""a": 0, "b": 42"#])
    func holds(_ values: String) throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-le-b", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "A > B"}
            """)))
        #expect(try Validation.findings(Validation.smallInput(values), catalog: catalog).isEmpty)
    }

    @Test("sums of terms on either side; the message shows every term and the total")
    func sums() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "tong", "left": ["a"], "op": "==", "right": ["b", "c", "d"], "severity": "error", "message": "Tổng khác các phần."}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""a": 107, "b": 0, "c": 11, "d": 106"#), catalog: catalog)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        let failure = try #require(finding.failure)
        #expect(failure.check == "tong" && failure.op == .equal)
        #expect(failure.left.map(\.name) == ["a"] && failure.right.map(\.name) == ["b", "c", "d"])
        #expect(failure.right.map(\.value) == [0, 11, 106])
        #expect(failure.leftSum == 107 && failure.rightSum == 117)
        #expect(finding.figures["difference"] == -10)
        #expect(finding.figures["right"] == 117 && finding.figures["c"] == 11)
        #expect(try Validation.findings(Validation.smallInput(#""a": 117, "b": 0, "c": 11, "d": 106"#), catalog: catalog).isEmpty)
    }

    @Test("missing values: skip-if-any (default), skip-if-all and never", arguments: [
        // (strategy, values, expected finding)
        ("skip-if-any", #""a": 5"#, false),
        ("skip-if-any", #""a": 5, "b": 1"#, false),    // c blank: skipped
        ("skip-if-any", #""a": 5, "b": 1, "c": 1"#, true),
        ("skip-if-all", #""a": 5"#, true),        // blanks count as 0: 5 ≤ 0 + 0 fails
        ("skip-if-all", #""c": 5"#, false),       // 0 ≤ 5 holds
        ("skip-if-all", "", false),               // every term blank: skipped
        ("never", "", false),                     // 0 ≤ 0 holds
        ("never", #""a": 1"#, true),
    ])
    func missing(_ strategy: String, _ values: String, _ expected: Bool) throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "m", "left": ["a"], "op": "<=", "right": ["b", "c"], "severity": "warning", "message": "M", "missing": "\(strategy)"}
            """)))
        let findings = try Validation.findings(Validation.smallInput(values), catalog: catalog)
        #expect(findings.map(FindingKey.init) == (expected ? [.check("m", "a", nil, .warning)] : []), "\(findings.shown)")
        if expected { #expect(findings[0].severity == .warning) }
    }

    @Test("a blank counted as 0 is a term without a value, and no figure")
    func blankShown() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "m", "left": ["a"], "op": "<=", "right": ["b", "c"], "severity": "error", "message": "M", "missing": "skip-if-all"}
            """)))
        let finding = try #require(try Validation.findings(Validation.smallInput(#""a": 5, "b": 2"#), catalog: catalog).first)
        let failure = try #require(finding.failure)
        #expect(failure.right == [CheckFailure.Term(name: "b", value: 2), CheckFailure.Term(name: "c", value: nil)], "\(finding.shown)")
        #expect(failure.rightSum == 2)
        #expect(finding.figures["b"] == 2 && finding.figures["c"] == nil)
    }

    @Test("the finding sits on the left row's path even when that row was not given")
    func pathOfMissingRow() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-ge-b", "left": ["a"], "op": ">=", "right": ["b"], "severity": "error", "message": "A < B", "missing": "never"}
            """)))
        let finding = try #require(try Validation.findings(Validation.smallInput(#""b": 3"#), catalog: catalog).first)
        #expect(finding.row == "a" && finding.pathText == "$.values.a")
        #expect(finding.failure?.left == [CheckFailure.Term(name: "a", value: nil)])
    }

    @Test("tolerance for ==: within it holds, beyond it is reported")
    func tolerance() throws {
        for (tolerance, expected) in [(0.5, false), (0.3, true)] {
            let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
                {"id": "eq", "left": ["x"], "op": "==", "right": ["a"], "severity": "error", "message": "X ≠ A", "tolerance": \(tolerance)}
                """)))
            let findings = try Validation.findings(Validation.smallInput(#""x": 10.4, "a": 10"#), catalog: catalog)
            #expect(findings.isEmpty != expected, "tolerance \(tolerance): \(findings.shown)")
            if expected { #expect(findings[0].failure?.tolerance == 0.3) }
        }
    }

    @Test("numerator and denominator terms read a rate's counts; the finding sits on the rate's row")
    func rateTerms() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "rn-le-c", "left": ["r.numerator"], "op": "<=", "right": ["c"], "severity": "error", "message": "R > C"},
            {"id": "sd-le-c", "left": ["s.denominator"], "op": "<=", "right": ["c"], "severity": "warning", "message": "S > C"}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""b": 10, "r": {"numerator": 9}, "s": {"numerator": 1, "denominator": 8}, "c": 5"#), catalog: catalog)
        #expect(Set(findings.map(FindingKey.init)) == [.check("rn-le-c", "r", nil, .error), .check("sd-le-c", "s", nil, .warning)])
        let r = try #require(findings.first { $0.check == "rn-le-c" })
        #expect(r.pathText == "$.values.r" && r.figures["r.numerator"] == 9 && r.location.label == "Tỷ lệ R")
        let s = try #require(findings.first { $0.check == "sd-le-c" })
        #expect(s.figures["s.denominator"] == 8 && s.figures["c"] == 5)
    }

    @Test("a code row counts as its code; a rate as its value")
    func codesAndRates() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "k-le-a", "left": ["k"], "op": "<=", "right": ["a"], "severity": "error", "message": "K > A"},
            {"id": "q-lt-50", "left": ["q"], "op": "<", "right": ["d"], "severity": "error", "message": "Q ≥ D"}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""k": "Có", "a": 0, "e": 0, "f": 4, "d": 50"#), catalog: catalog)
        #expect(findings.map(\.check) == ["k-le-a"])
        #expect(findings.first?.figures["k"] == 1)
        // q = e / f × 100 = 0 < 50 holds; with e = 2, q = 50, not < 50.
        let second = try Validation.findings(Validation.smallInput(#""k": "Không", "a": 2, "e": 2, "f": 4, "d": 50"#), catalog: catalog)
        #expect(second.map(\.check) == ["q-lt-50"], "\(second.shown)")
        #expect(second.first?.figures["q"] == 50)
    }

    @Test("per-year templates: each year separately, the year in the finding and its path")
    func perYear() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-le-b", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "A > B"}
            """), period: "years"))
        let findings = try Validation.findings(Validation.yearsInput(#""a": {"2016": 5, "2017": 9, "2018": 4}, "b": {"2016": 5, "2017": 8, "2019": 1}"#), catalog: catalog)
        #expect(findings.map(FindingKey.init) == [.check("a-le-b", "a", 2017, .error)], "\(findings.shown)")
        let finding = try #require(findings.first)
        #expect(finding.pathText == #"$.values.a["2017"]"#)
        #expect(finding.failure?.left == [CheckFailure.Term(name: "a", value: 9)] && finding.failure?.rightSum == 8)
        #expect(Catalogue.vietnamese.rowTag(finding.location) == "[1 Số A, năm 2017] ")
    }

    @Test("operators, with a relative margin for sums of decimals", arguments: [
        (Check.Operator.lessOrEqual, 3.0, 3.0, true), (.lessOrEqual, 3.0, 2.0, false),
        (.less, 2.0, 3.0, true), (.less, 3.0, 3.0, false),
        (.greaterOrEqual, 3.0, 3.0, true), (.greaterOrEqual, 2.0, 3.0, false),
        (.greater, 4.0, 3.0, true), (.greater, 3.0, 3.0, false),
        (.equal, 0.1 + 0.2, 0.3, true), (.equal, 1.0, 2.0, false),
        (.notEqual, 1.0, 2.0, true), (.notEqual, 0.1 + 0.2, 0.3, false),
    ])
    func operators(_ op: Check.Operator, _ l: Double, _ r: Double, _ expected: Bool) {
        #expect(Validator.holds(op, l, r, tolerance: 0) == expected)
    }
}

/// The rules every template gets.
@Suite("Validator: built-in rules")
struct BuiltInRuleTests {
    func findings(_ values: String, checks: String = "[]") throws -> [Finding] {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: checks))
        return try Validation.findings(Validation.smallInput(values), catalog: catalog)
    }

    func yearFindings(_ values: String, period: String = #"{"from": 2016, "to": 2020}"#) throws -> [Finding] {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(period: "years"))
        return try Validation.findings(Validation.yearsInput(values, period: period), catalog: catalog)
    }

    @Test("rate.mismatch: a reported rate its counts do not give at its precision is an error with both values")
    func rateMismatch() throws {
        let found = try findings(#""s": {"numerator": 877, "denominator": 1130, "value": "77,86"}"#)
        #expect(found.map(FindingKey.init) == [FindingKey(.rateMismatch, "s", nil, .error)])
        let finding = try #require(found.first)
        #expect(finding.pathText == "$.values.s")
        guard case .rateMismatch(let reported, let computed, let numerator, let denominator, let difference, let digits) = finding.problem
        else { Issue.record("not a rate mismatch: \(finding.shown)"); return }
        #expect(reported == 77.86 && numerator == 877 && denominator == 1130 && digits == 2)
        #expect(abs(computed - 877.0 / 1130.0 * 100) < 1e-12)
        #expect(abs(difference - abs(77.86 - computed)) < 1e-12)
        #expect(finding.figures["reported"] == 77.86 && finding.figures["numerator"] == 877 && finding.figures["denominator"] == 1130)
        #expect(abs(finding.figures["computed"]! - 877.0 / 1130.0 * 100) < 1e-12)
        #expect(finding.detail("digits") == .integer(2) && finding.figures["rounded"] == 77.61 && finding.detail("tolerance") == nil)
    }

    @Test("rate at its precision, 1/2 = 50 %: the digits written decide", arguments: [
        ("50", nil), ("50,0", nil), ("50.00", nil), ("50,000%", nil),
        ("50.01", FindingCode.rateMismatch), ("49,99", .rateMismatch), ("50,011", .rateMismatch), ("51", .rateMismatch), ("100", .rateMismatch),
    ] as [(String, FindingCode?)])
    func rateBoundary(_ reported: String, _ expected: FindingCode?) throws {
        let found = try findings(#""s": {"numerator": 1, "denominator": 2, "value": "\#(reported)"}"#)
        #expect(found.map(\.code) == (expected.map { [$0] } ?? []), "\(found.shown)")
    }

    @Test("rate.numerator-above-denominator: for component counts, a row denominator, and two rows")
    func numeratorAboveDenominator() throws {
        let found = try findings(#""s": {"numerator": 231, "denominator": 208}, "b": 4, "r": {"numerator": 5}, "e": 6, "f": 4"#)
        #expect(Set(found.map(FindingKey.init)) == [
            FindingKey(.rateNumeratorAbove, "s", nil, .error), FindingKey(.rateNumeratorAbove, "r", nil, .error),
            FindingKey(.rateNumeratorAbove, "q", nil, .error),
        ], "\(found.shown)")
        let s = try #require(found.first { $0.row == "s" })
        guard case .numeratorAbove(let numerator, let denominator, let numeratorName, let denominatorName, let computed) = s.problem
        else { Issue.record("\(s.shown)"); return }
        #expect(numerator == 231 && denominator == 208)
        #expect(numeratorName == "Tử số S" && denominatorName == "Mẫu số S")
        #expect(abs(try #require(computed) - 231.0 / 208 * 100) < 1e-9)
        #expect(s.figures["computed"] != nil)
        // A count taken from a row is named by the row's label.
        let r = try #require(found.first { $0.row == "r" })
        #expect(r.problem == .numeratorAbove(numerator: 5, denominator: 4, numeratorName: "Số R đúng hạn", denominatorName: "Số B",
                                             computed: 125))
        let q = try #require(found.first { $0.row == "q" })
        guard case .numeratorAbove(6, 4, let qNumerator, let qDenominator, _) = q.problem else { Issue.record("\(q.shown)"); return }
        #expect(qNumerator == "Số E" && qDenominator == "Số F")
    }

    @Test("rate.numerator-above-denominator with a reported rate is one finding, not also a mismatch")
    func numeratorOnly() throws {
        let found = try findings(#""s": {"numerator": 5, "denominator": 4, "value": 100}"#)
        #expect(found.map(\.code) == [.rateNumeratorAbove])
    }

    @Test("rate.numerator-above-denominator is left to the template when it declares the same relation as an error")
    func declaredByTemplate() throws {
        let declared = #"[{"id": "e-le-f", "left": ["e"], "op": "<=", "right": ["f"], "severity": "error", "message": "E > F"}]"#
        let found = try findings(#""e": 6, "f": 4"#, checks: declared)
        #expect(found.map(FindingKey.init) == [.check("e-le-f", "e", nil, .error)])
        // Written with the rate's own terms, too.
        let byTerms = #"[{"id": "sn-le-sd", "left": ["s.numerator"], "op": "<=", "right": ["s.denominator"], "severity": "error", "message": "S"}]"#
        #expect(try findings(#""s": {"numerator": 5, "denominator": 4}"#, checks: byTerms).map(FindingKey.init)
                == [.check("sn-le-sd", "s", nil, .error)])
        // A warning does not weaken the built-in error.
        let warning = #"[{"id": "e-le-f", "left": ["e"], "op": "<=", "right": ["f"], "severity": "warning", "message": "E > F"}]"#
        #expect(Set(try findings(#""e": 6, "f": 4"#, checks: warning).map(FindingKey.init))
                == [.check("e-le-f", "e", nil, .warning), FindingKey(.rateNumeratorAbove, "q", nil, .error)])
    }

    @Test("rate.zero-denominator: a rate reported with counts 0/0 is a warning (the cell stays blank)")
    func zeroDenominator() throws {
        let found = try findings(#""s": {"numerator": 0, "denominator": 0, "value": 100}"#)
        #expect(found.map(FindingKey.init) == [FindingKey(.rateZeroDenominator, "s", nil, .warning)])
        #expect(found.first?.problem == .rateZeroDenominator(reported: 100))
        #expect(found.first?.figures == ["reported": 100, "numerator": 0, "denominator": 0])
        #expect(try findings(#""s": {"numerator": 0, "denominator": 0}"#).isEmpty)
        #expect(try findings(#""s": {"value": 100}"#).isEmpty)
    }

    @Test("year.jump: more than ×10 between reported years, both above 0", arguments: [
        (#"{"2016": 12, "2017": 130}"#, [2017]),
        (#"{"2016": 12, "2017": 120}"#, []),          // exactly ×10 is allowed
        (#"{"2016": 1300, "2017": 12}"#, [2017]),      // falls too
        (#"{"2016": 0, "2017": 500}"#, []),            // from 0: a new service
        (#"{"2016": 500, "2017": 0}"#, []),            // to 0: an ended one
        (#"{"2016": 12, "2017": null, "2018": 130}"#, [2018]), // a blank year is skipped, not 0
        (#"{"2016": 12, "2017": 130, "2018": 12}"#, [2017, 2018]),
    ])
    func yearJump(_ series: String, _ years: [Int]) throws {
        let found = try yearFindings(#""a": \#(series)"#)
        #expect(found.map(FindingKey.init) == years.map { FindingKey(.yearJump, "a", $0, .warning) }, "\(found.shown)")
        if let first = found.first {
            #expect(first.pathText == #"$.values.a["\#(first.year!)"]"#)
            #expect(first.figures["factor"]! > 10)
            guard case .yearJump(.count, let fromYear, let fromValue, let toYear, let toValue, let factor, nil) = first.problem else {
                Issue.record("\(first.shown)"); return
            }
            #expect(toYear == first.year && fromYear < toYear)
            #expect(first.figures[String(fromYear)] == fromValue && first.figures[String(toYear)] == toValue)
            #expect(abs(factor - max(fromValue, toValue) / min(fromValue, toValue)) < 1e-12)
        }
    }

    @Test("year.jump into a year cut at 31/3: drops are judged against the share of the year")
    func partialYear() throws {
        let period = #"{"from": 2016, "to": 2020, "cutoff": "2020-03-31"}"#
        #expect(try yearFindings(#""a": {"2019": 1000, "2020": 30}"#, period: period).isEmpty)   // ×33 in a quarter
        let drop = try yearFindings(#""a": {"2019": 1000, "2020": 20}"#, period: period)           // ×50
        #expect(drop.map(FindingKey.init) == [FindingKey(.yearJump, "a", 2020, .warning)])
        guard case .yearJump(.count, 2019, 1000, 2020, 20, let factor, let partial?) = drop.first?.problem else {
            Issue.record("\(drop.shown)"); return
        }
        #expect(factor == 50)
        #expect(partial.cutoff == DayDate(year: 2020, month: 3, day: 31) && partial.cutoff.dayMonth == "31/3")
        #expect(partial.threshold > 40 && partial.threshold < 41, "\(partial.threshold)")  // 10 ÷ (91/366)
        #expect(drop.first?.detail("cutoff") == .text("2020-03-31"))
        #expect(try yearFindings(#""a": {"2019": 10, "2020": 150}"#, period: period).count == 1)  // a rise is a rise
        #expect(try yearFindings(#""a": {"2019": 1000, "2020": 30}"#).count == 1)                // without a cut-off
    }

    @Test("year.jump also watches the component counts of rates, not codes or decimals")
    func componentJumps() throws {
        let found = try yearFindings(#"""
            "s": {"2016": {"numerator": 10, "denominator": 20}, "2017": {"numerator": 180, "denominator": 190}},
            "x": {"2016": 1, "2017": 500}, "k": {"2016": 0, "2017": 1}
            """#)
        #expect(found.map(FindingKey.init) == [FindingKey(.yearJump, "s", 2017, .warning)], "\(found.shown)")
        guard case .yearJump(let series, 2016, 10, 2017, 180, _, nil) = found.first?.problem else { Issue.record("\(found.shown)"); return }
        #expect(series == .component(side: .numerator, label: "Tử số S"))
        #expect(found.first?.detail("side") == .text("numerator") && found.first?.detail("component") == .text("Tử số S"))
    }

    @Test("no year.jump on one-year templates")
    func oneYear() throws {
        #expect(try findings(#""a": 1, "b": 1000"#).isEmpty)
    }
}

/// Ordering, counts and one-line output of findings.
@Suite("Findings: order, counts, lines")
struct FindingOutputTests {
    func finding(_ severity: Severity, _ row: String?, year: Int? = nil, _ problem: Problem = .headingValue) -> Finding {
        Finding(severity, problem, at: Location(file: "f.json", place: .json(.root), row: row, year: year))
    }

    static let omitted = Problem.tooMany(errors: 5, warnings: 1, listed: 1000)

    @Test("errors first, then warnings; file-level first, then the template's row order and year; input.too-many last")
    func order() throws {
        let template = try Validation.bundled().template(id: "bang2-nam")
        let findings = [
            finding(.warning, "i.1.nhiem-vu-de-ra"), finding(.error, "vii.2.van-ban-di"), finding(.error, nil),
            finding(.error, "i.1.nhiem-vu-de-ra", year: 2020), finding(.error, "i.1.nhiem-vu-de-ra", year: 2019),
            finding(.error, nil, Self.omitted),
        ]
        let sorted = findings.sorted(by: template)
        #expect(sorted.map { "\($0.severity.rawValue) \($0.row ?? "-") \($0.year ?? 0) \($0.code)" } == [
            "error - 0 input.heading-value", "error i.1.nhiem-vu-de-ra 2019 input.heading-value",
            "error i.1.nhiem-vu-de-ra 2020 input.heading-value", "error vii.2.van-ban-di 0 input.heading-value",
            "warning i.1.nhiem-vu-de-ra 0 input.heading-value", "error - 0 input.too-many",
        ])
    }

    @Test("many findings are put in order in place: the order of a sort that moves them, equal ones as they came", arguments: 0..<12)
    func orderInPlace(seed: Int) throws {
        let template = try Validation.bundled().template(id: "bang2-nam")
        var random = SeededGenerator(state: UInt64(seed) &+ 0x51ED_270B)
        let rows = [nil, "zz.not-a-row"] + template.rows.prefix(6).map(\.id)
        var findings: [Finding] = []
        for index in 0..<Int.random(in: 0...400, using: &random) {
            var finding = finding(Bool.random(using: &random) ? .error : .warning, rows.randomElement(using: &random)!,
                                  year: [nil, 2019, 2020].randomElement(using: &random)!,
                                  Int.random(in: 0..<50, using: &random) == 0 ? Self.omitted : .headingValue)
            finding.location.file = "f\(index).json"
            findings.append(finding)
        }
        // The reference: the findings themselves sorted with their places, by the same rule.
        let order = Dictionary(template.rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func key(_ f: Finding) -> (Int, Int, Int, Int) {
            (f.code == .inputTooMany ? 1 : 0, f.severity == .error ? 0 : 1, f.row.map { order[$0] ?? Int.max } ?? -1, f.year ?? Int.min)
        }
        let expected = findings.enumerated().sorted { x, y in
            key(x.element) != key(y.element) ? key(x.element) < key(y.element) : x.offset < y.offset
        }.map(\.element.location.file)
        var inPlace = findings
        inPlace.sort(by: template)
        #expect(inPlace.map(\.location.file) == expected)
        #expect(findings.sorted(by: template).map(\.location.file) == expected)
    }

    @Test("counts of errors and warnings include those not listed; the summary says them")
    func counts() {
        #expect([Finding]().errorCount == 0 && [Finding]().warningCount == 0)
        let three = [finding(.error, nil), finding(.warning, nil), finding(.warning, nil)]
        #expect(three.errorCount == 1 && three.warningCount == 2)
        let withOmitted = [finding(.error, nil), finding(.error, nil, Self.omitted)]
        #expect(withOmitted.errorCount == 6 && withOmitted.warningCount == 1)
        #expect(Catalogue.vietnamese.summary(withOmitted) == "6 lỗi, 1 cảnh báo")
        #expect(Catalogue.english.summary(three) == "1 error, 2 warnings")
    }

    @Test("a finding is one line whatever the input's text holds")
    func oneLine() {
        let path = JSONPath("values").child("a\n")
        let f = Finding(.error, .notANumber(given: "x\ny\t\u{7}"), at: Location(file: "f.json", place: .json(path), row: "a", stt: "1", label: "Số A"))
        #expect(path.description == #"$.values["a\u000a"]"#)
        for catalogue in [Catalogue.vietnamese, .english] {
            let line = catalogue.line(f)
            #expect(!line.contains("\n") && line.contains("x\\ny\\t\\u0007"), "\(line)")
        }
        #expect(Catalogue.vietnamese.line(f).hasPrefix(#"f.json: $.values["a\u000a"]: lỗi: [1 Số A] "#))
        #expect(Catalogue.english.line(f).hasPrefix(#"f.json: $.values["a\u000a"]: error: [1 Số A] "#))
    }
}
