import ArgumentParser
import Foundation
import Model

/// `cchc templates [list|show]`.
struct TemplatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "templates", abstract: Session.help(.abstract(.templates)),
                             subcommands: [List.self, Show.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Session.help(.abstract(.templatesList)))
        }
        @OptionGroup var templates: TemplateOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let catalog = try templates.catalog()
            let catalogue = Session.catalogue
            print(catalogue.phrase(.templatesIn(directory: catalog.path)))
            // Every template that can be used is listed; the findings of those that cannot
            // follow, and the command then exits 2.
            var broken: [Finding] = []
            for (_, result) in catalog.loadAll() {
                guard case .success(let template) = result else {
                    if case .failure(let error) = result { broken += error.findings }
                    continue
                }
                let period = catalogue.phrase(.periodKind(template.period))
                let values = template.rows.filter { $0.kind.holdsValue }.count
                print("  \(template.id.padded(20))  \(template.sheetName.padded(10))  \(period.padded(9))  \(catalogue.phrase(.rowCount(values)).padded(9))  \(template.name)")
            }
            print("\n" + catalogue.phrase(.templatesHint))
            if !broken.isEmpty { throw CCHCError(findings: broken) }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: Session.help(.abstract(.templatesShow)), discussion: Session.help(.discussion(.templatesShow)))
        }
        @Argument(help: ArgumentHelp(Session.option(.templatesShow, "id"), valueName: "id")) var id: String
        @Option(help: ArgumentHelp(Session.option(.templatesShow, "format"), valueName: "text|json")) var format: OutputFormat = .text
        @OptionGroup var templates: TemplateOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let template = try templates.catalog().template(id: id)
            switch format {
            case .json: print(TemplateDescription.json(template))
            case .text: print(TemplateDescription.text(template.defaultWording, catalogue: Session.catalogue))
            }
        }
    }
}

extension String {
    /// The text padded with spaces to `width` characters (never cut).
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
