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
        ConsolidationRun.show(findings, format: format, quiet: quiet)
        let decision = ConsolidationRun.decision(checked.decision(allowingErrors: allowErrors), status: status, allowingErrors: allowErrors)
        switch decision {
        case .write:
            guard let document = checked.document else { return }
            let parts = checked.parts.compactMap { part -> ConsolidationWriter.Part? in
                guard let consolidation = part.consolidation, let report = part.report else { return nil }
                return ConsolidationWriter.Part(consolidation: consolidation, report: report, findings: part.findings)
            }
            if output.lowercased().hasSuffix(".json") {
                try WorkbookWriter.writeAtomically(json: document, to: output)
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
        default:
            try ConsolidationRun.end(decision, output: output)
        }
    }
}
