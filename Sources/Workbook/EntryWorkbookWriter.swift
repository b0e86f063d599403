import Foundation
import Model
import Xlsx

/// Writes an entry workbook (`cchc init <template> -o form.xlsx`, `cchc init --submission … -o
/// bao-cao.xlsx`): a blank form laid out as `cchc fill` lays it out, ready to be typed into.
///
/// Its sheets, in order:
/// 1. `Hướng dẫn`: how to fill it and send it, and (for a single form) the unit's and the
///    period's cells;
/// 2. for a submission, `Thông tin chung`: the unit's, the period's and the report's cells;
/// 3. one sheet per form, by `FormRenderer` on an entry layout: every cell a unit fills unlocked,
///    pale yellow and validated for its kind with a message saying what goes there; the counts of
///    derived rates in visible columns right of the form, the rate a live formula; labels,
///    numbering and formulas locked (sheet protection without a password);
/// 4. `_ds` (hidden): the items of the drop-down lists;
/// 5. `_cchc` (hidden): the map of the workbook (`EntryMap`): what it is and, for every cell a
///    unit fills, the JSON path of the input that cell gives, from the same slots as the JSON
///    skeleton (`Skeleton.valueSlots`), so that the reader never guesses.
///
/// The same command gives the same bytes: the creation date is fixed from the period.
public enum EntryWorkbookWriter {
    /// The hidden sheet of the map.
    public static let mapSheetName = EntryMap.sheetName
    /// The hidden sheet of the drop-down lists' items.
    public static let listSheetName = "_ds"

    /// One form sheet of the workbook.
    struct Form {
        var report: Report
        var layout: FormLayout
        var sheetName: String
        var slots: [Skeleton.Slot]
        /// Where the notes of the form's rows go in the input (`$.notes`, or
        /// `$.appendices[0].data.notes` in a submission): `<notes>["<row id>"]`.
        var notes: JSONPath
    }

    /// The plan of a workbook: its field cells, its forms, its sheets.
    struct Plan {
        var templates: [Template]
        var fields: [Skeleton.Slot]
        var forms: [Form]
        var submission: Bool
        var period: Period
    }

    /// Writes the entry workbook of one form at `path` (atomically).
    public static func write(template: Template, period: Period, to path: String, catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        let period = normalised(period, templates: [template])
        let form = makeForm(template, period: period, values: JSONPath("values"), notes: JSONPath("notes"),
                            sheetName: formSheetNames([template], catalogue: catalogue)[0], catalogue: catalogue)
        try write(Plan(templates: [template], fields: Skeleton.fieldSlots(template: template, period: period), forms: [form],
                       submission: false, period: period),
                  to: path, catalogue: catalogue)
    }

    /// Writes the entry workbook of a submission at `path` (atomically): one sheet per template,
    /// in order, after the cover.
    public static func writeSubmission(templates: [Template], period: Period, to path: String,
                                       catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        let period = normalised(period, templates: templates)
        var forms: [Form] = []
        for (index, (template, name)) in zip(templates, formSheetNames(templates, catalogue: catalogue)).enumerated() {
            let data = JSONPath.root.child("appendices").element(index).child("data")
            forms.append(makeForm(template, period: period, values: data.child("values"), notes: data.child("notes"), sheetName: name,
                                  catalogue: catalogue))
        }
        try write(Plan(templates: templates, fields: Skeleton.submissionFieldSlots(templates: templates, period: period), forms: forms,
                       submission: true, period: period),
                  to: path, catalogue: catalogue)
    }

