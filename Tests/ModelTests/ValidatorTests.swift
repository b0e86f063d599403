import Foundation
@testable import Model
import Testing

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
        #expect(findings.count == 1, "\(findings.map(\.line))")
        let finding = try #require(findings.first)
        #expect(finding.rule == "a-le-b")
        #expect(finding.severity == .error)
        #expect(finding.row == "a")
        #expect(finding.stt == "1" && finding.label == "Số A")
        #expect(finding.path == "$.values.a")
        #expect(finding.year == nil)
        #expect(finding.message.hasPrefix("Số A lớn hơn số B."))
        #expect(finding.message.contains("a = 45") && finding.message.contains("b = 42"))
        #expect(finding.message.contains("45 ≤ 42") && finding.message.contains("difference 3"))
        #expect(finding.values == ["a": 45, "b": 42, "left": 45, "right": 42, "difference": 3])
        #expect(finding.line == "input.json: $.values.a: error: [1 Số A] " + finding.message)
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
        #expect(finding.message.contains("b + c + d = 0 + 11 + 106 = 117"))
        #expect(finding.message.contains("107 = 117") && finding.message.contains("difference -10"))
        #expect(finding.values["right"] == 117 && finding.values["c"] == 11)
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
        #expect(findings.map(\.rule) == (expected ? ["m"] : []), "\(findings.map(\.line))")
        if expected { #expect(findings[0].severity == .warning) }
    }

    @Test("a blank counted as 0 says so in the message")
    func blankShown() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "m", "left": ["a"], "op": "<=", "right": ["b", "c"], "severity": "error", "message": "M", "missing": "skip-if-all"}
            """)))
        let finding = try #require(try Validation.findings(Validation.smallInput(#""a": 5, "b": 2"#), catalog: catalog).first)
        #expect(finding.message.contains("b + c = 2 + 0 (blank) = 2"), "\(finding.message)")
    }

    @Test("the finding sits on the left row's path even when that row was not given")
    func pathOfMissingRow() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-ge-b", "left": ["a"], "op": ">=", "right": ["b"], "severity": "error", "message": "A < B", "missing": "never"}
            """)))
        let finding = try #require(try Validation.findings(Validation.smallInput(#""b": 3"#), catalog: catalog).first)
        #expect(finding.row == "a" && finding.path == "$.values.a")
    }

    @Test("tolerance for ==: within it holds, beyond it is reported")
    func tolerance() throws {
        for (tolerance, expected) in [(0.5, false), (0.3, true)] {
            let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
                {"id": "eq", "left": ["x"], "op": "==", "right": ["a"], "severity": "error", "message": "X ≠ A", "tolerance": \(tolerance)}
                """)))
            let findings = try Validation.findings(Validation.smallInput(#""x": 10.4, "a": 10"#), catalog: catalog)
            #expect(findings.isEmpty != expected, "tolerance \(tolerance): \(findings.map(\.line))")
            if expected { #expect(findings[0].message.contains("tolerance 0.3")) }
        }
    }

    @Test("numerator and denominator terms read a rate's counts; the finding sits on the rate's row")
    func rateTerms() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "rn-le-c", "left": ["r.numerator"], "op": "<=", "right": ["c"], "severity": "error", "message": "R > C"},
            {"id": "sd-le-c", "left": ["s.denominator"], "op": "<=", "right": ["c"], "severity": "warning", "message": "S > C"}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""b": 10, "r": {"numerator": 9}, "s": {"numerator": 1, "denominator": 8}, "c": 5"#), catalog: catalog)
        #expect(Set(findings.map(FindingKey.init)) == [FindingKey("rn-le-c", "r", nil, .error), FindingKey("sd-le-c", "s", nil, .warning)])
        let r = try #require(findings.first { $0.rule == "rn-le-c" })
        #expect(r.path == "$.values.r" && r.values["r.numerator"] == 9 && r.label == "Tỷ lệ R")
    }

    @Test("a code row counts as its code; a rate as its value")
    func codesAndRates() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "k-le-a", "left": ["k"], "op": "<=", "right": ["a"], "severity": "error", "message": "K > A"},
            {"id": "q-lt-50", "left": ["q"], "op": "<", "right": ["d"], "severity": "error", "message": "Q ≥ D"}
            """)))
        let findings = try Validation.findings(Validation.smallInput(#""k": "Có", "a": 0, "e": 0, "f": 4, "d": 50"#), catalog: catalog)
        #expect(findings.map(\.rule) == ["k-le-a"])
        #expect(findings.first?.values["k"] == 1)
        // q = e / f × 100 = 0 < 50 holds; with e = 2, q = 50, not < 50.
        let second = try Validation.findings(Validation.smallInput(#""k": "Không", "a": 2, "e": 2, "f": 4, "d": 50"#), catalog: catalog)
        #expect(second.map(\.rule) == ["q-lt-50"], "\(second.map(\.line))")
    }

    @Test("per-year templates: each year separately, the year in the finding and its path")
    func perYear() throws {
        let catalog = try Validation.catalog(template: Validation.smallTemplate(checks: check("""
            {"id": "a-le-b", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "A > B"}
            """), period: "years"))
        let findings = try Validation.findings(Validation.yearsInput(#""a": {"2016": 5, "2017": 9, "2018": 4}, "b": {"2016": 5, "2017": 8, "2019": 1}"#), catalog: catalog)
        #expect(findings.map(FindingKey.init) == [FindingKey("a-le-b", "a", 2017, .error)], "\(findings.map(\.line))")
        #expect(findings.first?.path == #"$.values.a["2017"]"#)
        #expect(findings.first?.line.contains("[1 Số A, năm 2017]") == true)
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

    @Test("rate-mismatch: a reported rate more than 0.01 points from its counts is an error with both values")
    func rateMismatch() throws {
        let found = try findings(#""s": {"numerator": 877, "denominator": 1130, "value": "77,86"}"#)
        #expect(found.map(FindingKey.init) == [FindingKey("rate-mismatch", "s", nil, .error)])
        let finding = try #require(found.first)
        #expect(finding.path == "$.values.s")
        #expect(finding.message.contains("77.86") && finding.message.contains("77.6106") && finding.message.contains("877/1130"))
        #expect(finding.values["reported"] == 77.86 && finding.values["numerator"] == 877 && finding.values["denominator"] == 1130)
        #expect(abs(finding.values["computed"]! - 877.0 / 1130.0 * 100) < 1e-12)
    }

    @Test("rate-mismatch boundary: 0.01 points is allowed, more is not", arguments: [
        ("50.01", false), ("49.99", false), ("50,011", true), ("49,989", true), ("100", true), ("50", false),
    ])
    func rateBoundary(_ reported: String, _ expected: Bool) throws {
        let found = try findings(#""s": {"numerator": 1, "denominator": 2, "value": "\#(reported)"}"#)
        #expect(found.map(\.rule) == (expected ? ["rate-mismatch"] : []), "\(found.map(\.line))")
    }

    @Test("rate-numerator: for component counts, a row denominator, and two rows")
    func numeratorAboveDenominator() throws {
        let found = try findings(#""s": {"numerator": 231, "denominator": 208}, "b": 4, "r": {"numerator": 5}, "e": 6, "f": 4"#)
        #expect(Set(found.map(FindingKey.init)) == [
            FindingKey("rate-numerator", "s", nil, .error), FindingKey("rate-numerator", "r", nil, .error),
            FindingKey("rate-numerator", "q", nil, .error),
        ], "\(found.map(\.line))")
        let s = try #require(found.first { $0.row == "s" })
        #expect(s.message.contains("231 (Tử số S)") && s.message.contains("208 (Mẫu số S)") && s.message.contains("111.0577 %"))
        #expect(s.values["computed"] != nil)
        let q = try #require(found.first { $0.row == "q" })
        #expect(q.message.contains("row e") && q.message.contains("row f"))
    }

    @Test("rate-numerator with a reported rate is one finding, not also a mismatch")
    func numeratorOnly() throws {
        let found = try findings(#""s": {"numerator": 5, "denominator": 4, "value": 100}"#)
        #expect(found.map(\.rule) == ["rate-numerator"])
    }

    @Test("rate-numerator is left to the template when it declares the same relation as an error")
    func declaredByTemplate() throws {
        let declared = #"[{"id": "e-le-f", "left": ["e"], "op": "<=", "right": ["f"], "severity": "error", "message": "E > F"}]"#
        let found = try findings(#""e": 6, "f": 4"#, checks: declared)
        #expect(found.map(FindingKey.init) == [FindingKey("e-le-f", "e", nil, .error)])
        // Written with the rate's own terms, too.
        let byTerms = #"[{"id": "sn-le-sd", "left": ["s.numerator"], "op": "<=", "right": ["s.denominator"], "severity": "error", "message": "S"}]"#
        #expect(try findings(#""s": {"numerator": 5, "denominator": 4}"#, checks: byTerms).map(\.rule) == ["sn-le-sd"])
        // A warning does not weaken the built-in error.
        let warning = #"[{"id": "e-le-f", "left": ["e"], "op": "<=", "right": ["f"], "severity": "warning", "message": "E > F"}]"#
        #expect(Set(try findings(#""e": 6, "f": 4"#, checks: warning).map(\.rule)) == ["e-le-f", "rate-numerator"])
    }

    @Test("rate-zero-denominator: a rate reported with counts 0/0 is a warning (the cell stays blank)")
    func zeroDenominator() throws {
        #expect(try findings(#""s": {"numerator": 0, "denominator": 0, "value": 100}"#).map(FindingKey.init)
                == [FindingKey("rate-zero-denominator", "s", nil, .warning)])
        #expect(try findings(#""s": {"numerator": 0, "denominator": 0}"#).isEmpty)
        #expect(try findings(#""s": {"value": 100}"#).isEmpty)
    }

    @Test("year-jump: more than ×10 between reported years, both above 0", arguments: [
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
        #expect(found.map(FindingKey.init) == years.map { FindingKey("year-jump", "a", $0, .warning) }, "\(found.map(\.line))")
        if let first = found.first {
            #expect(first.path == #"$.values.a["\#(first.year!)"]"#)
            #expect(first.values["factor"]! > 10)
        }
    }

    @Test("year-jump into a year cut at 31/3: drops are judged against the share of the year")
    func partialYear() throws {
        let period = #"{"from": 2016, "to": 2020, "cutoff": "2020-03-31"}"#
        #expect(try yearFindings(#""a": {"2019": 1000, "2020": 30}"#, period: period).isEmpty)   // ×33 in a quarter
        let drop = try yearFindings(#""a": {"2019": 1000, "2020": 20}"#, period: period)           // ×50
        #expect(drop.map(FindingKey.init) == [FindingKey("year-jump", "a", 2020, .warning)])
        #expect(drop.first?.message.contains("31/3") == true)
        #expect(try yearFindings(#""a": {"2019": 10, "2020": 150}"#, period: period).count == 1)  // a rise is a rise
        #expect(try yearFindings(#""a": {"2019": 1000, "2020": 30}"#).count == 1)                // without a cut-off
    }

    @Test("year-jump also watches the component counts of rates, not codes or decimals")
    func componentJumps() throws {
        let found = try yearFindings(#"""
            "s": {"2016": {"numerator": 10, "denominator": 20}, "2017": {"numerator": 180, "denominator": 190}},
            "x": {"2016": 1, "2017": 500}, "k": {"2016": 0, "2017": 1}
            """#)
        #expect(found.map(FindingKey.init) == [FindingKey("year-jump", "s", 2017, .warning)], "\(found.map(\.line))")
        #expect(found.first?.message.contains("numerator (Tử số S)") == true)
    }

    @Test("no year-jump on one-year templates")
    func oneYear() throws {
        #expect(try findings(#""a": 1, "b": 1000"#).isEmpty)
    }
}

/// Ordering, summary and one-line output of findings.
@Suite("Findings: order, summary, lines")
struct FindingOutputTests {
    func finding(_ severity: Severity, _ row: String?, year: Int? = nil, rule: String = "r") -> Finding {
        Finding(severity: severity, file: "f.json", path: "$", row: row, year: year, rule: rule, message: "m")
    }

    @Test("errors first, then warnings; file-level first, then the template's row order and year")
    func order() throws {
        let template = try Validation.bundled().template(id: "bang2-nam")
        let findings = [
            finding(.warning, "i.1.nhiem-vu-de-ra"), finding(.error, "vii.2.van-ban-di"), finding(.error, nil),
            finding(.error, "i.1.nhiem-vu-de-ra", year: 2020), finding(.error, "i.1.nhiem-vu-de-ra", year: 2019),
            finding(.error, nil, rule: "too-many"),
        ]
        let sorted = findings.sorted(by: template)
        #expect(sorted.map { "\($0.severity.rawValue) \($0.row ?? "-") \($0.year ?? 0) \($0.rule)" } == [
            "error - 0 r", "error i.1.nhiem-vu-de-ra 2019 r", "error i.1.nhiem-vu-de-ra 2020 r",
            "error vii.2.van-ban-di 0 r", "warning i.1.nhiem-vu-de-ra 0 r", "error - 0 too-many",
        ])
    }

    @Test("summary counts errors and warnings, including those not listed")
    func summary() {
        #expect([Finding]().summary == "0 errors, 0 warnings")
        #expect([finding(.error, nil), finding(.warning, nil), finding(.warning, nil)].summary == "1 error, 2 warnings")
        let omitted = Finding(severity: .error, file: "f", path: "$", rule: "too-many", message: "m", values: ["errors": 5, "warnings": 1])
        #expect([finding(.error, nil), omitted].summary == "6 errors, 1 warning")
    }

    @Test("a finding is one line whatever the input's text holds")
    func oneLine() {
        let f = Finding(severity: .error, file: "f.json", path: "$.values[\"a\\u000a\"]", row: "a", stt: "1", label: "Số A",
                        rule: "r", message: "\"x\ny\t\u{7}\" is not a number")
        #expect(!f.line.contains("\n") && f.line.contains("x\\ny\\t\\u0007"))
        #expect(f.line.hasPrefix("f.json: $.values[\"a\\u000a\"]: error: [1 Số A] "))
    }
}
