import ArgumentParser
import Foundation
import Model
import Workbook
import WorkbookInput

/// `cchc export <workbook.xlsx> [-o input.json]`: the JSON input a filled entry workbook holds.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Session.help(.abstract(.export)), discussion: Session.help(.discussion(.export)))
    }

    @Argument(help: ArgumentHelp(Session.option(.export, "workbook"), valueName: "workbook.xlsx")) var workbook: String
    @Option(name: .shortAndLong, help: ArgumentHelp(Session.option(.export, "output"), valueName: "input.json")) var output: String?
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var form: WorkbookTemplateOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = try templates.catalog()
        // The workbook itself, by identity (another spelling, a link): never written over.
        if let output, FilesRead([workbook]).contains(output) { throw CCHCError(.outputFailed(.sameAsInput(output)), file: workbook) }
        let input = try WorkbookInput.read(path: workbook, catalog: catalog, template: form.template)
        for finding in input.findings { printError(Session.catalogue.line(finding)) }
        let text = input.document.text() + "\n"
        guard let output else {
            print(text, terminator: "")
            return
        }
        try WorkbookWriter.writeAtomically(Array(text.utf8), to: output)
    }
}