    /// The sheet names of the forms: each template's, with ` (2)`, ` (3)` … where it is taken
    /// (by the guide, the cover, the hidden sheets or an earlier form; compared in NFC, ignoring case).
    static func formSheetNames(_ templates: [Template], catalogue: Catalogue) -> [String] {
        func folded(_ name: String) -> String { name.precomposedStringWithCanonicalMapping.lowercased() }
        var used = Set([catalogue.phrase(.entry(.guideSheet)), CoverSheet.name, listSheetName, mapSheetName].map(folded))
        return templates.map { template in
            var name = template.sheetName
            var n = 2
            while !used.insert(folded(name)).inserted {
                let suffix = " (\(n))"
                name = String(template.sheetName.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            return name
        }
    }

    /// The period with the range's ends a per-year form takes when they are not given (2011,
    /// 2020), as the JSON skeleton prints them.
    static func normalised(_ period: Period, templates: [Template]) -> Period {
        var period = period
        if templates.contains(where: { $0.period == .years }) {
            period.from = period.from ?? 2011
            period.to = period.to ?? 2020
        }
        return period
    }

    static func makeForm(_ template: Template, period: Period, values: JSONPath, notes: JSONPath, sheetName: String,
                         catalogue: Catalogue) -> Form {
        let columns = Skeleton.valueColumns(template: template, period: period)
        let rows = template.rows.map { FilledRow(row: $0, values: Array(repeating: .blank, count: columns.count)) }
        let report = Report(template: template, unit: UnitInfo(name: ""), period: period, valueColumns: columns, rows: rows, source: "")
        return Form(report: report, layout: FormLayout(report: report, catalogue: catalogue, entry: true), sheetName: sheetName,
                    slots: Skeleton.valueSlots(template: template, period: period, values: values), notes: notes)
    }

    // MARK: Writing

    static let textStyle = CellStyle().with { $0.fontSize = 12; $0.wrap = true; $0.valign = .top; $0.align = .left }
    static let titleStyle = CellStyle().with { $0.fontSize = 14; $0.bold = true; $0.align = .left }
    static let headingStyle = CellStyle().with { $0.fontSize = 12; $0.bold = true; $0.align = .left }
    static let labelStyle = CellStyle().with { $0.fontSize = 12; $0.border = true; $0.wrap = true; $0.align = .left }
    static let fieldStyle = CellStyle().with { $0.fontSize = 12; $0.border = true; $0.wrap = true; $0.align = .left }
    /// Widths of the label and entry columns of the guide and the cover.
    static let labelWidth = 34.0, entryWidth = 70.0

    static func write(_ plan: Plan, to path: String, catalogue: Catalogue) throws(CCHCError) {
        let guideName = catalogue.phrase(.entry(.guideSheet))
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var map = EntryMap(templates: plan.templates.map { ($0.id, $0.version ?? "") }, language: catalogue.language.rawValue)
        let lists = ListSheet(forms: plan.forms, catalogue: catalogue)
        try WorkbookWriter.writeAtomically(to: path) { workbook in
            try workbook.setProperties(properties(plan, catalogue: catalogue))
            let formSheets = plan.forms.map(\.sheetName)
            try workbook.addSheet(named: guideName) { sheet in
                var r = 0
                try sheet.setColumn(0, width: labelWidth)
                try sheet.setColumn(1, width: entryWidth)
                func line(_ text: String, _ style: CellStyle, height: Double? = nil) throws {
                    try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: 1, text: text, style: style)
                    try sheet.setRow(r, height: height ?? TextMetrics.rowHeight(text, width: labelWidth + entryWidth, fontSize: style.fontSize, bold: style.bold))
                    r += 1
                }
                try line(catalogue.phrase(.entry(.guideTitle)), titleStyle, height: 22)
                for template in plan.templates {
                    try line(catalogue.phrase(.diffForm(name: template.name, id: template.id, version: template.version)), textStyle)
                }
                var sheets = [guideName] + (plan.submission ? [CoverSheet.name] : []) + formSheets
                sheets = sheets.filter { !$0.isEmpty }
                try line(catalogue.phrase(.entry(.guideContents(sheets: sheets))), textStyle)
                r += 1
                if !plan.submission {
                    try line(catalogue.phrase(.entry(.unitHeading)), headingStyle, height: 20)
                    r = try writeFields(plan.fields, startRow: r, plan: plan, on: &sheet, sheetName: guideName, map: &map, catalogue: catalogue)
                    r += 1
                }
                try line(catalogue.phrase(.entry(.fillHeading)), headingStyle, height: 20)
                for index in 0..<EntryText.fillRules {
                    try line(catalogue.phrase(.entry(.fillRule(index, sheets: formSheets))), textStyle)
                }
                r += 1
                try line(catalogue.phrase(.entry(.sendHeading)), headingStyle, height: 20)
                for index in 0..<EntryText.sendSteps {
                    try line(catalogue.phrase(.entry(.sendStep(index, file: fileName))), textStyle)
                }
                try sheet.setupPrinting(landscape: false, paper: 9, repeatRows: nil, footer: catalogue.phrase(.footer(withSheet: true)))
                sheet.activate()
                sheet.protect()
            }
            if plan.submission {
                try workbook.addSheet(named: CoverSheet.name) { sheet in
                    try sheet.setColumn(0, width: labelWidth)
                    try sheet.setColumn(1, width: entryWidth)
                    try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 1, text: catalogue.phrase(.entry(.coverTitle)), style: titleStyle)
                    try sheet.setRow(0, height: 22)
                    _ = try writeFields(plan.fields, startRow: 2, plan: plan, on: &sheet, sheetName: CoverSheet.name, map: &map, catalogue: catalogue)
                    try sheet.setupPrinting(landscape: false, paper: 9, repeatRows: nil, footer: catalogue.phrase(.footer(withSheet: true)))
                    sheet.protect()
                }
            }
            for form in plan.forms {
                try workbook.addSheet(named: form.sheetName) { sheet in
                    let renderer = FormRenderer(report: form.report, layout: form.layout, catalogue: catalogue)
                    try renderer.render(on: &sheet)
                    try validateForm(form, renderer: renderer, lists: lists, on: &sheet, map: &map, catalogue: catalogue)
                    sheet.protect()
                }
            }
            try workbook.addSheet(named: listSheetName) { sheet in
                try lists.write(on: &sheet)
                sheet.hide()
                sheet.protect()
            }
            try workbook.addSheet(named: mapSheetName) { sheet in
                try map.write(on: &sheet)
                sheet.hide()
                sheet.protect()
            }
        }
    }

