import ArgumentParser
import Foundation
import Model

/// `cchc templates [list|show]`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the bundled forms, or show the rows of one.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the templates: id, sheet, period, rows, name.")
        @OptionGroup var templates: TemplateOptions

        func run() throws {
            let catalog = try templates.catalog()
            print("Templates in \(catalog.directory.path):")
            for template in catalog.templates {
                let period: String
                switch template.period {
                case .year: period = "one year"
                case .years: period = "per year"
                case .none: period = "no period"
                }
                let values = template.rows.filter { $0.kind.holdsValue }.count
                print("  \(template.id.padding(toLength: 20, withPad: " ", startingAt: 0))  \(template.sheetName.padding(toLength: 10, withPad: " ", startingAt: 0))  \(period.padding(toLength: 9, withPad: " ", startingAt: 0))  \(String(values).leftPadded(4)) rows  \(template.name)")
            }
            print("\nShow the rows of one: cchc templates show <id>")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rows of a template: STT, id, label, unit, kind.",
            discussion: "With --format json, prints an array with, per row: id, stt, label, unit, kind, indent, and for coded rows the legend, for derived rates the numerator/denominator (a row id, or a component the input gives) and `components`, the keys the input may give.")
        @Argument(help: "The template id (see `cchc templates`).") var id: String
        @Option(help: "text or json.") var format: OutputFormat = .text
        @OptionGroup var templates: TemplateOptions

        func run() throws {
            let template = try templates.catalog().template(id: id)
            switch format {
            case .json: print(TemplateDescription.json(template))
            case .text: print(TemplateDescription.text(template))
            }
        }
    }
}

/// Output format of commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
