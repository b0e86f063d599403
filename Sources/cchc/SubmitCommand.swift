import ArgumentParser
import Foundation
import Model
import WorkbookInput
import Synchronization
import Workbook

/// `cchc submit <submission.json> -o <out.xlsx | dir>`.
struct SubmitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "submit", abstract: Session.help(.abstract(.submit)), discussion: Session.help(.discussion(.submit)))
    }

    @Argument(help: ArgumentHelp(Session.option(.submit, "submissions"), valueName: "submission.json")) var submissions: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.submit, "output"), valueName: "out.xlsx|dir"))
    var output: String?
    @Flag(help: ArgumentHelp(Session.option(.submit, "allow-errors"))) var allowErrors = false
    @Flag(name: .shortAndLong, help: ArgumentHelp(Session.option(.submit, "quiet"))) var quiet = false
    @OptionGroup var concurrency: JobsOption
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        try SubmitCommand.run(WriteOptions(files: submissions, output: output, allowErrors: allowErrors, quiet: quiet,
                                           jobs: concurrency.jobs, templates: templates.directory, lang: language.lang))
    }

    static func run(_ values: WriteOptions) throws {
        let submissions = values.files, output = values.output, allowErrors = values.allowErrors, quiet = values.quiet
        let catalog = try TemplateOptions.catalog(directory: values.templates)
        let paths = try Batch.expand(submissions, quiet: quiet)
        guard !paths.isEmpty else { throw CCHCError(.usage(.noInputs)) }
        // Every file the run reads (submissions, their appendix files, templates), before anything
        // is written: no output may replace one.
        let reads = Pipeline.filesRead(bySubmissions: paths, catalog: catalog)
        if paths.count == 1 && submissions.count == 1 {
            let outcome = try SubmitCommand.submit(paths[0], output: output, catalog: catalog, allowErrors: allowErrors, quiet: quiet,
                                                   names: nil, reads: reads)
            outcome.print()
            if !outcome.succeeded { throw ExitCode(outcome.status) }
            return
        }
        let directory = output ?? "."
        if !OutputPath.isDirectoryLike(directory) { throw CCHCError(.outputFailed(.mustBeDirectory(directory))) }
        try OutputPath.prepareDirectory(directory)
        let names = ClaimedNames()
        let outcomes = Batch.run(paths, quiet: quiet, jobs: values.jobs, claims: names) { input in
            do {
                return try SubmitCommand.submit(input, output: directory.hasSuffix("/") ? directory : directory + "/", catalog: catalog,
                                                allowErrors: allowErrors, quiet: quiet, names: names, reads: reads)
            } catch {
                return Batch.Outcome(failing: input, error)
            }
        }
        if outcomes.contains(where: { !$0.succeeded }) { throw ExitCode(1) }
    }

    /// Reads, checks and writes one submission; errors a user can cause come back as a failed outcome.
    /// In a batch, `names` makes sure two submissions never write the same file; `reads` are the
    /// files the run reads, which no output may replace.
    static func submit(_ input: String, output: String?, catalog: TemplateCatalog, allowErrors: Bool, quiet: Bool,
                       names: ClaimedNames?, reads: FilesRead) throws(CCHCError) -> Batch.Outcome {
        let checked = Pipeline.checkSubmission(at: input, catalog: catalog, loader: WorkbookInput.loader)
        let catalogue = Session.catalogue
        var outcome = Batch.Outcome(input: input, findings: checked.findings, quiet: quiet)
        func fail(_ problem: Problem) -> Batch.Outcome {
            outcome.messages.append("cchc: " + catalogue.line(Finding(.error, problem, at: Location(file: input))))
            return outcome
        }
        switch checked.decision(allowingErrors: allowErrors) {
        case .unreadable:
            outcome.status = 2
            return outcome
        case .refuse(let errors, let allowable): return fail(.refused(errors: errors, remedy: allowable ? .fixOrAllow : .fix))
        case .unwritable(let reason): return fail(.unwritable(reason))
        case .write: break
        }
        guard let submission = checked.submission else { return outcome }
        let path = outputPath(for: submission, output: output)
        if let names, let other = names.claim(path, for: input) { return fail(.outputClaimed(path: path, by: other)) }
        // The appendix files as read (a file named after the output is read too, whatever the batch saw).
        var reads = reads
        for case .file(let file) in submission.appendices.map(\.origin) { reads.insert(file) }
        try Pipeline.checkOutput(path, input: input, reads: reads)
        try SubmissionWriter.write(submission, to: path, catalogue: Session.fileCatalogue)
        outcome.output = path
        outcome.succeeded = true
        if !quiet {
            let sheets = (try? SubmissionWriter.sheetNames(for: submission)) ?? []
            outcome.note = catalogue.phrase(.wroteSubmission(output: path, unit: submission.unit.name, sheets: sheets,
                                                             summary: catalogue.summary(checked.findings)))
        }
        return outcome
    }

    /// `-o` as given, or the default name inside `-o` (or the current directory) when it is a directory.
    private static func outputPath(for submission: Submission, output: String?) -> String {
        let name = SubmissionWriter.defaultFileName(for: submission)
        guard let output else { return name }
        if output.hasSuffix("/") || FileSystem.isDirectory(output) {
            return FileSystem.join(FileSystem.absolute(output), name)
        }
        return output
    }
}

/// Output paths already taken in a batch, so two inputs never write the same file. In a worker
/// process, the batch keeps them: a claim is asked of it.
final class ClaimedNames: Sendable {
    private let owners = Mutex<[String: String]>([:])

    /// Claims `path` for `input`; returns the input that claimed it first, if another did.
    func claim(_ path: String, for input: String) -> String? {
        if let channel = Batch.Worker.channel { return Batch.Worker.claim(path, for: input, over: channel) }
        return owners.withLock { owners in
            if let owner = owners[path] { return owner }
            owners[path] = input
            return nil
        }
    }
}
