import ArgumentParser
import Foundation
import Model
import WorkbookInput
import Workbook

/// `cchc diff <old.json> <new.json>` and `cchc diff <input.json> --years 2019 2020`.
struct DiffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "diff", abstract: Session.help(.abstract(.diff)), discussion: Session.help(.discussion(.diff)))
    }

    @Argument(help: ArgumentHelp(Session.option(.diff, "old"), valueName: "old.json"))
    var old: String
    @Argument(help: ArgumentHelp(Session.option(.diff, "new"), valueName: "new.json"))
    var new: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(Session.option(.diff, "years"), valueName: "year"))
    var years: [Int] = []
    @Flag(help: ArgumentHelp(Session.option(.diff, "only-changed")))
    var onlyChanged = false
    @Option(help: ArgumentHelp(Session.option(.diff, "threshold"), valueName: "percent"))
    var threshold: String?
    @Option(help: ArgumentHelp(Session.option(.diff, "format"), valueName: "format"))
    var format: DiffFormat?
    @Option(help: ArgumentHelp(Session.option(.diff, "xlsx"), valueName: "out.xlsx"))
    var xlsx: String?
    @Option(name: .customLong("old-templates"), help: ArgumentHelp(Session.option(.diff, "old-templates"), valueName: "dir"))
    var oldTemplates: String?
    @Flag(help: ArgumentHelp(Session.option(.diff, "allow-errors"))) var allowErrors = false
    @Flag(help: ArgumentHelp(Session.option(.diff, "compact")))
    var compact = false
    @Option(help: ArgumentHelp(Session.option(.diff, "width"), valueName: "n"))
    var width: Int?
    @Option(help: ArgumentHelp(Session.option(.diff, "color"), valueName: "when"))
    var color: ColorMode = .auto
    @Flag(name: .shortAndLong, help: ArgumentHelp(Session.option(.diff, "quiet"))) var quiet = false
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var form: WorkbookTemplateOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        func fail(_ problem: UsageProblem) -> ValidationError { ValidationError(Session.catalogue.message(.usage(problem))) }
        if !years.isEmpty && years.count != 2 { throw fail(.yearsCount(years.count)) }
        if let year = years.first(where: { !InputReader.yearRange.contains($0) }) {
            throw fail(.yearOptionOutOfRange(option: "--years", given: year, range: InputReader.yearRange))
        }
        if new == nil && years.isEmpty { throw fail(.diffNeedsInputs) }
        if new == nil && oldTemplates != nil { throw fail(.oldTemplatesNeedsTwoInputs) }
        if let threshold, parsedThreshold(threshold) == nil { throw fail(.thresholdInvalid(threshold)) }
        if let width, width < 20 { throw fail(.widthTooSmall(minimum: 20)) }
    }

    private func parsedThreshold(_ text: String) -> Double? {
        guard let value = VietnameseNumber.parse(text)?.value, value >= 0, value.isFinite else { return nil }
        return value
    }

    func run() throws {
        let catalog = try templates.catalog()
        let diff: Diff
        if let new {
            let oldCatalog = try oldTemplates.map { directory throws(CCHCError) in try TemplateCatalog(directory: URL(fileURLWithPath: directory)) } ?? catalog
            let oldReport = try read(old, catalog: oldCatalog)
            let newReport = try read(new, catalog: catalog)
            diff = try Diff(old: DiffSide(report: oldReport, year: years.first), new: DiffSide(report: newReport, year: years.last))
        } else {
            let report = try read(old, catalog: catalog)
            diff = try Diff(report: report, years: years[0], years[1])
        }
        let catalogue = Session.catalogue
        let filter = DiffFilter(onlyChanged: onlyChanged || threshold != nil, threshold: threshold.flatMap(parsedThreshold))
        let rows = diff.rows(filter)
        let notes = DiffNotes.lines(diff, catalogue: catalogue)

        if let xlsx {
            var reads = Pipeline.filesRead(byInputs: [old] + (new.map { [$0] } ?? []), catalog: catalog)
            if let oldTemplates { reads.formUnion(FilesRead(templatesOf: try TemplateCatalog(directory: URL(fileURLWithPath: oldTemplates)))) }
            try Pipeline.checkOutput(xlsx, input: old, reads: reads)
            try DiffSheet.write(diff, filter: filter, to: xlsx, catalogue: Session.fileCatalogue)
            if !quiet {
                // On standard output unless that carries the comparison itself.
                let line = catalogue.phrase(.wroteDiff(output: xlsx, sheet: DiffSheet.sheetName, rows: rows.filter { !$0.isHeading }.count))
                if format == nil { print(line) } else { printError(line) }
            }
        }
        switch format ?? (xlsx == nil ? .table : nil) {
        case .table?:
            let useColor = color == .always || (color == .auto && Terminal.wantsColor())
            let tableWidth = width ?? Terminal.width()
            let lines = DiffTable.render(diff, rows: rows, width: tableWidth, color: useColor, compact: compact, catalogue: catalogue)
            print(lines.joined(separator: "\n"))
            if !quiet { for note in notes { print(TextWidth.wrap(note, width: tableWidth).joined(separator: "\n")) } }
        case .json?:
            print(DiffJSON.encode(rows: rows, keyed: diff.isKeyed))
            if !quiet { for note in notes { printError(note) } }
        case .csv?:
            print(DiffCSV.encode(rows: rows, keyed: diff.isKeyed), terminator: "")
            if !quiet { for note in notes { printError(note) } }
        case nil:
            if !quiet { for note in notes { printError(note) } }
        }
    }

    /// Reads and checks one input: errors are printed and stop the command (unless --allow-errors).
    private func read(_ path: String, catalog: TemplateCatalog) throws -> Report {
        let checked = Pipeline.checkInput(at: path, catalog: catalog, loader: form.loader)
        let decision = checked.decision(allowingErrors: allowErrors)
        if decision == .unreadable { throw CCHCError(findings: checked.findings.filter { $0.problem.isUnreadableFile }) }
        for finding in checked.findings where finding.severity == .error { printError(Session.catalogue.line(finding)) }
        if case .refuse(let count, let allowable) = decision {
            throw CCHCError(.refused(errors: count, remedy: allowable ? .fixOrCompare : .fix), file: path)
        }
        guard let report = checked.report else { throw CCHCError(.refused(errors: 1, remedy: .fix), file: path) }
        let warnings = checked.findings.warningCount
        if warnings > 0 && !quiet { printError(Session.catalogue.phrase(.warningsNotShown(file: path, warnings: warnings))) }
        return report
    }
}

