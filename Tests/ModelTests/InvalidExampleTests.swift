import Foundation
import Model
import Testing

/// The bundled examples: the clean ones give no finding at all; each file under
/// `examples/invalid/` gives exactly the findings `examples/invalid/expected.json` lists.
@Suite("Examples: clean and seeded")
struct InvalidExampleTests {
    static let invalid = Validation.examples.appendingPathComponent("invalid")

    static func jsonFiles(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") && $0 != "expected.json" }.sorted()
    }

    /// One expected finding of the manifest: its code (and check id), row, year, severity, and
    /// where given its path and details.
    struct Expected {
        var key: FindingKey
        var path: String?
        var details: [Detail]
    }

    static func manifest() throws -> [String: [Expected]] {
        let data = try Data(contentsOf: invalid.appendingPathComponent("expected.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var out: [String: [Expected]] = [:]
        for (file, value) in object where file.hasSuffix(".json") {
            let items = try #require(value as? [[String: Any]], "\(file)")
            out[file] = try items.map { item in
                let severity = try #require(Severity(rawValue: item["severity"] as? String ?? ""), "\(file): \(item)")
                let code = FindingCode(rawValue: try #require(item["code"] as? String, "\(file): \(item)"))
                #expect(FindingCode.all.contains(code), "\(file): unknown code \(code)")
                let check = item["check"] as? String
                #expect((code == .checkFailed) == (check != nil), "\(file): a check id goes with check.failed, and only with it: \(item)")
                let key = FindingKey(code, check: check, item["row"] as? String, item["year"] as? Int, severity)
                return Expected(key: key, path: item["path"] as? String, details: expectedDetails(item["details"]))
            }
        }
        return out
    }

    @Test("every clean example gives no finding", arguments: jsonFiles(in: Validation.examples))
    func clean(_ name: String) throws {
        let findings = try Validation.findings(path: Validation.examples.appendingPathComponent(name).path)
        #expect(findings.isEmpty, "\(findings.shown)")
    }

    @Test("there is a seeded example for every bundled template, and each is in the manifest")
    func coverage() throws {
        let templates = try Validation.bundled().templates.map { "\($0.id).json" }
        #expect(Self.jsonFiles(in: Self.invalid) == templates)
        #expect(Set(try Self.manifest().keys) == Set(templates))
    }

    @Test("each seeded mistake is found, with its code, row, year and severity, and nothing else", arguments: jsonFiles(in: invalid))
    func seeded(_ name: String) throws {
        let expected = try #require(try Self.manifest()[name], "\(name) is not in expected.json")
        let findings = try Validation.findings(path: Self.invalid.appendingPathComponent(name).path)
        let found = findings.map(FindingKey.init)
        for item in expected {
            #expect(found.contains(item.key), "\(name): missing \(item.key)\nfound:\n\(findings.shown)")
            guard let finding = findings.first(where: { FindingKey($0) == item.key && (item.path == nil || $0.pathText == item.path) }) else {
                if item.path != nil { Issue.record("\(name): \(item.key) not at \(item.path!)") }
                continue
            }
            #expect(finding.carries(item.details), "\(name): \(item.key) has \(finding.problem.details)")
            // The finding's path is the row's place in the input, with the year on per-year forms.
            if let row = finding.row {
                let path = try #require(finding.path, "\(finding.shown)")
                #expect(path.hasPrefix(JSONPath("values", row)), "\(finding.shown)")
                if let year = finding.year { #expect(path.components.last == .key(String(year)), "\(finding.shown)") }
            }
        }
        let extra = findings.filter { finding in !expected.contains { $0.key == FindingKey(finding) } }
        #expect(extra.isEmpty, "\(name): unexpected findings:\n\(extra.shown)")
        #expect(findings.count == expected.count, "\(name): \(findings.count) findings, \(expected.count) expected")
    }

    @Test("template checks carry both sides; rate findings carry the counts")
    func details() throws {
        let findings = try Validation.findings(path: Self.invalid.appendingPathComponent("bang2-nam.json").path)
        let sum = try #require(findings.first { $0.check == "v.6.sncl-bang-tong" }?.failure)
        #expect(sum.left == [CheckFailure.Term(name: "v.6.sncl", value: 107)])
        #expect(sum.right.map(\.value) == [0, 11, 106] && sum.rightSum == 117 && sum.op == .equal)
        let rate = try #require(findings.first { $0.code == .rateMismatch && $0.row == "i.5.ty-le-hai-long" })
        guard case .rateMismatch(let reported, let computed, let numerator, let denominator, _, let digits) = rate.problem else {
            Issue.record("\(rate.shown)"); return
        }
        #expect(reported == 77.86 && numerator == 877 && denominator == 1130 && digits == 2)
        #expect(abs(computed - 877.0 / 1130 * 100) < 1e-9)
        #expect(Catalogue.vietnamese.rowTag(rate.location) == "[Tỷ lệ hài lòng trong kỳ báo cáo] ")
    }
}
