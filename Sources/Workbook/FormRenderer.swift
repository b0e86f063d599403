import Foundation
import Model
import Xlsx

/// Writes a filled form onto a worksheet: title, merged header, numbered rows, values, live
/// formulas for derived rates, notes (in Ghi chú, or as comments on a form without it),
/// footnotes and print setup.
public struct FormRenderer {
    public let report: Report
    public let layout: FormLayout
    /// The language of the texts the tool adds to the form (the form's own are the template's).
    public let catalogue: Catalogue
    /// Whether a rate reported without its counts gets a comment saying so (`cchc submit`).
    public let reportedRateComments: Bool
    /// What another writer puts in a value or helper cell instead of the report's value (the
    /// consolidated form: live sums over the per-unit sheet); nil: the report's value.
    public var cellContent: (@Sendable (_ rowIndex: Int, _ slot: CellSlot) -> CellContent?)?
    /// The kind a keyed value column gives its cells, by value column (nil: the row's kind):
    /// found once, not by searching the template's columns for every cell.
    private let columnKinds: [ValueKind?]

    /// A value cell of a row, or the hidden cell of one count of its rate.
    public enum CellSlot: Sendable, Equatable {
        case value(Int)
        case helper(valueIndex: Int, numerator: Bool)
    }

    /// A cell written by another writer: a formula with its cached number (nil: empty) or text.
    public enum CellContent: Sendable, Equatable {
        case formula(String, cached: Double?)
        case formulaText(String, cached: String)
        case text(String)
    }

    public init(report: Report, layout: FormLayout? = nil, catalogue: Catalogue = .vietnamese, reportedRateComments: Bool = false) {
        self.report = report
        self.layout = layout ?? FormLayout(report: report, catalogue: catalogue)
        self.catalogue = catalogue
        self.reportedRateComments = reportedRateComments
        columnKinds = report.valueColumns.map { column in
            report.template.columns.first { $0.role == .value && $0.key.map(ValueColumn.key) == column }?.kind
        }
    }

    // MARK: Styles

