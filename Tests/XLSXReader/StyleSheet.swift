/// The parsed `xl/styles.xml`: number formats, fonts, fills, borders, cell formats and dxfs.
public struct StyleSheet: Sendable {
    /// Custom number formats by id (`numFmts`).
    public var customNumberFormats: [Int: String]
    /// Resolved cell formats, indexed like `cellXfs`.
    public var cellStyles: [XLSXCellStyle]
    /// Differential formats, indexed like `dxfs`.
    public var differentialStyles: [DifferentialStyle]

    /// An empty stylesheet (a workbook without `xl/styles.xml`).
    public static let empty = StyleSheet(customNumberFormats: [:], cellStyles: [], differentialStyles: [])

    /// The built-in number formats of SpreadsheetML (ECMA-376 Part 1, §18.8.30) that have a
    /// locale-independent code.
    public static let builtInNumberFormats: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
        39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// The format code for a number-format id (custom first, then built-in).
    public func numberFormat(id: Int) -> String? {
        customNumberFormats[id] ?? StyleSheet.builtInNumberFormats[id]
    }

    static func parse(_ root: XElement, part: String) throws -> StyleSheet {
        var custom: [Int: String] = [:]
        for fmt in root.child("numFmts")?.children("numFmt") ?? [] {
            guard let id = fmt.intAttribute("numFmtId"), let code = fmt.attribute("formatCode") else {
                throw XLSXReaderError.invalidContent(part: part, reason: "<numFmt> without numFmtId/formatCode")
            }
            custom[id] = code
        }

        let fonts = root.child("fonts")?.children("font") ?? []
        let fills = root.child("fills")?.children("fill") ?? []
        let borders = root.child("borders")?.children("border") ?? []

        func pick(_ list: [XElement], _ id: Int?, _ what: String, xf: Int) throws -> XElement? {
            guard let id else { return nil }
            guard list.indices.contains(id) else {
                throw XLSXReaderError.invalidContent(
                    part: part, reason: "cellXfs[\(xf)] refers to \(what) \(id), but only \(list.count) exist")
            }
            return list[id]
        }

        var styles: [XLSXCellStyle] = []
        for (index, xf) in (root.child("cellXfs")?.children("xf") ?? []).enumerated() {
            let numFmtId = xf.intAttribute("numFmtId") ?? 0
            let font = try pick(fonts, xf.intAttribute("fontId") ?? (fonts.isEmpty ? nil : 0), "font", xf: index)
            let fill = try pick(fills, xf.intAttribute("fillId") ?? (fills.isEmpty ? nil : 0), "fill", xf: index)
            let border = try pick(borders, xf.intAttribute("borderId") ?? (borders.isEmpty ? nil : 0), "border", xf: index)
            let alignment = xf.child("alignment")
            let protection = xf.child("protection")
            let pattern = fill?.child("patternFill")
            func side(_ name: String) -> String? {
                guard let style = border?.child(name)?.attribute("style"), style != "none" else { return nil }
                return style
            }
            styles.append(XLSXCellStyle(
                index: index, numberFormatId: numFmtId,
                numberFormat: custom[numFmtId] ?? builtInNumberFormats[numFmtId],
                bold: flag(font?.child("b")), italic: flag(font?.child("i")),
                underline: font?.child("u").flatMap { u in
                    let value = u.attribute("val") ?? "single"
                    return value == "none" ? nil : value
                },
                strike: flag(font?.child("strike")),
                fontName: font?.child("name")?.attribute("val"),
                fontSize: font?.child("sz")?.doubleAttribute("val"),
                fontColor: color(font?.child("color")),
                fillPattern: pattern?.attribute("patternType"),
                fillColor: color(pattern?.child("fgColor")),
                horizontal: alignment?.attribute("horizontal"), vertical: alignment?.attribute("vertical"),
                wrapText: alignment?.boolAttribute("wrapText") ?? false,
                shrinkToFit: alignment?.boolAttribute("shrinkToFit") ?? false,
                indent: alignment?.intAttribute("indent") ?? 0,
                textRotation: alignment?.intAttribute("textRotation") ?? 0,
                borderLeft: side("left"), borderRight: side("right"),
                borderTop: side("top"), borderBottom: side("bottom"),
                locked: protection?.boolAttribute("locked") ?? true,
                formulaHidden: protection?.boolAttribute("hidden") ?? false))
        }

        var dxfs: [DifferentialStyle] = []
        for dxf in root.child("dxfs")?.children("dxf") ?? [] {
            let pattern = dxf.path("fill", "patternFill")
            let font = dxf.child("font")
            dxfs.append(DifferentialStyle(
                fillColor: color(pattern?.child("bgColor")) ?? color(pattern?.child("fgColor")),
                fontColor: color(font?.child("color")),
                bold: font?.child("b").map { flag($0) }, italic: font?.child("i").map { flag($0) },
                numberFormat: dxf.child("numFmt")?.attribute("formatCode")))
        }
        return StyleSheet(customNumberFormats: custom, cellStyles: styles, differentialStyles: dxfs)
    }

    /// A font flag element such as `<b/>` or `<b val="0"/>`.
    private static func flag(_ element: XElement?) -> Bool {
        guard let element else { return false }
        return element.boolAttribute("val") ?? true
    }

    private static func color(_ element: XElement?) -> String? {
        guard let element else { return nil }
        if let rgb = element.attribute("rgb") { return rgb }
        if let theme = element.attribute("theme") { return "theme:\(theme)" }
        if let indexed = element.attribute("indexed") { return "indexed:\(indexed)" }
        if element.boolAttribute("auto") == true { return "auto" }
        return nil
    }
}
