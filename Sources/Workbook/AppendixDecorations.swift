import Foundation
import Model
import Xlsx

/// What the submission workbook adds to a form sheet that `FormRenderer` wrote:
///
/// * drop-down lists on coded and Đạt/Không đạt cells, whose items are legend cells in hidden
///   columns right of the table (never an inline list: it crashes libxlsxwriter 1.1.4 with
///   Vietnamese items), with an input message that shows the legend;
/// * conditional formats: `Không đạt` shaded; every cell with a finding shaded (red for an error,
///   yellow for a warning) for as long as it holds the value that was flagged; and, so that an
///   edit made later in Excel is caught too, counts that are not whole numbers ≥ 0 and
///   percentages outside 0–100 shaded red;
/// * no comment: the one on every rate reported rather than computed from its counts is
///   written by `FormRenderer` (`reportedRateComments`) with the notes, one comment per cell;
/// * defined names for the key cells: every derived rate (per year on a per-year form) and every
///   year's column;
/// * a footer naming the sheet, so that each printed page says which appendix it belongs to.
public struct AppendixDecorations {
    public let report: Report
    public let layout: FormLayout
    public let sheetName: String
    public let findings: [Finding]
    /// Prefix that makes this appendix's defined names unique in the workbook (`bang2_nam`).
    public let namePrefix: String
    /// The language of the prompts and the footer.
    public let catalogue: Catalogue

    public init(report: Report, layout: FormLayout, sheetName: String, findings: [Finding], namePrefix: String,
                catalogue: Catalogue = .vietnamese) {
        self.report = report
        self.layout = layout
        self.sheetName = sheetName
        self.findings = findings
        self.namePrefix = namePrefix
        self.catalogue = catalogue
    }

    /// A defined name and the cells it refers to (`='Bảng 2'!$D$45`).
    public struct Name: Sendable, Equatable {
        public var name: String
        public var refersTo: String
    }

    // MARK: Styles

    static let errorShade = CellStyle().with { $0.fill = 0xFFC7CE; $0.fontColor = 0x9C0006 }
    static let warningShade = CellStyle().with { $0.fill = 0xFFEB9C; $0.fontColor = 0x9C5700 }
    static let notAchievedShade = CellStyle().with { $0.fill = 0xFFC7CE; $0.fontColor = 0x9C0006; $0.bold = true }
    static let legendStyle = CellStyle().with { $0.fontSize = 11 }

    // MARK: Applying

    /// Decorates `sheet` (already rendered by `FormRenderer` with the same report) and returns the
    /// names to define in the workbook.
    public func apply(on sheet: inout XlsxSheet) throws -> [Name] {
        try sheet.setFooter(catalogue.phrase(.footer(withSheet: true)))
        try addDropDowns(on: &sheet)
        try addConditionalFormats(on: &sheet)
        return names()
    }

    /// The kind of the cells of a row in one value column (a column may override the row's kind).
    func kind(of row: Row, valueIndex: Int) -> ValueKind {
        let column = report.valueColumns[valueIndex]
        if case .key(let key) = column, let override = report.template.columns.first(where: { $0.key == key })?.kind {
            return override
        }
        return row.kind
    }

    /// Runs of consecutive rows that share a key (kind, legend …) in value column `valueIndex`, as
    /// (key, first row index, last row index); rows whose key is nil end a run.
    private func runs<Key: Equatable>(valueIndex: Int, key: (Row) -> Key?) -> [(Key, Int, Int)] {
        var out: [(Key, Int, Int)] = []
        for (index, filled) in report.rows.enumerated() {
            guard let k = key(filled.row) else { continue }
            if let last = out.last, last.0 == k, last.2 == index - 1 {
                out[out.count - 1].2 = index
            } else {
                out.append((k, index, index))
            }
        }
        return out
    }

