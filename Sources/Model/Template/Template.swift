/// An official form described as data: its sheet, title, header, columns, rows and checks.
///
/// Templates are read from JSON files under `templates/` (see `templates/README.md`). Nothing
/// about a particular form is written in code: a new form, or a new year's wording, is a new file.
public struct Template: Codable, Sendable, Equatable {
    /// The fields, as the template file gives them (the JSON keys of `Template`).
    private struct Fields: Codable, Sendable, Equatable {
        var id: String
        var name: String
        var coverName: String?
        var version: String?
        var source: String?
        var description: String?
        var sheetName: String
        var period: PeriodKind
        var aboveTitle: [String]?
        var title: [String]?
        var subtitle: [String]?
        var defaults: PlaceholderDefaults?
        var columns: [Column]
        var header: [[HeaderCell]]
        var rows: [Row]
        var footnotes: [String]?
        var checks: [Check]?
        var page: PageSetup?
        var charts: [TemplateChart]?
        var tally: Bool?
    }

    /// Held once for all copies (`SharedFields`): a report holds its template as one reference
    /// instead of ~250 bytes.
    private var storage: SharedFields<Fields>

    /// Stable ASCII identifier, equal to the file name without `.json` (e.g. `bang2-nam`).
    public var id: String {
        get { storage.fields.id }
        set { storage.set(\.id, newValue) }
    }
    /// Human-readable name of the form (Vietnamese), shown by `cchc templates`.
    public var name: String {
        get { storage.fields.name }
        set { storage.set(\.name, newValue) }
    }
    /// How the cover of a submission names the form, with placeholders (`… năm {year}`); `name`
    /// when absent.
    public var coverName: String? {
        get { storage.fields.coverName }
        set { storage.set(\.coverName, newValue) }
    }
    /// Version of the wording (e.g. `2021`); two inputs of different versions can still be compared.
    public var version: String? {
        get { storage.fields.version }
        set { storage.set(\.version, newValue) }
    }
    /// Where the wording comes from: `official`, or `reconstructed` when parts were rebuilt.
    public var source: String? {
        get { storage.fields.source }
        set { storage.set(\.source, newValue) }
    }
    /// Free text about the form (provenance, caveats), shown by `cchc templates show`.
    public var description: String? {
        get { storage.fields.description }
        set { storage.set(\.description, newValue) }
    }
    /// Name of the worksheet (≤ 31 characters, none of `[ ] : * ? / \`).
    public var sheetName: String {
        get { storage.fields.sheetName }
        set { storage.set(\.sheetName, newValue) }
    }
    /// What the report's period looks like: one year, a range of years, or none.
    public var period: PeriodKind {
        get { storage.fields.period }
        set { storage.set(\.period, newValue) }
    }
    /// Lines printed above the title, right-aligned (e.g. `PHỤ LỤC 2`, `BẢNG 2`).
    public var aboveTitle: [String]? {
        get { storage.fields.aboveTitle }
        set { storage.set(\.aboveTitle, newValue) }
    }
    /// Title lines, bold and centred; placeholders `{year}`, `{from}`, `{to}`, `{cutoff}`, `{unit}`,
    /// `{province}`, `{portal}`, `{number}`.
    public var title: [String]? {
        get { storage.fields.title }
        set { storage.set(\.title, newValue) }
    }
    /// Lines printed under the title in italics (e.g. the period); same placeholders as `title`.
    public var subtitle: [String]? {
        get { storage.fields.subtitle }
        set { storage.set(\.subtitle, newValue) }
    }
    /// What the placeholders that come from the unit's data stand for when the unit does not give
    /// them (the province the form was written for), e.g. the portal in a label.
    public var defaults: PlaceholderDefaults? {
        get { storage.fields.defaults }
        set { storage.set(\.defaults, newValue) }
    }
    /// The columns of the table, left to right. A `years` column expands to one column per year.
    public var columns: [Column] {
        get { storage.fields.columns }
        set { storage.set(\.columns, newValue) }
    }
    /// Header rows, top to bottom, laid out like an HTML table (cells flow left to right, skipping
    /// places taken by a cell above that spans several rows).
    public var header: [[HeaderCell]] {
        get { storage.fields.header }
        set { storage.set(\.header, newValue) }
    }
    /// The rows of the form, in order.
    public var rows: [Row] {
        get { storage.fields.rows }
        set { storage.set(\.rows, newValue) }
    }
    /// Lines printed under the table (footnotes of the form).
    public var footnotes: [String]? {
        get { storage.fields.footnotes }
        set { storage.set(\.footnotes, newValue) }
    }
    /// Relations between rows that must hold (checked by `cchc validate`).
    public var checks: [Check]? {
        get { storage.fields.checks }
        set { storage.set(\.checks, newValue) }
    }
    /// Page setup.
    public var page: PageSetup? {
        get { storage.fields.page }
        set { storage.set(\.page, newValue) }
    }
    /// Charts of a per-year template, drawn on the `Biểu đồ` sheet of `cchc submit` (see `TemplateChart`).
    public var charts: [TemplateChart]? {
        get { storage.fields.charts }
        set { storage.set(\.charts, newValue) }
    }
    /// Forms of Đạt/Không đạt rows: whether the sheet counts the Đạt answers under the table
    /// (`Số mục tiêu đạt 11/16`). Off unless set: a line the official form does not have. A
    /// submission shows the count on its cover either way.
    public var tally: Bool? {
        get { storage.fields.tally }
        set { storage.set(\.tally, newValue) }
    }

