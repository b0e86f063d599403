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
            version: "0.2.0",
            subcommands: [TemplatesCommand.self, InitCommand.self, ValidateCommand.self, FillCommand.self, SubmitCommand.self, DiffCommand.self, ExportCommand.self, ConsolidateCommand.self, StatusCommand.self]
        )
    }

    @OptionGroup var language: LanguageOption

    /// Runs a command, mapping errors to the documented exit statuses.
    static func main() {
        // Ctrl-C, SIGTERM or SIGHUP in the middle of a batch: the temporary files go, and the
        // output directory keeps only complete workbooks (see `TemporaryFiles`).
        TemporaryFiles.installSignalHandlers()
        // A worker of a batch knows it before anything else: its temporary files carry the
        // batch's process id (see BatchWorkers.swift).
        _ = Batch.Worker.channel
        do {
            var command = try parseAsRoot(NegativeValues.attached(Array(CommandLine.arguments.dropFirst())))
            try command.run()
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
