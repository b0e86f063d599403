import ArgumentParser
import Foundation
import Model

/// What the ways of `cchc consolidate` (forms, submissions, `--as`) share: the findings printed
/// as `--format` asks, the decision (a file the roster cannot place refusing the run as a unit's
/// error does), and the end of a run that writes nothing.
enum ConsolidationRun {
    /// Prints `findings`: one line each on standard error (errors only when `quiet`), or the
    /// JSON list on standard output.
    static func show(_ findings: [Finding], format: OutputFormat, quiet: Bool) {
        let catalogue = Session.catalogue
        switch format {
        case .text:
            for finding in findings where finding.severity == .error || !quiet { printError(catalogue.line(finding)) }
        case .json:
            print(FindingsJSON.encode(findings, catalogue: catalogue))
        }
    }

    /// `decision`, refused when the roster's status has errors and they are not allowed.
    static func decision(_ decision: Pipeline.Decision, status: ReportingStatus?, allowingErrors: Bool) -> Pipeline.Decision {
        let statusErrors = status?.findings.filter { $0.severity == .error }.count ?? 0
        if statusErrors > 0 && !allowingErrors, case .write = decision { return .refuse(errors: statusErrors, allowable: true) }
        return decision
    }

    /// Ends a run that writes nothing (every decision but `.write`): the refusal's line and the
    /// exit status (2 when a file could not be read, else 1).
    static func end(_ decision: Pipeline.Decision, output: String) throws {
        let catalogue = Session.catalogue
        switch decision {
        case .write:
            return
        case .unreadable:
            throw ExitCode(2)
        case .refuse(let errors, let allowable):
            let problem = Problem.refused(errors: errors, remedy: allowable ? .fixOrAllow : .fix)
            printError("cchc: " + catalogue.line(Finding(.error, problem, at: Location(file: output))))
            throw ExitCode(1)
        case .unwritable(let reason):
            printError("cchc: " + catalogue.line(Finding(.error, .unwritable(reason), at: Location(file: output))))
            throw ExitCode(1)
        }
    }
}
