import Foundation
import Model
import Xlsx

/// The first sheet of a submission workbook, `Thông tin chung`: the heading of an administrative
/// document (issuer, number, national motto, place and date), what the workbook is, the unit and
/// period, the list of appendices with links to their sheets, the result of the checks, and the
/// signature block. One portrait A4 page.
struct CoverSheet {
    /// One line of the list of sheets.
    struct Entry {
        /// `1`, `2` … for an appendix, empty for the workbook's own sheets.
        var number: String
        var sheet: String
        var description: String
        var status: String
        var statusIsError: Bool
        /// On a form of Đạt/Không đạt answers: their count, on a line of its own under the entry.
        var tally: Tally? = nil
    }

    /// The count of Đạt answers of an appendix: a label and a live formula over its cells.
    struct Tally {
        var label: String
        var formula: String
        var cached: String
    }

    let submission: Submission
    let entries: [Entry]
    let checkSheet: String
    let findings: [Finding]
    let catalogue: Catalogue

    static let name = "Thông tin chung"

    // Columns: A narrow (STT), B–C left half, D–F right half.
    static let widths: [Double] = [6, 24, 22, 14, 14, 21]

    static let base = CellStyle().with { $0.fontSize = 12; $0.valign = .center }
    static let centered = base.with { $0.align = .center; $0.wrap = true }
    static let boldCentered = centered.with { $0.bold = true }
    static let italicCentered = centered.with { $0.italic = true }
    static let cell = base.with { $0.border = true; $0.wrap = true; $0.align = .left }
    static let headerCell = cell.with { $0.bold = true; $0.align = .center }
    static let section = base.with { $0.bold = true; $0.align = .left }
    static let link = cell.with { $0.fontColor = 0x0000FF; $0.underline = true }
    static let plainLink = base.with { $0.fontColor = 0x0000FF; $0.underline = true; $0.wrap = true; $0.align = .left }
    static let warning = base.with { $0.bold = true; $0.fontColor = 0xFF0000; $0.wrap = true; $0.align = .left }
    static let errorStatus = cell.with { $0.fontColor = 0xC00000; $0.bold = true }

    private var lastCol: Int { CoverSheet.widths.count - 1 }

    private func width(_ cols: ClosedRange<Int>) -> Double { cols.reduce(0) { $0 + CoverSheet.widths[$1] } }

    /// Writes `text` across `cols` of row `r`, and makes the row tall enough for it.
    private func line(_ sheet: inout XlsxSheet, _ r: Int, _ cols: ClosedRange<Int>, _ text: String, _ style: CellStyle,
                      height: inout Double) throws {
        try sheet.merge(firstRow: r, firstCol: cols.lowerBound, lastRow: r, lastCol: cols.upperBound, text: text, style: style)
        height = max(height, TextMetrics.rowHeight(text, width: width(cols), fontSize: style.fontSize, bold: style.bold))
    }

