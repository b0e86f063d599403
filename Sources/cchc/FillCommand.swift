import ArgumentParser
import Foundation
import Model
import Workbook

/// `cchc fill <input.json>… -o <out.xlsx | dir>`.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill forms from JSON inputs and write them as .xlsx workbooks.",
        discussion: """
        Runs every check of `cchc validate` first: errors stop it and nothing is written (unless \
        --allow-errors); warnings are printed and the workbook is written.

        The workbook has one sheet laid out like the form, ready to print. Derived percentages are \
        live formulas over the cells holding their counts (hidden helper columns "Tử số"/"Mẫu số" \
        for counts that have no row of their own), with the computed value cached. The same input \
        always gives the same bytes. The file is written to a temporary name and renamed into \
        place, so a failed run never leaves half a workbook.

        Several inputs (files, directories of *.json, or quoted globs) are filled in one process, \
        spread over the cores; -o is then a directory (created if missing) and each workbook is \
        named after its input. An input with errors is reported and skipped; the others are still \
        written, and the exit status is 1.

        Examples:
          cchc fill examples/bang2-nam.json -o out/bang2-nam.xlsx
          cchc fill examples/*.json -o out/
          cchc fill 'huyen/*.json' -o out/ --quiet
        """)

    @Argument(help: "Input JSON files, directories of them, or glob patterns (see examples/README.md).") var inputs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write, or a directory for several inputs (default: the current directory).", valueName: "out.xlsx|dir"))
    var output: String?
    @Flag(help: "Write the workbook even when the input has errors.") var allowErrors = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let catalog = try templates.catalog()
        let paths = try Batch.expand(inputs)
        guard !paths.isEmpty else { throw CCHCError.usage("no input files") }
        let single = paths.count == 1 && inputs.count == 1 && !(output.map(OutputPath.isDirectoryLike) ?? false)
        if single {
            let outputPath = output ?? (URL(fileURLWithPath: paths[0]).deletingPathExtension().lastPathComponent + ".xlsx")
            let outcome = try fill(paths[0], to: outputPath, catalog: catalog)
            for line in outcome.messages { printError(line) }
            if let note = outcome.note { print(note) }
            if !outcome.succeeded { throw ExitCode(1) }
            return
        }
        let directory = output ?? "."
        try OutputPath.prepareDirectory(directory)
        let allowErrors = self.allowErrors, quiet = self.quiet
        let outcomes = Batch.run(paths, quiet: quiet) { input in
            let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".xlsx"
            let target = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            do {
                return try FillCommand.fill(input, to: target, catalog: catalog, allowErrors: allowErrors, quiet: quiet)
            } catch {
                return Batch.Outcome(input: input, output: nil, messages: ["cchc: \(error)"], succeeded: false)
            }
        }
        if outcomes.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }

    private func fill(_ input: String, to output: String, catalog: TemplateCatalog) throws -> Batch.Outcome {
        try FillCommand.fill(input, to: output, catalog: catalog, allowErrors: allowErrors, quiet: quiet)
    }

    /// Reads, checks and writes one input; errors a user can cause come back as a failed outcome.
    static func fill(_ input: String, to output: String, catalog: TemplateCatalog, allowErrors: Bool, quiet: Bool) throws -> Batch.Outcome {
        try OutputPath.checkDistinct(input: input, output: output)
        let (report, findings) = try Checking.read(input, catalog: catalog)
        var messages = findings.filter { $0.severity == .error || !quiet }.map(\.line)
        guard let report, findings.errorCount == 0 || allowErrors else {
            messages.append("cchc: \(CCHCError.findings(file: input, errors: max(findings.errorCount, 1)))")
            return Batch.Outcome(input: input, output: nil, messages: messages, succeeded: false)
        }
        try WorkbookWriter.write(report: report, to: output)
        let note = quiet ? nil : "\(input): wrote \(output) (\(report.template.id), \(report.unit.name)); \(findings.summary)"
        return Batch.Outcome(input: input, output: output, messages: messages, succeeded: true, note: note)
    }
}

/// Guards on output paths.
enum OutputPath {
    /// Refuses to write over the input, and names that are not workbooks.
    static func checkDistinct(input: String, output: String) throws {
        let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if a == b { throw CCHCError.usage("the output \(output) is the input file; choose another name") }
        if !output.lowercased().hasSuffix(".xlsx") {
            throw CCHCError.usage("the output \(output) should end in .xlsx")
        }
    }

    /// Whether `-o` names a directory (an existing one, or a path ending in `/`, or no `.xlsx`).
    static func isDirectoryLike(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return path.hasSuffix("/") || !path.lowercased().hasSuffix(".xlsx")
    }

    /// Creates the output directory when missing; an error names it when that fails.
    static func prepareDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw CCHCError.usage("-o \(path) must be a directory when there are several inputs") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw CCHCError.output(path, "cannot create the output directory")
        }
    }
}
