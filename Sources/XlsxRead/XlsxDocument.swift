import Foundation
import Model
import ZIPFoundation

/// A defined name of workbook scope (`<definedName>` without `localSheetId`).
public struct XlsxDefinedName: Hashable, Sendable {
    /// The name (`_xlnm.Print_Area`, `TyLe_2023`).
    public var name: String
    /// What it refers to, as written (`'Bảng 2'!$D$19`).
    public var formula: String
    /// Whether Excel hides it from its Name Manager.
    public var hidden: Bool

    public init(name: String, formula: String, hidden: Bool = false) {
        self.name = name
        self.formula = formula
        self.hidden = hidden
    }
}

/// An .xlsx workbook opened for reading: any file an officer may hand us, written by cchc
/// (libxlsxwriter), saved by Excel or LibreOffice, or built by another tool.
///
/// Opening checks what the file is before unzipping it (an empty file, a legacy `.xls`, an
/// encrypted workbook, an `.ods`, a CSV or other text, a zip that is no workbook, a damaged zip:
/// each its own `workbook.*` finding), then reads the workbook part, the shared strings and the
/// styles. Sheets are read one at a time, when asked: memory holds the cells read so far plus
/// one part's bytes while it is parsed (at most `Limits.maximumPartSize`), never the whole
/// file's contents inflated. Every failure is a `CCHCError` with one finding located at the file, or at the
/// sheet and cell (`Location.Place.cell`) where there is one; nothing a file holds can crash the
/// reader, hang it, or make it allocate past `Limits`.
///
/// ```swift
/// let workbook = try XlsxDocument(path: "bao-cao.xlsx")
/// for info in workbook.sheets where info.visibility == .visible {
///     let sheet = try workbook.sheet(info)
///     if let cell = sheet["D19"], case .number(let n)? = cell.value { … }
/// }
/// ```
///
/// Not `Sendable`: it keeps the open zip. Open one per task.
public final class XlsxDocument {
    /// The file name findings are located in, as given.
    public let file: String
    /// The sheets in workbook order (visible, hidden and very hidden; chart sheets too).
    public let sheets: [XlsxSheetInfo]
    /// Defined names of workbook scope, in the order written.
    public let definedNames: [XlsxDefinedName]
    /// Whether serial dates count from 1904-01-01 (`workbookPr date1904`) instead of 1899-12-30.
    public let date1904: Bool
    /// The limits this document is read under.
    public let limits: Limits

    private let package: ZipPackage
    private let sharedStrings: [String]
    private let styles: [NumberFormat]
    private var cellsRead = 0

    /// Opens the workbook at `path`; `file` names it in findings (the path by default).
    /// A missing, unreadable or too large file throws its `file.*` / `workbook.too-large` finding.
    public convenience init(path: String, file: String? = nil, limits: Limits = .standard) throws(CCHCError) {
        let name = file ?? path
        func fail(_ problem: Problem) -> CCHCError { CCHCError(problem, file: name) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail(.fileNotFound) }
        if isDirectory.boolValue { throw fail(.fileIsDirectory) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail(.fileUnreadable) }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map { Int(clamping: $0) } ?? 0
        if size > limits.maximumFileSize { throw fail(.workbookTooLarge(.fileSize, maximum: limits.maximumFileSize, part: nil)) }
        try? handle.seek(toOffset: 0)
        let head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        let format = SniffedFormat.sniff(head: head) { FileScan.contains($0, in: handle, limit: limits.maximumFileSize) }
        if let problem = format.problem { throw fail(problem) }
        let archive: Archive
        let bytes: [UInt8]
        do {
            try handle.seek(toOffset: 0)
            bytes = [UInt8](try handle.readToEnd() ?? Data())
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw fail(.workbookCorrupt(part: nil))
        }
        try self.init(archive: archive, bytes: bytes, file: name, limits: limits)
    }

    /// Whether a file starting with `head` is one this reader opens or names by its format (a
    /// zip, or an OLE compound file: legacy .xls, encrypted workbook), by its first bytes.
    public static func isContainer(head: [UInt8]) -> Bool { SniffedFormat.isContainer(head: head) }

