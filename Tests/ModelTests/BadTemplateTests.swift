import Foundation
import Model
import Testing

/// The corpus of bad templates under `Tests/BadInputs/templates/`: each is refused with its code
/// at its path when it is read, none crashes, every finding reads as Vietnamese on one line, and
/// an input that names it is undone by the template's findings, not by a guess.
@Suite("Bad templates")
struct BadTemplateTests {
    static let directory = Validation.root.appendingPathComponent("Tests/BadInputs/templates")

    /// One case of `Tests/BadInputs/templates/manifest.json`.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var code: FindingCode
        /// The JSON path of the finding (for `template.decoding`, the path it carries).
        var path: String
        var details: [Detail]
        var testDescription: String { file }
        var id: String { String(file.dropLast(".json".count)) }
    }

    static func cases() -> [Case] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map { item in
            Case(file: item["file"] as? String ?? "", code: FindingCode(rawValue: item["code"] as? String ?? ""),
                 path: item["path"] as? String ?? "", details: expectedDetails(item["details"]))
        }
    }

    /// The findings of reading the template file, or none when it reads.
    static func findings(_ file: String) -> [Finding] {
        do {
            _ = try Template.load(from: directory.appendingPathComponent(file))
            return []
        } catch {
            return error.findings
        }
    }

    /// Where a finding stands: its JSON path, or for a decoding problem the path it carries.
    static func place(_ finding: Finding) -> String {
        if case .templateDecoding(let problem) = finding.problem { return problem.path }
        return finding.location.placeText
    }

    @Test("the corpus is there, every file of it is in the manifest with a template code, and each file's id is its name")
    func corpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0 != "manifest.json" }
        #expect(Self.cases().count >= 40)
        #expect(Set(files) == Set(Self.cases().map(\.file)))
        for item in Self.cases() {
            // A template code, or for bytes that are no JSON (a lone surrogate), the file's or the parser's.
            #expect(FindingCode.all.contains(item.code) && ["template", "json", "file"].contains(item.code.family), "\(item.file): \(item.code)")
            guard item.code.family == "template" else { continue }
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.directory.appendingPathComponent(item.file))) as? [String: Any]
            #expect(object?["id"] as? String == item.id, "\(item.file)")
        }
    }

    @Test("each bad template is refused with its code at its path, every finding an error about its file", arguments: cases())
    func badTemplate(_ item: Case) throws {
        let findings = Self.findings(item.file)
        let match = findings.first { $0.code == item.code && Self.place($0) == item.path }
        #expect(match != nil, "\(item.file): no \(item.code) at \(item.path); found:\n\(findings.shown)")
        if let match { #expect(match.carries(item.details), "\(item.file): \(match.problem.details)") }
        for finding in findings {
            #expect(finding.severity == .error && finding.file.hasSuffix("/" + item.file), "\(finding.shown)")
            #expect(finding.problem.isUnreadableFile, "\(item.file): \(finding.code) does not stop a run")
        }
    }

    @Test("every finding of every bad template reads as Vietnamese, on one line", arguments: cases())
    func vietnamese(_ item: Case) throws {
        let findings = Self.findings(item.file)
        #expect(!findings.isEmpty)
        for finding in findings {
            let line = Catalogue.vietnamese.line(finding)
            #expect(!line.contains("\n") && !line.contains("\r") && !line.unicodeScalars.contains { $0.value < 0x20 }, "\(item.file): \(line)")
            let prefix = finding.file + ": " + (finding.location.place == .file ? "" : finding.location.placeText + ": ")
            #expect(line.hasPrefix(prefix), "\(line)")
            let text = String(line.dropFirst(prefix.count))
            #expect(Untranslated.words(in: text).isEmpty, "\(item.file): English in \"\(text)\": \(Untranslated.words(in: text))")
        }
    }

    // MARK: - Made at run time

    @Test("a form wider than a sheet (17,000 value columns) is refused at $.columns before anything is laid out")
    func tooManyColumns() throws {
        let columns = (0..<17_000).map { #"{"role": "value", "key": "c\#($0)"}"# }.joined(separator: ",")
        let json = #"{"id": "t", "name": "Rộng", "sheetName": "Rộng", "period": "none", "columns": [{"role": "stt"}, {"role": "label"}, \#(columns)], "header": [[{"text": "STT"}, {"text": "Nội dung"}]], "rows": [{"id": "a", "label": "Dòng", "kind": "text"}]}"#
        let findings = try TemplateLimitTests.findings(json)
        let finding = try #require(findings.first { $0.code == .templateLimit }, "\(findings.shown)")
        #expect(finding.problem == .templateLimit(.sheetColumns(needed: 17_003, limit: SheetLimits.columns)))
        #expect(finding.location.placeText == "$.columns")
    }

    @Test("a form longer than a sheet (a million lines above its title) is refused at $.rows")
    func tooManyRows() throws {
        var template = try JSONDecoder().decode(Template.self, from: Data(Validation.smallTemplate().utf8))
        template.aboveTitle = Array(repeating: "", count: SheetLimits.rows)
        let findings = template.findings(file: "t.json")
        #expect(findings.map(\.problem) == [.templateLimit(.sheetRows(needed: SheetLimits.rows + 17, limit: SheetLimits.rows))])
        #expect(findings.first?.location.placeText == "$.rows")
    }
}
