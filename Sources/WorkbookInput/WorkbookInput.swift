import Foundation
import Model
import XlsxRead

/// Reading a workbook back into the input it holds: the JSON document `cchc init` prints and
/// `fill` reads, with the cell each value came from, so that every command checks a workbook as
/// it checks a JSON file and locates findings by sheet and cell (`Bảng 2!D19`).
///
/// Entry workbooks (`cchc init … -o form.xlsx`) are read through their map (`_cchc`): the
/// template ids and versions it names are checked against the catalog, every cell it lists is
/// read for what its path expects (`CellReading`), and blanks are left out.
public enum WorkbookInput {
    /// The input held by the workbook at `path` (named `file` in findings, `path` by default).
    /// `template` names the form of a workbook without a map (`--template`), else it is told
    /// by the workbook's content.
    /// `named`: the form something else says it is (a submission's appendix), used when the
    /// content of a workbook without a map does not tell its form clearly.
    public static func read(path: String, file: String? = nil, catalog: TemplateCatalog, template: String? = nil,
                            named: String? = nil) throws(CCHCError) -> InputDocument {
        let workbook = try XlsxDocument(path: path, file: file)
        return try read(workbook, catalog: catalog, template: template, named: named)
    }

    /// The input held by `workbook`: through its map (an entry workbook), by the layout of the
    /// sheets its map names (the workbooks of `cchc fill` and `cchc submit`), or, without a map,
    /// by the layout of the form `template` names or the one its content matches
    /// (`LayoutInput`).
    public static func read(_ workbook: XlsxDocument, catalog: TemplateCatalog, template: String? = nil,
                            named: String? = nil) throws(CCHCError) -> InputDocument {
        guard workbook.sheets.contains(where: { $0.name == EntryMapReader.sheetName }) else {
            return try LayoutInput.read(workbook, catalog: catalog, template: template, named: named)
        }
        let map = try EntryMapReader(workbook, catalog: catalog)
        if map.kind == "fill" { return try LayoutInput.read(workbook, map: map) }
        let tree = DocumentTree()
        let values: [JSONPath]
        if map.isSubmission {
            for key in ["unit", "period", "report", "signer"] { tree.ensure(JSONPath(key)) }
            tree.ensure(JSONPath("recipients"), array: true)
            values = map.templates.indices.map { JSONPath("appendices").element($0).child("data").child("values") }
            for (index, template) in map.templates.enumerated() {
                tree.set(.string(template.id), at: JSONPath("appendices").element(index).child("template"))
                tree.ensure(values[index])
            }
        } else {
            tree.set(.string(map.templates[0].id), at: JSONPath("template"))
            tree.ensure(JSONPath("unit"))
            if map.entries.contains(where: { $0.path.hasPrefix(JSONPath("period")) }) { tree.ensure(JSONPath("period")) }
            values = [JSONPath("values")]
            tree.ensure(values[0])
        }
        var sheets: [String: XlsxSheet] = [:]
        var findings = map.findings
        var given: [(path: JSONPath, cell: InputDocument.Cell)] = []
        for entry in map.entries {
            if sheets[entry.sheet] == nil { sheets[entry.sheet] = try workbook.sheet(named: entry.sheet) }
            let cell = sheets[entry.sheet]?.cell(entry.reference)
            let reading = CellReading.read(cell, expected: isNote(entry.path) ? .text : expected(entry.path), date1904: workbook.date1904)
            let place = InputDocument.Cell(sheet: entry.sheet, reference: entry.reference.description)
            if let (severity, problem) = reading.problem {
                var location = Location(file: workbook.file, place: .cell(sheet: place.sheet, reference: place.reference))
                locateRow(&location, path: entry.path, values: isNote(entry.path) ? notes(of: values) : values, templates: map.templates)
                findings.append(Finding(severity, problem, at: location))
            }
            if let value = reading.value { tree.set(value, at: entry.path) }
            given.append((entry.path, place))
        }
        let document = tree.build()
        // Cells of values that moved (a line of recipients after a blank one) follow them; blank
        // cells keep their own path, so that "missing" is located at the cell left empty.
        // A blank line of a list (recipients, issuer) has no place in the document: its cell is left out.
        let cells = given.compactMap { item -> (path: JSONPath, cell: InputDocument.Cell)? in
            if let final = tree.path(of: item.path) { return (final, item.cell) }
            return isListLine(item.path) ? nil : item
        }
        return InputDocument(document: document, file: workbook.file, cells: cells, findings: findings)
    }

