extension Pipeline {
    /// A file checked as what its content says it is: a `fill` input or a submission.
    public enum CheckedDocument: Sendable {
        case input(CheckedReport)
        case submission(CheckedSubmission)

        /// Every finding: an input's sorted as `checkInput` sorts them; a submission's own
        /// findings, then each appendix's (naming the file its data came from), as `cchc submit`
        /// prints them.
        public var findings: [Finding] {
            switch self {
            case .input(let checked): return checked.findings
            case .submission(let checked): return checked.findings
            }
        }

        /// What may be done with it.
        public func decision(allowingErrors: Bool) -> Decision {
            switch self {
            case .input(let checked): return checked.decision(allowingErrors: allowingErrors)
            case .submission(let checked): return checked.decision(allowingErrors: allowingErrors)
            }
        }

        /// Whether the file was read as a submission.
        public var kind: DocumentKind {
            if case .submission = self { return .submission }
            return .input
        }
    }

    /// Reads the file at `path` and checks it as an input or as a submission, by its content
    /// (`DocumentKind`). A file that cannot be read is an input's finding.
    public static func checkDocument(at path: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> CheckedDocument {
        let input: InputDocument
        do {
            input = try loader.load(path, catalog)
        } catch {
            return .input(CheckedReport(file: path, report: nil, findings: error.findings))
        }
        switch DocumentKind(of: input.document) {
        case .input: return .input(checkInput(input: input, catalog: catalog))
        case .submission: return .submission(checkSubmission(input: input, catalog: catalog, loader: loader))
        }
    }
}
