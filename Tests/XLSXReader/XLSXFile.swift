import Foundation
import ZIPFoundation

/// An `.xlsx` workbook read independently of the library that wrote it: the ZIP package is
/// opened with ZIPFoundation and every part is parsed with Foundation's `XMLParser`.
///
/// Everything is read eagerly in `init(url:)`, so a malformed workbook fails there with a
/// descriptive `XLSXReaderError` (missing part, bad XML, dangling relationship, out-of-range
/// shared-string or style index) instead of later in a test.
///
/// ```swift
/// let book = try XLSXFile(url: output)
/// let table = try #require(book.sheet("Bảng 2"))
/// #expect(table.cell("D12")?.formula == "SUM(D5:D11)")
/// #expect(book.cellStyle(table.cell("A4")!.styleIndex!).bold)
/// ```
public struct XLSXFile: Sendable {
    /// Where the workbook was read from.
    public var url: URL
    /// Raw ZIP entries by path (no leading `/`), for anything not modelled here (charts, drawings…).
    public var parts: [String: Data]
    /// `[Content_Types].xml` overrides: part path (no leading `/`) → content type.
    public var contentTypes: [String: String]
    /// `[Content_Types].xml` defaults: lower-cased extension → content type.
    public var defaultContentTypes: [String: String]
    /// The package path of the workbook part (normally `xl/workbook.xml`).
    public var workbookPath: String
    /// Relationships of the workbook part.
    public var workbookRelationships: [Relationship]
    /// Every tab in workbook order — worksheets and chartsheets alike (see `Worksheet.kind`).
    public var sheets: [Worksheet]
    /// Every `<definedName>` in document order.
    public var definedNames: [DefinedName]
    /// The shared-string table, in order.
    public var sharedStrings: [String]
    /// The parsed stylesheet (`StyleSheet.empty` when the workbook has none).
    public var styles: StyleSheet
    /// `docProps/core.xml`, keyed with canonical prefixes: `dc:title`, `dc:subject`,
    /// `dc:creator`, `dc:description`, `cp:keywords`, `cp:category`, `cp:lastModifiedBy`,
    /// `dcterms:created`, `dcterms:modified`, ….
    public var coreProperties: [String: String]
    /// Leaf elements of `docProps/app.xml` by name: `Company`, `Manager`, `Application`, ….
    public var appProperties: [String: String]
    /// `docProps/custom.xml`: custom property name → value text.
    public var customProperties: [String: String]
    /// `activeTab` of the first `<workbookView>` (0-based), 0 when absent.
    public var activeSheetIndex: Int

    /// Tab names in workbook order (chartsheets included; check `sheet(_:)?.kind`).
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Names of the worksheets only (no chartsheets), in workbook order.
    public var worksheetNames: [String] { sheets.filter { $0.kind == .worksheet }.map(\.name) }

    /// The tab with that exact name (worksheet or chartsheet), or `nil`.
    public func sheet(_ name: String) -> Worksheet? { sheets.first { $0.name == name } }

