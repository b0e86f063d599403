import Model
import XlsxRead

/// The map of an entry workbook (`_cchc`, written by `Workbook.EntryMap`; docs/ARCHITECTURE.md,
/// "The entry workbook's map") read and checked against the workbook and the catalog: what the
/// workbook is (its forms, in order) and which cell gives which JSON path.
struct EntryMapReader {
    /// The name of the hidden sheet (`EntryMap.sheetName`).
    static let sheetName = "_cchc"
    /// What A1 holds (`EntryMap.signature`).
    static let signature = "cchc-workbook"
    /// The layout version this reader knows (`EntryMap.formatVersion`).
    static let formatVersion = 1
    /// The heads of the entries' columns (`EntryMap.columnHeads`).
    static let columnHeads = ["sheet", "cell", "path"]

    /// One cell a unit fills.
    struct Entry {
        var sheet: String
        var reference: CellReference
        var path: JSONPath
        /// The map's row (1-based), for findings about the entry.
        var mapRow: Int
    }

    /// The forms, in order.
    var templates: [Template] = []
    /// What the workbook is: `entry` (every cell listed) or `fill` (`cchc fill`, `cchc submit`:
    /// the forms are read by their layout, on `sheets`).
    var kind = "entry"
    /// For `fill`: the sheet of each form, in the order of `templates`.
    var sheets: [String] = []
    /// For the workbook of a submission (`cchc submit`): its cover sheet.
    var cover: String?
    /// For `fill`: the report's year (`year`), where the forms may not print it.
    var year: Int?
    /// The cells, in the map's order.
    var entries: [Entry] = []
    /// Warnings about the map (another version of a template).
    var findings: [Finding] = []

    /// Reads the map of `workbook`; a workbook without one, or with one that is damaged or names
    /// what the workbook or the catalog does not have, throws its finding located at the map's cell.
    init(_ workbook: XlsxDocument, catalog: TemplateCatalog) throws(CCHCError) {
        let file = workbook.file
        guard let map = try workbook.sheet(named: Self.sheetName) else {
            throw CCHCError(.workbookNoMap, file: file)
        }
        func at(_ row: Int, _ column: Int) -> Location {
            Location(file: file, place: .cell(sheet: Self.sheetName, reference: CellReference(row: row, column: column)!.description))
        }
        func text(_ row: Int, _ column: Int) -> String {
            guard let cell = map.cell(CellReference(row: row, column: column)!) else { return "" }
            switch cell.value {
            case .text(let t)?: return t
            case .number(let n)?: return DecimalText.literal(n) ?? ""
            case .bool(let b)?: return b ? "TRUE" : "FALSE"
            case .error(let e)?: return e
            case nil: return ""
            }
        }
        func malformed(_ row: Int, _ column: Int, expected: String) -> CCHCError {
            CCHCError(Finding(.error, .workbookMapMalformed(expected: expected, found: text(row, column)), at: at(row, column)))
        }
        guard text(0, 0) == Self.signature else { throw malformed(0, 0, expected: Self.signature) }
        guard text(0, 1) == String(Self.formatVersion) else { throw malformed(0, 1, expected: String(Self.formatVersion)) }
        // Key/value rows, up to the header of the entries.
        var row = 1
        var kind: String?
        var kindRow = 0
        let lastRow = map.cells.last?.reference.row ?? 0
        while text(row, 0) != Self.columnHeads[0] {
            guard row <= lastRow else { throw malformed(row, 0, expected: Self.columnHeads[0]) }
            let key = text(row, 0), value = text(row, 1)
            switch key {
            case "template":
                guard let template = catalog.template(withID: value) else {
                    let known = catalog.templates.map(\.id)
                    throw CCHCError(Finding(.error, .unknownTemplate(id: value, known: known, nearest: Suggest.nearest(to: value, among: known)),
                                            at: at(row, 1)))
                }
                templates.append(template)
                if text(row + 1, 0) == "templateVersion" {
                    row += 1
                    let version = text(row, 1), installed = template.version ?? ""
                    if version != installed {
                        findings.append(Finding(.warning, .workbookMapVersion(template: template.id, workbook: version, installed: installed),
                                                at: at(row, 1)))
                    }
                }
            case "kind":
                kind = value
                kindRow = row
            case "templateSheet":
                sheets.append(value)
            case "cover":
                cover = value
            case "year":
                year = Int(value)
            default:
                break  // `language`, and keys of later layouts: nothing to read
            }
            row += 1
        }
        guard !templates.isEmpty else { throw malformed(1, 0, expected: "template") }
        if let kind {
            guard ["entry", "fill"].contains(kind) else { throw malformed(kindRow, 1, expected: "entry") }
            self.kind = kind
        }
        if self.kind == "fill" {
            guard self.sheets.count == templates.count else { throw malformed(1, 0, expected: "templateSheet") }
            let names = Set(workbook.sheets.filter { $0.kind == .worksheet }.map(\.name))
            for sheet in self.sheets where !names.contains(sheet) {
                throw CCHCError(Finding(.error, .workbookMapCell(sheet: sheet, reference: "A1"), at: at(1, 1)))
            }
        }
        for (column, head) in Self.columnHeads.enumerated() where text(row, column) != head {
            throw malformed(row, column, expected: head)
        }
        row += 1
        var seen: Set<JSONPath> = []
        var sheets: Set<String> = Set(workbook.sheets.filter { $0.kind != .chartsheet }.map(\.name))
        sheets.remove(Self.sheetName)
        while row <= lastRow {
            let sheet = text(row, 0), reference = text(row, 1), pathText = text(row, 2)
            if sheet.isEmpty && reference.isEmpty && pathText.isEmpty { break }
            guard sheets.contains(sheet), let cell = CellReference(reference) else {
                throw CCHCError(Finding(.error, .workbookMapCell(sheet: sheet, reference: reference), at: at(row, 0)))
            }
            guard let path = JSONPath(parsing: pathText), !path.isRoot, seen.insert(path).inserted else {
                throw malformed(row, 2, expected: "$.…")
            }
            entries.append(Entry(sheet: sheet, reference: cell, path: path, mapRow: row + 1))
            row += 1
        }
    }

    /// Whether the workbook holds a submission (its paths reach into `appendices`).
    var isSubmission: Bool {
        entries.contains { $0.path.components.first == .key("appendices") }
    }
}
