import ArgumentParser
import Foundation
import Model
import WorkbookInput

/// `cchc validate <input.json | submission.json>`: a `fill` input, or a submission with every
/// appendix, told apart by content.
struct ValidateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "validate", abstract: Session.help(.abstract(.validate)),
                             discussion: Session.help(.discussion(.validate)))
    }

    @Argument(help: ArgumentHelp(Session.option(.validate, "input"), valueName: "input.json")) var input: String
    @Option(help: ArgumentHelp(Session.option(.validate, "format"), valueName: "text|json")) var format: OutputFormat = .text
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var form: WorkbookTemplateOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let checked = Pipeline.checkDocument(at: input, catalog: try templates.catalog(), loader: form.loader)
        let catalogue = Session.catalogue
        switch format {
        case .text:
            for finding in checked.findings { print(catalogue.line(finding)) }
            print(catalogue.summary(checked.findings))
        case .json:
            print(FindingsJSON.encode(checked.findings, catalogue: catalogue))
        }
        switch checked.decision(allowingErrors: false) {
        case .unreadable: throw ExitCode(2)
        case .refuse, .unwritable: throw ExitCode(1)
        case .write: break
        }
    }
}

/// Findings as a JSON array: per finding its code, severity, location, typed details and the
/// message in the run's language, so that scripts never parse prose.
enum FindingsJSON {
    static func encode(_ findings: [Finding], catalogue: Catalogue) -> String {
        let items = findings.map { f -> String in
            var fields: [String] = []
            fields.append("\"code\": \(Skeleton.quote(f.code.rawValue))")
            fields.append("\"severity\": \(Skeleton.quote(f.severity.rawValue))")
            fields.append("\"file\": \(Skeleton.quote(f.file))")
            switch f.location.place {
            case .file: fields.append("\"path\": \"$\"")
            case .json(let path): fields.append("\"path\": \(Skeleton.quote(path.description))")
            case .cell(let sheet, let reference):
                fields.append("\"sheet\": \(Skeleton.quote(sheet))")
                fields.append("\"cell\": \(Skeleton.quote(reference))")
            }
            fields.append("\"row\": \(f.location.row.map(Skeleton.quote) ?? "null")")
            fields.append("\"stt\": \(f.location.stt.map(Skeleton.quote) ?? "null")")
            fields.append("\"label\": \(f.location.label.map(Skeleton.quote) ?? "null")")
            fields.append("\"year\": \(f.location.year.map(String.init) ?? "null")")
            if let column = f.location.column { fields.append("\"column\": \(Skeleton.quote(column))") }
            if let unit = f.location.unit { fields.append("\"unit\": \(Skeleton.quote(unit))") }
            fields.append("\"details\": \(object(f.problem.details))")
            fields.append("\"message\": \(Skeleton.quote(catalogue.message(f.problem)))")
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n]"
    }

    static func object(_ details: [Detail]) -> String {
        "{" + details.map { "\(Skeleton.quote($0.key)): \(value($0.value))" }.joined(separator: ", ") + "}"
    }

    static func value(_ value: DetailValue) -> String {
        switch value {
        case .number(let n): return n.isFinite ? PlainNumber.text(n) : "null"
        case .integer(let i): return String(i)
        case .text(let t): return Skeleton.quote(t)
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map(self.value).joined(separator: ", ") + "]"
        case .object(let members): return object(members)
        }
    }
}
