import Foundation
import ZIPFoundation

/// Helpers to hand-craft small `.xlsx` packages in tests (so test targets need not depend on
/// ZIPFoundation themselves).
public enum XLSXFixture {
    /// Writes a ZIP package whose entries are the given parts (path → UTF-8 text), deflated,
    /// in sorted path order. An existing file at `url` is replaced.
    public static func write(parts: [String: String], to url: URL) throws {
        try write(dataParts: parts.mapValues { Data($0.utf8) }, to: url)
    }

    /// Writes a ZIP package whose entries are the given parts (path → bytes).
    public static func write(dataParts: [String: Data], to url: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: url.path) { try fileManager.removeItem(at: url) }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw XLSXReaderError.notAZipArchive(path: url.path, reason: "cannot create: \(error)")
        }
        for path in dataParts.keys.sorted() {
            let data = dataParts[path]!
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
    }

    /// One sheet of a fixture workbook: its tab name and the inner XML of `<worksheet>` (e.g.
    /// `"<sheetData>…</sheetData><mergeCells>…</mergeCells>"`).
    public struct Sheet: Sendable {
        public var name: String
        public var body: String
        /// Extra relationships of the sheet part, as `<Relationship …/>` elements.
        public var relationships: String
        public init(name: String, body: String, relationships: String = "") {
            self.name = name
            self.body = body
            self.relationships = relationships
        }
    }

    /// The parts of a minimal but complete workbook: content types, package and workbook
    /// relationships, `xl/workbook.xml` (with optional `<definedNames>` inner XML), one
    /// worksheet part per sheet, and — when given — `xl/sharedStrings.xml` and `xl/styles.xml`
    /// (a full `<styleSheet>` document). Add or override entries in the returned dictionary for
    /// anything else (comments, docProps…).
    public static func minimalWorkbook(sheets: [Sheet], sharedStrings: [String]? = nil,
                                       styles: String? = nil, definedNames: String = "") -> [String: String] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkgRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"
        let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

        var parts: [String: String] = [:]
        var overrides = #"<Override PartName="/xl/workbook.xml" ContentType="\#(ct).sheet.main+xml"/>"#
        var workbookRels = ""
        var sheetEntries = ""
        for (i, sheet) in sheets.enumerated() {
            let n = i + 1
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(n).xml" ContentType="\#(ct).worksheet+xml"/>"#
            workbookRels += #"<Relationship Id="rId\#(n)" Type="\#(relNS)/worksheet" Target="worksheets/sheet\#(n).xml"/>"#
            sheetEntries += #"<sheet name="\#(escape(sheet.name))" sheetId="\#(n)" r:id="rId\#(n)"/>"#
            parts["xl/worksheets/sheet\(n).xml"] = header
                + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relNS)">\#(sheet.body)</worksheet>"#
            if !sheet.relationships.isEmpty {
                parts["xl/worksheets/_rels/sheet\(n).xml.rels"] = header
                    + #"<Relationships xmlns="\#(pkgRelNS)">\#(sheet.relationships)</Relationships>"#
            }
        }
        var nextID = sheets.count + 1
        if let sharedStrings {
            overrides += #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(ct).sharedStrings+xml"/>"#
            workbookRels += #"<Relationship Id="rId\#(nextID)" Type="\#(relNS)/sharedStrings" Target="sharedStrings.xml"/>"#
            nextID += 1
            let items = sharedStrings.map { s -> String in
                let preserve = s != s.trimmingCharacters(in: .whitespacesAndNewlines) ? #" xml:space="preserve""# : ""
                return "<si><t\(preserve)>\(escape(s))</t></si>"
            }.joined()
            parts["xl/sharedStrings.xml"] = header
                + #"<sst xmlns="\#(main)" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">\#(items)</sst>"#
        }
        if let styles {
            overrides += #"<Override PartName="/xl/styles.xml" ContentType="\#(ct).styles+xml"/>"#
            workbookRels += #"<Relationship Id="rId\#(nextID)" Type="\#(relNS)/styles" Target="styles.xml"/>"#
            parts["xl/styles.xml"] = styles
        }
        parts["[Content_Types].xml"] = header
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>\#(overrides)</Types>"#
        parts["_rels/.rels"] = header
            + #"<Relationships xmlns="\#(pkgRelNS)"><Relationship Id="rId1" Type="\#(relNS)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        parts["xl/_rels/workbook.xml.rels"] = header + #"<Relationships xmlns="\#(pkgRelNS)">\#(workbookRels)</Relationships>"#
        let names = definedNames.isEmpty ? "" : "<definedNames>\(definedNames)</definedNames>"
        parts["xl/workbook.xml"] = header
            + #"<workbook xmlns="\#(main)" xmlns:r="\#(relNS)"><sheets>\#(sheetEntries)</sheets>\#(names)</workbook>"#
        return parts
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for XML text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(char)
            }
        }
        return out
    }
}
