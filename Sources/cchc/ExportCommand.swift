import ArgumentParser
import Foundation
import Model
import WorkbookInput

/// `cchc export <workbook.xlsx> [-o input.json]`: the JSON input a filled entry workbook holds.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Session.help(.abstract(.export)), discussion: Session.help(.discussion(.export)))
    }

    @Argument(help: ArgumentHelp(Session.option(.export, "workbook"), valueName: "workbook.xlsx")) var workbook: String
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.export, "output"), valueName: "input.json")) var output: String?
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = try templates.catalog()
        if let output {
            let a = URL(fileURLWithPath: workbook).standardizedFileURL.resolvingSymlinksInPath().path
            let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
            if a == b { throw CCHCError(.outputFailed(.sameAsInput(output))) }
        }
        let input = try WorkbookInput.read(path: workbook, catalog: catalog)
        for finding in input.findings { printError(Session.catalogue.line(finding)) }
        let text = input.document.text() + "\n"
        guard let output else {
            print(text, terminator: "")
            return
        }
        try InitCommand.writeAtomically(text, to: output)
    }
}
