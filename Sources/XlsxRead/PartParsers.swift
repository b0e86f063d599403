import Model

/// A relationship of a part (`_rels/*.rels`): its id, type and resolved target part.
struct Relationship {
    var id: String
    var type: String
    var target: String
    var external: Bool
}

/// The readers of each kind of part, over `XMLTokenizer`.
enum PartParsers {
    static func attribute(_ attributes: [(name: String, value: String)], _ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The relationship id attribute (`r:id`, whatever the prefix is).
    static func relationshipID(_ attributes: [(name: String, value: String)]) -> String? {
        attributes.first { $0.name.hasSuffix(":id") }?.value
    }

    /// The relationships of `part`, targets resolved against the part's folder.
    static func relationships(_ bytes: [UInt8], part: String, of source: String, limits: Limits) throws(XlsxReadError) -> [Relationship] {
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        var out: [Relationship] = []
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        while let event = try xml.next() {
            guard case .start("Relationship", let attributes) = event else { continue }
            guard let id = attribute(attributes, "Id"), let target = attribute(attributes, "Target") else { continue }
            let external = attribute(attributes, "TargetMode") == "External"
            let resolved = target.hasPrefix("/") ? ZipPackage.normalized(target) : ZipPackage.normalized(folder + "/" + target)
            out.append(Relationship(id: id, type: attribute(attributes, "Type") ?? "", target: resolved, external: external))
            guard out.count <= limits.maximumEntries else {
                throw XlsxReadError(.workbookTooLarge(.entries, maximum: limits.maximumEntries, part: part))
            }
        }
        return out
    }

    struct Workbook {
        var sheets: [(name: String, state: String?, relationship: String?)] = []
        var definedNames: [XlsxDefinedName] = []
        var date1904 = false
    }

    static func workbook(_ bytes: [UInt8], part: String, limits: Limits) throws(XlsxReadError) -> Workbook {
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        var out = Workbook()
        while let event = try xml.next() {
            guard case .start(let name, let attributes) = event else { continue }
            switch name {
            case "workbookPr":
                let value = attribute(attributes, "date1904")?.lowercased()
                out.date1904 = value == "1" || value == "true"
            case "sheet":
                guard let sheetName = attribute(attributes, "name") else { continue }
                out.sheets.append((sheetName, attribute(attributes, "state"), relationshipID(attributes)))
                guard out.sheets.count <= limits.maximumSheets else {
                    throw XlsxReadError(.workbookTooLarge(.sheets, maximum: limits.maximumSheets, part: nil))
                }
            case "definedName":
                let definedName = attribute(attributes, "name")
                let sheet = attribute(attributes, "localSheetId").flatMap { Int($0) }
                let hidden = attribute(attributes, "hidden").map { $0 == "1" || $0 == "true" } ?? false
                let formula = try xml.readElementText()
                if let definedName, sheet == nil {
                    out.definedNames.append(XlsxDefinedName(name: definedName, formula: formula, hidden: hidden))
                }
                guard out.definedNames.count <= limits.maximumEntries else {
                    throw XlsxReadError(.workbookTooLarge(.entries, maximum: limits.maximumEntries, part: part))
                }
            default: break
            }
        }
        return out
    }

    /// The shared-string table: each `<si>`'s plain text, or its rich-text runs joined (phonetic
    /// runs `<rPh>` left out).
    static func sharedStrings(_ bytes: [UInt8], part: String, limits: Limits) throws(XlsxReadError) -> [String] {
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        xml.attributesWanted = []
        var out: [String] = []
        while let event = try xml.next() {
            guard case .start("si", _) = event else { continue }
            guard out.count < limits.maximumSharedStrings else {
                throw XlsxReadError(.workbookTooLarge(.sharedStrings, maximum: limits.maximumSharedStrings, part: part))
            }
            out.append(try richText(&xml, part: part, limits: limits))
        }
        return out
    }

    /// The text of an `<si>` or `<is>` whose start was just read: `<t>` texts, in `<r>` runs or
    /// not, joined; `<rPh>` (phonetic guides) skipped.
    static func richText(_ xml: inout XMLTokenizer, part: String, limits: Limits) throws(XlsxReadError) -> String {
        var text = ""
        while let event = try xml.next() {
            switch event {
            case .start("rPh", _), .start("phoneticPr", _), .start("rPr", _):
                try xml.skipElement()
            case .start("t", _):
                text += try xml.readElementText()
                guard text.utf8.count <= limits.maximumStringBytes else {
                    throw XlsxReadError(.workbookTooLarge(.stringLength, maximum: limits.maximumStringBytes, part: part))
                }
            case .end("si"), .end("is"), .end("text"):
                return text
            default: break
            }
        }
        return text
    }

    /// The comments of a sheet (`xl/comments1.xml`): each `<comment ref="D5">`'s text (its
    /// `<text>` runs joined), by cell; a comment on a cell that is no reference is left out.
    static func comments(_ bytes: [UInt8], part: String, limits: Limits) throws(XlsxReadError) -> [CellReference: String] {
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        xml.attributesWanted = ["comment"]
        var out: [CellReference: String] = [:]
        var reference: CellReference?
        while let event = try xml.next() {
            switch event {
            case .start("comment", let attributes):
                reference = attribute(attributes, "ref").flatMap { CellReference($0) }
            case .start("text", _):
                let text = try richText(&xml, part: part, limits: limits)
                if let reference { out[reference] = text }
                guard out.count <= limits.maximumCellsTotal else {
                    throw XlsxReadError(.workbookTooLarge(.cellsTotal, maximum: limits.maximumCellsTotal, part: part))
                }
            case .end("comment"):
                reference = nil
            default: break
            }
        }
        return out
    }

    /// The number format of each cell format (`cellXfs`), by index.
    static func styles(_ bytes: [UInt8], part: String, limits: Limits) throws(XlsxReadError) -> [NumberFormat] {
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        xml.attributesWanted = ["numFmt", "xf"]
        var custom: [Int: String] = [:]
        var ids: [Int] = []
        var inCellXfs = false
        while let event = try xml.next() {
            switch event {
            case .start("numFmt", let attributes):
                if let id = attribute(attributes, "numFmtId").flatMap({ Int($0) }), let code = attribute(attributes, "formatCode") {
                    custom[id] = code
                }
                guard custom.count <= limits.maximumStyles else {
                    throw XlsxReadError(.workbookTooLarge(.styles, maximum: limits.maximumStyles, part: part))
                }
            case .start("cellXfs", _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let attributes) where inCellXfs:
                ids.append(attribute(attributes, "numFmtId").flatMap { Int($0) } ?? 0)
                guard ids.count <= limits.maximumStyles else {
                    throw XlsxReadError(.workbookTooLarge(.styles, maximum: limits.maximumStyles, part: part))
                }
            default: break
            }
        }
        var formats: [Int: NumberFormat] = [:]
        return ids.map { id in
            if let known = formats[id] { return known }
            let format = custom[id].map { NumberFormat(id: id, code: $0) } ?? NumberFormat.builtIn(id) ?? .general
            formats[id] = format
            return format
        }
    }
}