    /// The sheet columns of the value columns: the years of a per-year form grouped into
    /// contiguous segments (their cells share a kind), every other value column on its own.
    private var valueColumnSegments: [[Int]] {
        var segments: [[Int]] = []
        for index in report.valueColumns.indices {
            guard let col = layout.column(ofValue: index) else { continue }
            if report.valueColumns[index].year != nil, let last = segments.last?.last, last == col - 1 {
                segments[segments.count - 1].append(col)
            } else {
                segments.append([col])
            }
        }
        return segments
    }

    /// Value index of a sheet column.
    private func valueIndex(ofColumn col: Int) -> Int? {
        if case .value(let index) = layout.columns[col].content { return index }
        return nil
    }

    // MARK: Drop-down lists

    /// What a drop-down offers: the codes of a legend, or Đạt/Không đạt.
    enum ListKind: Equatable {
        case codes([LegendEntry])
        case pass
    }

    private func listKind(_ row: Row, valueIndex: Int) -> ListKind? {
        switch kind(of: row, valueIndex: valueIndex) {
        case .code: return (row.legend ?? []).isEmpty ? nil : .codes(row.legend!)
        case .pass: return .pass
        default: return nil
        }
    }

    /// The legends the sheet needs, in order of first use, with the hidden columns holding them:
    /// codes in the first column, their labels in the next (Đạt/Không đạt take one column).
    func legendColumns() -> [(ListKind, Int)] {
        var lists: [ListKind] = []
        for filled in report.rows {
            for index in report.valueColumns.indices {
                if let list = listKind(filled.row, valueIndex: index), !lists.contains(list) { lists.append(list) }
            }
        }
        var placed: [(ListKind, Int)] = []
        var col = layout.columns.count
        for list in lists {
            placed.append((list, col))
            if case .codes = list { col += 2 } else { col += 1 }
        }
        return placed
    }

    /// `1 = Có; 0 = Không`.
    static func legendText(_ legend: [LegendEntry]) -> String {
        legend.map { "\($0.code) = \($0.label)" }.joined(separator: "; ")
    }

    /// Text cut to `limit` characters (Unicode scalars, as Excel counts them), ending with `…`.
    ///
    /// Only for the messages of drop-down lists (255 characters, titles 32), whose texts are the
    /// tool's phrases and the template's legend: nothing of the input passes through it, and the
    /// legend a cut message shortens stays whole in the legend cells and in the unit column.
    static func fit(_ text: String, _ limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(limit - 1) { out.append(scalar) }
        return String(out) + "…"
    }

