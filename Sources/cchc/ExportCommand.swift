import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

/// `cchc export <workbook.xlsx> [-o input.json]`: the JSON input a filled workbook holds;
/// `cchc export <workbooks, directories, patterns…> [-o dir]`: one JSON file per workbook, all
/// read in one process (each read, written and dropped before the next: memory does not grow
/// with the number of workbooks).
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Session.help(.abstract(.export)), discussion: Session.help(.discussion(.export)))
    }

    @Argument(help: ArgumentHelp(Session.option(.export, "workbook"), valueName: "workbook.xlsx")) var workbooks: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.export, "output"), valueName: "input.json|dir")) var output: String?
    @Flag(name: .shortAndLong, help: ArgumentHelp(Session.option(.export, "quiet"))) var quiet = false
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var form: WorkbookTemplateOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = try templates.catalog()
        guard !workbooks.isEmpty else { throw CCHCError(.usage(.noInputs)) }
        if let single = workbooks.first, workbooks.count == 1, ExportCommand.isFile(single), !(output.map(ExportCommand.isDirectory) ?? false) {
            try export(single, to: output, catalog: catalog)
            return
        }
        let paths = try Batch.expand(workbooks, quiet: quiet, workbooksOnly: true)
        guard !paths.isEmpty else { throw CCHCError(.usage(.noInputs)) }
        let directory = output ?? "."
        if !ExportCommand.isDirectory(directory), directory.lowercased().hasSuffix(".json") {
            throw CCHCError(.outputFailed(.mustBeDirectory(directory)))
        }
        try OutputPath.prepareDirectory(directory)
        let reads = FilesRead(paths)
        // Two workbooks of the same name (`huyen-a/bao-cao.xlsx`, `huyen-b/bao-cao.xlsx`) would
        // write the same file: the first in the order given writes it, the others are refused.
        let targets = paths.map { (directory.hasSuffix("/") ? directory : directory + "/") + ExportCommand.exported(for: $0) }
        let owners = Dictionary(zip(targets, paths), uniquingKeysWith: { first, _ in first })
        let jobs = Dictionary(zip(paths, targets), uniquingKeysWith: { first, _ in first })
        let template = form.template, quiet = self.quiet
        let outcomes = Batch.run(paths, quiet: quiet) { workbook in
            let target = jobs[workbook] ?? ""
            if let owner = owners[target], owner != workbook {
                let problem = Problem.outputNameShared(path: target, by: owner)
                var outcome = Batch.Outcome(input: workbook, messages: ["cchc: " + Session.catalogue.line(Finding(.error, problem, at: Location(file: workbook)))],
                                            succeeded: false)
                outcome.status = 2
                return outcome
            }
            do throws(CCHCError) {
                return try ExportCommand.export(workbook, to: target, catalog: catalog, template: template, quiet: quiet, reads: reads)
            } catch {
                var outcome = Batch.Outcome(failing: workbook, error)
                outcome.status = error.exitStatus
                return outcome
            }
        }
        if let status = outcomes.filter({ !$0.succeeded }).map(\.status).max() { throw ExitCode(status) }
    }

    /// One workbook named alone: its JSON printed, or written to `output` (a file).
    private func export(_ workbook: String, to output: String?, catalog: TemplateCatalog) throws {
        // The workbook itself, by identity (another spelling, a link): never written over.
        if let output, FilesRead([workbook]).contains(output) { throw CCHCError(.outputFailed(.sameAsInput(output)), file: workbook) }
        let input = try WorkbookInput.read(path: workbook, catalog: catalog, template: form.template)
        for finding in input.findings where finding.severity == .error || !quiet { printError(Session.catalogue.line(finding)) }
        let text = input.document.fileText
        guard let output else {
            print(text, terminator: "")
            return
        }
        try WorkbookWriter.writeAtomically(text: text, to: output)
    }

    /// Reads one workbook of a batch and writes its JSON to `output`, atomically; a workbook that
    /// cannot be read comes back as a failed outcome and writes nothing.
    static func export(_ workbook: String, to output: String, catalog: TemplateCatalog, template: String?, quiet: Bool,
                       reads: FilesRead) throws(CCHCError) -> Batch.Outcome {
        if let replaced = reads.replaced(byWriting: output) {
            let same = FilesRead([workbook]).contains(output)
            throw CCHCError(.outputFailed(same ? .sameAsInput(output) : .replacesInput(path: output, input: replaced)), file: workbook)
        }
        let input = try WorkbookInput.read(path: workbook, catalog: catalog, template: template)
        try WorkbookWriter.writeAtomically(json: input.document, to: output)
        var outcome = Batch.Outcome(input: workbook, findings: input.findings, quiet: quiet)
        outcome.output = output
        outcome.succeeded = true
        if !quiet {
            let catalogue = Session.catalogue
            outcome.note = catalogue.phrase(.wroteFill(input: workbook, output: output, template: templates(of: input.document).joined(separator: ", "),
                                                       unit: unitName(of: input.document), summary: catalogue.summary(input.findings)))
        }
        return outcome
    }

    /// The name of a workbook's JSON file: `bang2.xlsx` → `bang2.json`.
    static func exported(for workbook: String) -> String {
        let name = URL(fileURLWithPath: workbook).lastPathComponent
        let lower = name.lowercased()
        let base = [".xlsx", ".xlsm"].contains(where: { lower.hasSuffix($0) }) ? String(name.dropLast(5)) : name
        return base + ".json"
    }

    /// Whether `path` is an existing file, named alone (not a directory, not a pattern that
    /// matches no file by that name).
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) ? !isDirectory.boolValue
            : !path.contains(where: { "*?[".contains($0) })
    }

    /// Whether `-o` names a directory: an existing one, or a path ending in `/`.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return path.hasSuffix("/")
    }

    /// The templates a document fills: its `template`, or its appendices' in order.
    static func templates(of document: JSONValue) -> [String] {
        if case .string(let id)? = document["template"] { return [id] }
        guard case .array(let appendices)? = document["appendices"] else { return [] }
        return appendices.compactMap { if case .string(let id)? = $0["template"] { id } else { nil } }
    }

    /// The unit a document names, or "".
    static func unitName(of document: JSONValue) -> String {
        if case .string(let name)? = document["unit"]?["name"] { return name }
        return ""
    }
}