/// Output formats of `cchc diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// When to colour the table.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension Diff {
    /// Whether the template has keyed value columns (each field compared as its own row).
    var isKeyed: Bool { old.column == nil || new.column == nil }
}

/// Remarks printed with a comparison: template versions, cut-off years, what `change` means.
enum DiffNotes {
    static func lines(_ diff: Diff, catalogue: Catalogue) -> [String] {
        var lines: [String] = []
        let titles = diff.titles(catalogue)
        if diff.versionsDiffer {
            let counts = diff.statusCounts()
            lines.append(catalogue.phrase(.diffVersionsNote(template: diff.templateID, oldVersion: diff.old.report.template.version ?? "?",
                                                            oldTitle: titles.old, newVersion: diff.new.report.template.version ?? "?",
                                                            newTitle: titles.new, added: counts[.added] ?? 0, removed: counts[.removed] ?? 0)))
        }
        for side in [diff.old, diff.new] where side.isCutOff {
            if let cutoff = side.report.period.cutoff, let year = side.year {
                lines.append(catalogue.phrase(.diffCutOff(year: year, cutoff: cutoff)))
            }
        }
        return lines
    }
}

/// The comparison as a terminal table.
enum DiffTable {
    static let increase = "36", decrease = "33", relabel = "35", added = "32", removed = "31", dim = "2", bold = "1"

