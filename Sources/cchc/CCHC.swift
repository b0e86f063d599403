import ArgumentParser
import Foundation
import Model

/// The `cchc` command: fills the official CCHC statistics forms from JSON.
@main
struct CCHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cchc",
        abstract: "Fill the official administrative-reform (CCHC) statistics forms as Excel workbooks, from JSON.",
        discussion: """
        A form is a template (see `cchc templates`). Describe a unit's figures in a JSON file \
        (start from `cchc init <template>`), check them with `cchc validate`, and write the \
        workbook with `cchc fill`.

        Typical session:
          cchc templates                                  # which forms exist
          cchc templates show bang2-nam                   # the rows of a form and their ids
          cchc init bang2-nam --year 2021 > bang2.json    # a skeleton to fill in
          cchc validate bang2.json                        # contradictions, with where they are
          cchc fill bang2.json -o bang2-2021.xlsx         # the workbook

        Numbers may be JSON numbers or strings in Vietnamese notation ("1.130" is 1130, "99,95" \
        is 99.95). A blank (null or absent) is "not reported", never 0.

        Exit status: 0 success; 1 the input has errors (nothing written); 2 a file could not be \
        read or written, or the command was misused.
        """,
        version: "0.1.0",
        subcommands: [TemplatesCommand.self, InitCommand.self, ValidateCommand.self, FillCommand.self, SubmitCommand.self, DiffCommand.self]
    )

    /// Runs a command, mapping errors to the documented exit statuses.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CCHCError {
            FileHandle.standardError.write(Data(("cchc: " + error.description + "\n").utf8))
            switch error {
            case .findings: Foundation.exit(1)
            default: Foundation.exit(2)
            }
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data(("Usage: " + usageString(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    private static func usageString(for error: Error) -> String {
        helpMessage().split(separator: "\n").first { $0.hasPrefix("USAGE:") }.map { String($0.dropFirst(7)) } ?? "cchc --help"
    }
}

/// Options shared by every command that reads templates.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("templates"), help: ArgumentHelp(
        "Directory of template files (default: $CCHC_TEMPLATES, else the bundled templates/).",
        valueName: "dir"))
    var directory: String?

    /// The catalog of templates to use.
    func catalog() throws -> TemplateCatalog {
        let url: URL
        if let directory {
            url = URL(fileURLWithPath: directory)
        } else if let found = TemplateCatalog.defaultDirectory() {
            url = found
        } else {
            throw CCHCError.usage("cannot find the bundled templates/ directory; pass --templates <dir> or set CCHC_TEMPLATES")
        }
        return try TemplateCatalog(directory: url)
    }
}

/// Writes text to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