    static let base = CellStyle().with { $0.fontSize = 12 }
    static let bordered = base.with { $0.border = true; $0.wrap = true }
    static let headerStyle = bordered.with { $0.bold = true; $0.align = .center; $0.valign = .center }
    static let titleStyle = base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.wrap = true }
    static let aboveStyle = base.with { $0.bold = true; $0.align = .right }
    static let subtitleStyle = base.with { $0.italic = true; $0.align = .center; $0.wrap = true }
    static let footnoteStyle = base.with { $0.italic = true; $0.fontSize = 11 }

    /// Number format of a value of this kind.
    public static func numberFormat(for kind: ValueKind) -> String {
        switch kind {
        case .count: return "#,##0"
        case .decimal: return "#,##0.00"
        case .percent: return "0.00"
        case .code: return "0"
        default: return "General"
        }
    }

    private func valueStyle(for row: Row, kind: ValueKind) -> CellStyle {
        FormRenderer.bordered.with {
            switch kind {
            case .count, .decimal, .percent, .code:
                $0.numberFormat = FormRenderer.numberFormat(for: kind)
                $0.align = kind == .code ? .center : .right
                $0.wrap = false
            case .pass, .fraction: $0.align = .center
            default: $0.align = .left
            }
            $0.bold = row.kind == .section
        }
    }

    // MARK: Rendering

    /// Writes the form onto `sheet`.
    ///
    /// Throws `run.unwritable` (and writes nothing) when the report cannot be laid out
    /// (`FormLayout.flaw(for:)`): no report makes the renderer trap.
    public func render(on sheet: inout XlsxSheet) throws {
        if let flaw = layout.flaw(for: report) {
            throw CCHCError(.unwritable(.layout(template: report.template.id, appendix: nil, flaw: flaw)), file: report.source)
        }
        let template = report.template
        let visible = layout.visibleColumnCount
        // The height of every row whose height is set, by row, for the page breaks.
        var heights: [Double?] = []
        func setRow(_ r: Int, height: Double) throws {
            // Excel's tallest row: a longer text shows its first 409 points, the cell keeps it whole.
            let height = min(height, SheetLimits.rowHeight)
            if r >= heights.count { heights += repeatElement(nil, count: r + 1 - heights.count) }
            heights[r] = height
            try sheet.setRow(r, height: height)
        }
        for (c, column) in layout.columns.enumerated() {
            try sheet.setColumn(c, width: column.width, hidden: column.hidden)
        }
        for (i, line) in (template.aboveTitle ?? []).enumerated() {
            try sheet.merge(firstRow: layout.aboveTitleRows.lowerBound + i, firstCol: 0, lastRow: layout.aboveTitleRows.lowerBound + i,
                            lastCol: visible - 1, text: report.resolve(line), style: FormRenderer.aboveStyle)
        }
        for (i, line) in (template.title ?? []).enumerated() {
            let r = layout.titleRows.lowerBound + i
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: visible - 1, text: report.resolve(line), style: FormRenderer.titleStyle)
            try setRow(r, height: TextMetrics.rowHeight(report.resolve(line), width: totalWidth(0..<visible), fontSize: 13, bold: true))
        }
        for (i, line) in FormLayout.subtitleLines(report, catalogue: catalogue).enumerated() {
            let r = layout.subtitleRows.lowerBound + i
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: visible - 1, text: line, style: FormRenderer.subtitleStyle)
        }
        for cell in layout.headerCells {
            let r = layout.headerStart + cell.row
            try sheet.merge(firstRow: r, firstCol: cell.col, lastRow: r + cell.rowSpan - 1, lastCol: cell.col + cell.colSpan - 1,
                            text: cell.text, style: FormRenderer.headerStyle)
        }
        if layout.entry {
            // The count columns an entry workbook shows: their head is on the last header row
            // (where fill keeps it, so the rows are as high); the cells above it framed too.
            for (c, column) in layout.columns.enumerated() where c >= layout.visibleColumnCount && !column.hidden {
                for r in 0..<max(layout.headerRowCount - 1, 0) {
                    try sheet.writeBlank(row: layout.headerStart + r, col: c, style: FormRenderer.headerStyle)
                }
            }
        }
        for r in 0..<layout.headerRowCount {
            let texts = layout.headerCells.filter { $0.row == r && $0.rowSpan == 1 }
            let height = texts.map { TextMetrics.rowHeight($0.text, width: totalWidth($0.col..<($0.col + $0.colSpan)), fontSize: 12, bold: true) }.max() ?? 16
            try setRow(layout.headerStart + r, height: max(height, 18))
        }
        // By index: `enumerated()` copies every row, retaining every text of it.
        for index in report.rows.indices {
            try setRow(layout.sheetRow(ofRow: index), height: try renderRow(report.rows[index], index: index, on: &sheet))
        }
        if let tallyRow = layout.tallyRow { try renderTally(row: tallyRow, on: &sheet) }
        try renderComments(on: &sheet)
        var r = layout.footnoteRow
        for line in template.footnotes ?? [] {
            try sheet.write(text: report.resolve(line), row: r, col: 0, style: FormRenderer.footnoteStyle)
            r += 1
        }
        let landscape = template.page?.orientation == "landscape"
        let paper = template.page?.paper == "A3" ? 8 : 9
        try sheet.setupPrinting(landscape: landscape, paper: paper,
                                repeatRows: layout.headerStart...(layout.firstDataRow - 1),
                                footer: catalogue.phrase(.footer(withSheet: false)))
        try sheet.setPageBreaks(beforeRows: pageBreaks(heights: heights, rowCount: r))
        // The printed page is the visible table: hidden helper and legend columns stay off it.
        try sheet.setPrintArea(firstRow: 0, firstCol: 0, lastRow: max(r, layout.endRow) - 1, lastCol: layout.visibleColumnCount - 1)
        let labelColumn = layout.column(.label).map { $0 + 1 } ?? 0
        sheet.freezePanes(row: layout.firstDataRow, col: labelColumn)
    }

    /// The rows above which a printed page starts, so that no page ends on a heading
    /// (`PageBreaks`): rows without a height of their own are Excel's default 15 points.
    func pageBreaks(heights: [Double?], rowCount: Int) -> [Int] {
        let template = report.template
        let pages = PageBreaks(paper: template.page?.paper == "A3" ? 8 : 9, landscape: template.page?.orientation == "landscape",
                               columnWidths: layout.columns.prefix(layout.visibleColumnCount).filter { !$0.hidden }.map(\.width))
        var keep = [Bool](repeating: false, count: rowCount)
        for index in report.rows.indices where template.rowIsHeading(at: index) {
            let row = layout.sheetRow(ofRow: index)
            if row < rowCount { keep[row] = true }
        }
        // Excel keeps at most 1,023 manual breaks; a longer form breaks by itself after them.
        return Array(pages.breaks(heights: (0..<rowCount).map { $0 < heights.count ? heights[$0] ?? 15 : 15 },
                                  repeated: layout.headerStart...(layout.firstDataRow - 1), firstBreakable: layout.firstDataRow,
                                  keepWithNext: keep).prefix(XlsxSheet.maximumPageBreaks))
    }

    private func totalWidth(_ columns: Range<Int>) -> Double {
        // Helper columns count as fill hides them, also where an entry workbook shows them: the
        // heights of the rows, and so the printed pages, are the same.
        columns.reduce(0) { total, c in
            guard layout.columns.indices.contains(c), !layout.columns[c].hidden, c < layout.visibleColumnCount else { return total }
            return total + layout.columns[c].width
        }
    }

    /// Writes one row of the form; returns the height it needs.
    private func renderRow(_ filled: FilledRow, index: Int, on sheet: inout XlsxSheet) throws -> Double {
        let row = filled.row
        let r = layout.sheetRow(ofRow: index)
        let isSection = row.kind == .section
        let isHeading = row.kind == .header
        let span = layout.noteSpan(of: row)
        var maxHeight = 0.0
        for (c, column) in layout.columns.enumerated() {
            if let span, span.contains(c), c != span.lowerBound { continue }  // merged into the answer
            switch column.content {
            case .stt:
                let style = FormRenderer.bordered.with { $0.align = .center; $0.bold = isSection || isHeading }
                try sheet.write(text: row.stt ?? "", row: r, col: c, style: style)
            case .label:
                let style = FormRenderer.bordered.with {
                    $0.bold = isSection || isHeading
                    $0.indent = row.indent ?? 0
                    $0.align = .left
                }
                try sheet.write(text: row.label, row: r, col: c, style: style)  // the unit's wording ({portal} resolved)
                maxHeight = max(maxHeight, TextMetrics.rowHeight(row.label, width: column.width - Double(row.indent ?? 0) * 2,
                                                     fontSize: 12, bold: isSection || isHeading))
            case .unit:
                try sheet.write(text: row.unit ?? "", row: r, col: c, style: FormRenderer.bordered.with { $0.align = .center })
                maxHeight = max(maxHeight, TextMetrics.rowHeight(row.unit ?? "", width: column.width, fontSize: 12))
            case .note where layout.noteEntryColumn(of: row) == c:
                // The cell a unit types the row's note into: text, unlocked, pale yellow.
                let style = FormRenderer.bordered.with { $0.align = .left; $0.fontSize = 11; $0.numberFormat = "@"; $0.valign = .top }
                try sheet.writeBlank(row: r, col: c, style: FormRenderer.entryCell(style))
            case .note:
                // The unit's note (or the counts of a rate); else the form's own instruction, in italics.
                let own = filled.noteText(catalogue: catalogue)
                let text = own ?? row.instruction.map { report.resolve($0) } ?? ""
                try sheet.write(text: text, row: r, col: c,
                                style: FormRenderer.bordered.with { $0.align = .left; $0.fontSize = 11; $0.italic = own == nil && !text.isEmpty })
                maxHeight = max(maxHeight, TextMetrics.rowHeight(text, width: column.width, fontSize: 11))
            case .value(let valueIndex) where span != nil:
                // A free-text answer across the value and note columns, the unit's note after it
                // as its own block after a blank line (`Ghi chú: …`; after one line break when
                // the answer is blank), so that a reader tells the two apart.
                guard let span else { continue }
                var text = valueIndex < filled.values.count ? (CellText.cellString(filled.values[valueIndex]) ?? "") : ""
                if let note = filled.note, !note.isEmpty {
                    let block = catalogue.phrase(.noteComment(note))
                    text += (text.isEmpty ? "\n" : "\n\n") + block
                }
                let answer = valueStyle(for: row, kind: .text).with { $0.wrap = true; $0.align = .left; $0.valign = .top }
                try sheet.merge(firstRow: r, firstCol: span.lowerBound, lastRow: r, lastCol: span.upperBound, text: text,
                                style: layout.entry ? FormRenderer.entryCell(answer.with { $0.numberFormat = "@" }) : answer)
                maxHeight = max(maxHeight, TextMetrics.rowHeight(text, width: totalWidth(span.lowerBound..<(span.upperBound + 1)), fontSize: 12))
            case .value(let valueIndex) where layout.entry:
                try writeEntryValue(filled, index: index, valueIndex: valueIndex, row: r, col: c, on: &sheet)
            case .helper(_, let isNumerator) where layout.entry:
                // A count of a derived rate the unit types in; a plain bordered cell on other rows.
                let operand = row.derived.map { isNumerator ? $0.numerator : $0.denominator }
                let style = FormRenderer.bordered.with { $0.numberFormat = "#,##0"; $0.align = .right; $0.wrap = false }
                try sheet.writeBlank(row: r, col: c, style: operand?.isComponent == true ? FormRenderer.entryCell(style) : style)
            case .value(let valueIndex) where cellContent?(index, .value(valueIndex)) != nil:
                let kind = kind(of: row, valueIndex: valueIndex)
                try write(cellContent!(index, .value(valueIndex))!, row: r, col: c, style: valueStyle(for: row, kind: kind), on: &sheet)
            case .helper(let valueIndex, let isNumerator) where cellContent?(index, .helper(valueIndex: valueIndex, numerator: isNumerator)) != nil:
                try write(cellContent!(index, .helper(valueIndex: valueIndex, numerator: isNumerator))!, row: r, col: c,
                          style: FormRenderer.base.with { $0.numberFormat = "#,##0" }, on: &sheet)
            case .value(let valueIndex):
                let text = try writeValue(filled, index: index, valueIndex: valueIndex, row: r, col: c, on: &sheet)
                if let text { maxHeight = max(maxHeight, TextMetrics.rowHeight(text, width: column.width, fontSize: 12)) }
            case .helper(let valueIndex, let isNumerator):
                guard valueIndex < filled.values.count, case .rate(let rate) = filled.values[valueIndex],
                      let derived = row.derived else { continue }
                let operand = isNumerator ? derived.numerator : derived.denominator
                guard operand.isComponent, let count = isNumerator ? rate.numerator : rate.denominator else { continue }
                try sheet.write(number: count, row: r, col: c, style: FormRenderer.base.with { $0.numberFormat = "#,##0" })
            }
        }
        return max(maxHeight, 18)
    }

    /// Writes a cell another writer gave (`cellContent`).
    private func write(_ content: CellContent, row r: Int, col c: Int, style: CellStyle, on sheet: inout XlsxSheet) throws {
        switch content {
        case .formula(let formula, let cached): try sheet.write(formula: formula, cached: cached, row: r, col: c, style: style)
        case .formulaText(let formula, let cached):
            try sheet.write(formula: formula, cachedText: cached, row: r, col: c, style: style.with { $0.align = .center })
        case .text(let text): try sheet.write(text: text, row: r, col: c, style: style.with { $0.align = .center })
        }
    }

    /// The fill of the cells a unit types into, in an entry workbook: pale yellow.
    public static let entryFill: UInt32 = 0xFFF6D5

    /// `style` as a cell a unit types into: unlocked, pale yellow.
    public static func entryCell(_ style: CellStyle) -> CellStyle {
        style.with { $0.unlocked = true; $0.fill = entryFill }
    }

    /// The kind of the cells of `row` in value column `valueIndex` (a keyed column may override the row's kind).
    public func kind(of row: Row, valueIndex: Int) -> ValueKind {
        (columnKinds.indices.contains(valueIndex) ? columnKinds[valueIndex] : nil) ?? row.kind
    }

    /// Writes one value cell of an entry workbook: a derived rate's live formula (its cached
    /// value empty, as the formula gives while the counts are blank), locked; an empty cell the
    /// unit types into (unlocked, pale yellow, text cells formatted as text so that `4/5` stays
    /// a fraction) for every other row that holds a value; a plain cell on headings.
    private func writeEntryValue(_ filled: FilledRow, index: Int, valueIndex: Int, row r: Int, col c: Int, on sheet: inout XlsxSheet) throws {
        let row = filled.row
        let kind = kind(of: row, valueIndex: valueIndex)
        var style = valueStyle(for: row, kind: kind)
        if row.derived != nil, let formula = rateFormula(row: row, rowIndex: index, valueIndex: valueIndex) {
            try sheet.write(formula: formula, cached: nil, row: r, col: c, style: style)
            return
        }
        guard row.kind.holdsValue else {
            try sheet.writeBlank(row: r, col: c, style: style)
            return
        }
        if [.code, .pass, .fraction, .text].contains(kind) { style.numberFormat = "@" }
        if kind == .code { style.align = .center }
        if kind == .text { style.wrap = true }
        try sheet.writeBlank(row: r, col: c, style: FormRenderer.entryCell(style))
    }

    /// Writes one value cell of the row at `index`; returns the text written when it is text (for the row height).
    private func writeValue(_ filled: FilledRow, index: Int, valueIndex: Int, row r: Int, col c: Int, on sheet: inout XlsxSheet) throws -> String? {
        // `filled.row` used in place: a copy of the row would retain every text of it.
        let kind = kind(of: filled.row, valueIndex: valueIndex)
        let style = valueStyle(for: filled.row, kind: kind)
        let value = valueIndex < filled.values.count ? filled.values[valueIndex] : .blank
        switch value {
        case .blank:
            try sheet.writeBlank(row: r, col: c, style: style)
        case .number(let number):
            try sheet.write(number: number, row: r, col: c, style: style)
        case .code(let code, _):
            try sheet.write(number: Double(code), row: r, col: c, style: style)
        case .pass, .fraction:
            try sheet.write(text: CellText.cellString(value) ?? "", row: r, col: c, style: style)
        case .text(let text):
            try sheet.write(text: text, row: r, col: c, style: style.with { $0.wrap = true })
            return text
        case .rate(let rate):
            if let formula = rateFormula(row: filled.row, rowIndex: index, valueIndex: valueIndex), rate.numerator != nil || rate.denominator != nil, rate.isFormula || rate.reported == nil {
                try sheet.write(formula: formula, cached: rate.computed, row: r, col: c, style: style)
            } else if let reported = rate.reported {
                try sheet.write(number: reported, row: r, col: c, style: style)
            } else {
                try sheet.writeBlank(row: r, col: c, style: style)
            }
        }
        return nil
    }

    /// The comments of the form (`Report.comments`), one per cell: the notes of a form without a
    /// Ghi chú column, on the cell `NotePlace` names, and the remarks on reported rates.
    private func renderComments(on sheet: inout XlsxSheet) throws {
        for comment in report.comments(catalogue: catalogue, reportedRates: reportedRateComments) {
            let col = comment.valueColumn.flatMap(layout.column(ofValue:)) ?? layout.column(.label) ?? 0
            try sheet.addComment(row: layout.sheetRow(ofRow: comment.row), col: col, text: comment.text, author: "cchc",
                                 width: 320, height: 40 + 16 * TextMetrics.lines(comment.text, width: 44, fontSize: 10))
        }
    }

    /// Under a form of Đạt/Không đạt rows whose template asks for it (`tally`): `Số mục tiêu đạt`
    /// and `=COUNTIF(…,"Đạt")&"/"&ROWS(…)`.
    private func renderTally(row r: Int, on sheet: inout XlsxSheet) throws {
        guard let labelColumn = layout.column(.label) else { return }
        let bold = FormRenderer.bordered.with { $0.bold = true; $0.align = .center }
        try sheet.write(text: catalogue.phrase(.tallyLabel), row: r, col: labelColumn, style: bold.with { $0.align = .right })
        for index in report.valueColumns.indices {
            guard let col = layout.column(ofValue: index), let tally = layout.passTally(report, valueIndex: index) else { continue }
            try sheet.write(formula: tally.formula, cachedText: tally.cached, row: r, col: col, style: bold)
        }
    }

    /// `=IF(OR(N="",D="",D=0),"",N/D*100)` over the cells that hold the rate's counts.
    public func rateFormula(row: Row, rowIndex: Int, valueIndex: Int) -> String? {
        guard let derived = row.derived else { return nil }
        let index = report.rowIndex
        func cell(_ operand: Operand, numerator: Bool) -> (row: Int, col: Int)? {
            if let ref = operand.row {
                guard let refIndex = index[ref], let col = layout.column(ofValue: valueIndex) else { return nil }
                return (layout.sheetRow(ofRow: refIndex), col)
            }
            guard let col = layout.helperColumn(ofValue: valueIndex, numerator: numerator) else { return nil }
            return (layout.sheetRow(ofRow: rowIndex), col)
        }
        guard let n = cell(derived.numerator, numerator: true), let d = cell(derived.denominator, numerator: false) else { return nil }
        // As bytes, in one buffer: interpolating eleven pieces cost some 6,000 instructions a rate cell.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        func text(_ piece: StaticString) { bytes.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount)) }
        func address(_ cell: (row: Int, col: Int)) { CellAddress.appendA1(row: cell.row, col: cell.col, to: &bytes) }
        text("=IF(OR("); address(n); text("=\"\","); address(d); text("=\"\","); address(d); text("=0),\"\",")
        address(n); text("/"); address(d); text("*100)")
        return String(decoding: bytes, as: UTF8.self)
    }
}
