import ArgumentParser
import Foundation
import Model
import Workbook

/// `cchc diff <old.json> <new.json>` and `cchc diff <input.json> --years 2019 2020`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two years of a form row by row: two inputs, or two year columns of one input.",
        discussion: """
        Rows are matched by row id. Per row: STT, label, unit, the old and the new value, the \
        change and the relative change in %. For percentages the change is in percentage points \
        and the counts behind both rates are shown. A blank is "not reported", never 0. Coded \
        answers and Đạt/Không đạt show the new answer (`Không đạt → Đạt`).

        Status of a row (in --format json/csv): changed, unchanged, added / removed (the row is \
        only in the newer / older template version), not_reported (blank on one side or both). \
        Headings are shown in the table for context only; json and csv list value rows.

        --format json prints an array with, per row: id, stt, label, old_label (the older \
        template's wording when it differs, else null), unit, kind, status, old, new (numbers; \
        the label of a coded answer, Đạt/Không đạt, text; null when not reported or absent), \
        change, change_percent (null where undefined: not reported, from 0, answers), \
        change_label (`Không đạt → Đạt`), old_counts and new_counts ({numerator, denominator} \
        of a rate, else null); a contact table adds field, the column compared. --format csv \
        has the same columns, the counts as old_numerator, old_denominator, new_numerator, \
        new_denominator. Numbers are plain (`.` decimal point).

        Two inputs must fill the same template. When the older one was written against an older \
        version of the template, read it with --old-templates <dir>: rows that only one version \
        has are listed as added or removed.

        Examples:
          cchc diff examples/diff/bang2-nam-2020.json examples/diff/bang2-nam-2021.json
          cchc diff old.json new.json --only-changed --threshold 10
          cchc diff examples/tong-ket-2011-2020.json --years 2019 2020
          cchc diff old.json new.json --format json > changes.json
          cchc diff old.json new.json --xlsx so-sanh.xlsx
          cchc diff bang2-2020.json bang2-2021.json --old-templates templates-2020/

        The table fits the terminal's width (or $COLUMNS, or --width); colour only on a terminal \
        (never with NO_COLOR set, unless --color always). Inputs are checked as by `cchc validate`: \
        errors stop the comparison unless --allow-errors (a value with an error then counts as \
        not reported).

        Exit status: 0 compared (whether or not anything changed); 1 an input has errors; 2 a \
        file could not be read or written, the inputs cannot be compared, or the command was \
        misused.
        """)

    @Argument(help: ArgumentHelp("The older input (or, with --years, the only input).", valueName: "old.json"))
    var old: String
    @Argument(help: ArgumentHelp("The newer input.", valueName: "new.json"))
    var new: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Two years: the year columns to compare in one per-year input, or the years to take from two per-year inputs. Put it after the input files.",
        valueName: "year"))
    var years: [Int] = []
    @Flag(help: "Show only rows that changed (changed, added, removed, reported on one side only).")
    var onlyChanged = false
    @Option(help: ArgumentHelp(
        "Show only changes of at least this relative size, in % (e.g. 10 or 12,5); changes without a relative size (from 0, a new answer, an added row) are kept. Implies --only-changed.",
        valueName: "percent"))
    var threshold: String?
    @Option(help: ArgumentHelp("table, json or csv (default: table; with --xlsx, only the workbook is written unless --format is given).", valueName: "format"))
    var format: DiffFormat?
    @Option(help: ArgumentHelp("Also write the comparison as a workbook with the sheet 'So sánh'.", valueName: "out.xlsx"))
    var xlsx: String?
    @Option(name: .customLong("old-templates"), help: ArgumentHelp(
        "Read the older input against the templates of this directory (an older version of the form).", valueName: "dir"))
    var oldTemplates: String?
    @Flag(help: "Compare even when an input has errors.") var allowErrors = false
    @Flag(help: "One line per row in the table: labels shortened with … instead of wrapped, no counts under rates.")
    var compact = false
    @Option(help: ArgumentHelp("Width of the table in characters (default: the terminal's, else $COLUMNS, else 100).", valueName: "n"))
    var width: Int?
    @Option(help: ArgumentHelp("auto (only on a terminal, not with NO_COLOR), always or never.", valueName: "when"))
    var color: ColorMode = .auto
    @Flag(name: .shortAndLong, help: "Print nothing but the comparison and errors.") var quiet = false
    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if !years.isEmpty && years.count != 2 {
            throw ValidationError("--years takes two years, the older first (e.g. --years 2019 2020); got \(years.count)")
        }
        if new == nil && years.isEmpty {
            throw ValidationError("give two inputs (cchc diff <old.json> <new.json>), or one per-year input and --years <a> <b>")
        }
        if new == nil && oldTemplates != nil {
            throw ValidationError("--old-templates needs two inputs: it is the templates the older input is read with")
        }
        if let threshold, parsedThreshold(threshold) == nil {
            throw ValidationError("--threshold takes a percentage ≥ 0, like 10 or 12,5; got \"\(threshold)\"")
        }
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    private func parsedThreshold(_ text: String) -> Double? {
        guard let value = VietnameseNumber.parse(text)?.value, value >= 0, value.isFinite else { return nil }
        return value
    }

    func run() throws {
        let catalog = try templates.catalog()
        let diff: Diff
        do {
            if let new {
                let oldCatalog = try oldTemplates.map { try TemplateCatalog(directory: URL(fileURLWithPath: $0)) } ?? catalog
                let oldReport = try read(old, catalog: oldCatalog)
                let newReport = try read(new, catalog: catalog)
                diff = try Diff(old: DiffSide(report: oldReport, year: years.first),
                                new: DiffSide(report: newReport, year: years.last))
            } else {
                let report = try read(old, catalog: catalog)
                diff = try Diff(report: report, years: years[0], years[1])
            }
        } catch let error as DiffError {
            throw CCHCError.usage(error.description)
        }
        let filter = DiffFilter(onlyChanged: onlyChanged || threshold != nil, threshold: threshold.flatMap(parsedThreshold))
        let rows = diff.rows(filter)
        let notes = DiffNotes.lines(diff)

        if let xlsx {
            try OutputPath.checkDistinct(input: old, output: xlsx)
            if let new { try OutputPath.checkDistinct(input: new, output: xlsx) }
            try DiffSheet.write(diff, filter: filter, to: xlsx)
            if !quiet {
                // On standard output unless that carries the comparison itself.
                let line = "Wrote \(xlsx) (sheet '\(DiffSheet.sheetName)', \(rows.filter { !$0.isHeading }.count) rows)"
                if format == nil { print(line) } else { printError(line) }
            }
        }
        switch format ?? (xlsx == nil ? .table : nil) {
        case .table?:
            let useColor = color == .always || (color == .auto && Terminal.wantsColor())
            let tableWidth = width ?? Terminal.width()
            let lines = DiffTable.render(diff, rows: rows, width: tableWidth, color: useColor, compact: compact)
            print(lines.joined(separator: "\n"))
            if !quiet { for note in notes { print(TextWidth.wrap(note, width: tableWidth).joined(separator: "\n")) } }
        case .json?:
            print(DiffJSON.encode(rows: rows, keyed: diff.isKeyed))
            if !quiet { for note in notes { printError("note: " + note) } }
        case .csv?:
            print(DiffCSV.encode(rows: rows, keyed: diff.isKeyed), terminator: "")
            if !quiet { for note in notes { printError("note: " + note) } }
        case nil:
            if !quiet { for note in notes { printError("note: " + note) } }
        }
    }

    /// Reads and checks one input: errors are printed and stop the command (unless --allow-errors).
    private func read(_ path: String, catalog: TemplateCatalog) throws -> Report {
        let (report, findings) = try Checking.read(path, catalog: catalog)
        let errors = findings.filter { $0.severity == .error }
        for finding in errors { printError(finding.line) }
        guard let report else { throw CCHCError.findings(file: path, errors: max(errors.count, 1)) }
        if !errors.isEmpty && !allowErrors { throw CCHCError.findings(file: path, errors: errors.count) }
        let warnings = findings.warningCount
        if warnings > 0 && !quiet {
            printError("\(path): \(warnings) warning\(warnings == 1 ? "" : "s") (see `cchc validate \(path)`)")
        }
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
    static func lines(_ diff: Diff) -> [String] {
        var lines: [String] = []
        let titles = diff.titles
        if diff.versionsDiffer {
            let counts = diff.statusCounts()
            lines.append("Template \(diff.templateID): version \(diff.old.report.template.version ?? "?") (\(titles.old)) and \(diff.new.report.template.version ?? "?") (\(titles.new)); rows matched by id: \(counts[.added] ?? 0) added, \(counts[.removed] ?? 0) removed.")
        }
        for side in [diff.old, diff.new] where side.isCutOff {
            if let cutoff = side.report.period.cutoff, let year = side.year {
                lines.append("\(year) is counted to \(cutoff.vietnamese) only: its changes compare part of a year with a whole year.")
            }
        }
        return lines
    }
}

