import ArgumentParser
import Foundation
import Model
import Workbook

/// The `cchc` command: fills the official CCHC statistics forms from JSON.
@main
struct CCHC: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cchc",
            abstract: Session.help(.abstract(.cchc)),
            discussion: Session.help(.discussion(.cchc)),
            version: Tool.version,
            subcommands: [TemplatesCommand.self] + leaves.map(\.command)
        )
    }

    @OptionGroup var language: LanguageOption

    /// The subcommands that have none of their own, by the name they are called with (each
    /// command's `commandName`), in the order of the help.
    static let leaves: [(name: String, command: ParsableCommand.Type)] = [
        ("init", InitCommand.self), ("validate", ValidateCommand.self), ("fill", FillCommand.self),
        ("submit", SubmitCommand.self), ("diff", DiffCommand.self), ("export", ExportCommand.self),
        ("consolidate", ConsolidateCommand.self), ("status", StatusCommand.self),
    ]

    /// Arguments the root command answers itself (help, version, completion scripts), wherever
    /// they stand.
    static let rootArguments: Set<String> = [
        "-h", "--help", "-help", "help", "--version", "--generate-completion-script", "--experimental-dump-help",
    ]

    /// The command `arguments` call for, parsed by its subcommand alone, or nil when only the
    /// whole command tree can tell.
    ///
    /// Parsing from the root builds the definition of every subcommand (their options, names and
    /// help texts: about 20 million instructions, a third of a small run). When the first argument
    /// names a subcommand without subcommands of its own and nothing asks the root for help or
    /// its version, that subcommand alone parses the rest: the same command, or nil on any error,
    /// and then the root parses again, so that every error and help reads as it always did.
    static func parseSubcommandAlone(_ arguments: [String]) -> ParsableCommand? {
        guard let first = arguments.first, let leaf = leaves.first(where: { $0.name == first }) else { return nil }
        let rest = arguments.dropFirst()
        if rest.contains(where: { rootArguments.contains($0) || $0.hasPrefix("--generate-completion") }) { return nil }
        return try? leaf.command.parseAsRoot(Array(rest))
    }

    /// Runs a command, mapping errors to the documented exit statuses.
    static func main() {
        // Ctrl-C, SIGTERM or SIGHUP in the middle of a batch: the temporary files go, and the
        // output directory keeps only complete workbooks (see `TemporaryFiles`).
        TemporaryFiles.installSignalHandlers()
        // A worker of a batch knows it before anything else: its temporary files carry the
        // batch's process id (see BatchWorkers.swift).
        _ = Batch.Worker.channel
        do {
            let arguments = NegativeValues.attached(Array(CommandLine.arguments.dropFirst()))
            if let run = QuickParse.command(arguments) {
                try run()
            } else {
                var command = try parseSubcommandAlone(arguments) ?? parseAsRoot(arguments)
                try command.run()
            }
        } catch let error as CCHCError {
            printError(error)
            Foundation.exit(error.exitStatus)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(ParserText.translated(fullMessage(for: error), catalogue: Session.catalogue))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The argument parser's own messages (`Error: Missing expected argument …`), which it writes in
/// English, put in the run's language where their form is known.
enum ParserText {
    static func translated(_ message: String, catalogue: Catalogue) -> String {
        guard catalogue.language == .vi else { return message }
        let phrases: [(String, String)] = [
            ("Error: ", "Lỗi: "),
            ("Missing expected argument", "Thiếu đối số"),
            ("Missing value for", "Thiếu giá trị cho"),
            ("Unknown option", "Tùy chọn không hợp lệ"),
            ("Unexpected argument", "Đối số thừa"),
            ("Unexpected arguments", "Các đối số thừa"),
            ("is invalid for", "không hợp lệ cho"),
            ("The value", "Giá trị"),
            ("Usage: ", "Cách dùng: "),
            ("See '", "Xem '"),
            ("' for more information.", "' để biết thêm."),
            ("Please provide one of", "Hãy chọn một trong"),
        ]
        var out = message
        for (english, vietnamese) in phrases { out = out.replacingOccurrences(of: english, with: vietnamese) }
        return out
    }
}
