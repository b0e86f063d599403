import ArgumentParser
import Foundation
import Model

/// `cchc validate <input.json>`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an input: values that do not fit their rows, and figures that contradict each other.",
        discussion: """
        Prints one line per finding, `file: json.path: severity: [STT label] message`, then a \
        summary (`n errors, m warnings`). Nothing is written.

        Checks: each value fits its row (whole counts ≥ 0, percentages 0–100, codes of the legend, \
        Đạt/Không đạt); the template's own checks (done ≤ planned, parts = total, …); a rate \
        given with its counts agrees with them within 0.01 percentage points; a numerator is not \
        above its denominator; on per-year forms, no year outside the range and no count that \
        changes more than tenfold from one year to the next (a warning).

        Exit status: 0 no errors (warnings allowed); 1 errors found (including a JSON document \
        that is not an input: an array, an unknown template); 2 the file could not be read as \
        JSON (missing, not UTF-8, empty, truncated, too deep, larger than 16 MiB) or the command \
        was misused. With --format json the findings are printed as a JSON array in every case.
        """)

    @Argument(help: "The input JSON file.") var input: String
    @Option(help: "text (one line per finding) or json (an array of findings).") var format: OutputFormat = .text
    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let catalog = try templates.catalog()
        let findings: [Finding]
        var unreadable = false
        do {
            findings = try Checking.read(input, catalog: catalog).1
        } catch CCHCError.input(let file, let path, let message) {
            // The file could not be read as JSON at all: still one finding, in the chosen format.
            findings = [Finding(severity: .error, file: file, path: path, rule: "file", message: message)]
            unreadable = true
        }
        switch format {
        case .text:
            for finding in findings { print(finding.line) }
            print(findings.summary)
        case .json:
            print(FindingsJSON.encode(findings))
        }
        if unreadable { throw ExitCode(2) }
        if findings.errorCount > 0 { throw ExitCode(1) }
    }
}

/// Reading an input and running every check on it, shared by validate and fill.
enum Checking {
    /// The report (when the file could be understood) and all findings, errors first, then in the
    /// template's row order. Throws `CCHCError.input` when the file cannot be read as JSON.
    static func read(_ path: String, catalog: TemplateCatalog) throws -> (Report?, [Finding]) {
        let result = try InputReader.read(path: path, catalog: catalog)
        var findings = result.findings
        if let report = result.report { findings += Validator.findings(for: report) }
        return (result.report, findings.sorted(by: result.report?.template))
    }
}

/// Findings as a JSON array.
enum FindingsJSON {
    static func encode(_ findings: [Finding]) -> String {
        let items = findings.map { f -> String in
            var fields: [String] = []
            fields.append("\"severity\": \(Skeleton.quote(f.severity.rawValue))")
            fields.append("\"file\": \(Skeleton.quote(f.file))")
            fields.append("\"path\": \(Skeleton.quote(f.path))")
            fields.append("\"row\": \(f.row.map(Skeleton.quote) ?? "null")")
            fields.append("\"stt\": \(f.stt.map(Skeleton.quote) ?? "null")")
            fields.append("\"label\": \(f.label.map(Skeleton.quote) ?? "null")")
            fields.append("\"year\": \(f.year.map(String.init) ?? "null")")
            fields.append("\"rule\": \(Skeleton.quote(f.rule))")
            fields.append("\"message\": \(Skeleton.quote(f.message))")
            let values = f.values.keys.sorted().map { "\(Skeleton.quote($0)): \(jsonNumber(f.values[$0]!))" }
            fields.append("\"values\": {" + values.joined(separator: ", ") + "}")
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n]"
    }

    static func jsonNumber(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
