import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

/// `cchc fill <input.json>… -o <out.xlsx | dir>`.
struct FillCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fill", abstract: Session.help(.abstract(.fill)), discussion: Session.help(.discussion(.fill)))
    }

    @Argument(help: ArgumentHelp(Session.option(.fill, "inputs"), valueName: "input.json")) var inputs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.fill, "output"), valueName: "out.xlsx|dir"))
    var output: String?
    @Flag(help: ArgumentHelp(Session.option(.fill, "allow-errors"))) var allowErrors = false
    @Flag(name: .shortAndLong, help: ArgumentHelp(Session.option(.fill, "quiet"))) var quiet = false
    @OptionGroup var concurrency: JobsOption
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var form: WorkbookTemplateOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        try FillCommand.run(WriteOptions(files: inputs, output: output, allowErrors: allowErrors, quiet: quiet, jobs: concurrency.jobs,
                                         templates: templates.directory, template: form.template, lang: language.lang))
    }

    static func run(_ values: WriteOptions) throws {
        let inputs = values.files, output = values.output, allowErrors = values.allowErrors, quiet = values.quiet
        let catalog = try TemplateOptions.catalog(directory: values.templates)
        let loader = WorkbookTemplateOption.loader(template: values.template)
        let paths = try Batch.expand(inputs, quiet: quiet)
        guard !paths.isEmpty else { throw CCHCError(.usage(.noInputs)) }
        // Every file the run reads, before anything is written: no output may replace one.
        let reads = Pipeline.filesRead(byInputs: paths, catalog: catalog)
        let single = paths.count == 1 && inputs.count == 1 && !(output.map(OutputPath.isDirectoryLike) ?? false)
        if single {
            let outputPath = output ?? OutputPath.filled(for: paths[0])
            let outcome = try FillCommand.fill(paths[0], to: outputPath, catalog: catalog, allowErrors: allowErrors, quiet: quiet, reads: reads, loader: loader)
            outcome.print()
            if !outcome.succeeded { throw ExitCode(outcome.status) }
            return
        }
        let directory = output ?? "."
        try OutputPath.prepareDirectory(directory)
        // Two inputs of the same name (`huyen-a/bao-cao.json`, `huyen-b/bao-cao.json`) would write
        // the same workbook: the first in the order given writes it, the others are refused.
        let targets = paths.map { input in
            URL(fileURLWithPath: directory).appendingPathComponent(OutputPath.filled(for: input)).path
        }
        let owners = Dictionary(zip(targets, paths), uniquingKeysWith: { first, _ in first })
        let jobs = Dictionary(zip(paths, targets), uniquingKeysWith: { first, _ in first })
        let outcomes = Batch.run(paths, quiet: quiet, jobs: values.jobs) { input in
            let target = jobs[input] ?? ""
            if let owner = owners[target], owner != input {
                let problem = Problem.outputNameShared(path: target, by: owner)
                return Batch.Outcome(input: input, messages: ["cchc: " + Session.catalogue.line(Finding(.error, problem, at: Location(file: input)))],
                                     succeeded: false)
            }
            do {
                return try FillCommand.fill(input, to: target, catalog: catalog, allowErrors: allowErrors, quiet: quiet, reads: reads, loader: loader)
            } catch {
                return Batch.Outcome(failing: input, error)
            }
        }
        if outcomes.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }

    /// Reads, checks and writes one input; errors a user can cause come back as a failed outcome.
    /// `reads`: every file the run reads, which the output may not replace.
    static func fill(_ input: String, to output: String, catalog: TemplateCatalog, allowErrors: Bool,
                     quiet: Bool, reads: FilesRead, loader: InputLoader = WorkbookInput.loader) throws(CCHCError) -> Batch.Outcome {
        try Pipeline.checkOutput(output, input: input, reads: reads)
        let checked = Pipeline.checkInput(at: input, catalog: catalog, loader: loader)
        let catalogue = Session.catalogue
        var outcome = Batch.Outcome(input: input, findings: checked.findings, quiet: quiet)
        switch checked.decision(allowingErrors: allowErrors) {
        case .write:
            guard let report = checked.report else { return outcome }
            try WorkbookWriter.write(report: report, to: output, catalogue: Session.fileCatalogue)
            outcome.output = output
            outcome.succeeded = true
            if !quiet {
                outcome.note = catalogue.phrase(.wroteFill(input: input, output: output, template: report.template.id,
                                                           unit: report.unit.name, summary: catalogue.summary(checked.findings)))
            }
        case .unreadable:
            outcome.status = 2
        case .refuse(let errors, let allowable):
            let problem = Problem.refused(errors: errors, remedy: allowable ? .fixOrAllow : .fix)
            outcome.messages.append("cchc: " + catalogue.line(Finding(.error, problem, at: Location(file: input))))
        case .unwritable(let reason):
            outcome.messages.append("cchc: " + catalogue.line(Finding(.error, .unwritable(reason), at: Location(file: input))))
        }
        return outcome
    }
}

/// Guards on output paths.
enum OutputPath {
    /// The name `fill` gives the workbook of an input: `bang2.json` → `bang2.xlsx`; a workbook
    /// input gets `-fill` added (`bang2.xlsx` → `bang2-fill.xlsx`), so it is never written over.
    static func filled(for input: String) -> String {
        let url = URL(fileURLWithPath: input)
        let base = url.deletingPathExtension().lastPathComponent
        return WorkbookInput.isWorkbook(path: input) ? base + filledSuffix + ".xlsx" : base + ".xlsx"
    }

    /// What `filled(for:)` adds to the name of a workbook input.
    static let filledSuffix = "-fill"

    /// Whether `-o` names a directory (an existing one, or a path ending in `/`, or no `.xlsx`).
    static func isDirectoryLike(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return path.hasSuffix("/") || !path.lowercased().hasSuffix(".xlsx")
    }

    /// Creates the output directory when missing; an error names it when that fails.
    static func prepareDirectory(_ path: String) throws(CCHCError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw CCHCError(.outputFailed(.mustBeDirectory(path))) }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw CCHCError(.outputFailed(.cannotCreateDirectory(path)))
        }
    }
}