    static func properties(_ plan: Plan, catalogue: Catalogue) -> DocumentProperties {
        let title = plan.submission ? catalogue.phrase(.entry(.coverTitle)) : (plan.templates.first?.name ?? "")
        return DocumentProperties(title: title, subject: plan.templates.map(\.name).joined(separator: "; "),
                                  keywords: (["CCHC"] + plan.templates.map(\.id) + [plan.period.label].compactMap { $0 }).joined(separator: ", "),
                                  comments: "cchc", created: WorkbookWriter.fixedCreationTime(plan.period))
    }

    /// The labelled cells of `fields` from `startRow`, label left, entry right; returns the row after them.
    static func writeFields(_ fields: [Skeleton.Slot], startRow: Int, plan: Plan, on sheet: inout XlsxSheet, sheetName: String,
                            map: inout EntryMap, catalogue: Catalogue) throws -> Int {
        var r = startRow
        for slot in fields {
            guard case .field(let field) = slot.target else { continue }
            let label = catalogue.phrase(.entry(.fieldLabel(field)))
            try sheet.write(text: label, row: r, col: 0, style: labelStyle)
            let entry = FormRenderer.entryCell(fieldStyle)
            let input: EntryInput
            let rule: XlsxSheet.Validation
            switch field.kind {
            case .text:
                input = .text
                rule = .textLength(maximumLength: XlsxSheet.cellCharacterLimit)
                try sheet.writeBlank(row: r, col: 1, style: entry.with { $0.numberFormat = "@" })
            case .year:
                let fixed = field == .from ? plan.period.from : field == .to ? plan.period.to : nil
                input = .year(fixed: fixed)
                rule = fixed.map { .wholeNumber(minimum: Double($0), maximum: Double($0)) } ?? .wholeNumber(minimum: 1990, maximum: 2100)
                let style = entry.with { $0.numberFormat = "0" }
                if let value = fixed ?? (field == .year ? plan.period.year : nil) {
                    try sheet.write(number: Double(value), row: r, col: 1, style: style)
                } else {
                    try sheet.writeBlank(row: r, col: 1, style: style)
                }
            case .date:
                input = .date
                rule = .date(minimum: (1990, 1, 1), maximum: (2100, 12, 31))
                let style = entry.with { $0.numberFormat = "dd/mm/yyyy" }
                if field == .cutoff, let cutoff = plan.period.cutoff {
                    try sheet.write(number: Double(cutoff.midnightUTC / 86_400 + 25_569), row: r, col: 1, style: style)
                } else {
                    try sheet.writeBlank(row: r, col: 1, style: style)
                }
            }
            try sheet.validate(firstRow: r, firstCol: 1, lastRow: r, lastCol: 1, rule,
                               messages: messages(input, place: label, catalogue: catalogue))
            // A label longer than its column (Mã đơn vị …) wraps: the row grows with it.
            try sheet.setRow(r, height: max(20, TextMetrics.rowHeight(label, width: labelWidth, fontSize: 12)))
            map.add(sheet: sheetName, row: r, col: 1, path: slot.path)
            r += 1
        }
        return r
    }

    /// The input and error messages of a cell taking `input` at `place`, cut to Excel's limits.
    static func messages(_ input: EntryInput, place: String, catalogue: Catalogue) -> XlsxSheet.ValidationMessages {
        XlsxSheet.ValidationMessages(
            title: AppendixDecorations.fit(catalogue.phrase(.entry(.inputTitle(input))), XlsxSheet.validationTitleLimit),
            prompt: AppendixDecorations.fit(catalogue.phrase(.entry(.inputPrompt(input, place: place))), XlsxSheet.validationMessageLimit),
            errorTitle: AppendixDecorations.fit(catalogue.phrase(.dropDownErrorTitle), XlsxSheet.validationTitleLimit),
            error: AppendixDecorations.fit(catalogue.phrase(.entry(.inputError(input))), XlsxSheet.validationMessageLimit))
    }

