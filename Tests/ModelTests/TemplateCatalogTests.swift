import Foundation
import Model
import Testing

/// A catalog lists its templates and reads one when a run first asks for it: a broken or large
/// template beside the others stops or slows only the runs that use it.
@Suite("Template catalog")
struct TemplateCatalogTests {
    @Test("a broken template stops only the runs that use it; the others never read it")
    func brokenSibling() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Validation.smallTemplate().utf8).write(to: directory.appendingPathComponent("t.json"))
        let broken = Validation.smallTemplate().replacingOccurrences(of: #""id": "t""#, with: #""id": "hong""#)
            .replacingOccurrences(of: #""sheetName": "Thử""#, with: #""sheetName": "Thử\u0007""#)
        try Data(broken.utf8).write(to: directory.appendingPathComponent("hong.json"))
        try Data("{ not json".utf8).write(to: directory.appendingPathComponent("vo.json"))

        let catalog = try TemplateCatalog(directory: directory)
        #expect(catalog.ids == ["hong", "t", "vo"] && catalog.readIDs.isEmpty)
        let checked = Pipeline.checkInput(bytes: Array(Validation.smallInput(#""a": 1"#).utf8), file: "in.json", catalog: catalog)
        #expect(checked.report != nil && checked.findings.errorCount == 0, "\(checked.findings.shown)")
        #expect(catalog.readIDs == ["t"])

        let other = Validation.smallInput(#""a": 1"#).replacingOccurrences(of: #""template": "t""#, with: #""template": "hong""#)
        let refused = Pipeline.checkInput(bytes: Array(other.utf8), file: "in.json", catalog: catalog)
        #expect(refused.report == nil && refused.decision(allowingErrors: true) == .unreadable)
        #expect(refused.findings.map(\.code) == [.templateInvalid] && refused.findings[0].file.hasSuffix("hong.json"))
        #expect(refused.findings[0].location.placeText == "$.sheetName")

        // Listing reads them all: each usable template, and the findings of the others.
        let all = catalog.loadAll()
        #expect(all.map(\.id) == ["hong", "t", "vo"])
        #expect(catalog.templates.map(\.id) == ["t"])
        guard case .failure(let error) = all[2].result else { Issue.record("vo.json read"); return }
        #expect(error.finding.code == .jsonSyntax && error.finding.file.hasSuffix("vo.json"))
        #expect(throws: CCHCError.self) { try catalog.checkAll() }

        // Read once: the file may go, the template stays.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("t.json"))
        #expect(catalog.template(withID: "t") != nil)
        do {
            _ = try catalog.template(id: "x")
            Issue.record("a template x")
        } catch {
            #expect(error.finding.code == .templateUnknown && error.finding.detail("known") == .list(["hong", "t", "vo"].map(DetailValue.text)))
        }
    }

    @Test("a template whose id is not its file name is refused when it is used")
    func idMismatch() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Validation.smallTemplate().utf8).write(to: directory.appendingPathComponent("khac.json"))
        let catalog = try TemplateCatalog(directory: directory)
        #expect(throws: CCHCError(.templateIDMismatch(id: "t", fileName: "khac"), file: directory.appendingPathComponent("khac.json").path)) {
            try catalog.template(id: "khac")
        }
    }

    @Test("an input naming a bad template gets the template's findings and is not read (exit 2); the others of the directory are not read at all",
          arguments: BadTemplateTests.cases())
    func inputOfBadTemplate(_ item: BadTemplateTests.Case) throws {
        let catalog = try TemplateCatalog(directory: BadTemplateTests.directory)
        let period = item.file.hasPrefix("chart-") ? #"{"from": 2019, "to": 2020}"# : #"{"year": 2021}"#
        let input = #"{"template": "\#(item.id)", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": \#(period), "values": {}}"#
        let checked = Pipeline.checkInput(bytes: Array(input.utf8), file: "input.json", catalog: catalog)
        #expect(checked.report == nil)
        #expect(checked.findings.contains { $0.code == item.code && BadTemplateTests.place($0) == item.path }, "\(checked.findings.shown)")
        #expect(checked.decision(allowingErrors: true) == .unreadable)
        #expect(catalog.readIDs == [item.id])
    }
}