    public init(id: String, name: String, coverName: String? = nil, version: String? = nil, source: String? = nil,
                description: String? = nil, sheetName: String, period: PeriodKind, aboveTitle: [String]? = nil,
                title: [String]? = nil, subtitle: [String]? = nil, defaults: PlaceholderDefaults? = nil, columns: [Column],
                header: [[HeaderCell]], rows: [Row], footnotes: [String]? = nil, checks: [Check]? = nil, page: PageSetup? = nil,
                charts: [TemplateChart]? = nil, tally: Bool? = nil) {
        storage = SharedFields(Fields(id: id, name: name, coverName: coverName, version: version, source: source, description: description,
                                 sheetName: sheetName, period: period, aboveTitle: aboveTitle, title: title, subtitle: subtitle,
                                 defaults: defaults, columns: columns, header: header, rows: rows, footnotes: footnotes, checks: checks,
                                 page: page, charts: charts, tally: tally))
    }

    public init(from decoder: any Decoder) throws {
        storage = SharedFields(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// Whether the two are one box (for the tests: what `TemplateCatalog.wording` shares).
    func sharesFields(with other: Template) -> Bool { storage.isShared(with: other.storage) }

    /// How a template's period is given in the input.
    public enum PeriodKind: String, Codable, Sendable, CaseIterable {
        /// One report year: `"period": { "year": 2021 }`, one value column.
        case year
        /// A range of years: `"period": { "from": 2011, "to": 2020, "cutoff": "2020-03-31" }`.
        case years
        /// No period (a contact table); a year may still be given for the title.
        case none
    }
}

/// One column of a form's table.
public struct Column: Codable, Sendable, Equatable {
    /// What the column shows.
    public var role: Role
    /// For `value` columns of a template with several of them: the key the input uses for it.
    public var key: String?
    /// Width in characters (Excel's unit).
    public var width: Double?
    /// For `value` columns: a kind that overrides the row's kind (e.g. every field of a contact row is text).
    public var kind: ValueKind?

    /// What a column shows.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// The row's number (I, 1, -, blank).
        case stt
        /// The row's label, indented by level.
        case label
        /// The row's unit (Đơn vị tính).
        case unit
        /// A value given by the input.
        case value
        /// One value column per year of the report's range.
        case years
        /// The note column (Ghi chú); derived rates show their counts here.
        case note
    }

    public init(role: Role, key: String? = nil, width: Double? = nil, kind: ValueKind? = nil) {
        self.role = role
        self.key = key
        self.width = width
        self.kind = kind
    }
}

/// One cell of a header row.
public struct HeaderCell: Codable, Sendable, Equatable {
    /// Text of the cell; placeholders as in the title, plus `{y}` (the year) in a repeated cell.
    public var text: String
    /// How many header rows the cell spans (default 1).
    public var rows: Int?
    /// How many columns the cell spans (default 1); see `span`.
    public var cols: Int?
    /// `years`: the cell spans all year columns.
    public var span: Span?
    /// `years`: the cell is repeated once per year, with `{y}` replaced by the year.
    public var repeats: Span?
    /// For a repeated cell: the text of the last year's cell when the report has a cut-off date
    /// (e.g. `Năm {y} (Tính đến {cutoff})`, where `{cutoff}` prints as `31/3`).
    public var lastWithCutoff: String?

