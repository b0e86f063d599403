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
    /// Where the values stand in that file (`$.values`, or `$.appendices[0].data.values` for an
    /// appendix given inline in a submission): findings about a row point under it.
    public var valuesPath = JSONPath("values")
    /// Index of each row id in `rows` (kept with `rows`, since every sheet looks rows up by id).
    public private(set) var rowIndex: [String: Int]

    public init(template: Template, unit: UnitInfo, period: Period, valueColumns: [ValueColumn], rows: [FilledRow], source: String) {
        self.template = template
        self.unit = unit
        self.period = period
        self.valueColumns = valueColumns
        self.rows = rows
        self.source = source
        self.rowIndex = Report.index(rows)
    }

    private static func index(_ rows: [FilledRow]) -> [String: Int] {
        Dictionary(rows.enumerated().map { ($0.element.row.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The JSON path of the value of row `index` in value column `column`: `$.values["id"]`, with
    /// the year or the column's key added when the template has several value columns.
    public func path(ofRow index: Int, column: Int) -> JSONPath {
        let base = valuesPath.child(rows[index].row.id)
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

    /// Replaces the placeholders of a title or header text with this report's data.
    public func resolve(_ text: String, year: Int? = nil) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = text
        let replacements: [(String, String)] = [
            ("{year}", period.year.map(String.init) ?? period.to.map(String.init) ?? ""),
            ("{from}", period.from.map(String.init) ?? ""),
            ("{to}", period.to.map(String.init) ?? ""),
            ("{cutoff}", period.cutoff?.dayMonth ?? ""),
            ("{unit}", unit.name),
            ("{province}", unit.province ?? ""),
            ("{y}", year.map(String.init) ?? ""),
        ]
        for (key, value) in replacements where out.contains(key) {
            out = out.replacingOccurrences(of: key, with: value)
        }
        return out
    }
}