    /// Whether `path` is a row's note (`$.notes["i.1"]`, `$.appendices[0].data.notes["i.1"]`):
    /// text, whatever the cell holds (a number typed there is its text).
    static func isNote(_ path: JSONPath) -> Bool {
        let components = path.components
        guard components.count >= 2, components[components.count - 2] == .key("notes") else { return false }
        return components.count == 2 || (components.count == 5 && components[0] == .key("appendices") && components[2] == .key("data"))
    }

    /// The note paths beside the value paths (`$.values` → `$.notes`).
    static func notes(of values: [JSONPath]) -> [JSONPath] {
        values.map { JSONPath(components: Array($0.components.dropLast()) + [.key("notes")]) }
    }

    /// Whether `path` is a line of a list (`$.recipients[1]`), not an appendix's value.
    static func isListLine(_ path: JSONPath) -> Bool {
        path.components.enumerated().contains { offset, component in
            if case .index = component { return !(offset == 1 && path.components.first == .key("appendices")) }
            return false
        }
    }

    /// What a path of the map expects: the fields by their kind, anything else a row's value.
    static func expected(_ path: JSONPath) -> CellReading.Expected {
        expectedByPath[path] ?? .value
    }

    /// What the path of each field expects, the first field of a path deciding.
    private static let expectedByPath: [JSONPath: CellReading.Expected] = {
        var out: [JSONPath: CellReading.Expected] = [:]
        for field in fields where out[field.path] == nil {
            switch field.kind {
            case .text: out[field.path] = .text
            case .year: out[field.path] = .year
            case .date: out[field.path] = .date
            }
        }
        return out
    }()

    private static let fields: [EntryField] = {
        var all: [EntryField] = [.unitName, .province, .year, .from, .to, .cutoff, .reportNumber, .reportDate, .reportPlace, .reportTitle,
                                 .signerOnBehalf, .signerSigningFor, .signerTitle, .signerName]
        all += (0..<max(EntryField.issuerLines, 20)).map(EntryField.issuer)
        all += (0..<max(EntryField.recipientLines, 20)).map(EntryField.recipient)
        return all
    }()

    /// Adds the template row (and year, keyed column) of a value's path to its location.
    static func locateRow(_ location: inout Location, path: JSONPath, values: [JSONPath], templates: [Template]) {
        guard let index = values.firstIndex(where: { path.hasPrefix($0) }), index < templates.count else { return }
        let rest = path.components.dropFirst(values[index].components.count)
        guard case .key(let id)? = rest.first, let row = templates[index].row(id: id) else { return }
        location.row = row.id
        location.stt = row.stt
        location.label = row.label
        if case .key(let second)? = rest.dropFirst().first {
            if let year = Int(second), templates[index].period == .years { location.year = year } else if second != "numerator" && second != "denominator" {
                location.column = second
            }
        }
    }

    /// Whether the file at `path` is to be read as a workbook, by its content first: a zip or an
    /// OLE compound file by its first bytes is one; a file that starts as JSON does (`{` or `[`,
    /// after a byte-order mark and spaces) is not, whatever its name (an appendix saved as
    /// `bang2.xlsx`); anything else by its name — a spreadsheet's extension (so that a CSV or an
    /// `.ods` named `.xlsx` gets the workbook reader's finding), else JSON.
    public static func isWorkbook(path: String) -> Bool {
        let lower = path.lowercased()
        let named = [".xlsx", ".xlsm", ".xls", ".ods"].contains(where: { lower.hasSuffix($0) })
        guard case .bytes(let head) = FileSystem.read(path, upTo: 256) else { return named }
        if XlsxDocument.isContainer(head: head) { return true }
        var text = head[...]
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        if let first = text.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return false
        }
        return named
    }

    /// Reads JSON files as JSON and workbooks through their map, told apart by content
    /// (`isWorkbook`): what every command that takes an input passes to `Pipeline`.
    public static let loader = loader(template: nil)

    /// The loader of a command given `--template <id>`: a workbook without a map is read as
    /// that form.
    public static func loader(template: String?, named: String? = nil) -> InputLoader {
        InputLoader(load: { path, catalog throws(CCHCError) in
            if isWorkbook(path: path) { return try read(path: path, catalog: catalog, template: template, named: named) }
            return InputDocument(document: try InputFile.read(path: path), file: path)
        }, naming: { id in loader(template: template, named: id) })
    }
}