    static func render(_ diff: Diff, rows: [DiffRow], width: Int, color: Bool, compact: Bool, catalogue: Catalogue) -> [String] {
        let titles = diff.titles(catalogue)
        let notReported = catalogue.phrase(.notReported)
        func title(_ column: Phrase.DiffColumn) -> String { catalogue.phrase(.diffColumn(column)) }
        typealias Column = TerminalTable.Column
        var table = TerminalTable(columns: [
            Column(title: title(.stt), overflow: .truncate, minWidth: 3, maxWidth: 5, shrinkOrder: 4),
            Column(title: title(.label), overflow: compact ? .truncate : .wrap, minWidth: 12, maxWidth: 80, shrinkOrder: 0),
            Column(title: title(.unit), overflow: .truncate, minWidth: 4, maxWidth: 12, shrinkOrder: 1),
            Column(title: titles.old, alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 14, shrinkOrder: 2),
            Column(title: titles.new, alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 14, shrinkOrder: 2),
            Column(title: title(.change), alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 22, shrinkOrder: 3),
            Column(title: title(.changePercent), alignment: .right, overflow: .truncate, minWidth: 5, maxWidth: 10, shrinkOrder: 3),
        ])
        // First shrink the label to a comfortable width, then everything to its minimum.
        table.softMinimums = [nil, 30, 8, 12, 12, 10, nil]
        for row in rows { table.rows.append(tableRow(row, compact: compact, catalogue: catalogue)) }
        // Numbers are never cut: a column of numbers is at least as wide as its widest number.
        for c in 3...6 {
            var widest = 0
            for row in table.rows where c < row.cells.count {
                for line in row.cells[c].lines where line.first.map({ $0.isNumber || $0 == "+" || $0 == "-" }) ?? false {
                    // Counts (`10.243/10.248`) may break after the slash.
                    widest = max(widest, line.split(separator: "/").map { TextWidth.of(String($0)) + 1 }.max() ?? 0)
                }
                if row.cells[c].lines.contains(notReported) { widest = max(widest, TextWidth.longestWord(notReported)) }
            }
            table.columns[c].minWidth = max(table.columns[c].minWidth, widest)
            table.columns[c].maxWidth = max(table.columns[c].maxWidth, widest)
        }

        var lines: [String] = []
        let heading = catalogue.phrase(.diffHeading(old: titles.old, new: titles.new, template: diff.templateID,
                                                    unit: diff.new.report.unit.fullName))
        for line in TextWidth.wrap(heading, width: width) { lines.append(color ? ANSI.styled(line, bold) : line) }
        lines.append("")
        lines += table.render(width: width, color: color)
        lines.append("")
        var summary = diff.summary(rows, catalogue: catalogue)
        if rows.contains(where: \.isPercent) { summary += ". " + catalogue.phrase(.diffPointsNote) }
        lines += TextWidth.wrap(summary, width: width)
        return lines
    }

    private static func tableRow(_ row: DiffRow, compact: Bool, catalogue: Catalogue) -> TerminalTable.Row {
        let numbers = catalogue.numbers
        typealias Cell = TerminalTable.Cell
        let label = row.field.map { "\(row.label) (\($0))" } ?? row.label
        let strong = row.isHeading || (row.indent == 0 && row.stt != nil && !(row.stt ?? "").hasPrefix("-"))
        // A coded row's unit is its legend (`Có = 1 Không = 0`): the values already show the answers.
        let unit = row.kind == .code ? "" : row.unit ?? ""
        var cells = [Cell(row.stt ?? ""), Cell(label, indent: row.indent * 2, style: strong ? bold : nil), Cell(unit)]
        guard !row.isHeading else { return TerminalTable.Row(cells: cells, style: bold) }
        cells.append(side(row.old, row: row, compact: compact, catalogue: catalogue))
        cells.append(side(row.new, row: row, compact: compact, catalogue: catalogue))
        switch row.status {
        case .added?: cells += [Cell(catalogue.phrase(.status(.added)), style: added), Cell(nil)]
        case .removed?: cells += [Cell(catalogue.phrase(.status(.removed)), style: removed), Cell(nil)]
        case .notReported?: cells += [Cell(nil), Cell(nil)]
        case .unchanged?:
            cells.append(Cell(row.change.map { numbers.signed($0, twoDecimals: row.isPercent) } ?? "", style: dim))
            cells.append(Cell(row.changePercent.map { numbers.signed($0, twoDecimals: true) }, style: dim))
        case .changed?:
            if let change = row.change {
                let style = change > 0 ? increase : decrease
                cells.append(Cell(numbers.signed(change, twoDecimals: row.isPercent), style: style))
                cells.append(Cell(row.changePercent.map { numbers.signed($0, twoDecimals: true) }, style: style))
            } else {
                cells.append(Cell(row.changeLabel ?? catalogue.phrase(.status(.changed)), style: relabel))
                cells.append(Cell(nil))
            }
        case nil:
            break
        }
        return TerminalTable.Row(cells: cells, style: nil)
    }

