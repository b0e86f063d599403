import Foundation
import Model
import Xlsx

/// Writes the workbook of a submission (`cchc submit`), sheet by sheet:
///
/// 1. `Thông tin chung`: the cover (`CoverSheet`);
/// 2. one sheet per appendix, laid out by `FormRenderer` as `cchc fill` does (with a comment on
///    every rate reported without its counts), decorated by `AppendixDecorations` (drop-down
///    lists, conditional formats, defined names);
/// 3. `Kiểm tra`: every finding, each linked to its cell (`CheckSheet`);
/// 4. `Biểu đồ`: for each per-year appendix whose rows have values (`ChartSheet`);
/// 5. `_cchc` (hidden): the map of kind `fill` (`EntryMap.filled`), so that the workbook can be
///    read back (`cchc export`, `cchc submit` of it next year).
///
/// The creation date is fixed from the report's date, so the same submission gives the same bytes.
public enum SubmissionWriter {
    /// Name of the cover sheet.
    public static let coverSheetName = CoverSheet.name
    /// Name of the sheet of findings.
    public static let checkSheetName = CheckSheet.name
    /// Name of the chart sheet (`Biểu đồ`, or `Biểu đồ - <sheet>` when several appendices have one).
    public static let chartSheetName = ChartSheet.defaultName

    /// The plan of the workbook: every sheet in order, with what goes on it.
    struct Plan {
        var appendices: [(appendix: Appendix, report: Report, layout: FormLayout, prefix: String)]
        var charts: [ChartSheet]
        var lines: [CheckSheet.Line]

        var sheetNames: [String] {
            [CoverSheet.name] + appendices.map(\.appendix.sheetName) + [CheckSheet.name] + charts.map(\.name)
        }
    }

    static func plan(_ submission: Submission, catalogue: Catalogue) throws(CCHCError) -> Plan {
        var appendices: [(Appendix, Report, FormLayout, String)] = []
        var prefixes: Set<String> = []
        for appendix in submission.appendices {
            guard let report = appendix.report else {
                throw CCHCError(.unwritable(.appendixUnread(number: appendix.number, template: appendix.templateID)), file: submission.source)
            }
            var prefix = AppendixDecorations.identifier(report.template.id)
            var n = 2
            while !prefixes.insert(prefix.lowercased()).inserted { prefix = AppendixDecorations.identifier(report.template.id) + "_\(n)"; n += 1 }
            let layout = FormLayout(report: report, catalogue: catalogue)
            if let flaw = layout.flaw(for: report) {
                throw CCHCError(.unwritable(.layout(template: report.template.id, appendix: appendix.number, flaw: flaw)), file: submission.source)
            }
            appendices.append((appendix, report, layout, prefix))
        }
        var charts: [ChartSheet] = []
        for (appendix, report, layout, _) in appendices where report.template.period == .years {
            let chart = ChartSheet(report: report, layout: layout, appendixSheet: appendix.sheetName, name: ChartSheet.defaultName,
                                   catalogue: catalogue)
            if !chart.charts.isEmpty { charts.append(chart) }
        }
        if charts.count > 1 {
            // Several per-year appendices: one chart sheet each, named after its appendix.
            let names = chartSheetNames(for: charts.map(\.appendixSheet), taken: [CoverSheet.name, CheckSheet.name] + appendices.map(\.0.sheetName))
            charts = zip(charts, names).map { chart, name in
                ChartSheet(report: chart.report, layout: chart.layout, appendixSheet: chart.appendixSheet, name: name, catalogue: catalogue)
            }
        }
        var lines: [CheckSheet.Line] = submission.ownFindings.map { CheckSheet.Line(finding: $0, sheet: nil, cell: nil) }
        for (appendix, report, layout, _) in appendices {
            for finding in appendix.findings {
                lines.append(CheckSheet.Line(finding: finding, sheet: appendix.sheetName,
                                             cell: AppendixDecorations.cell(of: finding, report: report, layout: layout)))
            }
        }
        return Plan(appendices: appendices, charts: charts, lines: lines)
    }