    /// What a value cell of `kind` takes.
    static func input(_ kind: ValueKind, row: Row) -> EntryInput {
        switch kind {
        case .count: return .count
        case .decimal: return .decimal
        case .percent: return .percent
        case .code: return .code(labels: (row.legend ?? []).map(\.label))
        case .pass: return .pass
        case .fraction: return .fraction
        case .text, .section, .header: return .text
        }
    }

    /// The heading of the column `col` of a form: the lowest header cell over it.
    static func heading(of col: Int, layout: FormLayout) -> String? {
        layout.headerCells.filter { $0.col <= col && col < $0.col + $0.colSpan }.max { $0.row < $1.row }?.text
    }

    /// Validates every cell of a form a unit fills, and adds it to the map.
    static func validateForm(_ form: Form, renderer: FormRenderer, lists: ListSheet, on sheet: inout XlsxSheet,
                             map: inout EntryMap, catalogue: Catalogue) throws {
        let report = form.report, layout = form.layout
        for slot in form.slots {
            let cell: (row: Int, col: Int)
            let input: EntryInput
            let place: String
            switch slot.target {
            case .value(let rowIndex, let column):
                guard let col = layout.column(ofValue: column) else { continue }
                let row = report.rows[rowIndex].row
                cell = (layout.sheetRow(ofRow: rowIndex), col)
                input = self.input(renderer.kind(of: row, valueIndex: column), row: row)
                let columnTitle = report.valueColumns.count > 1 ? heading(of: col, layout: layout) : nil
                place = EntryText.place(stt: row.stt, label: row.label, unit: row.unit, column: columnTitle)
            case .count(let rowIndex, let column, let side):
                guard let col = layout.helperColumn(ofValue: column, numerator: side == .numerator),
                      let derived = report.rows[rowIndex].row.derived else { continue }
                let row = report.rows[rowIndex].row
                cell = (layout.sheetRow(ofRow: rowIndex), col)
                input = .count
                let operand = side == .numerator ? derived.numerator : derived.denominator
                let year = report.valueColumns[column].year.map { catalogue.phrase(.yearTitle(year: $0, cutoff: nil)) }
                let rate = EntryText.place(stt: row.stt, label: row.label, unit: nil, column: year)
                place = catalogue.phrase(.entry(.countPlace(side: side, label: operand.label, rate: rate)))
            case .rate, .field:
                continue
            }
            let rule: XlsxSheet.Validation
            switch input {
            case .count: rule = .wholeNumber(minimum: 0, maximum: nil)
            case .decimal: rule = .decimal(minimum: -1e15, maximum: 1e15)
            case .percent: rule = .decimal(minimum: 0, maximum: 100)
            case .code(let labels): rule = .list(source: lists.source(of: labels))
            case .pass: rule = .list(source: lists.source(of: ListSheet.passLabels))
            case .fraction, .text, .note, .date, .year: rule = .textLength(maximumLength: XlsxSheet.cellCharacterLimit)
            }
            try sheet.validate(firstRow: cell.row, firstCol: cell.col, lastRow: cell.row, lastCol: cell.col, rule,
                               messages: messages(input, place: place, catalogue: catalogue))
            map.add(sheet: form.sheetName, row: cell.row, col: cell.col, path: slot.path)
        }
        // The Ghi chú cells, after the values: `<notes>["<row id>"]`, the shape the input reader takes.
        for (rowIndex, filled) in report.rows.enumerated() {
            let row = filled.row
            guard let col = layout.noteEntryColumn(of: row) else { continue }
            let r = layout.sheetRow(ofRow: rowIndex)
            let place = EntryText.place(stt: row.stt, label: row.label, unit: row.unit, column: nil)
            try sheet.validate(firstRow: r, firstCol: col, lastRow: r, lastCol: col, .textLength(maximumLength: XlsxSheet.cellCharacterLimit),
                               messages: messages(.note, place: place, catalogue: catalogue))
            map.add(sheet: form.sheetName, row: r, col: col, path: form.notes.child(row.id))
        }
    }
}

extension EntryWorkbookWriter {
    /// The visible sheets of the entry workbook of `templates`, in order.
    public static func sheetNames(templates: [Template], submission: Bool, catalogue: Catalogue = .vietnamese) -> [String] {
        [catalogue.phrase(.entry(.guideSheet))] + (submission ? [CoverSheet.name] : []) + formSheetNames(templates, catalogue: catalogue)
    }
}
