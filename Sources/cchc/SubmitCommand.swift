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

        Several submissions (files, directories of *.json, or quoted globs) are written in one \
        process, spread over the cores, into the directory -o (default: the current directory), \
        each under its default name. A submission with errors is reported and skipped; the \
        others are still written, and the exit status is 1.

        Examples:
          cchc submit examples/bao-cao-nam/submission.json -o out/
          cchc submit examples/tong-ket-2011-2020/submission.json -o out/tong-ket.xlsx
          cchc submit 'tinh/*/submission.json' -o out/ --quiet

        Exit status: 0 written; 1 the submission or an appendix has errors (nothing written); \
        2 the submission file could not be read as JSON, the output could not be written, or \
        the command was misused.
        """)

    @Argument(help: "Submission files, directories of them, or glob patterns (see examples/README.md, \"Submission file\").") var submissions: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write, or a directory to write it in under its default name (default: the current directory).", valueName: "out.xlsx|dir"))
    var output: String?
    @Flag(help: "Write the workbook even when there are errors; its cover says so in red.") var allowErrors = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let catalog = try templates.catalog()
        let paths = try Batch.expand(submissions)
        guard !paths.isEmpty else { throw CCHCError.usage("no submission files") }
        let allowErrors = self.allowErrors, quiet = self.quiet
        if paths.count == 1 && submissions.count == 1 {
            let outcome = try SubmitCommand.submit(paths[0], output: output, catalog: catalog, allowErrors: allowErrors, quiet: quiet, names: nil)
            for line in outcome.messages { printError(line) }
            if let note = outcome.note { print(note) }
            if !outcome.succeeded { throw ExitCode(1) }
            return
        }
        let directory = output ?? "."
        if !OutputPath.isDirectoryLike(directory) { throw CCHCError.usage("-o \(directory) must be a directory when there are several submissions") }
        try OutputPath.prepareDirectory(directory)
        let names = ClaimedNames()
        let outcomes = Batch.run(paths, quiet: quiet) { input in
            do {
                return try SubmitCommand.submit(input, output: directory.hasSuffix("/") ? directory : directory + "/", catalog: catalog, allowErrors: allowErrors, quiet: quiet, names: names)
            } catch {
                return Batch.Outcome(input: input, output: nil, messages: ["cchc: \(error)"], succeeded: false)
            }
        }
        if outcomes.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }

    /// Reads, checks and writes one submission; errors a user can cause come back as a failed outcome.
    /// In a batch, `names` makes sure two submissions never write the same file.
    static func submit(_ input: String, output: String?, catalog: TemplateCatalog, allowErrors: Bool, quiet: Bool,
                       names: ClaimedNames?) throws -> Batch.Outcome {
        let result = try SubmissionReader.read(path: input, catalog: catalog)
        var messages = result.findings.filter { $0.severity == .error || !quiet }.map(\.line)
        func failed(_ line: String) -> Batch.Outcome {
            Batch.Outcome(input: input, output: nil, messages: messages + [line], succeeded: false)
        }
        guard let read = result.submission else {
            return failed("cchc: \(CCHCError.findings(file: input, errors: max(result.findings.errorCount, 1)))")
        }
        let errors = result.findings.errorCount
        if errors > 0 && !allowErrors { return failed("cchc: \(CCHCError.findings(file: input, errors: errors))") }
        if let reason = SubmissionWriter.unwritableReason(read) {
            return failed("cchc: \(input): \(reason); nothing was written, even with --allow-errors")
        }
        let path = outputPath(for: read, output: output)
        if let names, let other = names.claim(path, for: input) {
            return failed("cchc: \(input): would write \(path), which \(other) writes too; give the submissions different units, reports or years")
        }
        try OutputPath.checkDistinct(input: input, output: path)
        try SubmissionWriter.write(read, to: path)
        var note: String?
        if !quiet {
            let sheets = (try? SubmissionWriter.sheetNames(for: read))?.joined(separator: ", ") ?? ""
            note = "Wrote \(path) (\(read.unit.name); sheets: \(sheets)); \(result.findings.summary)"
        }
        return Batch.Outcome(input: input, output: path, messages: messages, succeeded: true, note: note)
    }

    /// `-o` as given, or the default name inside `-o` (or the current directory) when it is a directory.
    private static func outputPath(for submission: Submission, output: String?) -> String {
        let name = SubmissionWriter.defaultFileName(for: submission)
        guard let output else { return name }
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return URL(fileURLWithPath: output).appendingPathComponent(name).path
        }
        return output
    }
}

/// Output paths already taken in a batch, so two inputs never write the same file.
final class ClaimedNames: @unchecked Sendable {
    private var owners: [String: String] = [:]
    private let lock = NSLock()

    /// Claims `path` for `input`; returns the input that claimed it first, if another did.
    func claim(_ path: String, for input: String) -> String? {
        lock.lock(); defer { lock.unlock() }
        if let owner = owners[path] { return owner }
        owners[path] = input
        return nil
    }
}
