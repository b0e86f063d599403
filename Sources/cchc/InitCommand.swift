import ArgumentParser
import Foundation
import Model

/// `cchc init <template>`: a skeleton input to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Print a skeleton input for a template, every row present, to fill in.",
        discussion: """
        Each row id comes after a comment key ("// STT label [unit]": "what it takes") that \
        cchc ignores when it reads the file; leave a value null when it is not reported.

        Examples:
          cchc init bang2-nam --year 2021 > bang2-2021.json
          cchc init tong-ket-2011-2020 --from 2011 --to 2020 --cutoff 2020-03-31 > tong-ket.json
        """)

    @Argument(help: "The template id (see `cchc templates`).") var template: String
    @Option(help: "The report year (one-year templates).") var year: Int?
    @Option(help: "First year of the range (per-year templates).") var from: Int?
    @Option(help: "Last year of the range (per-year templates).") var to: Int?
    @Option(help: ArgumentHelp("Cut-off date of the last year, YYYY-MM-DD.", valueName: "date")) var cutoff: String?
    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if year != nil && (from != nil || to != nil) {
            throw ValidationError("give either --year, or --from and --to")
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        if let cutoff, DayDate(iso: cutoff) == nil { throw ValidationError("--cutoff \(cutoff) is not a date YYYY-MM-DD") }
    }

    func run() throws {
        let template = try templates.catalog().template(id: self.template)
        if template.period == .years && year != nil {
            throw CCHCError.usage("\(template.id) has one column per year: use --from and --to instead of --year")
        }
        if template.period != .years && (from != nil || to != nil) {
            throw CCHCError.usage("\(template.id) covers one year: use --year instead of --from/--to")
        }
        let period = Period(year: year, from: from, to: to, cutoff: cutoff.flatMap(DayDate.init(iso:)))
        print(Skeleton.json(template: template, period: period), terminator: "")
    }
}
