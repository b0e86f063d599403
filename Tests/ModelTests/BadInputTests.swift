import Foundation
@testable import Model
import Testing
import XLSXReader

/// The corpus of bad inputs under `Tests/BadInputs/`: each gives its code at its path, none
/// crashes, and every finding reads as Vietnamese on one line.
@Suite("Bad inputs")
struct BadInputTests {
    static let directory = Validation.root.appendingPathComponent("Tests/BadInputs")

    /// One case of `Tests/BadInputs/manifest.json`.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// 2: the file cannot be read as JSON; 1: an error finding.
        var status: Int
        /// The code of the finding.
        var code: FindingCode
        /// Where it stands: `$` for the file as a whole.
        var path: String?
        /// Details the finding must carry (numbers and texts by name), when the manifest lists them.
        var details: [Detail]
        var testDescription: String { file }
    }

    static func cases() -> [Case] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map { item in
            Case(file: item["file"] as? String ?? "", status: item["status"] as? Int ?? 0,
                 code: FindingCode(rawValue: item["code"] as? String ?? ""), path: item["path"] as? String,
                 details: expectedDetails(item["details"]))
        }
    }

    static func findings(_ file: String) throws -> [Finding] {
        try Validation.findings(path: directory.appendingPathComponent(file).path)
    }

    @Test("the corpus is there and every file of it is in the manifest, with a known code")
    func corpus() throws {
        // The submissions/ and templates/ halves are corpora of their own, with their own manifests.
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent($0).path, isDirectory: &isDirectory)
            return $0 != "manifest.json" && !isDirectory.boolValue
        }
        #expect(Self.cases().count >= 40)
        #expect(Set(files) == Set(Self.cases().map(\.file)))
        for item in Self.cases() {
            #expect(FindingCode.all.contains(item.code), "\(item.file): unknown code \(item.code)")
            #expect([1, 2].contains(item.status) && item.path != nil, "\(item.file)")
        }
    }

    @Test("each bad input gives its code at its path", arguments: cases())
    func badInput(_ item: Case) throws {
        let findings = try Self.findings(item.file)
        let unreadable = findings.filter(\.problem.isUnreadableFile)
        switch item.status {
        case 2:
            // The file cannot be read: one finding about the file as a whole, nothing else.
            #expect(findings.count == 1 && unreadable.count == 1, "\(item.file):\n\(findings.shown)")
            let finding = try #require(findings.first)
            #expect(finding.code == item.code && finding.severity == .error, "\(item.file): \(finding.shown)")
            #expect(finding.location.place == .file && finding.location.placeText == item.path)
            #expect(finding.carries(item.details), "\(item.file): \(finding.problem.details)")
            #expect(Pipeline.decide(findings: findings, hasResult: false, allowingErrors: true) == .unreadable)
        case 1:
            #expect(unreadable.isEmpty, "\(item.file):\n\(findings.shown)")
            let match = findings.first {
                $0.severity == .error && $0.code == item.code && (item.path == nil || $0.location.placeText == item.path)
            }
            #expect(match != nil, "\(item.file): no error \(item.code) at \(item.path ?? "any path"); found:\n\(findings.shown)")
            if let match { #expect(match.carries(item.details), "\(item.file): \(match.problem.details)") }
            #expect(Pipeline.decide(findings: findings, hasResult: true, allowingErrors: false) == .refuse(errors: findings.errorCount, allowable: true))
        default:
            Issue.record("\(item.file): status \(item.status) is neither 1 nor 2")
        }
    }

    @Test("every finding of every bad input reads as Vietnamese, on one line", arguments: cases())
    func vietnamese(_ item: Case) throws {
        let findings = try Self.findings(item.file)
        #expect(!findings.isEmpty)
        for finding in findings {
            let line = Catalogue.vietnamese.line(finding)
            #expect(!line.contains("\n") && !line.contains("\r"), "\(item.file): \(line)")
            // The file name and the JSON path are the user's, not text of the tool: check what follows them.
            let prefix = finding.file + ": " + (finding.location.place == .file ? "" : finding.location.placeText + ": ")
            #expect(line.hasPrefix(prefix), "\(line)")
            let text = String(line.dropFirst(prefix.count))
            #expect(Untranslated.words(in: text).isEmpty, "\(item.file): English in \"\(text)\": \(Untranslated.words(in: text))")
        }
    }

    // MARK: - Made at run time

    func temporary(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    @Test("a 100 MB file is refused before it is read")
    func hugeFile() throws {
        let url = try temporary("huge.json")
        FileManager.default.createFile(atPath: url.path, contents: Data("{\"template\": \"bang2-nam\", \"x\": \"".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1024 * 1024)  // the rest reads as zero bytes
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let findings = try Validation.findings(path: url.path)
        #expect(findings.map(\.problem) == [.fileTooLarge(limit: 16 * 1024 * 1024)], "\(findings.shown)")
        #expect(findings.first?.file == url.path && findings.first?.location.place == .file)
        #expect(findings.hasUnreadableFile)
    }

    @Test("a string of 16 million characters is one clear error, quickly")
    func hugeString() throws {
        let length = 16 * 1024 * 1024 - 200
        let text = String(repeating: "x", count: length)
        let json = #"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"i.8": ""# + text + #""}}"#
        let start = ContinuousClock.now
        let findings = try Validation.findings(json)
        #expect(findings.map(FindingKey.init) == [FindingKey(.textTooLong, "i.8", nil, .error)])
        #expect(findings.first?.problem == .textTooLong(length: length, limit: 32767))
        #expect(findings.first?.pathText == #"$.values["i.8"]"#)
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("a key of a million characters is cut in the message and the path")
    func hugeKey() throws {
        let key = String(repeating: "k", count: 1_000_000)
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {""# + key + #"": 1}}"#)
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.code == .inputUnknownRow)
        guard case .unknownRow(let id, "bang2-nam", _) = finding.problem else { Issue.record("\(finding.problem)"); return }
        #expect(id == key)  // the data keeps the key; only its text is cut
        #expect(finding.pathText.count < 200, "\(finding.pathText.count) characters")
        for catalogue in [Catalogue.vietnamese, .english] {
            #expect(catalogue.line(finding).count < 600, "\(catalogue.line(finding).count) characters")
        }
    }

    @Test("a hundred thousand wrong keys: the first thousand are listed, the rest counted, quickly")
    func manyFindings() throws {
        let members = (0..<100_000).map { #""wrong-\#($0)": 1"# }.joined(separator: ",")
        let start = ContinuousClock.now
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"# + members + "}}")
        #expect(findings.count == InputReader.maximumFindings + 1)
        #expect(findings.dropLast().allSatisfy { $0.code == .inputUnknownRow })
        #expect(findings.last?.problem == .tooMany(errors: 100_000 - InputReader.maximumFindings, warnings: 0,
                                                   listed: InputReader.maximumFindings))
        #expect(findings.last?.location.place == .json(.root))
        #expect(findings.errorCount == 100_000 && findings.warningCount == 0)
        #expect(Catalogue.vietnamese.summary(findings) == "100000 lỗi, 0 cảnh báo")
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test("keys and texts with line breaks keep each finding on one line")
    func lineBreaks() throws {
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"a\nb": 1, "i.1.nhiem-vu-de-ra": "4\n2"}}"#)
        #expect(Set(findings.map(\.code)) == [.inputUnknownRow, .numberInvalid], "\(findings.shown)")
        for finding in findings {
            for catalogue in [Catalogue.vietnamese, .english] {
                #expect(!catalogue.line(finding).contains("\n"), "\(catalogue.line(finding))")
            }
        }
        let unknown = try #require(findings.first { $0.code == .inputUnknownRow })
        #expect(unknown.pathText == #"$.values["a\u000ab"]"#, "\(unknown.pathText)")
        #expect(unknown.detail("id") == .text("a\nb"))
        #expect(findings.contains { $0.problem == .notANumber(given: "\"4\n2\"") && $0.row == "i.1.nhiem-vu-de-ra" })
    }
    @Test("a per-year key names the year Int(_:) reads when written back the same, and no other")
    func yearKeys() {
        func expected(_ key: String) -> Int? { Int(key).flatMap { String($0) == key ? $0 : nil } }
        var keys = ["2021", "0202", "02021", "+2021", "-2021", "-0", "0", "2021.0", " 2021", "2021 ", "20a1", "٢٠٢١", "", "-",
                    "99999999999999999999", "1000", "9999", "10000", "999", "２０２１"]
        let characters: [Character] = ["0", "1", "2", "9", "-", "+", ".", "a"]
        var random = SeededGenerator(state: 0x5DEE_CE66_D1CE_4E5B)
        for _ in 0..<5_000 {
            keys.append(String((0..<Int.random(in: 1...6, using: &random)).map { _ in characters[Int.random(in: 0..<characters.count, using: &random)] }))
        }
        for key in keys { #expect(InputReader.year(key) == expected(key), "\(key)") }
    }
}
