import Model
import Xlsx

/// The map of an entry workbook, on its hidden sheet `_cchc`: what the workbook is and where
/// each value of the input lives, so that reading it back never guesses (docs/ARCHITECTURE.md,
/// "The entry workbook's map").
///
/// * A1 `cchc-workbook`, B1 the number 1 (the format version);
/// * key/value rows (column A the key, column B the value, as text): `template` (the template's
///   id) followed by its `templateVersion` (and, in a `fill` workbook, its `templateSheet`: the sheet that holds it), once per form
///   in order (a submission's appendices), then `kind` (`entry`, or `fill` for the workbooks of
///   `cchc fill` and `cchc submit`) and `language` (`vi`, `en`);
/// * a header row `sheet | cell | path`, then one row per cell a unit fills: the sheet's name as
///   written, the cell (`D19`) and the JSON path of the input that cell gives, written as
///   `JSONPath.description` writes it (`$.values["iii.6"].numerator`, `$.unit.name`).
public struct EntryMap: Sendable {
    /// The name of the hidden sheet.
    public static let sheetName = "_cchc"
    /// What A1 holds.
    public static let signature = "cchc-workbook"
    /// What B1 holds: the version of this layout.
    public static let formatVersion = 1
    /// The heads of the map's columns.
    public static let columnHeads = ["sheet", "cell", "path"]

    /// One cell a unit fills.
    public struct Entry: Sendable, Equatable {
        public var sheet: String
        public var cell: String
        public var path: String
    }

    /// The forms, in order: id and version ("" when the template has none).
    public var templates: [(id: String, version: String)]
    /// The language of the workbook's texts (`vi`, `en`).
    public var language: String
    /// What the workbook is: `entry` (`cchc init`, every cell a unit fills listed) or `fill`
    /// (`cchc fill`, `cchc submit`: no cells listed, the forms read by their layout).
    public var kind: String = "entry"
    /// For `fill`: the sheet of each form, in the order of `templates`.
    public var sheets: [String] = []
    /// For the workbook of a submission (`cchc submit`): its cover sheet (`Thông tin chung`).
    public var cover: String?
    /// For `fill`: the report's year, where the forms may not print it (`year`).
    public var year: Int?
    /// The cells a unit fills, in the order they were written.
    public private(set) var entries: [Entry] = []

    public init(templates: [(id: String, version: String)], language: String) {
        self.templates = templates
        self.language = language
    }

    /// Adds the cell at (`row`, `col`) of `sheet`, which gives `path`.
    mutating func add(sheet: String, row: Int, col: Int, path: JSONPath) {
        entries.append(Entry(sheet: sheet, cell: CellAddress.a1(row: row, col: col), path: path.description))
    }

    /// The key/value rows under the first, in order.
    public var keyValues: [(key: String, value: String)] {
        var rows: [(key: String, value: String)] = []
        for (index, template) in templates.enumerated() {
            rows += [("template", template.id), ("templateVersion", template.version)]
            if index < sheets.count { rows.append(("templateSheet", sheets[index])) }
        }
        if let cover { rows.append(("cover", cover)) }
        if let year { rows.append(("year", String(year))) }
        return rows + [("kind", kind), ("language", language)]
    }

    /// The map of a `fill` or `submit` workbook: its forms and their sheets, no cells.
    public static func filled(templates: [Template], sheets: [String], cover: String? = nil, year: Int? = nil, language: String) -> EntryMap {
        var map = EntryMap(templates: templates.map { ($0.id, $0.version ?? "") }, language: language)
        map.kind = "fill"
        map.sheets = sheets
        map.cover = cover
        map.year = year
        return map
    }

    /// Adds the map as the last sheet of `workbook`, hidden.
    func addSheet(to workbook: inout XlsxWorkbook) throws {
        try workbook.addSheet(named: EntryMap.sheetName) { sheet in
            try write(on: &sheet)
            sheet.hide()
            sheet.protect()
        }
    }

    /// Writes the map on `sheet`, from A1.
    func write(on sheet: inout XlsxSheet) throws {
        try sheet.setColumn(0, width: 24)
        try sheet.setColumn(1, width: 12)
        try sheet.setColumn(2, width: 60)
        try sheet.write(text: EntryMap.signature, row: 0, col: 0)
        try sheet.write(number: Double(EntryMap.formatVersion), row: 0, col: 1)
        var r = 1
        for (key, value) in keyValues {
            try sheet.write(text: key, row: r, col: 0)
            try sheet.write(text: value, row: r, col: 1)
            r += 1
        }
        for (c, head) in EntryMap.columnHeads.enumerated() { try sheet.write(text: head, row: r, col: c) }
        r += 1
        for entry in entries {
            try sheet.write(text: entry.sheet, row: r, col: 0)
            try sheet.write(text: entry.cell, row: r, col: 1)
            try sheet.write(text: entry.path, row: r, col: 2)
            r += 1
        }
    }
}

/// The hidden sheet of an entry workbook that holds the items of its drop-down lists, one list
/// per column: Đạt/Không đạt, then the labels of each legend in order of first use. (Lists are
/// never inline: libxlsxwriter 1.1.4 crashes on inline lists of Vietnamese items, and a long
/// legend would pass Excel's 255 characters.)
struct ListSheet {
    static let passLabels = [CellText.passed, CellText.failed]
    private(set) var lists: [[String]] = []

    init(forms: [EntryWorkbookWriter.Form], catalogue: Catalogue) {
        for form in forms {
            let renderer = FormRenderer(report: form.report, layout: form.layout, catalogue: catalogue)
            for filled in form.report.rows {
                for index in form.report.valueColumns.indices {
                    let list: [String]
                    switch renderer.kind(of: filled.row, valueIndex: index) {
                    case .pass: list = ListSheet.passLabels
                    case .code: list = (filled.row.legend ?? []).map(\.label)
                    default: continue
                    }
                    if !list.isEmpty && !lists.contains(list) { lists.append(list) }
                }
            }
        }
    }

    /// The range formula of the cells that hold `list` (`='_ds'!$A$1:$A$2`).
    func source(of list: [String]) -> String {
        let col = lists.firstIndex(of: list) ?? 0
        return "=" + CellAddress.absoluteRange(sheet: EntryWorkbookWriter.listSheetName, firstRow: 0, firstCol: col,
                                               lastRow: max(list.count - 1, 0), lastCol: col)
    }

    func write(on sheet: inout XlsxSheet) throws {
        for (col, list) in lists.enumerated() {
            try sheet.setColumn(col, width: 20)
            for (r, item) in list.enumerated() { try sheet.write(text: item, row: r, col: col) }
        }
    }
}