/// The comparison as a terminal table.
enum DiffTable {
    /// What a blank value shows as.
    static let notReported = "not reported"
    static let increase = "36", decrease = "33", relabel = "35", added = "32", removed = "31", dim = "2", bold = "1"

    static func render(_ diff: Diff, rows: [DiffRow], width: Int, color: Bool, compact: Bool) -> [String] {
        let titles = diff.titles
        typealias Column = TerminalTable.Column
        var table = TerminalTable(columns: [
            Column(title: "STT", overflow: .truncate, minWidth: 3, maxWidth: 5, shrinkOrder: 4),
            Column(title: "Chỉ tiêu", overflow: compact ? .truncate : .wrap, minWidth: 12, maxWidth: 80, shrinkOrder: 0),
            Column(title: "Đơn vị tính", overflow: .truncate, minWidth: 4, maxWidth: 12, shrinkOrder: 1),
            Column(title: titles.old, alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 14, shrinkOrder: 2),
            Column(title: titles.new, alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 14, shrinkOrder: 2),
            Column(title: "Chênh lệch", alignment: .right, overflow: compact ? .truncate : .wrap, minWidth: 6, maxWidth: 22, shrinkOrder: 3),
            Column(title: "Tỷ lệ thay đổi (%)", alignment: .right, overflow: .truncate, minWidth: 5, maxWidth: 10, shrinkOrder: 3),
        ])
        // First shrink the label to a comfortable width, then everything to its minimum.
        table.softMinimums = [nil, 30, 8, 12, 12, 10, nil]
        for row in rows { table.rows.append(tableRow(row, compact: compact)) }
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
        var heading = "So sánh \(titles.old) → \(titles.new) · \(diff.templateID)"
        let unit = [diff.new.report.unit.name, diff.new.report.unit.province ?? ""].filter { !$0.isEmpty }.joined(separator: " – ")
        if !unit.isEmpty { heading += " · \(unit)" }
        for line in TextWidth.wrap(heading, width: width) { lines.append(color ? ANSI.styled(line, bold) : line) }
        lines.append("")
        lines += table.render(width: width, color: color)
        lines.append("")
        var summary = diff.summary(rows)
        if rows.contains(where: \.isPercent) { summary += ". Changes of % rows are in percentage points." }
        lines += TextWidth.wrap(summary, width: width)
        return lines
    }

