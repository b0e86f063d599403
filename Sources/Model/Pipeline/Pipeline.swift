/// The use case every command runs: read an input (or a submission), check it, sort its
/// findings, and decide whether a workbook may be written. Commands keep only their options
/// and their printing; tests call the same functions.
public enum Pipeline {
    /// An input read and checked: the report (when the file could be understood at all) and every
    /// finding, errors first, then in the template's row order.
    public struct CheckedReport: Sendable {
        public var file: String
        public var report: Report?
        public var findings: [Finding]

        /// What may be done with it: a report that cannot be laid out on a sheet (`Report.layoutFlaw`)
        /// cannot be written, even when errors are allowed.
        public func decision(allowingErrors: Bool) -> Decision {
            let flaw = report?.layoutFlaw.map { UnwritableReason.layout(template: report?.template.id ?? "", appendix: nil, flaw: $0) }
            return Pipeline.decide(findings: findings, hasResult: report != nil, allowingErrors: allowingErrors, unwritable: flaw)
        }
    }

    /// A submission read and checked, appendix by appendix.
    public struct CheckedSubmission: Sendable {
        public var file: String
        public var submission: Submission?
        public var findings: [Finding]

        /// What may be done with it: a submission with an appendix that could not be read at all,
        /// or that cannot be laid out on a sheet, cannot be written, even when errors are allowed.
        public func decision(allowingErrors: Bool) -> Decision {
            let flaw = submission?.appendices.lazy.compactMap { appendix in
                appendix.report?.layoutFlaw.map { UnwritableReason.layout(template: appendix.templateID, appendix: appendix.number, flaw: $0) }
            }.first ?? submission?.unusableSheetName.map { UnwritableReason.sheetName(appendix: $0.number, name: $0.sheetName) }
            let decision = Pipeline.decide(findings: findings, hasResult: submission != nil, allowingErrors: allowingErrors, unwritable: flaw)
            guard case .write = decision, let submission else { return decision }
            if submission.appendices.isEmpty { return .unwritable(.noAppendix) }
            if let unread = submission.appendices.first(where: { $0.report == nil }) {
                return .unwritable(.appendixUnread(number: unread.number, template: unread.templateID))
            }
            return decision
        }
    }

    /// What a command may do with what it read.
    public enum Decision: Sendable, Equatable {
        /// Write (there are no errors, or errors are allowed).
        case write
        /// The file could not be read at all (exit status 2).
        case unreadable
        /// Errors remain: nothing is written (exit status 1). `allowable`: allowing errors would
        /// let it through (false when the input could not be made into a report at all).
        case refuse(errors: Int, allowable: Bool)
        /// Nothing can be written even with errors allowed (exit status 1).
        case unwritable(UnwritableReason)
    }

    /// Reads and checks the input at `path` (a JSON file, or whatever else `loader` reads: the
    /// command line reads workbooks too). Never throws: a file that cannot be read is a finding.
    public static func checkInput(at path: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> CheckedReport {
        do {
            return checkInput(input: try loader.load(path, catalog), catalog: catalog)
        } catch {
            return CheckedReport(file: path, report: nil, findings: error.findings)
        }
    }

    /// Checks a document read from a file: what reading found, then the checks, every finding
    /// about a value that came from a cell located at that cell (`Bảng 2!D19`).
    public static func checkInput(input: InputDocument, catalog: TemplateCatalog) -> CheckedReport {
        var checked = checkInput(document: input.document, file: input.file, catalog: catalog)
        checked.findings = input.locate(input.findings + checked.findings).sorted(by: checked.report?.template)
        return checked
    }

    /// Reads and checks input bytes as if they were the file `file`.
    public static func checkInput(bytes: [UInt8], file: String, catalog: TemplateCatalog) -> CheckedReport {
        do {
            return checkInput(document: try InputFile.parse(bytes: bytes, file: file), file: file, catalog: catalog)
        } catch {
            return CheckedReport(file: file, report: nil, findings: error.findings)
        }
    }

    /// Checks a parsed input.
    public static func checkInput(document: JSONValue, file: String, catalog: TemplateCatalog) -> CheckedReport {
        let result = InputReader.read(document: document, file: file, catalog: catalog)
        var findings = result.findings
        if let report = result.report {
            findings += Validator.findings(for: report) + ComposedTextCheck.findings(for: report, unitFile: file)
        }
        return CheckedReport(file: file, report: result.report, findings: findings.sorted(by: result.report?.template))
    }

    /// Reads and checks the submission at `path` and every appendix it lists (each read by `loader`).
    public static func checkSubmission(at path: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> CheckedSubmission {
        do {
            return checkSubmission(input: try loader.load(path, catalog), catalog: catalog, loader: loader)
        } catch {
            return CheckedSubmission(file: path, submission: nil, findings: error.findings)
        }
    }

    /// Checks a submission read from a file, its findings located at their cells when it was a
    /// workbook (an appendix file's findings are located by its own cells as it is read).
    public static func checkSubmission(input: InputDocument, catalog: TemplateCatalog, loader: InputLoader = .json) -> CheckedSubmission {
        var checked = checkSubmission(document: input.document, file: input.file, catalog: catalog, loader: loader)
        guard var submission = checked.submission else {
            checked.findings = input.locate(input.findings + checked.findings)
            return checked
        }
        submission.ownFindings = input.locate(input.findings + submission.ownFindings)
        for index in submission.appendices.indices {
            submission.appendices[index].findings = input.locate(submission.appendices[index].findings)
        }
        checked.submission = submission
        checked.findings = submission.findings
        return checked
    }

    /// Checks a parsed submission named `file` (appendix files are found relative to it).
    public static func checkSubmission(document: JSONValue, file: String, catalog: TemplateCatalog,
                                       loader: InputLoader = .json) -> CheckedSubmission {
        let result = SubmissionReader.read(document: document, file: file, catalog: catalog, loader: loader)
        return CheckedSubmission(file: file, submission: result.submission, findings: result.findings)
    }

    /// Whether findings allow writing. A text that would not fit its cell
    /// (`text.composed-too-long`) is never written, not even with errors allowed: the library
    /// would cut it or leave its cell empty; nor is a result that cannot be written for another
    /// reason (`unwritable`, such as a report that cannot be laid out on a sheet). Both come
    /// before a refusal, so that a refusal never offers `--allow-errors` in vain.
    public static func decide(findings: [Finding], hasResult: Bool, allowingErrors: Bool,
                              unwritable: UnwritableReason? = nil) -> Decision {
        if findings.hasUnreadableFile { return .unreadable }
        let errors = findings.errorCount
        guard hasResult else { return .refuse(errors: max(errors, 1), allowable: false) }
        if findings.contains(where: { $0.code == .textComposedTooLong }) { return .unwritable(.textTooLong) }
        if let unwritable { return .unwritable(unwritable) }
        if errors > 0 && !allowingErrors { return .refuse(errors: errors, allowable: true) }
        return .write
    }
}