    private func addDropDowns(on sheet: inout XlsxSheet) throws {
        let legends = legendColumns()
        guard !legends.isEmpty else { return }
        let labelRow = layout.firstDataRow - 1
        for (list, col) in legends {
            try sheet.setColumn(col, width: 14, hidden: true)
            switch list {
            case .codes(let legend):
                try sheet.setColumn(col + 1, width: 18, hidden: true)
                try sheet.write(text: catalogue.phrase(.legendCode), row: labelRow, col: col, style: AppendixDecorations.legendStyle)
                try sheet.write(text: catalogue.phrase(.legendMeaning), row: labelRow, col: col + 1, style: AppendixDecorations.legendStyle)
                for (i, entry) in legend.enumerated() {
                    try sheet.write(number: Double(entry.code), row: layout.firstDataRow + i, col: col, style: AppendixDecorations.legendStyle)
                    try sheet.write(text: entry.label, row: layout.firstDataRow + i, col: col + 1, style: AppendixDecorations.legendStyle)
                }
            case .pass:
                try sheet.write(text: catalogue.phrase(.legendPass), row: labelRow, col: col, style: AppendixDecorations.legendStyle)
                for (i, label) in [CellText.passed, CellText.failed].enumerated() {
                    try sheet.write(text: label, row: layout.firstDataRow + i, col: col, style: AppendixDecorations.legendStyle)
                }
            }
        }
        for segment in valueColumnSegments {
            guard let first = segment.first, let firstIndex = valueIndex(ofColumn: first) else { continue }
            for (list, firstRow, lastRow) in runs(valueIndex: firstIndex, key: { listKind($0, valueIndex: firstIndex) }) {
                guard let col = legends.first(where: { $0.0 == list })?.1 else { continue }
                let count: Int
                let title: String, prompt: String, error: String
                switch list {
                case .codes(let legend):
                    count = legend.count
                    let text = AppendixDecorations.legendText(legend)
                    title = catalogue.phrase(.dropDownCodeTitle)
                    prompt = catalogue.phrase(.dropDownCodePrompt(legend: text))
                    error = catalogue.phrase(.dropDownCodeError(legend: text))
                case .pass:
                    count = 2
                    title = catalogue.phrase(.dropDownPassTitle)
                    prompt = catalogue.phrase(.dropDownPassPrompt)
                    error = catalogue.phrase(.dropDownPassError)
                }
                let source = "=" + CellAddress.absolute(row: layout.firstDataRow, col: col) + ":"
                    + CellAddress.absolute(row: layout.firstDataRow + count - 1, col: col)
                try sheet.addDropDown(firstRow: layout.sheetRow(ofRow: firstRow), firstCol: first,
                                      lastRow: layout.sheetRow(ofRow: lastRow), lastCol: segment.last!,
                                      source: source,
                                      title: AppendixDecorations.fit(title, XlsxSheet.validationTitleLimit),
                                      prompt: AppendixDecorations.fit(prompt, XlsxSheet.validationMessageLimit),
                                      errorTitle: catalogue.phrase(.dropDownErrorTitle),
                                      error: AppendixDecorations.fit(error, XlsxSheet.validationMessageLimit))
            }
        }
    }

    // MARK: Conditional formats

    private func addConditionalFormats(on sheet: inout XlsxSheet) throws {
        for segment in valueColumnSegments {
            guard let first = segment.first, let last = segment.last, let firstIndex = valueIndex(ofColumn: first) else { continue }
            let ranges = runs(valueIndex: firstIndex) { row -> ValueKind? in
                let kind = kind(of: row, valueIndex: firstIndex)
                return [.pass, .count, .percent].contains(kind) ? kind : nil
            }
            for (kind, firstRow, lastRow) in ranges {
                let top = layout.sheetRow(ofRow: firstRow), bottom = layout.sheetRow(ofRow: lastRow)
                let cell = CellAddress.a1(row: top, col: first)
                let formula: String
                let style: CellStyle
                switch kind {
                case .pass:
                    formula = "=\(cell)=\"\(CellText.failed)\""
                    style = AppendixDecorations.notAchievedShade
                case .count:
                    formula = "=AND(ISNUMBER(\(cell)),OR(\(cell)<0,\(cell)<>INT(\(cell))))"
                    style = AppendixDecorations.errorShade
                default:
                    formula = "=AND(ISNUMBER(\(cell)),OR(\(cell)<0,\(cell)>100))"
                    style = AppendixDecorations.errorShade
                }
                try sheet.conditionalFormat(firstRow: top, firstCol: first, lastRow: bottom, lastCol: last, formula: formula, style: style)
            }
        }
        // Cells with findings, errors first (a cell with both is shaded as an error).
        var shaded: Set<[Int]> = []
        for finding in findings.sorted(by: { $0.severity > $1.severity }) {
            guard let target = AppendixDecorations.cell(of: finding, report: report, layout: layout),
                  shaded.insert([target.row, target.col]).inserted,
                  let rowIndex = finding.row.flatMap({ report.rowIndex[$0] }),
                  let valueIndex = valueIndex(ofColumn: target.col) else { continue }
            let value = report.rows[rowIndex].values[valueIndex]
            let formula = "=" + AppendixDecorations.holds(value, cell: CellAddress.a1(row: target.row, col: target.col))
            try sheet.conditionalFormat(firstRow: target.row, firstCol: target.col, lastRow: target.row, lastCol: target.col,
                                        formula: formula,
                                        style: finding.severity == .error ? AppendixDecorations.errorShade : AppendixDecorations.warningShade)
        }
    }