    /// Opens a workbook held in memory (a fuzzer's bytes, a test's file); `file` names it in
    /// findings. The bytes are read through a temporary file, removed before this returns.
    public convenience init(data: Data, file: String, limits: Limits = .standard) throws(CCHCError) {
        func fail(_ problem: Problem) -> CCHCError { CCHCError(problem, file: file) }
        if data.count > limits.maximumFileSize { throw fail(.workbookTooLarge(.fileSize, maximum: limits.maximumFileSize, part: nil)) }
        let bytes = [UInt8](data.prefix(4096))
        let format = SniffedFormat.sniff(head: bytes) { FileScan.contains($0, in: [UInt8](data)) }
        if let problem = format.problem { throw fail(problem) }
        // ZIPFoundation's in-memory archive traps when a damaged zip points past its end (its
        // MemoryFile reads a negative range; found by MutatedWorkbookTests), while its file-backed
        // archive reads short and throws. So the bytes go to a temporary file, unlinked as soon
        // as the archive holds it open.
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-xlsx-\(UUID().uuidString).xlsx")
        let archive: Archive
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
            defer { try? FileManager.default.removeItem(at: temporary) }
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw fail(.workbookCorrupt(part: nil))
        }
        try self.init(archive: archive, bytes: [UInt8](data), file: file, limits: limits)
    }

    private init(archive: Archive, bytes: [UInt8], file: String, limits: Limits) throws(CCHCError) {
        self.file = file
        self.limits = limits
        do throws(XlsxReadError) {
            let package = try ZipPackage(archive: archive, bytes: bytes, limits: limits)
            self.package = package
            let parts = try Self.readWorkbook(package, limits: limits)
            sheets = parts.sheets
            definedNames = parts.definedNames
            date1904 = parts.date1904
            sharedStrings = parts.sharedStrings
            styles = parts.styles
        } catch {
            throw error.error(file: file)
        }
    }

    private struct Parts {
        var sheets: [XlsxSheetInfo]
        var definedNames: [XlsxDefinedName]
        var date1904: Bool
        var sharedStrings: [String]
        var styles: [NumberFormat]
    }

    private static func readWorkbook(_ package: ZipPackage, limits: Limits) throws(XlsxReadError) -> Parts {
        if package.has("mimetype"), let mimetype = try package.read("mimetype") {
            let text = String(decoding: mimetype.prefix(200), as: UTF8.self)
            if text.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { throw XlsxReadError(.workbookODS) }
            if text.hasPrefix("application/vnd.oasis.opendocument") {
                throw XlsxReadError(.workbookNotSpreadsheet(looksLike: text.contains(".text") ? "odt" : nil))
            }
        }
        // The workbook part: the package's officeDocument relationship, or where every writer puts it.
        var workbookPart = "xl/workbook.xml"
        if let rels = try package.read("_rels/.rels") {
            let relationships = try PartParsers.relationships(rels, part: "_rels/.rels", of: "", limits: limits)
            if let main = relationships.first(where: { $0.type.hasSuffix("/officeDocument") && !$0.external }),
               main.target.hasSuffix(".xml") && (package.has(main.target) || !package.has(workbookPart)) {
                workbookPart = main.target
            }
        }
        guard let workbookBytes = try package.read(workbookPart) else {
            if package.has("word/document.xml") { throw XlsxReadError(.workbookNotSpreadsheet(looksLike: "docx")) }
            if package.has("ppt/presentation.xml") { throw XlsxReadError(.workbookNotSpreadsheet(looksLike: "pptx")) }
            throw XlsxReadError(.workbookNotSpreadsheet(looksLike: nil))
        }
        let workbook = try PartParsers.workbook(workbookBytes, part: workbookPart, limits: limits)
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        var relationships: [Relationship] = []
        if let bytes = try package.read(relsPart) {
            relationships = try PartParsers.relationships(bytes, part: relsPart, of: workbookPart, limits: limits)
        }
        func target(_ suffix: String, fallback: String) -> String {
            relationships.first { $0.type.hasSuffix(suffix) && !$0.external }?.target ?? ((folder.isEmpty ? "" : folder + "/") + fallback)
        }
        var sharedStrings: [String] = []
        let sharedStringsPart = target("/sharedStrings", fallback: "sharedStrings.xml")
        if let bytes = try package.read(sharedStringsPart) {
            sharedStrings = try PartParsers.sharedStrings(bytes, part: sharedStringsPart, limits: limits)
        }
        var styles: [NumberFormat] = []
        let stylesPart = target("/styles", fallback: "styles.xml")
        if let bytes = try package.read(stylesPart) {
            styles = try PartParsers.styles(bytes, part: stylesPart, limits: limits)
        }
        var sheets: [XlsxSheetInfo] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let visibility: XlsxSheetInfo.Visibility = switch sheet.state {
            case "hidden": .hidden
            case "veryHidden": .veryHidden
            default: .visible
            }
            let relationship = sheet.relationship.flatMap { id in relationships.first { $0.id == id } }
            let part = relationship?.target ?? (folder.isEmpty ? "" : folder + "/") + "worksheets/sheet\(index + 1).xml"
            let kind: XlsxSheetInfo.Kind = switch relationship?.type.split(separator: "/").last {
            case "worksheet"?, nil: .worksheet
            case "chartsheet"?: .chartsheet
            default: .other
            }
            sheets.append(XlsxSheetInfo(name: sheet.name, index: index, visibility: visibility, kind: kind, part: part))
        }
        if sheets.isEmpty { throw XlsxReadError(.workbookNoSheets) }
        return Parts(sheets: sheets, definedNames: workbook.definedNames, date1904: workbook.date1904,
                     sharedStrings: sharedStrings, styles: styles)
    }

    /// The sheet named `name` (exactly as written), or `nil` when there is none.
    public func info(named name: String) -> XlsxSheetInfo? { sheets.first { $0.name == name } }

    /// Reads the cells of a sheet. A chart sheet has none. Throws `workbook.missing-part` when
    /// the sheet's part is not in the zip, and the part's own problems (malformed XML, a bad
    /// reference or value located at its cell, a limit).
    public func sheet(_ info: XlsxSheetInfo) throws(CCHCError) -> XlsxSheet {
        if info.kind == .chartsheet { return XlsxSheet(info: info, cells: [], merges: []) }
        do throws(XlsxReadError) {
            guard let bytes = try package.read(info.part) else {
                throw XlsxReadError(.workbookMissingPart(part: info.part))
            }
            let parser = WorksheetParser(info: info, sharedStrings: sharedStrings, styles: styles, limits: limits,
                                         remainingCells: max(limits.maximumCellsTotal - cellsRead, 0))
            let sheet = try parser.parse(bytes)
            cellsRead += sheet.cells.count
            return sheet
        } catch {
            throw error.error(file: file)
        }
    }

    /// The comments on the cells of a sheet (the notes Excel shows when the pointer is over a
    /// cell), by cell: empty for a sheet without any. Found through the sheet's relationships.
    public func comments(of info: XlsxSheetInfo) throws(CCHCError) -> [CellReference: String] {
        do throws(XlsxReadError) {
            let parts = info.part.split(separator: "/", omittingEmptySubsequences: false)
            guard let name = parts.last else { return [:] }
            let relsPart = (parts.dropLast().joined(separator: "/") + "/_rels/" + name + ".rels")
            guard let rels = try package.read(relsPart) else { return [:] }
            let relationships = try PartParsers.relationships(rels, part: relsPart, of: info.part, limits: limits)
            guard let comments = relationships.first(where: { !$0.external && $0.type.hasSuffix("/comments") }),
                  let bytes = try package.read(comments.target) else { return [:] }
            return try PartParsers.comments(bytes, part: comments.target, limits: limits)
        } catch {
            throw error.error(file: file)
        }
    }

    /// Reads the sheet named `name`; `nil` when the workbook has no such sheet.
    public func sheet(named name: String) throws(CCHCError) -> XlsxSheet? {
        guard let info = info(named: name) else { return nil }
        return try sheet(info)
    }

    /// The defined name of workbook scope called `name` (compared as Excel does, ignoring case).
    public func definedName(_ name: String) -> XlsxDefinedName? {
        definedNames.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The calendar day of a serial date number under this workbook's date system, or `nil` for a
    /// serial outside 1900–9999 (or before 1904 in the 1904 system). In the 1900 system serial 60
    /// is Excel's phantom 29 February 1900 and reads as 1 March; the time of day is dropped.
    public func day(ofSerial serial: Double) -> DayDate? {
        Self.day(ofSerial: serial, date1904: date1904)
    }

    /// As `day(ofSerial:)`, for a given date system.
    public static func day(ofSerial serial: Double, date1904: Bool) -> DayDate? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1462  // 1904-01-01 is serial 1462 of the 1900 system
        } else if days < 61 {
            days += 1  // before the phantom 29 February 1900 the serials are one day late
        }
        // Days since 1899-12-30 → civil date (Howard Hinnant's algorithm), shifted to 1970-01-01.
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return DayDate(year: year, month: month, day: day)
    }
}
