import Foundation
import Model
import Xlsx

/// The `Đơn vị tiền thân` sheet of a history built across the merger (`cchc consolidate --as`):
/// every unit that made up the unit of today on the year's cut-off, with its code, its name
/// then, the part of it that came in, whether its figures are whole, an estimate or missing,
/// and its file; then the parts the roster cannot trace, whether the history is whole, and
/// how an estimate is made. A4 landscape, one page wide.
public struct MergerSheet: ReportingStatusSheet {
    public let merger: Merger
    public let period: String
    public let catalogue: Catalogue
    /// The directory the files are named from (the output's), so that the sheet reads the same
    /// on every machine.
    public let relativeTo: String?

    public init(merger: Merger, period: String, catalogue: Catalogue = .vietnamese, relativeTo: String? = nil) {
        self.merger = merger
        self.period = period
        self.catalogue = catalogue
        self.relativeTo = relativeTo
    }

    public var sheetName: String { catalogue.phrase(.mergerSheetName) }

    static let widths: [Double] = [6, 14, 36, 14, 24, 40]
    static let base = CellStyle().with { $0.fontSize = 11; $0.valign = .top }
    static let cell = base.with { $0.border = true; $0.wrap = true; $0.align = .left }
    static let centred = cell.with { $0.align = .center }
    static let header = cell.with { $0.bold = true; $0.align = .center; $0.valign = .center; $0.fill = 0xF2F2F2 }
    /// The first row of the list (its header): where a reader finds it.
    public static let headerRow = 2

    public func render(on sheet: inout XlsxSheet) throws {
        for (c, width) in MergerSheet.widths.enumerated() { try sheet.setColumn(c, width: width) }
        try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: MergerSheet.headerRow...MergerSheet.headerRow,
                                footer: catalogue.phrase(.footer(withSheet: true)))
        let total = MergerSheet.widths.reduce(0, +)
        let title = catalogue.phrase(.mergerTitle(unit: merger.unit.name, code: merger.unit.code, period: period))
        try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 5, text: title,
                        style: MergerSheet.base.with { $0.bold = true; $0.fontSize = 13; $0.align = .center; $0.wrap = true })
        try sheet.setRow(0, height: TextMetrics.rowHeight(title, width: total, fontSize: 13, bold: true))

        var r = MergerSheet.headerRow
        for (c, column) in Phrase.MergerColumn.allCases.enumerated() {
            try sheet.write(text: catalogue.phrase(.mergerColumn(column)), row: r, col: c, style: MergerSheet.header)
        }
        try sheet.setRow(r, height: 32)
        r += 1
        for (index, predecessor) in merger.predecessors.enumerated() {
            let figures: Phrase.MergerFigures = predecessor.file == nil ? .missing : predecessor.isEstimate ? .estimate : .whole
            let flagged = MergerSheet.cell.with { $0.bold = true; $0.fontColor = figures == .missing ? 0xC00000 : 0x9C5700 }
            try sheet.write(number: Double(index + 1), row: r, col: 0, style: MergerSheet.centred)
            try sheet.write(text: predecessor.code, row: r, col: 1, style: MergerSheet.cell)
            try sheet.write(text: predecessor.name, row: r, col: 2, style: MergerSheet.cell)
            let percent = (predecessor.share * 100).rounded() == predecessor.share * 100 ? "0%" : "0.00%"
            try sheet.write(number: predecessor.share, row: r, col: 3,
                            style: MergerSheet.cell.with { $0.align = .right; $0.numberFormat = percent })
            try sheet.write(text: catalogue.phrase(.mergerFigures(figures)), row: r, col: 4, style: figures == .whole ? MergerSheet.cell : flagged)
            let file = predecessor.file.map { path in relativeTo.map { Consolidation.relativePath(path, from: $0) } ?? path } ?? ""
            try sheet.write(text: file, row: r, col: 5, style: MergerSheet.cell)
            let height = [(predecessor.name, 2), (file, 5)].map { TextMetrics.rowHeight($0.0, width: MergerSheet.widths[$0.1], fontSize: 11) }.max() ?? 18
            try sheet.setRow(r, height: max(18, height))
            r += 1
        }
        for code in merger.unknown {
            let text = catalogue.phrase(.mergerFigures(.unknown))
            try sheet.write(text: "", row: r, col: 0, style: MergerSheet.centred)
            try sheet.write(text: code, row: r, col: 1, style: MergerSheet.cell)
            try sheet.write(text: "", row: r, col: 2, style: MergerSheet.cell)
            try sheet.write(text: "", row: r, col: 3, style: MergerSheet.cell)
            try sheet.merge(firstRow: r, firstCol: 4, lastRow: r, lastCol: 5, text: text,
                            style: MergerSheet.cell.with { $0.bold = true; $0.fontColor = 0xC00000 })
            try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(text, width: MergerSheet.widths[4] + MergerSheet.widths[5], fontSize: 11, bold: true)))
            r += 1
        }
        r += 1
        let verdict = catalogue.phrase(.mergerVerdict(missing: merger.missing.count, unknown: merger.unknown.count))
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: 5, text: verdict,
                        style: MergerSheet.base.with { $0.bold = true; $0.wrap = true; $0.fontColor = merger.isPartial ? 0xC00000 : nil })
        try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(verdict, width: total, fontSize: 11, bold: true)))
        if merger.predecessors.contains(where: { $0.isEstimate && $0.file != nil }) {
            r += 1
            let explained = catalogue.phrase(.mergerEstimateExplained)
            try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: 5, text: explained,
                            style: MergerSheet.base.with { $0.italic = true; $0.wrap = true })
            try sheet.setRow(r, height: max(18, TextMetrics.rowHeight(explained, width: total, fontSize: 11)))
        }
        sheet.freezePanes(row: MergerSheet.headerRow + 1, col: 0)
    }
}