    /// Writes the cover; returns the cells that hold a field of the submission on a line of its
    /// own (the issuer's lines, the title, the signer's lines and name, the recipients), for the
    /// map of the workbook (`EntryMap`), so that reading it back finds them.
    @discardableResult
    func render(on sheet: inout XlsxSheet) throws -> [(path: JSONPath, row: Int, col: Int)] {
        var fields: [(path: JSONPath, row: Int, col: Int)] = []
        for (c, w) in CoverSheet.widths.enumerated() { try sheet.setColumn(c, width: w) }
        sheet.hideGridlines()
        var r = 0
        let left = 0...2, right = 3...lastCol, all = 0...lastCol

        // Heading: issuer and number on the left, national motto, place and date on the right.
        let issuer = submission.issuerLines
        let motto = [catalogue.phrase(.motto(0)), catalogue.phrase(.motto(1))]
        let headingRows = max(issuer.count, motto.count)
        for i in 0..<headingRows {
            var height = 17.0
            if i < issuer.count {
                let last = i == issuer.count - 1
                let style = CoverSheet.boldCentered.with { $0.underline = last }
                try line(&sheet, r, left, issuer[i], style, height: &height)
                if !submission.report.issuer.isEmpty { fields.append((EntryField.issuer(i).path, r, left.lowerBound)) }
            }
            if i < motto.count {
                let style = CoverSheet.boldCentered.with { $0.underline = i == 1 }
                try line(&sheet, r, right, motto[i], style, height: &height)
            }
            try sheet.setRow(r, height: height)
            r += 1
        }
        var height = 17.0
        try line(&sheet, r, left, catalogue.phrase(.numberLine(submission.report.number)), CoverSheet.centered, height: &height)
        try line(&sheet, r, right, catalogue.phrase(.placeAndDate(place: submission.report.place, date: submission.report.date)),
                 CoverSheet.italicCentered, height: &height)
        try sheet.setRow(r, height: height)
        r += 2

        // What the workbook is.
        height = 20
        try line(&sheet, r, all, catalogue.phrase(.coverHeading), CoverSheet.boldCentered.with { $0.fontSize = 14 }, height: &height)
        try sheet.setRow(r, height: height); r += 1
        if let title = submission.report.title {
            height = 17
            try line(&sheet, r, all, title, CoverSheet.boldCentered.with { $0.fontSize = 13 }, height: &height)
            fields.append((EntryField.reportTitle.path, r, all.lowerBound))
            try sheet.setRow(r, height: height); r += 1
        }
        let attached = catalogue.phrase(.coverAttached(number: submission.report.number, date: submission.report.date,
                                                       unit: submission.unit.name))
        height = 17
        try line(&sheet, r, all, attached, CoverSheet.italicCentered, height: &height)
        try sheet.setRow(r, height: height); r += 2

        // I. General information.
        try sheet.write(text: catalogue.phrase(.coverSection(1)), row: r, col: 0, style: CoverSheet.section)
        try sheet.setRow(r, height: 18); r += 1
        var facts: [(Phrase.CoverFact, String)] = [(.unit, submission.unit.name)]
        if let province = submission.unit.province { facts.append((.province, province)) }
        if let code = submission.unit.code { facts.append((.code, code)) }
        facts.append((.number, submission.report.number ?? ""))
        facts.append((.date, submission.report.date?.vietnamese ?? ""))
        facts.append((.period, catalogue.phrase(.periodText(submission.period))))
        if let cutoff = submission.period.cutoff { facts.append((.cutoff, cutoff.vietnamese)) }
        for (fact, value) in facts {
            let label = catalogue.phrase(.coverFact(fact))
            height = 17
            try line(&sheet, r, 0...1, label, CoverSheet.cell, height: &height)
            try line(&sheet, r, 2...lastCol, value, CoverSheet.cell, height: &height)
            try sheet.setRow(r, height: height); r += 1
        }
        r += 1

        // II. The sheets, with links.
        try sheet.write(text: catalogue.phrase(.coverSection(2)), row: r, col: 0, style: CoverSheet.section)
        try sheet.setRow(r, height: 18); r += 1
        try sheet.write(text: catalogue.phrase(.coverColumn(.number)), row: r, col: 0, style: CoverSheet.headerCell)
        try sheet.write(text: catalogue.phrase(.coverColumn(.sheet)), row: r, col: 1, style: CoverSheet.headerCell)
        try sheet.merge(firstRow: r, firstCol: 2, lastRow: r, lastCol: 4, text: catalogue.phrase(.coverColumn(.content)), style: CoverSheet.headerCell)
        try sheet.write(text: catalogue.phrase(.coverColumn(.check)), row: r, col: 5, style: CoverSheet.headerCell)
        try sheet.setRow(r, height: 18); r += 1
        for entry in entries {
            height = 17
            try sheet.write(text: entry.number, row: r, col: 0, style: CoverSheet.cell.with { $0.align = .center })
            try sheet.write(link: CellAddress.location(sheet: entry.sheet, row: 0, col: 0), text: entry.sheet, row: r, col: 1,
                            style: CoverSheet.link, tooltip: catalogue.phrase(.openSheet(entry.sheet)))
            try line(&sheet, r, 2...4, entry.description, CoverSheet.cell, height: &height)
            try line(&sheet, r, 5...5, entry.status, entry.statusIsError ? CoverSheet.errorStatus : CoverSheet.cell, height: &height)
            try sheet.setRow(r, height: height); r += 1
            if let tally = entry.tally {
                try sheet.write(text: "", row: r, col: 0, style: CoverSheet.cell)
                try sheet.write(text: "", row: r, col: 1, style: CoverSheet.cell)
                try sheet.merge(firstRow: r, firstCol: 2, lastRow: r, lastCol: 4, text: tally.label,
                                style: CoverSheet.cell.with { $0.align = .right; $0.italic = true })
                try sheet.write(formula: tally.formula, cachedText: tally.cached, row: r, col: 5,
                                style: CoverSheet.cell.with { $0.bold = true; $0.align = .center })
                try sheet.setRow(r, height: 17); r += 1
            }
        }
        r += 1

        // III. Checks.
        try sheet.write(text: catalogue.phrase(.coverSection(3)), row: r, col: 0, style: CoverSheet.section)
        try sheet.setRow(r, height: 18); r += 1
        let summary = catalogue.phrase(.coverCheckSummary(errors: findings.errorCount, warnings: findings.warningCount, sheet: checkSheet))
        height = 17
        try sheet.merge(firstRow: r, firstCol: 0, lastRow: r, lastCol: lastCol, text: "", style: CoverSheet.plainLink)
        try sheet.write(link: CellAddress.location(sheet: checkSheet, row: 0, col: 0), text: summary, row: r, col: 0,
                        style: CoverSheet.plainLink, tooltip: catalogue.phrase(.openSheet(checkSheet)))
        height = max(height, TextMetrics.rowHeight(summary, width: width(all)))
        try sheet.setRow(r, height: height); r += 1
        let errors = findings.errorCount
        if errors > 0 {
            let text = catalogue.phrase(.coverErrorsRemain(errors: errors, sheet: checkSheet))
            height = 17
            try line(&sheet, r, all, text, CoverSheet.warning, height: &height)
            try sheet.setRow(r, height: height); r += 1
        }
        r += 1

        // Recipients on the left, signature block on the right.
        let signer = submission.signer
        // The field of each line of the signature block, in the order `Signer.lines` gives them.
        var signerFields = [(signer.onBehalf, EntryField.signerOnBehalf), (signer.signingFor, .signerSigningFor), (signer.title, .signerTitle)]
            .filter { !($0.0 ?? "").isEmpty }.map { $0.1.path }
        signerFields += Array(repeating: JSONPath.root, count: 4) + [EntryField.signerName.path]
        var rightLines: [(String, CellStyle)] = signer.lines.map { ($0, CoverSheet.boldCentered) }
        rightLines += Array(repeating: ("", CoverSheet.centered), count: 4)
        rightLines.append((signer.name, CoverSheet.boldCentered))
        var leftLines: [(String, CellStyle)] = []
        if !submission.recipients.isEmpty {
            leftLines.append((catalogue.phrase(.recipientsHeading), CoverSheet.base.with { $0.bold = true; $0.italic = true; $0.align = .left }))
            for text in submission.recipientLines {
                leftLines.append((text, CoverSheet.base.with { $0.fontSize = 11; $0.align = .left; $0.wrap = true }))
            }
        }
        for i in 0..<max(leftLines.count, rightLines.count) {
            height = 17
            if i < leftLines.count {
                try line(&sheet, r, left, leftLines[i].0, leftLines[i].1, height: &height)
                if i > 0 { fields.append((EntryField.recipient(i - 1).path, r, left.lowerBound)) }
            }
            if i < rightLines.count, !rightLines[i].0.isEmpty {
                try line(&sheet, r, right, rightLines[i].0, rightLines[i].1, height: &height)
                if i < signerFields.count, !signerFields[i].isRoot { fields.append((signerFields[i], r, right.lowerBound)) }
            }
            try sheet.setRow(r, height: height); r += 1
        }

        try sheet.setupPrinting(landscape: false, paper: 9, repeatRows: nil, footer: catalogue.phrase(.footer(withSheet: true)))
        sheet.activate()
        return fields
    }
}
