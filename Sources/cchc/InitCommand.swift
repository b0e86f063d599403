import ArgumentParser
import Foundation
import Model
import Workbook

/// `cchc init <template>`: a skeleton input to fill in; `cchc init --submission <template>…`: a
/// skeleton submission with one appendix per template.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: Session.help(.abstract(.`init`)), discussion: Session.help(.discussion(.`init`)))
    }

    @Argument(help: ArgumentHelp(Session.option(.`init`, "template"), valueName: "template")) var template: [String]
    @Flag(help: ArgumentHelp(Session.option(.`init`, "submission"))) var submission = false
    @Option(help: ArgumentHelp(Session.option(.`init`, "year"), valueName: "year")) var year: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "from"), valueName: "year")) var from: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "to"), valueName: "year")) var to: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "cutoff"), valueName: "date")) var cutoff: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.`init`, "output"), valueName: "form.xlsx|input.json")) var output: String?
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        func fail(_ problem: UsageProblem) -> ValidationError { ValidationError(Session.catalogue.message(.usage(problem))) }
        if !submission && template.count > 1 { throw fail(.initOneTemplate(given: template.count)) }
        if year != nil && (from != nil || to != nil) { throw fail(.yearAndRange) }
        for (option, value) in [("--year", year), ("--from", from), ("--to", to)] {
            if let value, !InputReader.yearRange.contains(value) {
                throw fail(.yearOptionOutOfRange(option: option, given: value, range: InputReader.yearRange))
            }
        }
        if let from, let to, from > to { throw fail(.fromAfterTo(from: from, to: to)) }
        if let cutoff, DayDate(iso: cutoff) == nil { throw fail(.cutoffNotADate(cutoff)) }
    }

    func run() throws {
        let catalog = try templates.catalog()
        var chosen: [Template] = []
        for id in template { chosen.append(try catalog.template(id: id).defaultWording) }
        let perYear = chosen.first { $0.period == .years }, oneYear = chosen.first { $0.period == .year }
        if let perYear, year != nil { throw CCHCError(.usage(.perYearTemplateNeedsRange(template: perYear.id))) }
        if perYear == nil && (from != nil || to != nil) {
            throw CCHCError(.usage(.oneYearTemplateNeedsYear(template: (oneYear ?? chosen[0]).id)))
        }
        if let oneYear, let perYear { throw CCHCError(.usage(.submissionPeriodsDiffer(oneYear: oneYear.id, perYear: perYear.id))) }
        let period = Period(year: year, from: from, to: to, cutoff: cutoff.flatMap(DayDate.init(iso:)))
        let catalogue = Session.fileCatalogue
        if let output, output.lowercased().hasSuffix(".xlsx") {
            if submission {
                try EntryWorkbookWriter.writeSubmission(templates: chosen, period: period, to: output, catalogue: catalogue)
            } else {
                try EntryWorkbookWriter.write(template: chosen[0], period: period, to: output, catalogue: catalogue)
            }
            print(Session.catalogue.phrase(.entry(.wrote(output: output, sheets: EntryWorkbookWriter.sheetNames(
                templates: chosen, submission: submission, catalogue: catalogue)))))
            return
        }
        let text = submission ? Skeleton.submissionJSON(templates: chosen, period: period, catalogue: catalogue)
                              : Skeleton.json(template: chosen[0], period: period, catalogue: catalogue)
        guard let output else {
            print(text, terminator: "")
            return
        }
        try WorkbookWriter.writeAtomically(text: text, to: output)
    }
}
