import Model

/// Reads one worksheet part into cells and merged ranges.
struct WorksheetParser {
    var info: XlsxSheetInfo
    var sharedStrings: [String]
    var styles: [NumberFormat]
    var limits: Limits
    /// Cells the document may still hold (the total limit minus what earlier sheets used).
    var remainingCells: Int

    func parse(_ bytes: [UInt8]) throws(XlsxReadError) -> XlsxSheet {
        let part = info.part
        var xml = try XMLTokenizer(part: part, bytes: bytes, limits: limits)
        // Only these elements' attributes are read below (a data validation's prompt, a column's
        // width … are checked, not kept).
        xml.attributesWanted = ["row", "c", "mergeCell"]
        var cells: [XlsxCell] = []
        var merges: [CellRange] = []
        var row = -1
        var column = -1
        while let event = try xml.next() {
            guard case .start(let name, let attributes) = event else { continue }
            switch name {
            case "row":
                if let r = PartParsers.attribute(attributes, "r") {
                    guard let n = Int(r), n >= 1, n - 1 <= CellReference.maximumRow else {
                        throw XlsxReadError(.workbookBadReference(reference: String(r.prefix(40))), sheet: info.name, reference: String(r.prefix(40)))
                    }
                    row = n - 1
                } else {
                    row += 1
                }
                column = -1
            case "c":
                let reference: CellReference
                if let r = PartParsers.attribute(attributes, "r") {
                    guard let parsed = CellReference(r) else {
                        throw XlsxReadError(.workbookBadReference(reference: String(r.prefix(40))), sheet: info.name, reference: String(r.prefix(40)))
                    }
                    reference = parsed
                } else {
                    guard let next = CellReference(row: max(row, 0), column: column + 1) else {
                        let text = CellReference.columnName(column + 1) + String(max(row, 0) + 1)
                        throw XlsxReadError(.workbookBadReference(reference: text), sheet: info.name, reference: text)
                    }
                    reference = next
                }
                row = reference.row
                column = reference.column
                if let cell = try readCell(&xml, reference: reference, attributes: attributes) {
                    guard cells.count < limits.maximumCellsPerSheet else {
                        throw XlsxReadError(.workbookTooLarge(.cellsPerSheet, maximum: limits.maximumCellsPerSheet, part: part))
                    }
                    guard cells.count < remainingCells else {
                        throw XlsxReadError(.workbookTooLarge(.cellsTotal, maximum: limits.maximumCellsTotal, part: nil))
                    }
                    cells.append(cell)
                }
            case "mergeCell":
                guard let ref = PartParsers.attribute(attributes, "ref") else { continue }
                guard let range = CellRange(ref) else {
                    throw XlsxReadError(.workbookBadReference(reference: String(ref.prefix(40))), sheet: info.name, reference: String(ref.prefix(40)))
                }
                guard merges.count < limits.maximumCellsPerSheet else {
                    throw XlsxReadError(.workbookTooLarge(.cellsPerSheet, maximum: limits.maximumCellsPerSheet, part: part))
                }
                merges.append(range)
            default:
                break
            }
        }
        return XlsxSheet(info: info, cells: cells, merges: merges)
    }

    /// The cell whose `<c>` start was just read, up to its end; `nil` for a cell with neither a
    /// value nor a formula.
    private func readCell(_ xml: inout XMLTokenizer, reference: CellReference,
                          attributes: [(name: String, value: String)]) throws(XlsxReadError) -> XlsxCell? {
        let type = PartParsers.attribute(attributes, "t") ?? "n"
        var format = NumberFormat.general
        if let s = PartParsers.attribute(attributes, "s") {
            // A style index past the table (some writers leave `s` dangling): General, as Excel shows it.
            if let index = Int(s), styles.indices.contains(index) { format = styles[index] }
        }
        var raw: String?
        var inline: String?
        var formula: String?
        loop: while let event = try xml.next() {
            switch event {
            case .start("v", _): raw = try xml.readElementText()
            case .start("f", _): formula = try xml.readElementText()
            case .start("is", _): inline = try PartParsers.richText(&xml, part: info.part, limits: limits)
            case .start:
                try xml.skipElement()
            case .end("c"): break loop
            default: break
            }
        }
        func bad(_ value: String) -> XlsxReadError {
            XlsxReadError(.workbookBadValue(type: String(type.prefix(20)), value: String(value.prefix(40))), sheet: info.name,
                          reference: reference.description)
        }
        let value: XlsxValue?
        switch type {
        case "n":
            if let raw {
                let trimmed = raw.trimmingXMLSpace
                guard let number = Double(trimmed), number.isFinite, !trimmed.isEmpty,
                      trimmed.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 69 || $0 == 101 })
                else {
                    if trimmed.isEmpty { value = nil; break }
                    throw bad(raw)
                }
                value = .number(number)
            } else {
                value = nil
            }
        case "s":
            guard let raw else { value = nil; break }
            guard let index = Int(raw.trimmingXMLSpace), sharedStrings.indices.contains(index) else {
                throw XlsxReadError(.workbookSharedString(index: String(raw.prefix(40)), count: sharedStrings.count), sheet: info.name,
                                    reference: reference.description)
            }
            value = .text(sharedStrings[index])
        case "inlineStr":
            value = inline.map(XlsxValue.text) ?? raw.map(XlsxValue.text)
        case "str":
            value = raw.map(XlsxValue.text)
        case "b":
            guard let raw else { value = nil; break }
            switch raw.trimmingXMLSpace.lowercased() {
            case "1", "true": value = .bool(true)
            case "0", "false": value = .bool(false)
            default: throw bad(raw)
            }
        case "e":
            value = raw.map(XlsxValue.error)
        case "d":
            value = raw.map(XlsxValue.text)
        default:
            throw bad(raw ?? "")
        }
        if value == nil && formula == nil { return nil }
        return XlsxCell(reference: reference, value: value, formula: formula, numberFormat: format)
    }
}

extension String {
    var trimmingXMLSpace: String {
        // Most values have no space around them: nothing to trim, nothing to copy.
        if let first = utf8.first, let last = utf8.last, !first.isXMLSpace, !last.isXMLSpace { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Character($0).isXMLSpace }),
              let last = scalars.lastIndex(where: { !Character($0).isXMLSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