    /// A span that depends on the report.
    public enum Span: String, Codable, Sendable, CaseIterable {
        case years
    }

    public init(text: String, rows: Int? = nil, cols: Int? = nil, span: Span? = nil,
                repeats: Span? = nil, lastWithCutoff: String? = nil) {
        self.text = text
        self.rows = rows
        self.cols = cols
        self.span = span
        self.repeats = repeats
        self.lastWithCutoff = lastWithCutoff
    }
}

/// What a row's value cells may hold.
public enum ValueKind: String, Codable, Sendable, CaseIterable, Equatable {
    /// A section heading (I, II …): no value, bold.
    case section
    /// An item heading with sub-rows: no value.
    case header
    /// A whole number ≥ 0, formatted `#,##0`.
    case count
    /// A number with decimals.
    case decimal
    /// A percentage 0…100, two decimals; may be derived from two counts.
    case percent
    /// A coded answer from the row's legend (`Có = 1 Không = 0`); the cell holds the code.
    case code
    /// `Đạt` or `Không đạt`.
    case pass
    /// A fraction written in one cell, like `24/24`.
    case fraction
    /// Free text.
    case text

    /// Whether rows of this kind hold a value at all.
    public var holdsValue: Bool { self != .section && self != .header }
}

/// One row of a form.
///
/// The fields are held once for all copies (`SharedFields`): a template's rows are copied into
/// every filled row of every report (`FilledRow.row`), a copy then 8 bytes instead of ~200.
public struct Row: Codable, Sendable, Equatable {
    /// The fields, as the template file gives them (the JSON keys of `Row`).
    private struct Fields: Codable, Sendable, Equatable {
        var id: String
        var stt: String?
        var label: String
        var unit: String?
        var kind: ValueKind
        var indent: Int?
        var legend: [LegendEntry]?
        var derived: Derived?
        var source: String?
        var instruction: String?
        var spanNote: Bool?
        var aggregate: Aggregate?
    }

    /// Held once for all copies (`SharedFields`).
    private var storage: SharedFields<Fields>

