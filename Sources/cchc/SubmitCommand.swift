import ArgumentParser
import Foundation
import Model
import Workbook

/// `cchc submit <submission.json> -o <out.xlsx | dir>`.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Write the complete submission workbook of a unit: a cover, every appendix, the checks, the charts.",
        discussion: """
        A submission file names the unit and the report once (unit, province, report number and \
        date, place, period, signer) and lists the appendices in order, each a template with its \
        data inline or as the path of a `fill` input (see examples/README.md, "Submission file").

        The workbook has, in order: `Thông tin chung` (the cover: report heading, unit, period, \
        the appendices with links to their sheets, the result of the checks, the signature block); \
        one sheet per appendix, laid out as `cchc fill` lays it out, with drop-down lists on coded \
        and Đạt/Không đạt cells, shading of Không đạt and of cells with findings, a comment on \
        every rate reported without its counts, and defined names for the rates and the years; \
        `Kiểm tra` (every finding of `cchc validate`, each linked to its cell, or "Không có sai \
        sót"); and, for a per-year appendix, `Biểu đồ` (its charts across the years).

        Every check of `cchc validate` runs on every appendix first: errors stop the submission \
        and nothing is written (unless --allow-errors: then the cover says in red that the \
        workbook has unresolved errors); warnings are printed and listed in `Kiểm tra`. The same \
        submission always gives the same bytes (the file's date is the report's date).

        When -o is a directory (or is left out: the current directory), the file is named \
        <unit>_<template or report number>_<year>.xlsx in ASCII, e.g. \
        ubnd-huyen-tan-hoa-dong_215-bc-ubnd_2021.xlsx.

        Examples:
          cchc submit examples/bao-cao-nam/submission.json -o out/
          cchc submit examples/tong-ket-2011-2020/submission.json -o out/tong-ket.xlsx

        Exit status: 0 written; 1 the submission or an appendix has errors (nothing written); \
        2 the submission file could not be read as JSON, the output could not be written, or \
        the command was misused.
        """)

    @Argument(help: "The submission file (see examples/README.md, \"Submission file\").") var submission: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write, or a directory to write it in under its default name (default: the current directory).", valueName: "out.xlsx|dir"))
    var output: String?
    @Flag(help: "Write the workbook even when there are errors; its cover says so in red.") var allowErrors = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let catalog = try templates.catalog()
        let result = try SubmissionReader.read(path: submission, catalog: catalog)
        for finding in result.findings where finding.severity == .error || !quiet {
            printError(finding.line)
        }
        guard let read = result.submission else {
            throw CCHCError.findings(file: submission, errors: max(result.findings.errorCount, 1))
        }
        let errors = result.findings.errorCount
        if errors > 0 && !allowErrors { throw CCHCError.findings(file: submission, errors: errors) }
        if let reason = SubmissionWriter.unwritableReason(read) {
            printError("cchc: \(submission): \(reason); nothing was written, even with --allow-errors")
            throw ExitCode(1)
        }
        let path = outputPath(for: read)
        try OutputPath.checkDistinct(input: submission, output: path)
        try SubmissionWriter.write(read, to: path)
        if !quiet {
            let sheets = (try? SubmissionWriter.sheetNames(for: read))?.joined(separator: ", ") ?? ""
            print("Wrote \(path) (\(read.unit.name); sheets: \(sheets)); \(result.findings.summary)")
        }
    }

    /// `-o` as given, or the default name inside `-o` (or the current directory) when it is a directory.
    private func outputPath(for submission: Submission) -> String {
        let name = SubmissionWriter.defaultFileName(for: submission)
        guard let output else { return name }
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return URL(fileURLWithPath: output).appendingPathComponent(name).path
        }
        return output
    }
}
