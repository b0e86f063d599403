import Foundation
import Testing
import XLSXReader

/// The submission half of the bad-input corpus (`Tests/BadInputs/submissions/`): each case run
/// through `cchc validate` and `cchc submit` as a user runs them. A refused submission writes
/// nothing; allowed through, it writes a workbook every reader opens, or nothing at all when it
/// cannot be written; a submission with no error writes a workbook whose sheet names and defined
/// names are all distinct.
@Suite("bad submissions")
struct BadSubmissionCLITests {
    static let directory = CLI.root.appendingPathComponent("Tests/BadInputs/submissions")

    /// One case of `Tests/BadInputs/submissions/manifest.json`.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// 1: an error finding, nothing written; 0: no error, a workbook written.
        var status: Int32
        var code: String?
        var path: String?
        /// Details the finding must carry, as `--format json` writes them (texts and numbers).
        var details: [String: String]
        /// With `--allow-errors`: `writes` (a workbook that opens) or `unwritable` (nothing).
        var allowErrors: String?
        /// The sheet names of the workbook written, in order.
        var sheets: [String]?
        /// A directory of templates beside the cases, given with `--templates`.
        var templates: String?
        var testDescription: String { file }
    }

    static func cases() -> [Case] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map { item in
            Case(file: item["file"] as? String ?? "", status: Int32(item["status"] as? Int ?? -1), code: item["code"] as? String,
                 path: item["path"] as? String, details: (item["details"] as? [String: Any] ?? [:]).mapValues { "\($0)" },
                 allowErrors: item["allowErrors"] as? String, sheets: item["sheets"] as? [String],
                 templates: item["templates"] as? String)
        }
    }

    @Test("every file of the corpus is in its manifest, with an expectation that can be checked")
    func corpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") && $0 != "manifest.json" }
        #expect(Self.cases().count >= 15)
        #expect(Set(files) == Set(Self.cases().map(\.file)))
        for item in Self.cases() {
            switch item.status {
            case 1: #expect(item.code != nil && item.path != nil && ["writes", "unwritable"].contains(item.allowErrors), "\(item.file)")
            case 0: #expect(item.code == nil && item.sheets != nil, "\(item.file)")
            default: Issue.record("\(item.file): status \(item.status)")
            }
        }
    }

    /// The names in `directory`, hidden ones included.
    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// Opens the one workbook in `directory` with the independent reader and checks that no two
    /// sheets and no two workbook-wide defined names are alike as Excel compares them.
    static func checkWorkbook(in directory: URL, _ item: Case) throws -> XLSXFile? {
        let written = try names(directory)
        #expect(written.count == 1 && written.allSatisfy { $0.hasSuffix(".xlsx") && !$0.hasPrefix(".") }, "\(item.file): \(written)")
        guard let name = written.first else { return nil }
        let file = try XLSXFile(url: directory.appendingPathComponent(name))
        let sheetKeys = file.sheetNames.map { $0.precomposedStringWithCanonicalMapping.lowercased() }
        #expect(Set(sheetKeys).count == sheetKeys.count, "\(item.file): \(file.sheetNames)")
        #expect(file.sheetNames.allSatisfy { $0 == $0.precomposedStringWithCanonicalMapping && $0.utf16.count <= 31 }, "\(item.file)")
        // Names local to a sheet (print areas) repeat across sheets by design: compare per scope.
        let nameKeys = file.definedNames.map { "\($0.localSheetId.map(String.init) ?? "")|\($0.name.lowercased())" }
        #expect(Set(nameKeys).count == nameKeys.count, "\(item.file): \(file.definedNames.map(\.name))")
        #expect(!file.sheets.isEmpty)
        return file
    }

    @Test("each bad submission: its code at its path from validate; submit writes nothing, or with --allow-errors a workbook that opens",
          arguments: cases())
    func badSubmission(_ item: Case) throws {
        let input = Self.directory.appendingPathComponent(item.file).path
        let templates = item.templates.map { ["--templates", Self.directory.appendingPathComponent($0).path] } ?? []
        let validate = try CLI.run(["validate", input, "--format", "json"] + templates)
        #expect(validate.status == item.status, "\(item.file): \(validate.stderr)")
        let findings = try CLI.findings(validate)
        let errors = findings.filter { $0["severity"] as? String == "error" }
        let out = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let submit = try CLI.run(["submit", input, "-o", out.path + "/", "--quiet"] + templates)
        #expect(submit.status == item.status, "\(item.file): \(submit.stderr)")

        if item.status == 1 {
            let match = errors.first { $0.code == item.code && $0["path"] as? String == item.path }
            #expect(match != nil, "\(item.file): no error \(item.code ?? "") at \(item.path ?? ""); found \(findings.map { "\($0.code ?? "") \($0["path"] ?? "")" })")
            if let match {
                for (key, value) in item.details { #expect(match.details[key].map { "\($0)" } == value, "\(item.file): \(key)") }
            }
            let refusedWrote = try Self.names(out)
            #expect(refusedWrote.isEmpty, "\(item.file): refused, yet wrote \(refusedWrote)")
            // Allowed through: a workbook every reader opens, or nothing when it cannot be written.
            let allowed = try CLI.run(["submit", input, "-o", out.path + "/", "--quiet", "--allow-errors"] + templates)
            if item.allowErrors == "unwritable" {
                #expect(allowed.status == 1, "\(item.file): \(allowed.stderr)")
                let unwritableWrote = try Self.names(out)
                #expect(unwritableWrote.isEmpty, "\(item.file): unwritable, yet wrote \(unwritableWrote)")
                // The reason is about the submission, never an output failure in the library's words.
                #expect(allowed.errorLines.allSatisfy { $0.hasPrefix(input) || $0.hasPrefix("cchc: \(input):") }, "\(item.file): \(allowed.stderr)")
            } else {
                #expect(allowed.status == 0, "\(item.file): \(allowed.stderr)")
                _ = try Self.checkWorkbook(in: out, item)
            }
        } else {
            #expect(errors.isEmpty, "\(item.file): \(errors.map { $0.code ?? "" })")
            let file = try Self.checkWorkbook(in: out, item)
            #expect(file?.sheetNames.filter { $0 != "_cchc" } == item.sheets, "\(item.file): \(file?.sheetNames ?? [])")  // after the hidden map
            if let file {
                // Every defined name of the workbook's own (not a sheet's print settings) points at
                // a cell of its own.
                let own = file.definedNames.filter { !$0.isBuiltIn }
                #expect(Set(own.map(\.refersTo)).count == own.count, "\(item.file): \(own.map(\.name))")
            }
        }
    }
}
