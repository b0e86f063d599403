import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

/// `cchc consolidate <inputs…> -o <out.json | out.xlsx> [--unit name]`.
struct ConsolidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "consolidate", abstract: Session.help(.abstract(.consolidate)),
                             discussion: Session.help(.discussion(.consolidate)))
    }

    @Argument(help: ArgumentHelp(Session.option(.consolidate, "inputs"), valueName: "input")) var inputs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.consolidate, "output"), valueName: "out.json|out.xlsx"))
    var output: String
    @Option(help: ArgumentHelp(Session.option(.consolidate, "unit"), valueName: "name")) var unit: String?
    @Option(help: ArgumentHelp(Session.option(.consolidate, "roster"), valueName: "roster.json")) var roster: String?
    @Option(name: .customLong("as"), help: ArgumentHelp(Session.option(.consolidate, "as"), valueName: "code")) var asCode: String?
    @Flag(help: ArgumentHelp(Session.option(.consolidate, "allow-errors"))) var allowErrors = false
    @Flag(name: .shortAndLong, help: ArgumentHelp(Session.option(.fill, "quiet"))) var quiet = false
    @Option(help: ArgumentHelp(Session.option(.consolidate, "format"), valueName: "text|json")) var format: OutputFormat = .text
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = try templates.catalog()
        let paths = try Batch.expand(inputs)
        guard !paths.isEmpty else { throw CCHCError(.usage(.noInputs)) }
        let lower = output.lowercased()
        guard lower.hasSuffix(".json") || lower.hasSuffix(".xlsx") else { throw CCHCError(.outputFailed(.notJSONOrXLSX(output))) }
        // Every file the run reads, before anything is written: the output may replace none.
        let reads = Pipeline.filesRead(byInputs: paths, catalog: catalog)
        if let replaced = reads.replaced(byWriting: output) {
            throw CCHCError(.outputFailed(.replacesInput(path: output, input: replaced)))
        }
        // With a roster: who has reported, for the latest year the files give. Only the units it
        // expects are consolidated, in the roster's order (a unit given twice stays in, so that
        // consolidation refuses it naming both files); the files it does not count (a unit it
        // does not know or does not expect that year) are left out, each with its finding.
        if let asCode {
            guard let roster else { throw CCHCError(.usage(.asNeedsRoster)) }
            guard unit == nil else { throw CCHCError(.usage(.asWithUnit)) }
            if let replaced = Pipeline.filesRead(byInputs: [roster], catalog: catalog).replaced(byWriting: output) {
                throw CCHCError(.outputFailed(.replacesInput(path: output, input: replaced)))
            }
            return try MergerRun(code: asCode, roster: roster, paths: paths, output: output, allowErrors: allowErrors, quiet: quiet,
                                 format: format).run(catalog: catalog)
        }
        var status: ReportingStatus?
        var consolidated = paths
        if let roster {
            if let replaced = Pipeline.filesRead(byInputs: [roster], catalog: catalog).replaced(byWriting: output) {
                throw CCHCError(.outputFailed(.replacesInput(path: output, input: replaced)))
            }
            let known = try Pipeline.status(roster: roster, inputs: paths, year: nil, catalog: catalog, loader: WorkbookInput.loader)
            consolidated = known.groups.flatMap { $0.received.map(\.file) } + known.duplicates.flatMap { $0.files.dropFirst() }
            status = known
            guard !consolidated.isEmpty else {
                for finding in known.findings { printError(Session.catalogue.line(finding)) }
                throw CCHCError(.usage(.noInputs))
            }
        }
        // Submissions: appendix by appendix (ConsolidateCommand+Submissions.swift).
        if let first = consolidated.first, Pipeline.isSubmission(at: first, catalog: catalog, loader: WorkbookInput.loader) {
            try consolidateSubmissions(consolidated, catalog: catalog, status: status)
            return
        }
        let checked = Pipeline.consolidate(paths: consolidated, catalog: catalog, loader: WorkbookInput.loader, output: output,
                                           unitName: unit, catalogue: Session.fileCatalogue, status: status)
        // Not `+ []`: that copies every finding (one per far unit: thousands in a country).
        let findings = status.map { checked.findings + $0.findings } ?? checked.findings
        let catalogue = Session.catalogue
        ConsolidationRun.show(findings, format: format, quiet: quiet)
        // A file the roster cannot place (a unit it does not know, a name fitting two units) is an
        // error of the run as any unit's: the result is not written unless --allow-errors.
        let decision = ConsolidationRun.decision(checked.decision(allowingErrors: allowErrors), status: status, allowingErrors: allowErrors)
        switch decision {
        case .write:
            guard let consolidation = checked.consolidation, let report = checked.report, let document = checked.document else { return }
            if lower.hasSuffix(".json") {
                try WorkbookWriter.writeAtomically(json: document, to: output)
            } else {
                try ConsolidationWriter.write(consolidation, report: report, findings: checked.findings, to: output,
                                              catalogue: Session.fileCatalogue,
                                              reportingStatus: status.map { StatusSheet(status: $0, catalogue: Session.fileCatalogue) })
            }
            if !quiet && format == .text {
                print(catalogue.phrase(.wroteConsolidation(output: output, units: consolidation.sources.count, template: report.template.id,
                                                           period: report.period.label ?? "", summary: catalogue.summary(findings))))
            }
        default:
            try ConsolidationRun.end(decision, output: output)
        }
    }
}
