import Foundation

/// Turns a parsed sheet part into a `Worksheet`.
enum WorksheetReader {
    struct Context {
        var name: String
        var kind: SheetKind
        var state: SheetState
        var part: String
        var relationships: [Relationship]
        var sharedStrings: [String]
        var comments: [String: String]
    }

    static func read(_ root: XElement, context: Context) throws -> Worksheet {
        var sheet = Worksheet(
            name: context.name, kind: context.kind, state: context.state, partPath: context.part,
            cells: [:], merges: [], columns: [], hiddenRows: [], rowHeights: [:], frozenPane: nil,
            frozenTopLeftCell: nil, sheetView: [:], tabColor: nil, dimension: nil, autoFilter: nil,
            isProtected: false, dataValidations: [], conditionalFormats: [], hyperlinks: [],
            comments: context.comments, pageSetup: [:], pageMargins: [:], printOptions: [:],
            headerFooter: [:], printTitles: nil, printArea: nil,
            relationships: context.relationships)

        if let sheetPr = root.child("sheetPr") {
            sheet.tabColor = sheetPr.child("tabColor")?.attribute("rgb")
            if let fit = sheetPr.child("pageSetUpPr")?.attribute("fitToPage") {
                sheet.pageSetup["fitToPage"] = fit
            }
        }
        sheet.dimension = root.child("dimension")?.attribute("ref")
        sheet.autoFilter = root.child("autoFilter")?.attribute("ref")
        sheet.isProtected = root.child("sheetProtection")?.boolAttribute("sheet") ?? false

        if let view = root.path("sheetViews", "sheetView") {
            sheet.sheetView = localAttributes(view)
            if let pane = view.child("pane"), let state = pane.attribute("state"),
               state == "frozen" || state == "frozenSplit" {
                let topLeft = pane.attribute("topLeftCell")
                let fromTopLeft = topLeft.flatMap(CellRef.init)
                let rows = pane.doubleAttribute("ySplit").map { Int($0) } ?? fromTopLeft?.row ?? 0
                let cols = pane.doubleAttribute("xSplit").map { Int($0) } ?? fromTopLeft?.col ?? 0
                sheet.frozenPane = (row: rows, col: cols)
                sheet.frozenTopLeftCell = topLeft
            }
        }

        for col in root.child("cols")?.children("col") ?? [] {
            guard let min = col.intAttribute("min") else {
                throw XLSXReaderError.invalidContent(part: context.part, reason: "<col> without min")
            }
            sheet.columns.append(ColumnInfo(
                min: min, max: col.intAttribute("max") ?? min, width: col.doubleAttribute("width"),
                hidden: col.boolAttribute("hidden") ?? false,
                customWidth: col.boolAttribute("customWidth") ?? false,
                styleIndex: col.intAttribute("style"), outlineLevel: col.intAttribute("outlineLevel") ?? 0))
        }

        if let sheetData = root.child("sheetData") {
            try readCells(sheetData, into: &sheet, context: context)
        }

        sheet.merges = root.child("mergeCells")?.children("mergeCell").compactMap { $0.attribute("ref") } ?? []

        for block in root.children("conditionalFormatting") {
            let sqref = block.attribute("sqref") ?? block.child("sqref")?.text ?? ""
            for rule in block.children("cfRule") {
                sheet.conditionalFormats.append(ConditionalFormat(
                    sqref: sqref, type: rule.attribute("type") ?? "", operator: rule.attribute("operator"),
                    formulas: rule.children("formula").map { $0.allText() },
                    dxfId: rule.intAttribute("dxfId"), priority: rule.intAttribute("priority"),
                    stopIfTrue: rule.boolAttribute("stopIfTrue") ?? false, text: rule.attribute("text")))
            }
        }

        // Main rules live in <dataValidations>; x14 rules (lists pointing at other sheets, as
        // written by older Excel) live under <extLst>. Both use local name "dataValidation".
        for rule in root.descendants("dataValidation") {
            let sqref = rule.attribute("sqref") ?? rule.child("sqref")?.allText() ?? ""
            sheet.dataValidations.append(DataValidation(
                type: rule.attribute("type"), operator: rule.attribute("operator"), sqref: sqref,
                formula1: rule.child("formula1").map { $0.allText() },
                formula2: rule.child("formula2").map { $0.allText() },
                allowBlank: rule.boolAttribute("allowBlank") ?? false,
                showInputMessage: rule.boolAttribute("showInputMessage") ?? false,
                showErrorMessage: rule.boolAttribute("showErrorMessage") ?? false,
                errorStyle: rule.attribute("errorStyle"),
                promptTitle: rule.attribute("promptTitle"), prompt: rule.attribute("prompt"),
                errorTitle: rule.attribute("errorTitle"), error: rule.attribute("error"),
                showDropDown: rule.boolAttribute("showDropDown") ?? false))
        }

        let relsByID = Dictionary(context.relationships.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for link in root.child("hyperlinks")?.children("hyperlink") ?? [] {
            var target: String?
            if let rid = link.attribute("id") {
                guard let rel = relsByID[rid] else {
                    throw XLSXReaderError.invalidContent(
                        part: context.part, reason: "hyperlink \(link.attribute("ref") ?? "?") refers to missing relationship \(rid)")
                }
                target = rel.isExternal ? rel.rawTarget : rel.target
            }
            sheet.hyperlinks.append(Hyperlink(
                ref: link.attribute("ref") ?? "", location: link.attribute("location"), target: target,
                display: link.attribute("display"), tooltip: link.attribute("tooltip")))
        }

        if let options = root.child("printOptions") { sheet.printOptions = localAttributes(options) }
        if let margins = root.child("pageMargins") { sheet.pageMargins = localAttributes(margins) }
        if let setup = root.child("pageSetup") {
            sheet.pageSetup.merge(localAttributes(setup)) { _, new in new }
        }
        if let breaks = root.child("rowBreaks") {
            sheet.rowBreaks = breaks.children("brk").compactMap { $0.intAttribute("id") }.sorted()
        }
        if let hf = root.child("headerFooter") {
            sheet.headerFooter = localAttributes(hf)
            for part in hf.children { sheet.headerFooter[part.localName] = part.text }
        }
        return sheet
    }

    private static func readCells(_ sheetData: XElement, into sheet: inout Worksheet, context: Context) throws {
        var nextRow = 0  // 0-based index used when <row> has no r attribute
        for row in sheetData.children("row") {
            let rowIndex: Int
            if let r = row.intAttribute("r") {
                guard r >= 1 else {
                    throw XLSXReaderError.invalidContent(part: context.part, reason: "row number \(r) is not ≥ 1")
                }
                rowIndex = r - 1
            } else {
                rowIndex = nextRow
            }
            nextRow = rowIndex + 1
            if row.boolAttribute("hidden") == true { sheet.hiddenRows.insert(rowIndex + 1) }
            if let height = row.doubleAttribute("ht") { sheet.rowHeights[rowIndex + 1] = height }

            var nextCol = 0
            for c in row.children("c") {
                let ref: CellRef
                if let r = c.attribute("r") {
                    guard let parsed = CellRef(r) else {
                        throw XLSXReaderError.invalidContent(part: context.part, reason: "bad cell reference \"\(r)\"")
                    }
                    guard parsed.row == rowIndex else {
                        throw XLSXReaderError.invalidContent(
                            part: context.part, reason: "cell \(r) is inside <row r=\"\(rowIndex + 1)\">")
                    }
                    ref = parsed
                } else {
                    ref = CellRef(row: rowIndex, col: nextCol)
                }
                nextCol = ref.col + 1
                sheet.cells[ref] = try readCell(c, ref: ref, context: context)
            }
        }
    }

    private static func readCell(_ c: XElement, ref: CellRef, context: Context) throws -> Cell {
        let t = c.attribute("t") ?? "n"
        let f = c.child("f")
        let v = c.child("v")?.text
        var cell = Cell(ref: ref, type: .blank, formula: f?.text, formulaKind: f?.attribute("t"),
                        formulaRange: f?.attribute("ref"), rawValue: v, styleIndex: c.intAttribute("s"))
        func invalid(_ reason: String) -> XLSXReaderError {
            .invalidContent(part: context.part, reason: "cell \(ref.a1): \(reason)")
        }
        switch t {
        case "s":
            cell.type = .sharedString
            guard let v, let index = Int(v.trimmingCharacters(in: .whitespaces)) else {
                throw invalid("shared-string cell without an index")
            }
            guard context.sharedStrings.indices.contains(index) else {
                throw invalid("shared-string index \(index) out of range (table has \(context.sharedStrings.count))")
            }
            cell.text = context.sharedStrings[index]
        case "inlineStr":
            cell.type = .inlineString
            let text = c.child("is")?.stringItemText ?? v ?? ""
            cell.text = text
            cell.rawValue = text
        case "b":
            cell.type = .boolean
        case "e":
            cell.type = .error
            cell.text = v
        case "str":
            cell.type = .formulaString
            cell.text = v ?? ""
        case "d":
            cell.type = .date
            cell.text = v
        case "n":
            if let v {
                let trimmed = v.trimmingCharacters(in: .whitespaces)
                guard let number = Double(trimmed) else { throw invalid("numeric value \"\(v)\" is not a number") }
                cell.type = .number
                cell.number = number
            } else if f != nil {
                cell.type = .number  // formula without a cached value
            } else {
                cell.type = .blank
            }
        default:
            throw invalid("unknown cell type t=\"\(t)\"")
        }
        return cell
    }

    /// Attributes keyed by local name (`r:id` → `id`).
    static func localAttributes(_ element: XElement) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in element.attributes where !key.hasPrefix("xmlns") {
            result[XElement.localPart(of: key)] = value
        }
        return result
    }
}
