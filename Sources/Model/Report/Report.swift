import Foundation

/// A template filled with one unit's figures: what `cchc fill` renders and `cchc validate` checks.
public struct Report: Sendable {
    /// The form.
    public var template: Template
    /// Who reports.
    public var unit: UnitInfo
    /// The period the figures cover.
    public var period: Period
    /// The value columns of the sheet, in order (one, one per key, or one per year).
    public var valueColumns: [ValueColumn]
    /// One filled row per template row, in the template's order.
    public var rows: [FilledRow] {
        didSet { rowIndex = Report.index(rows) }
    }
    /// The file the input came from (for messages).
    public var source: String
    /// The number of the document the form is attached to (`215/BC-UBND`), in a submission;
    /// `{number}` prints `Report.numberToFillIn` without one (`cchc fill`).
    public var reportNumber: String?
    /// Where the values stand in that file (`$.values`, or `$.appendices[0].data.values` for an
    /// appendix given inline in a submission): findings about a row point under it.
    public var valuesPath = JSONPath("values")
    /// What a consolidated input says besides its values (its `consolidated` block): the units
    /// it stands for, per cell; nil for a unit's own input.
    public var consolidated: ConsolidatedFigures?
    /// Index of each row id in `rows` (kept with `rows`, since every sheet looks rows up by id).
    public private(set) var rowIndex: [String: Int]

    /// `rowIndex`, when given, is the index of `rows` by row id (`TemplateCatalog.rowIndex(of:)`
    /// of the template the rows were made from, one per template row in order); made from `rows`
    /// otherwise.
    public init(template: Template, unit: UnitInfo, period: Period, valueColumns: [ValueColumn], rows: [FilledRow], source: String,
                rowIndex: [String: Int]? = nil) {
        self.template = template
        self.unit = unit
        self.period = period
        self.valueColumns = valueColumns
        self.rows = rows
        self.source = source
        self.rowIndex = rowIndex ?? Report.index(rows)
    }

    private static func index(_ rows: [FilledRow]) -> [String: Int] {
        Dictionary(rows.enumerated().map { ($0.element.row.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The JSON path of the value of row `index` in value column `column`: `$.values["id"]`, with
    /// the year or the column's key added when the template has several value columns.
    public func path(ofRow index: Int, column: Int) -> JSONPath {
        path(ofRowID: rows[index].row.id, column: column)
    }

    /// The JSON path of the value of the row with id `id` in value column `column` (see
    /// `path(ofRow:column:)`).
    public func path(ofRowID id: String, column: Int) -> JSONPath {
        let base = valuesPath.child(id)
        switch valueColumns[column] {
        case .single: return base
        case .year(let year): return base.child(String(year))
        case .key(let key): return base.child(key)
        }
    }

    /// The filled row with this id.
    public func row(id: String) -> FilledRow? {
        guard let index = rowIndex[id] else { return nil }
        return rows[index]
    }

    /// What `{number}` prints when the form is filled on its own: dots where the officer writes
    /// the number of the document by hand, as on a blank form.
    public static let numberToFillIn = "……"

    /// Replaces the placeholders of a title, header or label text with this report's data.
    public func resolve(_ text: String, year: Int? = nil) -> String {
        Report.resolve(text, template: template, unit: unit, period: period, number: reportNumber, year: year)
    }

    /// Replaces the placeholders of `text` (see `templates/README.md`): the period's years and
    /// cut-off, the unit, its province and portal (the template's default portal when the unit
    /// gives none), the document's number, and `{y}`, the year of a repeated header cell.
    public static func resolve(_ text: String, template: Template, unit: UnitInfo, period: Period, number: String?,
                               year: Int? = nil) -> String {
        guard Placeholder.mayOccur(in: text) else { return text }
        func value(_ key: Placeholder.Key) -> String {
            switch key {
            case .year: return period.year.map(String.init) ?? period.to.map(String.init) ?? ""
            case .from: return period.from.map(String.init) ?? ""
            case .to: return period.to.map(String.init) ?? ""
            case .cutoff: return period.cutoff?.dayMonth ?? ""
            case .unit: return unit.name
            case .province: return unit.province ?? ""
            case .portal: return unit.portal ?? template.defaults?.portal ?? ""
            case .number: return number ?? numberToFillIn
            case .y: return year.map(String.init) ?? ""
            }
        }
        return Placeholder.replaceAll(in: text, value)
    }
}

extension Report {
    /// Gives the rows their wording for `unit` again, from `form` (the template as its file has
    /// it): after the unit of a report changes, as when a submission's unit replaces the one of
    /// an appendix file.
    public mutating func relabel(from form: Template) {
        guard form.id == template.id, form.rows.count == rows.count else { return }
        let resolved = form.resolvingLabels { Report.resolve($0, template: form, unit: unit, period: period, number: reportNumber) }
        template = resolved
        for i in rows.indices { rows[i].row.label = resolved.rows[i].label }
    }
}
