import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

/// `cchc consolidate --as <code> --roster <roster.json> <inputs…> -o <out>`: the history of a
/// unit of today from its predecessors' inputs (docs/ROSTER.md, "Across the merger").
struct MergerRun {
    let code: String
    let roster: String
    let paths: [String]
    let output: String
    let allowErrors: Bool
    let quiet: Bool
    let format: OutputFormat

    func run(catalog: TemplateCatalog) throws {
        let result = try Pipeline.consolidateMerger(code: code, roster: roster, paths: paths, catalog: catalog, loader: WorkbookInput.loader,
                                                    output: output, catalogue: Session.fileCatalogue)
        let checked = result.consolidation
        let catalogue = Session.catalogue
        ConsolidationRun.show(checked.findings, format: format, quiet: quiet)
        let decision = checked.decision(allowingErrors: allowErrors)
        switch decision {
        case .write:
            guard let merger = result.merger, let consolidation = checked.consolidation, let report = checked.report,
                  let document = checked.document else { return }
            if output.lowercased().hasSuffix(".json") {
                try WorkbookWriter.writeAtomically(json: document, to: output)
            } else {
                let estimates = Dictionary(uniqueKeysWithValues: consolidation.sources.enumerated().compactMap { index, source in
                    merger.predecessor(file: source.file).flatMap { $0.isEstimate ? (index, $0.share) : nil }
                })
                try ConsolidationWriter.write(consolidation, report: report, findings: checked.findings, to: output,
                                              catalogue: Session.fileCatalogue,
                                              reportingStatus: MergerSheet(merger: merger, period: report.period.label ?? "",
                                                                           catalogue: Session.fileCatalogue,
                                                                           relativeTo: (output as NSString).deletingLastPathComponent),
                                              unitShares: estimates)
            }
            if !quiet && format == .text {
                print(catalogue.phrase(.wroteMerger(output: output, unit: merger.unit.name, code: merger.unit.code,
                                                    received: merger.predecessors.count - merger.missing.count,
                                                    expected: merger.predecessors.count, period: report.period.label ?? "",
                                                    summary: catalogue.summary(checked.findings))))
            }
        default:
            try ConsolidationRun.end(decision, output: output)
        }
    }
}
