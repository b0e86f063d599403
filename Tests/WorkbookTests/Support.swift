import Foundation
import Model
import Workbook
import XLSXReader

/// Paths and helpers shared by the workbook tests.
enum Repo {
    /// The package root (Tests/WorkbookTests/Support.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let examples = root.appendingPathComponent("examples")

    static func catalog() throws -> TemplateCatalog { try TemplateCatalog(directory: templates) }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TestDirectories.make("cchc-tests")
    }

    /// A copy of the bundled templates in a fresh directory, each file's text passed through
    /// `patch` (keyed by template id): a template with one key more, for a test.
    static func templates(patching patch: [String: (String) -> String]) throws -> TemplateCatalog {
        let dir = try temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".json") {
            var text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            if let change = patch[String(name.dropLast(".json".count))] { text = change(text) }
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let catalog = try TemplateCatalog(directory: dir)
        try catalog.checkAll()
        return catalog
    }

    /// Reads an input and writes its workbook; fails on any error finding.
    static func fill(_ input: URL, into directory: URL, catalog given: TemplateCatalog? = nil) throws -> (Report, URL, [Finding]) {
        let checked = Pipeline.checkInput(at: input.path, catalog: try given ?? catalog())
        let findings = checked.findings
        let errors = findings.filter { $0.severity == .error }
        if !errors.isEmpty { throw TestFailure(errors.map(Catalogue.english.line).joined(separator: "\n")) }
        guard let report = checked.report else { throw TestFailure("no report from \(input.path)") }
        let output = directory.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".xlsx")
        try WorkbookWriter.write(report: report, to: output.path)
        return (report, output, findings)
    }

    /// Writes JSON text to a file in `directory` and returns its URL.
    static func writeInput(_ text: String, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The example input read with Foundation's own JSON reader (independent of cchc's parser).
struct ExampleInput {
    let json: [String: Any]

    init(_ url: URL) throws {
        json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    var values: [String: Any] { (json["values"] as? [String: Any]) ?? [:] }

    /// A number as the test reads it: JSON numbers as they are; strings with the two plain
    /// Vietnamese patterns `1.130` (groups of three after dots) and `99,95` (decimal comma).
    static func number(_ any: Any?) -> Double? {
        if let n = any as? NSNumber { return n.doubleValue }
        guard let s = any as? String else { return nil }
        if s.range(of: #"^\d{1,3}(\.\d{3})+$"#, options: .regularExpression) != nil {
            return Double(s.replacingOccurrences(of: ".", with: ""))
        }
        if s.range(of: #"^\d+,\d+$"#, options: .regularExpression) != nil {
            return Double(s.replacingOccurrences(of: ",", with: "."))
        }
        return Double(s)
    }
}

/// Where the template's rows are on a sheet, found by reading the sheet (not by asking the layout).
struct SheetRows {
    let firstRow: Int
    let labelColumn: Int

    /// Finds the row of the template's first label in its label column.
    init(sheet: Worksheet, template: Template) throws {
        labelColumn = template.columns.firstIndex { $0.role == .label }!
        let first = template.rows[0].label
        guard let cell = sheet.cells(inColumn: labelColumn).first(where: { $0.text == first }) else {
            throw TestFailure("first label \"\(first)\" not found in column \(labelColumn)")
        }
        firstRow = cell.ref.row
    }

    func row(of index: Int) -> Int { firstRow + index }
}

/// A bundled example filled and read back: its report, input, sheet, and where its rows and values are.
struct FilledExample {
    let report: Report
    let example: ExampleInput
    let file: XLSXFile
    let sheet: Worksheet
    let rows: SheetRows
    /// The sheet column of the first value column (the first year on a per-year form).
    let firstValueColumn: Int

    init(_ id: String) throws {
        let dir = try Repo.temporaryDirectory()
        let input = Repo.examples.appendingPathComponent("\(id).json")
        let (report, url, _) = try Repo.fill(input, into: dir)
        self.report = report
        example = try ExampleInput(input)
        file = try XLSXFile(url: url)
        guard let sheet = file.sheet(report.template.sheetName) else { throw TestFailure("no sheet \(report.template.sheetName)") }
        self.sheet = sheet
        rows = try SheetRows(sheet: sheet, template: report.template)
        firstValueColumn = report.template.columns.firstIndex { $0.role == .value || $0.role == .years }!
    }
}
