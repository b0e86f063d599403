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

    /// One expected finding of the manifest.
    struct Expected {
        var key: FindingKey
        var path: String?
        var message: String?
    }

    static func manifest() throws -> [String: [Expected]] {
        let data = try Data(contentsOf: invalid.appendingPathComponent("expected.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var out: [String: [Expected]] = [:]
        for (file, value) in object where file.hasSuffix(".json") {
            let items = try #require(value as? [[String: Any]], "\(file)")
            out[file] = try items.map { item in
                let severity = try #require(Severity(rawValue: item["severity"] as? String ?? ""), "\(file): \(item)")
                let key = FindingKey(try #require(item["rule"] as? String), item["row"] as? String, item["year"] as? Int, severity)
                return Expected(key: key, path: item["path"] as? String, message: item["message"] as? String)
            }
        }
        return out
    }

    @Test("every clean example gives no finding", arguments: jsonFiles(in: Validation.examples))
    func clean(_ name: String) throws {
        let findings = try Validation.findings(path: Validation.examples.appendingPathComponent(name).path)
        #expect(findings.isEmpty, "\(findings.map(\.line).joined(separator: "\n"))")
    }

    @Test("there is a seeded example for every bundled template, and each is in the manifest")
    func coverage() throws {
        let templates = try Validation.bundled().templates.map { "\($0.id).json" }
        #expect(Self.jsonFiles(in: Self.invalid) == templates)
        #expect(Set(try Self.manifest().keys) == Set(templates))
    }

    @Test("each seeded mistake is found, with its row, year and severity, and nothing else", arguments: jsonFiles(in: invalid))
    func seeded(_ name: String) throws {
        let expected = try #require(try Self.manifest()[name], "\(name) is not in expected.json")
        let findings = try Validation.findings(path: Self.invalid.appendingPathComponent(name).path)
        let found = findings.map(FindingKey.init)
        for item in expected {
            #expect(found.contains(item.key), "\(name): missing \(item.key)\nfound:\n\(findings.map(\.line).joined(separator: "\n"))")
            guard let finding = findings.first(where: { FindingKey($0) == item.key && (item.path == nil || $0.path == item.path) }) else {
                if item.path != nil { Issue.record("\(name): \(item.key) not at \(item.path!)") }
                continue
            }
            if let message = item.message { #expect(finding.message.contains(message), "\(finding.line)") }
            // The finding's path is the row's place in the input, with the year on per-year forms.
            if let row = finding.row {
                #expect(finding.path.contains(row), "\(finding.line)")
                if let year = finding.year { #expect(finding.path.hasSuffix("[\"\(year)\"]"), "\(finding.line)") }
            }
        }
        let extra = findings.filter { finding in !expected.contains { $0.key == FindingKey(finding) } }
        #expect(extra.isEmpty, "\(name): unexpected findings:\n\(extra.map(\.line).joined(separator: "\n"))")
        #expect(findings.count == expected.count, "\(name): \(findings.count) findings, \(expected.count) expected")
    }

    @Test("messages of template checks name both sides; rate findings name the counts")
    func messages() throws {
        let findings = try Validation.findings(path: Self.invalid.appendingPathComponent("bang2-nam.json").path)
        let sum = try #require(findings.first { $0.rule == "v.6.sncl-bang-tong" })
        #expect(sum.message.contains("v.6.sncl = 107") && sum.message.contains("= 0 + 11 + 106 = 117") && sum.message.contains("difference -10"))
        #expect(sum.values["left"] == 107 && sum.values["right"] == 117)
        let rate = try #require(findings.first { $0.rule == "rate-mismatch" && $0.row == "i.5.ty-le-hai-long" })
        #expect(rate.message.contains("77.86") && rate.message.contains("77.6106") && rate.message.contains("877/1130"))
        #expect(rate.values["computed"] != nil && rate.values["reported"] == 77.86)
        #expect(rate.line.contains("[Tỷ lệ hài lòng trong kỳ báo cáo]"))
    }
}
