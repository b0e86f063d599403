import Foundation
import Model
import Testing

/// The corpus of bad inputs under `Tests/BadInputs/`: each gives its message, none crashes.
@Suite("Bad inputs")
struct BadInputTests {
    static let directory = Validation.root.appendingPathComponent("Tests/BadInputs")

    /// One case of `Tests/BadInputs/manifest.json`.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// 2: the file cannot be read as JSON; 1: an error finding.
        var status: Int
        var message: String
        var path: String?
        var testDescription: String { file }
    }

    static func cases() -> [Case] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map {
            Case(file: $0["file"] as? String ?? "", status: $0["status"] as? Int ?? 0,
                 message: $0["message"] as? String ?? "", path: $0["path"] as? String)
        }
    }

    /// The findings of a file, or the message of the error that stopped reading it.
    enum Outcome {
        case unreadable(path: String, message: String)
        case findings([Finding])
    }

    static func outcome(_ url: URL) throws -> Outcome {
        do {
            return .findings(try Validation.findings(path: url.path))
        } catch CCHCError.input(_, let path, let message) {
            return .unreadable(path: path, message: message)
        }
    }

    @Test("the corpus is there and every file of it is in the manifest")
    func corpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0 != "manifest.json" }
        #expect(Self.cases().count >= 40)
        #expect(Set(files) == Set(Self.cases().map(\.file)))
    }

    @Test("each bad input gives its message at its path", arguments: cases())
    func badInput(_ item: Case) throws {
        let outcome = try Self.outcome(Self.directory.appendingPathComponent(item.file))
        switch (outcome, item.status) {
        case (.unreadable(let path, let message), 2):
            #expect(message.contains(item.message), "\(item.file): \(message)")
            #expect(path == item.path ?? "$")
        case (.findings(let findings), 1):
            let match = findings.first {
                $0.severity == .error && $0.message.contains(item.message) && (item.path == nil || $0.path == item.path)
            }
            #expect(match != nil, "\(item.file): no error with \"\(item.message)\" at \(item.path ?? "any path"); found:\n\(findings.map(\.line).joined(separator: "\n"))")
            #expect(!findings.contains { $0.line.contains("\n") })
        default:
            Issue.record("\(item.file): expected status \(item.status), got \(outcome)")
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
        guard case .unreadable(_, let message) = try Self.outcome(url) else { Issue.record("read a 100 MB file"); return }
        #expect(message.contains("larger than 16 MiB"))
    }

    @Test("a string of 16 million characters is one clear error, quickly")
    func hugeString() throws {
        let text = String(repeating: "x", count: 16 * 1024 * 1024 - 200)
        let json = #"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"i.8": ""# + text + #""}}"#
        let start = ContinuousClock.now
        let findings = try Validation.findings(json)
        #expect(findings.map(\.rule) == ["text"])
        #expect(findings.first?.message.contains("at most 32767") == true)
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("a key of a million characters is cut in the message and the path")
    func hugeKey() throws {
        let key = String(repeating: "k", count: 1_000_000)
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {""# + key + #"": 1}}"#)
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.message.contains("unknown row id"))
        #expect(finding.line.count < 600, "\(finding.line.count) characters")
    }

    @Test("a hundred thousand wrong keys: the first thousand are listed, the rest counted, quickly")
    func manyFindings() throws {
        let members = (0..<100_000).map { #""wrong-\#($0)": 1"# }.joined(separator: ",")
        let start = ContinuousClock.now
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"# + members + "}}")
        #expect(findings.count == InputReader.maximumFindings + 1)
        #expect(findings.last?.rule == "too-many")
        #expect(findings.errorCount == 100_000)
        #expect(findings.summary == "100000 errors, 0 warnings")
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test("keys and texts with line breaks keep each finding on one line")
    func lineBreaks() throws {
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"a\nb": 1, "i.1.nhiem-vu-de-ra": "4\n2"}}"#)
        #expect(findings.count == 2)
        for finding in findings { #expect(!finding.line.contains("\n"), "\(finding.line)") }
        #expect(findings.contains { $0.path == #"$.values["a\u000a"b"]"# || $0.path.contains("\\u000a") })
    }
}

extension BadInputTests.Outcome: CustomStringConvertible {
    var description: String {
        switch self {
        case .unreadable(let path, let message): return "unreadable at \(path): \(message)"
        case .findings(let findings): return "\(findings.count) findings: \(findings.map(\.line))"
        }
    }
}