    /// Names of the chart sheets of the appendices `sheets`, one each: `Biểu đồ - <sheet>`, cut to
    /// Excel's 31 characters (UTF-16 units, never inside a character, no apostrophe at the end),
    /// then, when two names would be the same sheet (sheet names that share their first 21
    /// characters) or the name of another sheet (`taken`), cut further and numbered
    /// `Biểu đồ - <sheet> (2)`. Each name is valid by `SheetName.problem` and unique by
    /// `SheetName.comparisonKey`.
    public static func chartSheetNames(for sheets: [String], taken: [String]) -> [String] {
        var used = Set(taken.map(SheetName.comparisonKey))
        return sheets.map { sheet in
            var name = SheetName.unique("\(ChartSheet.defaultName) - \(sheet)", avoiding: used)
            if SheetName.problem(name) != nil { name = SheetName.unique(ChartSheet.defaultName, avoiding: used) }
            used.insert(SheetName.comparisonKey(name))
            return name
        }
    }

    /// The sheets people see in the workbook of `submission`, in order (the hidden map `_cchc`
    /// comes after them).
    public static func sheetNames(for submission: Submission) throws(CCHCError) -> [String] {
        try plan(submission, catalogue: .vietnamese).sheetNames
    }

    /// Writes the workbook at `path` (atomically: nothing is left behind on failure), the texts
    /// the tool adds in the catalogue's language.
    public static func write(_ submission: Submission, to path: String, catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        let plan = try plan(submission, catalogue: catalogue)
        let findings = submission.findings
        let cover = CoverSheet(submission: submission, entries: coverEntries(submission, plan: plan, catalogue: catalogue),
                               checkSheet: CheckSheet.name, findings: findings, catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(properties(for: submission))
            let coverFields = try workbook.addSheet(named: CoverSheet.name) { sheet in try cover.render(on: &sheet) }
            var names: [AppendixDecorations.Name] = []
            for (appendix, report, layout, prefix) in plan.appendices {
                names += try workbook.addSheet(named: appendix.sheetName) { sheet in
                    try FormRenderer(report: report, layout: layout, catalogue: catalogue, reportedRateComments: true).render(on: &sheet)
                    return try AppendixDecorations(report: report, layout: layout, sheetName: appendix.sheetName,
                                                   findings: appendix.findings, namePrefix: prefix, catalogue: catalogue).apply(on: &sheet)
                }
            }
            let check = CheckSheet(submission: submission, lines: plan.lines, coverSheet: CoverSheet.name, catalogue: catalogue)
            try workbook.addSheet(named: CheckSheet.name) { sheet in try check.render(on: &sheet) }
            for chartSheet in plan.charts {
                try workbook.addSheet(named: chartSheet.name) { sheet in try chartSheet.render(on: &sheet) }
                for (spec, row) in chartSheet.charts {
                    try workbook.insertChart(spec, inSheet: chartSheet.name, row: row, col: 0,
                                             width: ChartSheet.chartWidth, height: ChartSheet.chartHeight)
                }
            }
            var map = EntryMap.filled(templates: plan.appendices.map(\.report.template), sheets: plan.appendices.map(\.appendix.sheetName),
                                      cover: CoverSheet.name, year: submission.period.year, language: catalogue.language.rawValue)
            for field in coverFields { map.add(sheet: CoverSheet.name, row: field.row, col: field.col, path: field.path) }
            try map.addSheet(to: &workbook)
            for name in DefinedNames.unique(names) { try workbook.defineName(name.name, refersTo: name.refersTo) }
        }
    }

