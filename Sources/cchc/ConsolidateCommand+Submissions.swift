import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

extension ConsolidateCommand {
    /// `cchc consolidate` given the units' submissions: each appendix's template consolidated
    /// over the units that have it; `.json` the parent's submission, `.xlsx` one workbook with
    /// every consolidated form and its per-unit sheet.
    func consolidateSubmissions(_ paths: [String], catalog: TemplateCatalog, status: ReportingStatus?) throws {
        let checked = Pipeline.consolidateSubmissions(paths: paths, catalog: catalog, loader: WorkbookInput.loader, output: output,
                                                      unitName: unit, catalogue: Session.fileCatalogue, status: status)
        let findings = checked.findings + (status?.findings ?? [])
        let catalogue = Session.catalogue
        switch format {
        case .text:
            for finding in findings where finding.severity == .error || !quiet { printError(catalogue.line(finding)) }
        case .json:
            print(FindingsJSON.encode(findings, catalogue: catalogue))
        }
        var decision = checked.decision(allowingErrors: allowErrors)
        let statusErrors = status?.findings.filter { $0.severity == .error }.count ?? 0
        if statusErrors > 0 && !allowErrors, case .write = decision { decision = .refuse(errors: statusErrors, allowable: true) }
        switch decision {
        case .write:
            guard let document = checked.document else { return }
            let parts = checked.parts.compactMap { part -> ConsolidationWriter.Part? in
                guard let consolidation = part.consolidation, let report = part.report else { return nil }
                return ConsolidationWriter.Part(consolidation: consolidation, report: report, findings: part.findings)
            }
            if output.lowercased().hasSuffix(".json") {
                try WorkbookWriter.writeAtomically(Array((document.text() + "\n").utf8), to: output)
            } else {
                // The findings of no one appendix: the submissions' own and the roster's.
                try ConsolidationWriter.writeSubmission(parts, findings: checked.ownFindings + (status?.findings ?? []), to: output, catalogue: Session.fileCatalogue,
                                                        reportingStatus: status.map { StatusSheet(status: $0, catalogue: Session.fileCatalogue) })
            }
            if !quiet && format == .text {
                print(catalogue.phrase(.wroteConsolidation(output: output, units: paths.count,
                                                           template: parts.map(\.report.template.id).joined(separator: ", "),
                                                           period: parts.first?.report.period.label ?? "", summary: catalogue.summary(findings))))
            }
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
