import ArgumentParser
import Foundation
import Model
import Workbook

/// `cchc fill <input.json> -o <out.xlsx>`.
struct FillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill a form from a JSON input and write it as an .xlsx workbook.",
        discussion: """
        Runs every check of `cchc validate` first: errors stop it and nothing is written (unless \
        --allow-errors); warnings are printed and the workbook is written.

        The workbook has one sheet laid out like the form, ready to print. Derived percentages are \
        live formulas over the cells holding their counts (hidden helper columns "Tử số"/"Mẫu số" \
        for counts that have no row of their own), with the computed value cached. The same input \
        always gives the same bytes. The file is written to a temporary name and renamed into \
        place, so a failed run never leaves half a workbook.

        Example:
          cchc fill examples/bang2-nam.json -o out/bang2-nam.xlsx
        """)

    @Argument(help: "The input JSON file (see examples/README.md).") var input: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write (default: the input's name with .xlsx, in the current directory).", valueName: "out.xlsx"))
    var output: String?
    @Flag(help: "Write the workbook even when the input has errors.") var allowErrors = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let catalog = try templates.catalog()
        let outputPath = output ?? (URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".xlsx")
        try OutputPath.checkDistinct(input: input, output: outputPath)
        let (report, findings) = try Checking.read(input, catalog: catalog)
        for finding in findings where finding.severity == .error || !quiet {
            printError(finding.line)
        }
        guard let report else { throw CCHCError.findings(file: input, errors: max(findings.errorCount, 1)) }
        if findings.errorCount > 0 && !allowErrors {
            throw CCHCError.findings(file: input, errors: findings.errorCount)
        }
        try WorkbookWriter.write(report: report, to: outputPath)
        if !quiet { print("Wrote \(outputPath) (\(report.template.id), \(report.unit.name)); \(findings.summary)") }
    }
}

/// Guards on output paths.
enum OutputPath {
    /// Refuses to write over the input.
    static func checkDistinct(input: String, output: String) throws {
        let a = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        let b = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if a == b { throw CCHCError.usage("the output \(output) is the input file; choose another name") }
        if !output.lowercased().hasSuffix(".xlsx") {
            throw CCHCError.usage("the output \(output) should end in .xlsx")
        }
    }
}
