import Foundation
import Model
import Testing
import WorkbookInput

/// `Tests/BadWorkbooks/layout`: forms without a map, each with the finding its manifest names
/// (or none), at the sheet and cell it names.
@Suite("bad workbooks read by their layout")
struct LayoutCorpusTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var file: String
        var template: String?
        var code: String?
        var sheet: String?
        var cell: String?
        var testDescription: String { file }
    }

    static let directory = Repo.root.appendingPathComponent("Tests/BadWorkbooks/layout")
    static let cases: [Case] = {
        struct Manifest: Decodable { var cases: [Case] }
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return manifest.cases
    }()

    @Test("the manifest lists every workbook of the folder")
    func complete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".xlsx") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(Self.cases.count >= 5)
    }

    @Test("each workbook gives its finding at its cell, or none", arguments: cases)
    func reads(_ bad: Case) throws {
        let path = Self.directory.appendingPathComponent(bad.file).path
        var findings: [Finding]
        do {
            let input = try WorkbookInput.read(path: path, catalog: Repo.catalog, template: bad.template)
            findings = input.findings
            if bad.code == nil {
                // Read as a whole: a report with every value of the form.
                let result = InputReader.read(document: input.document, file: path, catalog: Repo.catalog)
                #expect(result.report != nil)
                #expect(input.document["values"].map { if case .object(let members) = $0 { members.count > 100 } else { false } } == true)
            }
        } catch {
            findings = error.findings
        }
        guard let code = bad.code else {
            #expect(findings.isEmpty, "\(findings.map(\.code))")
            return
        }
        let found = findings.filter { $0.code.rawValue == code }
        #expect(found.count == 1, "\(findings.map(\.code))")
        #expect(found.first?.location.place == .cell(sheet: bad.sheet ?? "", reference: bad.cell ?? ""))
    }
}
