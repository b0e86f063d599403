import ArgumentParser
import Foundation
import Model

/// `cchc init <template>`: a skeleton input to fill in.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: Session.help(.abstract(.`init`)), discussion: Session.help(.discussion(.`init`)))
    }

    @Argument(help: ArgumentHelp(Session.option(.`init`, "template"), valueName: "template")) var template: String
    @Option(help: ArgumentHelp(Session.option(.`init`, "year"), valueName: "year")) var year: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "from"), valueName: "year")) var from: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "to"), valueName: "year")) var to: Int?
    @Option(help: ArgumentHelp(Session.option(.`init`, "cutoff"), valueName: "date")) var cutoff: String?
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        func fail(_ problem: UsageProblem) -> ValidationError { ValidationError(Session.catalogue.message(.usage(problem))) }
        if year != nil && (from != nil || to != nil) { throw fail(.yearAndRange) }
        if let from, let to, from > to { throw fail(.fromAfterTo(from: from, to: to)) }
        if let cutoff, DayDate(iso: cutoff) == nil { throw fail(.cutoffNotADate(cutoff)) }
    }

    func run() throws {
        let template = try templates.catalog().template(id: self.template)
        if template.period == .years && year != nil { throw CCHCError(.usage(.perYearTemplateNeedsRange(template: template.id))) }
        if template.period != .years && (from != nil || to != nil) { throw CCHCError(.usage(.oneYearTemplateNeedsYear(template: template.id))) }
        let period = Period(year: year, from: from, to: to, cutoff: cutoff.flatMap(DayDate.init(iso:)))
        print(Skeleton.json(template: template, period: period, catalogue: Session.fileCatalogue), terminator: "")
    }
}