    /// Reads and parses the whole workbook.
    public init(url: URL) throws {
        self.url = url
        let parts = try XLSXFile.readEntries(url)
        self.parts = parts

        let types = try XLSXFile.xml(in: parts, "[Content_Types].xml")
        var overrides: [String: String] = [:]
        var defaults: [String: String] = [:]
        for element in types.children {
            switch element.localName {
            case "Override":
                if let name = element.attribute("PartName"), let type = element.attribute("ContentType") {
                    overrides[PackagePath.normalize(name)] = type
                }
            case "Default":
                if let ext = element.attribute("Extension"), let type = element.attribute("ContentType") {
                    defaults[ext.lowercased()] = type
                }
            default:
                break
            }
        }
        contentTypes = overrides
        defaultContentTypes = defaults

        let packageRels = try XLSXFile.relationships(in: parts, of: "")
        func target(_ rels: [Relationship], kind: String) -> String? {
            rels.first { $0.kind == kind && !$0.isExternal }?.target
        }
        workbookPath = target(packageRels, kind: "officeDocument") ?? "xl/workbook.xml"
        let workbook = try XLSXFile.xml(in: parts, workbookPath)
        workbookRelationships = try XLSXFile.relationships(in: parts, of: workbookPath)

        coreProperties = try target(packageRels, kind: "core-properties")
            .flatMap { try XLSXFile.optionalXML(in: parts, $0) }.map(DocumentProperties.core) ?? [:]
        appProperties = try target(packageRels, kind: "extended-properties")
            .flatMap { try XLSXFile.optionalXML(in: parts, $0) }.map(DocumentProperties.app) ?? [:]
        customProperties = try target(packageRels, kind: "custom-properties")
            .flatMap { try XLSXFile.optionalXML(in: parts, $0) }.map(DocumentProperties.custom) ?? [:]

        if let path = target(workbookRelationships, kind: "sharedStrings") {
            let sst = try XLSXFile.xml(in: parts, path)
            sharedStrings = sst.children("si").map(\.stringItemText)
        } else {
            sharedStrings = []
        }
        if let path = target(workbookRelationships, kind: "styles") {
            styles = try StyleSheet.parse(try XLSXFile.xml(in: parts, path), part: path)
        } else {
            styles = .empty
        }

        activeSheetIndex = workbook.path("bookViews", "workbookView")?.intAttribute("activeTab") ?? 0

        definedNames = (workbook.child("definedNames")?.children("definedName") ?? []).map {
            DefinedName(name: $0.attribute("name") ?? "", localSheetId: $0.intAttribute("localSheetId"),
                        refersTo: $0.allText(), hidden: $0.boolAttribute("hidden") ?? false,
                        comment: $0.attribute("comment"))
        }

        let relsByID = Dictionary(workbookRelationships.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sheets: [Worksheet] = []
        for (position, entry) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            guard let name = entry.attribute("name") else {
                throw XLSXReaderError.invalidContent(part: workbookPath, reason: "<sheet> #\(position + 1) has no name")
            }
            guard let rid = entry.attribute("id"), let rel = relsByID[rid] else {
                throw XLSXReaderError.invalidContent(
                    part: workbookPath, reason: "sheet \"\(name)\" has no (or a dangling) r:id")
            }
            let kind: SheetKind = rel.kind == "worksheet" ? .worksheet : rel.kind == "chartsheet" ? .chartsheet : .other
            let state = SheetState(rawValue: entry.attribute("state") ?? "visible") ?? .visible
            let root = try XLSXFile.xml(in: parts, rel.target)
            let rels = try XLSXFile.relationships(in: parts, of: rel.target)
            var comments: [String: String] = [:]
            for commentsRel in rels where commentsRel.kind == "comments" {
                let commentsRoot = try XLSXFile.xml(in: parts, commentsRel.target)
                for comment in commentsRoot.descendants("comment") {
                    guard let ref = comment.attribute("ref") else { continue }
                    comments[ref] = comment.child("text")?.stringItemText ?? ""
                }
            }
            var sheet = try WorksheetReader.read(root, context: .init(
                name: name, kind: kind, state: state, part: rel.target, relationships: rels,
                sharedStrings: sharedStrings, comments: comments))
            for defined in definedNames where defined.localSheetId == position {
                switch defined.name {
                case "_xlnm.Print_Titles": sheet.printTitles = defined.refersTo
                case "_xlnm.Print_Area": sheet.printArea = defined.refersTo
                default: break
                }
            }
            try XLSXFile.checkStyleIndexes(sheet, styles: styles)
            sheets.append(sheet)
        }
        guard !sheets.isEmpty else {
            throw XLSXReaderError.invalidContent(part: workbookPath, reason: "workbook has no sheets")
        }
        self.sheets = sheets
    }

    // MARK: - Styles

    /// The number-format code of a cell format (`cellXfs` index), e.g. `"#,##0"`; `nil` if the
    /// index does not exist or refers to an unknown built-in id.
    public func numberFormat(forStyle index: Int) -> String? {
        guard styles.cellStyles.indices.contains(index) else { return index == 0 ? "General" : nil }
        return styles.cellStyles[index].numberFormat
    }

    /// The number-format code that applies to a cell (`"General"` for unstyled cells).
    public func numberFormat(of cell: Cell) -> String? { numberFormat(forStyle: cell.styleIndex ?? 0) }

    /// The resolved format `cellXfs[index]`. Indexes used by cells are validated on load; for an
    /// index that does not exist (e.g. `0` in a workbook without styles) a default, unformatted
    /// style is returned.
    public func cellStyle(_ index: Int) -> XLSXCellStyle {
        if styles.cellStyles.indices.contains(index) { return styles.cellStyles[index] }
        return XLSXCellStyle(
            index: index, numberFormatId: 0, numberFormat: "General", bold: false, italic: false,
            underline: nil, strike: false, fontName: nil, fontSize: nil, fontColor: nil, fillPattern: nil,
            fillColor: nil, horizontal: nil, vertical: nil, wrapText: false, shrinkToFit: false, indent: 0,
            textRotation: 0, borderLeft: nil, borderRight: nil, borderTop: nil, borderBottom: nil,
            locked: true, formulaHidden: false)
    }