    /// Stable ASCII identifier used by inputs (lowercase letters, digits, `-`, `.`, `_`).
    public var id: String {
        get { storage.fields.id }
        set { storage.set(\.id, newValue) }
    }
    /// The number shown in the STT column (`I`, `1`, `1.`, `-`, or absent).
    public var stt: String? {
        get { storage.fields.stt }
        set { storage.set(\.stt, newValue) }
    }
    /// The label, to the letter of the form.
    public var label: String {
        get { storage.fields.label }
        set { storage.set(\.label, newValue) }
    }
    /// The unit shown in the unit column, to the letter of the form.
    public var unit: String? {
        get { storage.fields.unit }
        set { storage.set(\.unit, newValue) }
    }
    /// What the row's value cells hold.
    public var kind: ValueKind {
        get { storage.fields.kind }
        set { storage.set(\.kind, newValue) }
    }
    /// Indentation level of the label (0 for sections and items, 1 for sub-rows, 2 for sub-sub-rows).
    public var indent: Int? {
        get { storage.fields.indent }
        set { storage.set(\.indent, newValue) }
    }
    /// For `code` rows: the allowed codes and their labels.
    public var legend: [LegendEntry]? {
        get { storage.fields.legend }
        set { storage.set(\.legend, newValue) }
    }
    /// For `percent` rows that are a ratio of two counts.
    public var derived: Derived? {
        get { storage.fields.derived }
        set { storage.set(\.derived, newValue) }
    }
    /// Where this row's wording comes from when it differs from the template's (`reconstructed`).
    public var source: String? {
        get { storage.fields.source }
        set { storage.set(\.source, newValue) }
    }
    /// The form's own text in its note column (Ghi chú) for this row (`Ghi rõ thời gian tổ
    /// chức`), printed where the unit gives no note of its own.
    public var instruction: String? {
        get { storage.fields.instruction }
        set { storage.set(\.instruction, newValue) }
    }
    /// `text` rows of a form with a note column: the answer takes the value column and the note
    /// column, merged, where the form leaves room for a sentence.
    public var spanNote: Bool? {
        get { storage.fields.spanNote }
        set { storage.set(\.spanNote, newValue) }
    }
    /// How the row consolidates in `cchc consolidate` (`sum`, `rate`, `tally`, `none`); the
    /// default of its kind when absent (see `Aggregate`).
    public var aggregate: Aggregate? {
        get { storage.fields.aggregate }
        set { storage.set(\.aggregate, newValue) }
    }

    public init(id: String, stt: String? = nil, label: String, unit: String? = nil, kind: ValueKind,
                indent: Int? = nil, legend: [LegendEntry]? = nil, derived: Derived? = nil,
                source: String? = nil, instruction: String? = nil, spanNote: Bool? = nil, aggregate: Aggregate? = nil) {
        storage = SharedFields(Fields(id: id, stt: stt, label: label, unit: unit, kind: kind, indent: indent, legend: legend, derived: derived, source: source, instruction: instruction, spanNote: spanNote, aggregate: aggregate))
    }

    public init(from decoder: any Decoder) throws {
        storage = SharedFields(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }
}

/// One allowed answer of a coded row.
public struct LegendEntry: Codable, Sendable, Hashable {
    /// The number written in the cell.
    public var code: Int
    /// The answer it stands for (`Có`, `Không`, …), which the input may give instead of the code.
    public var label: String

    public init(code: Int, label: String) {
        self.code = code
        self.label = label
    }
}

/// A percentage computed as numerator / denominator × 100.
public struct Derived: Codable, Sendable, Equatable {
    /// The count above the line.
    public var numerator: Operand
    /// The count below the line.
    public var denominator: Operand
    /// The unit of the counts as the note shows it (`hồ sơ` in `10.243/10.248 hồ sơ`).
    public var noteUnit: String?

    public init(numerator: Operand, denominator: Operand, noteUnit: String? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.noteUnit = noteUnit
    }
}

/// One side of a derived percentage: another row of the form, or a count given with the row.
public struct Operand: Codable, Sendable, Equatable {
    /// The id of the row that holds the count.
    public var row: String?
    /// What the count is, when it is given with the derived row itself (a component).
    public var label: String?

    public init(row: String? = nil, label: String? = nil) {
        self.row = row
        self.label = label
    }

    /// Whether the count is given with the derived row (not another row).
    public var isComponent: Bool { row == nil }
}

/// The values of placeholders that come from the unit's data, as the template's province has them.
public struct PlaceholderDefaults: Codable, Sendable, Equatable {
    /// `{portal}`: the address of the province's administrative-reform portal, when the unit
    /// gives no `portal` of its own.
    public var portal: String?

    public init(portal: String? = nil) {
        self.portal = portal
    }
}

/// Page setup of a form's sheet.
public struct PageSetup: Codable, Sendable, Equatable {
    /// `portrait` or `landscape`.
    public var orientation: String?
    /// `A4` (default) or `A3`.
    public var paper: String?
}
