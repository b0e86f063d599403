import Foundation
import Model

/// The language of this run, fixed before the arguments are parsed (help texts are built while
/// parsing): `--lang` when given, else the environment's locale, else Vietnamese.
enum Session {
    static let detected = Language.detect(arguments: Array(CommandLine.arguments.dropFirst()),
                                          environment: Environment.values(Language.environmentVariables))

    /// Messages on the terminal: `--lang`, else the locale, else Vietnamese.
    static let catalogue = Catalogue(detected.language)

    /// Files the run writes (workbooks, skeletons): Vietnamese unless `--lang` says otherwise, never
    /// the environment, so the same input gives the same file on every machine.
    static let fileCatalogue = detected.explicit ? catalogue : .vietnamese

    /// A text of the help, in this run's language.
    static func help(_ text: HelpText) -> String { catalogue.help(text) }

    /// The help of an option of `command`.
    static func option(_ command: HelpText.Command, _ name: String) -> String { catalogue.help(.option(command, name)) }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes every finding of a thrown error to standard error, prefixed `cchc: `.
func printError(_ error: CCHCError) {
    for finding in error.findings { printError("cchc: " + Session.catalogue.line(finding)) }
}
