import ArgumentParser
import Foundation
import Model
import WorkbookInput

/// `--lang`, accepted by every command (the language itself is read from the arguments before
/// parsing, see `Session`).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Session.option(.cchc, "lang"), valueName: "vi|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(Session.catalogue.message(.usage(.languageUnknown(lang))))
        }
    }
}

/// What a `fill` or `submit` command line says, as plain values: read by ArgumentParser into the
/// commands' properties, or by `QuickParse` from a common line; both commands run from it.
struct WriteOptions: Equatable {
    /// The inputs (`fill`) or submissions (`submit`) named, files or directories.
    var files: [String] = []
    var output: String?
    var allowErrors = false
    var quiet = false
    /// `--jobs`, nil for the default.
    var jobs: Int?
    /// `--templates <dir>`.
    var templates: String?
    /// `--template <id>` (`fill` only).
    var template: String?
    /// `--lang`, as given (the run's language is read from the arguments by `Session`).
    var lang: String?
}

/// Options shared by every command that reads templates.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("templates"), help: ArgumentHelp(Session.option(.cchc, "templates"), valueName: "dir"))
    var directory: String?

    /// The catalog of templates to use.
    func catalog() throws(CCHCError) -> TemplateCatalog { try TemplateOptions.catalog(directory: directory) }

    /// The catalog of the templates of `directory`, or of the bundled ones when nil.
    static func catalog(directory: String?) throws(CCHCError) -> TemplateCatalog {
        let path: String
        if let directory {
            path = directory
        } else if let found = TemplateCatalog.defaultPath() {
            path = found
        } else {
            throw CCHCError(.templatesNotFound)
        }
        return try TemplateCatalog(path: path)
    }
}

/// `--template <id>`, accepted by the commands that read inputs: the form of a workbook that has
/// no hidden map (made by hand, or from an older file), when its content does not tell it.
struct WorkbookTemplateOption: ParsableArguments {
    @Option(name: .customLong("template"), help: ArgumentHelp(Session.option(.cchc, "workbook-template"), valueName: "id"))
    var template: String?

    /// How the command reads its inputs.
    var loader: InputLoader { WorkbookTemplateOption.loader(template: template) }

    /// How a command given `--template <id>` (or none, nil) reads its inputs.
    static func loader(template: String?) -> InputLoader { WorkbookInput.loader(template: template) }
}

/// Output format of commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