    /// One side's value; a rate's counts on a second, dim line.
    private static func side(_ value: Value?, row: DiffRow, compact: Bool, catalogue: Catalogue) -> TerminalTable.Cell {
        guard let value else { return TerminalTable.Cell("—", style: dim) }
        var lines: [String] = [], styles: [String?] = []
        if DiffRow.isReported(value) {
            lines.append(text(value, kind: row.kind, numbers: catalogue.numbers))
            styles.append(nil)
        } else {
            lines.append(catalogue.phrase(.notReported))
            styles.append(dim)
        }
        if !compact, case .rate(let rate) = value,
           let counts = CellText.counts(numerator: rate.numerator, denominator: rate.denominator) {
            lines.append(counts)
            styles.append(dim)
        }
        var cell = TerminalTable.Cell(lines: lines, styles: styles)
        if case .text = value { cell.overflow = .truncate }  // free text: one line, shortened
        return cell
    }
}

extension DiffTable {
    /// A value as the table shows it: numbers in the run's notation, answers as the form writes them.
    static func text(_ value: Value, kind: ValueKind, numbers: NumberText) -> String {
        switch value {
        case .number(let n): return kind == .percent ? numbers.twoDecimals(n) : numbers.format(n)
        case .rate(let rate): return rate.value.map(numbers.twoDecimals) ?? ""
        default: return CellText.text(value, kind: kind)
        }
    }
}

/// The comparison as a JSON array, one object per value row.
enum DiffJSON {
    static func encode(rows: [DiffRow], keyed: Bool) -> String {
        let items = rows.filter { !$0.isHeading }.map { row -> String in
            func string(_ text: String?) -> String { text.map(Skeleton.quote) ?? "null" }
            func number(_ value: Double?) -> String { value.map(PlainNumber.text) ?? "null" }
            func value(_ value: Value?) -> String {
                guard let value, DiffRow.isReported(value) else { return "null" }
                if let n = DiffRow.measure(value) { return PlainNumber.text(n) }
                return Skeleton.quote(CellText.text(value, kind: row.kind))
            }
            func counts(_ counts: DiffCounts?) -> String {
                guard let counts else { return "null" }
                return "{\"numerator\": \(number(counts.numerator)), \"denominator\": \(number(counts.denominator))}"
            }
            var fields = ["\"id\": \(string(row.id))"]
            if keyed { fields.append("\"field\": \(string(row.field))") }
            fields += [
                "\"stt\": \(string(row.stt))",
                "\"label\": \(string(row.label))",
                "\"old_label\": \(string(row.oldLabel))",
                "\"unit\": \(string(row.unit))",
                "\"kind\": \(string(row.kind.rawValue))",
                "\"status\": \(string(row.status?.rawValue))",
                "\"old\": \(value(row.old))",
                "\"new\": \(value(row.new))",
                "\"change\": \(number(row.change))",
                "\"change_percent\": \(number(row.changePercent))",
                "\"change_label\": \(string(row.changeLabel))",
                "\"old_counts\": \(counts(row.oldCounts))",
                "\"new_counts\": \(counts(row.newCounts))",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n]"
    }
}

/// The comparison as CSV (RFC 4180, UTF-8, a header line), one line per value row.
enum DiffCSV {
    static func encode(rows: [DiffRow], keyed: Bool) -> String {
        var header = ["id"]
        if keyed { header.append("field") }
        header += ["stt", "label", "old_label", "unit", "kind", "status", "old", "new", "change", "change_percent",
                   "change_label", "old_numerator", "old_denominator", "new_numerator", "new_denominator"]
        var lines = [header.joined(separator: ",")]
        for row in rows where !row.isHeading {
            func value(_ value: Value?) -> String {
                guard let value, DiffRow.isReported(value) else { return "" }
                if let n = DiffRow.measure(value) { return PlainNumber.text(n) }
                return CellText.text(value, kind: row.kind)
            }
            func number(_ value: Double?) -> String { value.map(PlainNumber.text) ?? "" }
            var fields = [row.id]
            if keyed { fields.append(row.field ?? "") }
            fields += [row.stt ?? "", row.label, row.oldLabel ?? "", row.unit ?? "", row.kind.rawValue, row.status?.rawValue ?? "",
                       value(row.old), value(row.new), number(row.change), number(row.changePercent), row.changeLabel ?? "",
                       number(row.oldCounts?.numerator), number(row.oldCounts?.denominator),
                       number(row.newCounts?.numerator), number(row.newCounts?.denominator)]
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
