import Foundation
import Testing

/// `cchc validate` on a submission file: told from an input by its content, every finding of the
/// submission and of each appendix printed as `cchc submit` prints them.
@Suite("cchc validate, submissions")
struct ValidateSubmissionCLITests {
    static let annual = CLI.example("bao-cao-nam/submission.json")
    static let review = CLI.example("tong-ket-2011-2020/submission.json")
    static let seeded = CLI.example("invalid/submission/submission-contradictions.json")

    /// Writes files (name → text) into a fresh directory; returns it.
    func directory(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test("a clean bundled submission: no finding, the summary, exit 0, in both formats and languages", arguments: [annual, review])
    func clean(_ path: String) throws {
        let result = try CLI.run(["validate", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "0 lỗi, 0 cảnh báo\n")
        #expect(try CLI.run(["validate", path, "--lang", "en"]).stdout == "0 errors, 0 warnings\n")
        let json = try CLI.run(["validate", path, "--format", "json"])
        #expect(json.status == 0 && json.stdout == "[]\n")
    }

    @Test("the seeded submission: exit 1, the same finding lines as cchc submit, then the summary")
    func seededContradictions() throws {
        let result = try CLI.run(["validate", Self.seeded])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(result.lines.last == "5 lỗi, 0 cảnh báo")
        let findings = Array(result.lines.dropLast())
        #expect(findings.count == 5 && findings.allSatisfy { $0.hasPrefix(Self.seeded + ": $.appendices[1].data.values[") && $0.contains(": lỗi: [") },
                "\(result.stdout)")
        #expect(findings.contains { $0.contains(#"$.appendices[1].data.values["iii.6.xa-dat-dai"]: lỗi: "#) })
        let submit = try CLI.run(["submit", Self.seeded, "-o", try CLI.temporaryDirectory().path])
        #expect(submit.status == 1)
        #expect(Array(submit.errorLines.dropLast()) == findings, "\(submit.stderr)")

        let json = try CLI.findings(try CLI.run(["validate", Self.seeded, "--format", "json"]))
        #expect(json.count == 5 && json.allSatisfy { $0["file"] as? String == Self.seeded && $0["severity"] as? String == "error" })
        #expect(json.compactMap(\.code).sorted() == ["check.failed", "check.failed", "check.failed", "rate.numerator-above-denominator", "rate.mismatch"].sorted(),
                "\(json.map(\.code))")
        let rate = try #require(json.first { $0.code == "rate.mismatch" })
        #expect(rate["path"] as? String == #"$.appendices[1].data.values["iii.6.xa-dat-dai"]"#)
        #expect(rate["row"] as? String == "iii.6.xa-dat-dai" && rate.detail("numerator") == 1204 && rate.detail("denominator") == 1210)
        // English: the same findings at the same places.
        let english = try CLI.findings(try CLI.run(["validate", Self.seeded, "--format", "json", "--lang", "en"]))
        #expect(english.map(\.code) == json.map(\.code) && english.map { $0["path"] as? String } == json.map { $0["path"] as? String })
    }

