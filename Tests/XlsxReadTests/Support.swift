import Foundation
import Model
import Testing
import Workbook
import XLSXReader
import XlsxRead

/// Paths and helpers shared by the reader's tests.
enum Repo {
    /// The package root (Tests/XlsxReadTests/Support.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let examples = root.appendingPathComponent("examples")
    static let badWorkbooks = root.appendingPathComponent("Tests/BadWorkbooks")

    static func catalog() throws -> TemplateCatalog { try TemplateCatalog(directory: templates) }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TestDirectories.make("cchc-xlsxread")
    }

    /// Every workbook the repository's examples fill: each `examples/*.json` input and each
    /// submission, by a name for test arguments and its path relative to `examples/`.
    static let exampleFiles = ["bang2-nam.json", "tong-ket-2011-2020.json", "muc-tieu-30c.json", "can-bo-dau-moi.json",
                               "phu-thanh-dong-2023/submission.json", "bao-cao-nam/submission.json",
                               "tong-ket-2011-2020/submission.json"]

    /// Writes the workbook of an example (an input through `WorkbookWriter`, a submission through
    /// `SubmissionWriter`) into `directory`.
    static func write(example relative: String, into directory: URL) throws -> URL {
        let path = examples.appendingPathComponent(relative).path
        let output = directory.appendingPathComponent(relative.replacingOccurrences(of: "/", with: "-") + ".xlsx")
        if relative.hasSuffix("submission.json") {
            let checked = Pipeline.checkSubmission(at: path, catalog: try catalog())
            let submission = try #require(checked.submission, "\(checked.findings.map(Catalogue.english.line))")
            try SubmissionWriter.write(submission, to: output.path)
        } else {
            let checked = Pipeline.checkInput(at: path, catalog: try catalog())
            let report = try #require(checked.report, "\(checked.findings.map(Catalogue.english.line))")
            try WorkbookWriter.write(report: report, to: output.path)
        }
        return output
    }
}

/// Every sheet of a document, read.
func allSheets(_ document: XlsxDocument) throws -> [XlsxSheet] {
    try document.sheets.map { try document.sheet($0) }
}

/// The value the independent reader sees in a cell, in the reader's terms (`nil` for a blank).
func independentValue(_ cell: Cell) -> XlsxValue? {
    switch cell.type {
    case .number: return cell.number.map(XlsxValue.number)
    case .sharedString, .inlineString, .formulaString, .date: return cell.text.map(XlsxValue.text)
    case .boolean: return cell.bool.map(XlsxValue.bool)
    case .error: return cell.text.map(XlsxValue.error)
    case .blank: return nil
    }
}