    /// The resolved format of a cell (its `s` attribute, default 0).
    public func style(of cell: Cell) -> XLSXCellStyle { cellStyle(cell.styleIndex ?? 0) }

    /// The differential format `dxfs[id]` used by conditional formats, or `nil`.
    public func dxf(_ id: Int) -> DifferentialStyle? {
        styles.differentialStyles.indices.contains(id) ? styles.differentialStyles[id] : nil
    }

    // MARK: - Names and parts

    /// The defined name with that name — local to `sheet` when given, else a global one.
    public func definedName(_ name: String, sheet: String? = nil) -> DefinedName? {
        let local = sheet.flatMap { sheetName in sheets.firstIndex { $0.name == sheetName } }
        return definedNames.first { $0.name == name && $0.localSheetId == local }
    }

    /// Parses any XML part of the package (a chart, a drawing…).
    public func xml(_ part: String) throws -> XElement {
        try XLSXFile.xml(in: parts, PackagePath.normalize(part))
    }

    /// The relationships of any part (empty when it has no `.rels`).
    public func relationships(of part: String) throws -> [Relationship] {
        try XLSXFile.relationships(in: parts, of: PackagePath.normalize(part))
    }

    /// Package paths of the chart parts shown on a sheet (through its drawing), in the order of
    /// the drawing's relationships. Works for worksheets and chartsheets.
    public func chartParts(inSheet name: String) throws -> [String] {
        guard let sheet = sheet(name) else { return [] }
        var charts: [String] = []
        for drawing in sheet.relationships where drawing.kind == "drawing" && !drawing.isExternal {
            for rel in try relationships(of: drawing.target) where rel.kind == "chart" && !rel.isExternal {
                charts.append(rel.target)
            }
        }
        return charts
    }

    /// The content type of a part: its override, else the default for its extension.
    public func contentType(of part: String) -> String? {
        let path = PackagePath.normalize(part)
        if let type = contentTypes[path] { return type }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return defaultContentTypes[path[path.index(after: dot)...].lowercased()]
    }

    // MARK: - Loading helpers

    private static func readEntries(_ url: URL) throws -> [String: Data] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XLSXReaderError.notAZipArchive(path: url.path, reason: "file does not exist")
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXReaderError.notAZipArchive(path: url.path, reason: "\(error)")
        }
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in data.append(chunk) }
            } catch {
                throw XLSXReaderError.unreadableEntry(part: entry.path, reason: "\(error)")
            }
            parts[PackagePath.normalize(entry.path)] = data
        }
        return parts
    }

    static func xml(in parts: [String: Data], _ path: String) throws -> XElement {
        guard let data = parts[path] else { throw XLSXReaderError.missingPart(path) }
        return try XElement.parse(data, part: path)
    }

    /// Like `xml(in:_:)` but `nil` for an absent part (optional parts such as docProps).
    static func optionalXML(in parts: [String: Data], _ path: String) throws -> XElement? {
        guard parts[path] != nil else { return nil }
        return try xml(in: parts, path)
    }

    static func relationships(in parts: [String: Data], of source: String) throws -> [Relationship] {
        let relsPath = source.isEmpty ? "_rels/.rels" : PackagePath.relsPath(for: source)
        guard let root = try optionalXML(in: parts, relsPath) else {
            if source.isEmpty { throw XLSXReaderError.missingPart(relsPath) }
            return []
        }
        return try root.children("Relationship").map { rel in
            guard let id = rel.attribute("Id"), let type = rel.attribute("Type"), let target = rel.attribute("Target") else {
                throw XLSXReaderError.invalidContent(part: relsPath, reason: "<Relationship> without Id/Type/Target")
            }
            let external = rel.attribute("TargetMode") == "External"
            return Relationship(id: id, type: type, rawTarget: target, isExternal: external,
                                target: external ? target : PackagePath.resolve(target, from: source))
        }
    }

    private static func checkStyleIndexes(_ sheet: Worksheet, styles: StyleSheet) throws {
        let count = styles.cellStyles.count
        for cell in sheet.orderedCells {
            guard let s = cell.styleIndex else { continue }
            if s < 0 || (s >= count && !(count == 0 && s == 0)) {
                throw XLSXReaderError.invalidContent(
                    part: sheet.partPath, reason: "cell \(cell.ref.a1) uses style \(s), but cellXfs has \(count) entries")
            }
        }
        for column in sheet.columns {
            guard let s = column.styleIndex else { continue }
            if s < 0 || (s >= count && !(count == 0 && s == 0)) {
                throw XLSXReaderError.invalidContent(
                    part: sheet.partPath, reason: "columns \(column.min)–\(column.max) use style \(s), but cellXfs has \(count) entries")
            }
        }
    }
}
