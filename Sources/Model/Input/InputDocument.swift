/// An input document as read from a file, whatever the file was: the JSON tree `InputReader`
/// and `SubmissionReader` read, and, when the file was a workbook, the cell each value came from
/// and what reading the cells found (a formula where a value is typed, an error value).
///
/// A JSON file gives a document without cells; a workbook gives one with a cell for every value
/// of its map. `locate(_:)` moves the findings the checks make at a JSON path onto that cell.
public struct InputDocument: Sendable {
    /// Where a value of the document lies in a workbook.
    public struct Cell: Sendable, Equatable {
        /// The sheet's name as written (`Bảng 2`).
        public var sheet: String
        /// The A1 reference (`D19`).
        public var reference: String

        public init(sheet: String, reference: String) {
            self.sheet = sheet
            self.reference = reference
        }
    }

    /// The document, in the shape `cchc init` prints and `fill` reads.
    public var document: JSONValue
    /// The file findings name.
    public var file: String
    /// The cell of each path the document was given from, in the order the cells were read.
    public var cells: [(path: JSONPath, cell: Cell)]
    /// What reading the file found (already located at their cells), before any check ran.
    public var findings: [Finding]

    private var cellOfPath: [JSONPath: Cell]

    public init(document: JSONValue, file: String, cells: [(path: JSONPath, cell: Cell)] = [], findings: [Finding] = []) {
        self.document = document
        self.file = file
        self.cells = cells
        self.findings = findings
        var cellOfPath: [JSONPath: Cell] = [:]
        for (path, cell) in cells where cellOfPath[path] == nil { cellOfPath[path] = cell }
        self.cellOfPath = cellOfPath
    }

    /// The cell a path of the document came from: its own, or, for a path the map gives no cell
    /// (a row of counts, `$.unit`), the first cell below it; `nil` for a JSON file.
    public func cell(of path: JSONPath) -> Cell? {
        if let cell = cellOfPath[path] { return cell }
        return cells.first { $0.path.hasPrefix(path) }?.cell
    }

    /// `findings` with every finding about this file at a JSON path that has a cell moved onto
    /// that cell (its row, STT, label, year and column kept). Findings about other files, and all
    /// findings of a JSON document, are returned as they are.
    public func locate(_ findings: [Finding]) -> [Finding] {
        guard !cells.isEmpty else { return findings }
        return findings.map { finding in
            guard finding.file == file, let path = finding.path, !path.isRoot, let cell = cell(of: path) else { return finding }
            var moved = finding
            moved.location.place = .cell(sheet: cell.sheet, reference: cell.reference)
            return moved
        }
    }
}

/// How a command turns a file into an `InputDocument`: by default a JSON file; the command line
/// passes one that also reads workbooks (`WorkbookInput`), told apart by content. `Model` itself
/// knows no cells, so the reading of workbooks comes in from outside.
public struct InputLoader: Sendable {
    /// Reads the file at `path` (named `path` in findings) with the templates of `catalog`.
    public var load: @Sendable (_ path: String, _ catalog: TemplateCatalog) throws(CCHCError) -> InputDocument
    /// The loader of a file that something else says is of the template with this id (a
    /// submission's appendix): a workbook without a map whose content does not tell its form
    /// clearly is read as that form. Nil: the same loader.
    public var naming: (@Sendable (_ template: String) -> InputLoader)?

    public init(load: @escaping @Sendable (_ path: String, _ catalog: TemplateCatalog) throws(CCHCError) -> InputDocument,
                naming: (@Sendable (_ template: String) -> InputLoader)? = nil) {
        self.load = load
        self.naming = naming
    }

    /// This loader, for a file said to be of `template` (`naming`), or itself.
    public func named(_ template: String?) -> InputLoader {
        guard let template, let naming else { return self }
        return naming(template)
    }

    /// JSON files only (`InputFile`).
    public static let json = InputLoader { path, _ throws(CCHCError) in
        InputDocument(document: try InputFile.read(path: path), file: path)
    }
}