    private static func tableRow(_ row: DiffRow, compact: Bool) -> TerminalTable.Row {
        typealias Cell = TerminalTable.Cell
        let label = row.field.map { "\(row.label) (\($0))" } ?? row.label
        let strong = row.isHeading || (row.indent == 0 && row.stt != nil && !(row.stt ?? "").hasPrefix("-"))
        // A coded row's unit is its legend (`Có = 1 Không = 0`): the values already show the answers.
        let unit = row.kind == .code ? "" : row.unit ?? ""
        var cells = [Cell(row.stt ?? ""), Cell(label, indent: row.indent * 2, style: strong ? bold : nil), Cell(unit)]
        guard !row.isHeading else { return TerminalTable.Row(cells: cells, style: bold) }
        cells.append(side(row.old, row: row, compact: compact))
        cells.append(side(row.new, row: row, compact: compact))
        switch row.status {
        case .added?: cells += [Cell("added", style: added), Cell(nil)]
        case .removed?: cells += [Cell("removed", style: removed), Cell(nil)]
        case .notReported?: cells += [Cell(nil), Cell(nil)]
        case .unchanged?:
            cells.append(Cell(row.change.map { DiffRow.signed($0, percent: row.isPercent) } ?? "", style: dim))
            cells.append(Cell(row.changePercent.map { DiffRow.signed($0, percent: true) }, style: dim))
        case .changed?:
            if let change = row.change {
                let style = change > 0 ? increase : decrease
                cells.append(Cell(DiffRow.signed(change, percent: row.isPercent), style: style))
                cells.append(Cell(row.changePercent.map { DiffRow.signed($0, percent: true) }, style: style))
            } else {
                cells.append(Cell(row.changeLabel ?? "changed", style: relabel))
                cells.append(Cell(nil))
            }
        case nil:
            break
        }
        return TerminalTable.Row(cells: cells, style: nil)
    }

    /// One side's value; a rate's counts on a second, dim line.
    private static func side(_ value: Value?, row: DiffRow, compact: Bool) -> TerminalTable.Cell {
        guard let value else { return TerminalTable.Cell("—", style: dim) }
        var lines: [String] = [], styles: [String?] = []
        if DiffRow.isReported(value) {
            lines.append(DiffRow.text(value, kind: row.kind))
            styles.append(nil)
        } else {
            lines.append(notReported)
            styles.append(dim)
        }
        if !compact, case .rate(let rate) = value,
           let counts = DiffRow.countsText(DiffCounts(numerator: rate.numerator, denominator: rate.denominator)) {
            lines.append(counts)
            styles.append(dim)
        }
        var cell = TerminalTable.Cell(lines: lines, styles: styles)
        if case .text = value { cell.overflow = .truncate }  // free text: one line, shortened
        return cell
    }
}

/// Numbers as JSON and CSV write them: plain, `.` decimal point, no noise from floating point.
enum PlainNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 1e10).rounded() / 1e10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
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
                return Skeleton.quote(DiffRow.text(value, kind: row.kind))
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
                return DiffRow.text(value, kind: row.kind)
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