    @Test("findings of the submission name it; findings of an appendix taken from a file name that file and its own path")
    func ownFileAndPath() throws {
        let dir = try directory([
            "submission.json": """
            {"unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022},
             "report": {"date": "2022-12-20"}, "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
             "appendices": [
               {"template": "can-bo-dau-moi", "data": {"values": {"lanh-dao-phu-trach-cchc": {"ho_ten": "Trần Minh Khôi", "nghe": "x"}}}},
               {"template": "bang2-nam", "file": "bang2.json"}
             ]}
            """,
            "bang2.json": """
            {"template": "bang2-nam", "values": {"i.1.nhiem-vu-de-ra": 10, "i.1.nhiem-vu-hoan-thanh": 12}}
            """,
        ])
        let submission = dir.appendingPathComponent("submission.json").path, appendix = dir.appendingPathComponent("bang2.json").path
        let result = try CLI.run(["validate", submission, "--format", "json"])
        #expect(result.status == 1, "\(result.stdout)")
        let findings = try CLI.findings(result)
        let places = findings.map { "\($0["file"] as? String ?? "")|\($0["path"] as? String ?? "")|\($0.code ?? "")" }
        #expect(places == [
            "\(submission)|$.report.number|submission.no-report-number",
            #"\#(submission)|$.appendices[0].data.values["lanh-dao-phu-trach-cchc"].nghe|input.unknown-key"#,
            #"\#(appendix)|$.values["i.1.nhiem-vu-hoan-thanh"]|check.failed"#,
        ], "\(places)")
        // The text lines: the same files and places, then the summary.
        let text = try CLI.run(["validate", submission])
        #expect(text.status == 1)
        #expect(text.lines.count == 4 && text.lines.last == "2 lỗi, 1 cảnh báo", "\(text.stdout)")
        #expect(text.lines[0].hasPrefix(submission + ": $.report.number: cảnh báo: "))
        #expect(text.lines[2].hasPrefix(appendix + #": $.values["i.1.nhiem-vu-hoan-thanh"]: lỗi: [Số nhiệm vụ đã hoàn thành] "#), "\(text.stdout)")
    }

    @Test("decided by content, not by name: a submission named like an input, an input named submission.json")
    func byContent() throws {
        let submissionText = """
        {"unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "report": {"number": "1/BC", "date": "2022-12-20"},
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {}}}]}
        """
        let inputText = try String(contentsOfFile: CLI.example("muc-tieu-30c.json"), encoding: .utf8)
        let dir = try directory(["bang2-nam.json": submissionText, "submission.json": inputText])
        for name in ["bang2-nam.json", "submission.json"] {
            let result = try CLI.run(["validate", dir.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stdout)")
        }
        // Without appendices, `report` or `signer` (and no `template`) still make it a submission:
        // what it lacks is a submission's, not unknown keys of an input.
        let partial = try directory(["input.json": #"{"unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "report": {"date": "2022-12-20"}}"#])
        let findings = try CLI.findings(try CLI.run(["validate", partial.appendingPathComponent("input.json").path, "--format", "json"]))
        #expect(!findings.contains { $0.code == "input.unknown-key" }, "\(findings.map(\.code))")
        #expect(findings.contains { $0["path"] as? String == "$.appendices" && $0.code == "input.missing" }, "\(findings)")
        #expect(findings.contains { $0["path"] as? String == "$.signer" && $0.code == "input.missing" }, "\(findings)")
        // With a `template`, it is an input: `report` is a key an input does not have.
        let input = try directory(["input.json": #"{"template": "muc-tieu-30c", "unit": {"name": "UBND xã Thử Nghiệm"}, "report": {}, "values": {}}"#])
        let inputFindings = try CLI.findings(try CLI.run(["validate", input.appendingPathComponent("input.json").path, "--format", "json"]))
        #expect(inputFindings.contains { $0.code == "input.unknown-key" && $0["path"] as? String == "$.report" }, "\(inputFindings)")
    }

    @Test("exit statuses as for an input: an appendix that cannot be read is an error (1); an unreadable submission, 2")
    func statuses() throws {
        let dir = try directory([
            "missing-appendix.json": """
            {"unit": {"name": "UBND xã Thử"}, "report": {"number": "1/BC", "date": "2021-12-20"}, "period": {"year": 2021},
             "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}, "appendices": [{"file": "nowhere.json"}]}
            """,
            "broken.json": #"{"appendices": [ "#,
            "no-appendix.json": """
            {"unit": {"name": "UBND xã Thử"}, "report": {"number": "1/BC", "date": "2021-12-20"}, "period": {"year": 2021},
             "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}, "appendices": []}
            """,
        ])
        let missing = try CLI.run(["validate", dir.appendingPathComponent("missing-appendix.json").path])
        #expect(missing.status == 1)
        #expect(missing.lines.first?.hasPrefix(dir.appendingPathComponent("missing-appendix.json").path + ": $.appendices[0].file: lỗi: ") == true,
                "\(missing.stdout)")
        #expect(try CLI.run(["validate", dir.appendingPathComponent("no-appendix.json").path]).status == 1)
        let broken = try CLI.run(["validate", dir.appendingPathComponent("broken.json").path, "--format", "json"])
        #expect(broken.status == 2)
        #expect(try CLI.findings(broken).map(\.code) == ["json.syntax"], "\(broken.stdout)")
    }
}