    /// A condition true while `cell` still holds `value` as the renderer wrote it.
    static func holds(_ value: Value, cell: String) -> String {
        func number(_ n: Double) -> String { "AND(ISNUMBER(\(cell)),ABS(\(cell)-(\(String(format: "%.15g", n))))<0.000001)" }
        func text(_ t: String) -> String {
            t.unicodeScalars.count > 200 ? "LEN(\(cell))>0" : "\(cell)=\"\(t.replacingOccurrences(of: "\"", with: "\"\""))\""
        }
        switch value {
        case .blank: return "LEN(\(cell))=0"
        case .number(let n): return number(n)
        case .code(let code, _): return number(Double(code))
        case .rate(let rate): return rate.value.map(number) ?? "LEN(\(cell))=0"
        case .pass, .fraction, .text: return text(CellText.cellString(value) ?? "")
        }
    }

    /// The cell a finding is about (sheet row and column), or nil when it is about no row of the
    /// form (a problem of the file itself).
    public static func cell(of finding: Finding, report: Report, layout: FormLayout) -> (row: Int, col: Int)? {
        guard let id = finding.row, let rowIndex = report.rowIndex[id] else { return nil }
        var valueIndex: Int?
        if let year = finding.year {
            valueIndex = report.valueColumns.firstIndex(of: .year(year))
        } else if report.valueColumns.count == 1 {
            valueIndex = 0
        } else if let key = finding.location.column {
            valueIndex = report.valueColumns.firstIndex(of: .key(key))
        }
        guard let col = layout.column(ofValue: valueIndex ?? 0) else { return nil }
        return (layout.sheetRow(ofRow: rowIndex), col)
    }

    // MARK: Names

    /// `TyLe_bang2_nam_iii_6_huyen_ty_le_dung_hen`, `TyLe_tong_ket_2011_2020_5_ty_le_dung_han_huyen_2019`
    /// for the rates; `Nam2019_tong_ket_2011_2020` for the columns of the years.
    func names() -> [Name] {
        var out: [Name] = []
        for (rowIndex, filled) in report.rows.enumerated() where filled.row.derived != nil {
            for (valueIndex, column) in report.valueColumns.enumerated() {
                guard let col = layout.column(ofValue: valueIndex) else { continue }
                var name = "TyLe_\(namePrefix)_\(AppendixDecorations.identifier(filled.row.id))"
                if let year = column.year { name += "_\(year)" }
                let row = layout.sheetRow(ofRow: rowIndex)
                out.append(Name(name: name, refersTo: "=" + CellAddress.absoluteRange(sheet: sheetName, firstRow: row, firstCol: col, lastRow: row, lastCol: col)))
            }
        }
        for (valueIndex, column) in report.valueColumns.enumerated() {
            guard let year = column.year, let col = layout.column(ofValue: valueIndex), !report.rows.isEmpty else { continue }
            out.append(Name(name: "Nam\(year)_\(namePrefix)",
                            refersTo: "=" + CellAddress.absoluteRange(sheet: sheetName, firstRow: layout.firstDataRow, firstCol: col,
                                                                      lastRow: layout.endRow - 1, lastCol: col)))
        }
        return out
    }

    /// An id as part of a defined name: ASCII letters, digits and `_` (`iii.6.huyen-giai-quyet` → `iii_6_huyen_giai_quyet`).
    public static func identifier(_ id: String) -> String {
        // One byte per scalar: ASCII letters and digits as they are, anything else `_`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(id.utf8.count)
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: bytes.append(UInt8(scalar.value))
            default: bytes.append(0x5F)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
