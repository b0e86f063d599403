/// How one row of the units' reports becomes the row of the consolidated report
/// (`cchc consolidate`): the template's `aggregate` key, or the default of the row's kind.
public enum Aggregate: String, Codable, Sendable, CaseIterable {
    /// Counts, decimals and fractions (`24/24`): the sum of the units that reported the row,
    /// year by year; blank when none did. The default of `count`, `decimal` and `fraction`.
    case sum
    /// A derived percentage: recomputed from the summed numerators and denominators, never
    /// averaged. The default of a `percent` row with `derived`.
    case rate
    /// Coded answers and Đạt/Không đạt: the number of units that gave each answer, with the
    /// number of units that answered (`Có: 17/24 đơn vị`, `17/24 đơn vị đạt`). The default of
    /// `code` and `pass`.
    case tally
    /// `none` in a template: not merged; each unit's value is listed on the per-unit sheet. The default of `text`
    /// and of a `percent` row without counts (a rate cannot be added up).
    case perUnit = "none"
}

extension Aggregate {
    /// The aggregate a row gets when its template does not say: by the kind of its cells.
    public static func `default`(for kind: ValueKind, derived: Bool) -> Aggregate {
        switch kind {
        case .count, .decimal, .fraction: return .sum
        case .percent: return derived ? .rate : .perUnit
        case .code, .pass: return .tally
        case .text, .section, .header: return .perUnit
        }
    }

    /// Whether this aggregate can be applied to cells of `kind` (`derived`: the row is a rate
    /// of two counts).
    public func fits(_ kind: ValueKind, derived: Bool) -> Bool {
        switch self {
        case .sum: return kind == .count || kind == .decimal || kind == .fraction
        case .rate: return kind == .percent && derived
        case .tally: return kind == .code || kind == .pass
        case .perUnit: return true
        }
    }
}

extension Template {
    /// The kinds of the cells of `row`, one per value column kind (a keyed column may override
    /// the row's kind; a per-year form has the row's kind in every year).
    public func cellKinds(of row: Row) -> [ValueKind] {
        let values = columns.filter { $0.role == .value }
        guard !values.isEmpty else { return [row.kind] }
        return values.map { row.kind.holdsValue ? ($0.kind ?? row.kind) : row.kind }
    }

    /// How `row` consolidates: its `aggregate`, else the default of its cells' kind (`none`
    /// for headings, or when the value columns of a contact row have different kinds).
    public func aggregate(of row: Row) -> Aggregate {
        if let aggregate = row.aggregate { return aggregate }
        let kinds = Set(cellKinds(of: row))
        guard kinds.count == 1, let kind = kinds.first else { return .perUnit }
        return .default(for: kind, derived: row.derived != nil)
    }
}
