import Foundation
import Testing

/// `--templates` with broken templates: the built binary refuses each with its code when it is
/// used, lists every finding with `cchc templates`, and goes on with the sound templates.
@Suite("cchc with broken templates")
struct TemplatesCLITests {
    static let badTemplates = CLI.root.appendingPathComponent("Tests/BadInputs/templates")

    struct BadCase: CustomTestStringConvertible, Sendable {
        var file: String
        var code: String
        var path: String
        var testDescription: String { file }
        var id: String { String(file.dropLast(".json".count)) }
    }

    static func badCases() -> [BadCase] {
        guard let data = try? Data(contentsOf: badTemplates.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map { BadCase(file: $0["file"] as? String ?? "", code: $0["code"] as? String ?? "", path: $0["path"] as? String ?? "") }
    }

    /// The corpus of bad templates and the bundled `bang2-nam`, in a fresh directory.
    static func mixedDirectory() throws -> URL {
        let directory = try CLI.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: badTemplates.path) where name != "manifest.json" {
            try FileManager.default.copyItem(at: badTemplates.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("templates/bang2-nam.json"),
                                         to: directory.appendingPathComponent("bang2-nam.json"))
        return directory
    }

    @Test("fill and validate of a sound template are not stopped by broken ones beside it; templates lists it and each finding, exit 2")
    func brokenSiblings() throws {
        let directory = try Self.mixedDirectory()
        let output = directory.deletingLastPathComponent().appendingPathComponent("bang2.xlsx")
        let fill = try CLI.run(["fill", "--templates", directory.path, CLI.example("bang2-nam.json"), "-o", output.path])
        #expect(fill.status == 0, "\(fill.stdout)\(fill.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
        let validate = try CLI.run(["validate", "--templates", directory.path, CLI.example("bang2-nam.json")])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")

        let list = try CLI.run(["templates", "--templates", directory.path])
        #expect(list.status == 2)
        #expect(list.lines.contains { $0.hasPrefix("  bang2-nam ") }, "\(list.stdout)")
        for item in Self.badCases() {
            #expect(list.stderr.contains(item.file + ":"), "\(item.file) not listed:\n\(list.stderr.prefix(2_000))")
        }
        #expect(!list.stderr.contains("Fatal error") && !list.stderr.contains("WARNING"))
    }

    @Test("each bad template: validate and fill of an input naming it exit 2 with its code, write nothing, never crash", arguments: badCases())
    func corpus(_ item: BadCase) throws {
        let period = item.file.hasPrefix("chart-") ? #"{"from": 2019, "to": 2020}"# : #"{"year": 2021}"#
        let scratch = try CLI.temporaryDirectory()
        let input = scratch.appendingPathComponent("input.json")
        try Data(#"{"template": "\#(item.id)", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": \#(period), "values": {}}"#.utf8).write(to: input)
        let validate = try CLI.run(["validate", "--templates", Self.badTemplates.path, input.path, "--format", "json"])
        #expect(validate.status == 2, "\(item.file): \(validate.stdout)\(validate.stderr)")
        #expect(!validate.stderr.contains("Fatal error") && !validate.stderr.contains("WARNING"))
        let findings = try CLI.findings(validate)
        #expect(findings.contains {
            $0.code == item.code && ($0["path"] as? String == item.path || $0.details["path"] as? String == item.path)
                && ($0["file"] as? String ?? "").hasSuffix("/" + item.file)
        }, "\(item.file): \(validate.stdout.prefix(2_000))")

        let output = scratch.appendingPathComponent("out.xlsx")
        let fill = try CLI.run(["fill", "--templates", Self.badTemplates.path, input.path, "-o", output.path])
        #expect(fill.status == 2, "\(item.file): \(fill.stdout)\(fill.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(fill.stderr.contains(item.file + ":") && !fill.stderr.contains("Fatal error"), "\(fill.stderr)")
    }
}