    static func coverEntries(_ submission: Submission, plan: Plan, catalogue: Catalogue) -> [CoverSheet.Entry] {
        func count(_ findings: [Finding]) -> String {
            catalogue.phrase(.findingsCount(errors: findings.errorCount, warnings: findings.warningCount))
        }
        var entries: [CoverSheet.Entry] = []
        for (appendix, report, layout, _) in plan.appendices {
            // The template names the form for the cover (`… năm {year}`), else its name as it is.
            let description = report.template.coverName.map { report.resolve($0) } ?? report.template.name
            // A form of Đạt/Không đạt answers: their count, live, under its line (not on the form itself).
            let tally = layout.passTally(report, valueIndex: 0, sheet: appendix.sheetName).map {
                CoverSheet.Tally(label: catalogue.phrase(.tallyLabel), formula: $0.formula, cached: $0.cached)
            }
            entries.append(CoverSheet.Entry(number: String(appendix.number), sheet: appendix.sheetName, description: description,
                                            status: count(appendix.findings), statusIsError: appendix.findings.errorCount > 0,
                                            tally: tally))
        }
        entries.append(CoverSheet.Entry(number: "", sheet: CheckSheet.name, description: catalogue.phrase(.checkSheetDescription),
                                        status: count(submission.findings), statusIsError: submission.findings.errorCount > 0))
        for chart in plan.charts {
            entries.append(CoverSheet.Entry(number: "", sheet: chart.name,
                                            description: catalogue.phrase(.chartSheetDescription(appendix: chart.appendixSheet)),
                                            status: "", statusIsError: false))
        }
        return entries
    }

    /// Title, subject, author (the unit), company (the province), keywords, and a creation date
    /// fixed from the report's date (else from its period).
    public static func properties(for submission: Submission) -> DocumentProperties {
        let sheets = submission.appendices.map(\.sheetName).joined(separator: ", ")
        var title = submission.report.title ?? "Các phụ lục số liệu CCHC"
        if let number = submission.report.number { title += " (số \(number))" }
        let keywords = ["CCHC"] + submission.appendices.map(\.templateID) + [submission.periodLabel].filter { !$0.isEmpty }
        return DocumentProperties(
            title: title,
            subject: "Phụ lục số liệu cải cách hành chính: \(sheets)",
            author: submission.unit.name.isEmpty ? nil : submission.unit.name,
            company: submission.unit.province,
            keywords: keywords.joined(separator: ", "),
            comments: "cchc submit",
            created: creationTime(submission))
    }

    /// Midnight UTC of the report's date, else what `WorkbookWriter` derives from the period.
    public static func creationTime(_ submission: Submission) -> Int {
        guard let date = submission.report.date else { return WorkbookWriter.fixedCreationTime(submission.period) }
        return date.midnightUTC
    }

    /// `<unit>_<template or report>_<year>.xlsx`, ASCII only: the template's id when the submission
    /// has one appendix, else the report's number (`215-bc-ubnd`), else `bao-cao`; the year, or
    /// `2011-2020` for a range. `UBND huyện Mỹ Tú`, `215/BC-UBND`, 2021 → `ubnd-huyen-my-tu_215-bc-ubnd_2021.xlsx`.
    /// Each part is cut (at a hyphen where one is near) so that the name stays far below the
    /// 255 bytes a file name may have, however long the unit's name or the report's number.
    public static func defaultFileName(for submission: Submission) -> String {
        func cut(_ slug: String, _ limit: Int) -> String {
            guard slug.count > limit else { return slug }
            var part = String(slug.prefix(limit))
            if let hyphen = part.lastIndex(of: "-"), part.distance(from: part.startIndex, to: hyphen) >= limit / 2 {
                part = String(part[..<hyphen])
            }
            while part.hasSuffix("-") { part.removeLast() }
            return part
        }
        let unit = cut(Slug.make(submission.unit.name), 100)
        var middle: String
        if submission.appendices.count == 1, !submission.appendices[0].templateID.isEmpty {
            middle = cut(Slug.make(submission.appendices[0].templateID), 60)
        } else {
            middle = cut(Slug.make(submission.report.number ?? ""), 60)
        }
        if middle.isEmpty { middle = "bao-cao" }
        let parts = [unit.isEmpty ? "don-vi" : unit, middle, Slug.make(submission.periodLabel)].filter { !$0.isEmpty }
        return parts.joined(separator: "_") + ".xlsx"
    }
}
