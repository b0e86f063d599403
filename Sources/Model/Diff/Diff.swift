/// One side of a comparison: a filled report and the value column compared.
public struct DiffSide: Sendable {
    /// The report.
    public var report: Report
    /// The year compared (a year column, or the report year); nil when the report has none.
    public var year: Int?
    /// The compared index in `report.valueColumns`; nil for templates with keyed value columns
    /// (a contact table), where every field is compared.
    public var column: Int?

    /// Picks the column of `report` to compare: the year column `year` of a per-year report (which
    /// needs one), else the single value column, whose report year must equal `year` when given.
    public init(report: Report, year: Int? = nil) throws(CCHCError) {
        self.report = report
        let template = report.template
        if template.isPerYear {
            let years = report.valueColumns.compactMap(\.year)
            guard let year else { throw CCHCError(.diffImpossible(.needsYear(file: report.source, template: template.id, available: years))) }
            guard let index = report.valueColumns.firstIndex(of: .year(year)) else {
                throw CCHCError(.diffImpossible(.yearNotInReport(file: report.source, year: year, available: years)))
            }
            self.year = year
            self.column = index
            return
        }
        if let year, let reported = report.period.reportYear, reported != year {
            throw CCHCError(.diffImpossible(.yearNotInReport(file: report.source, year: year, available: [reported])))
        }
        self.year = year ?? report.period.reportYear
        self.column = template.hasKeyedColumns ? nil : report.valueColumns.firstIndex(of: .single) ?? 0
    }

    /// Whether the compared year of a per-year report stops at its cut-off date (a part of a year,
    /// like the ten-year review's `Năm 2020 (Tính đến 31/3)`).
    public var isCutOff: Bool {
        guard report.template.isPerYear, let cutoff = report.period.cutoff, let year else { return false }
        return cutoff.year == year && year == report.period.to
    }

    /// `Năm 2020`, `Năm 2020 (Tính đến 31/3)` for a cut-off year, or nil without a year.
    public func yearTitle(_ catalogue: Catalogue) -> String? {
        guard let year else { return nil }
        return catalogue.phrase(.yearTitle(year: year, cutoff: isCutOff ? report.period.cutoff : nil))
    }

    /// The value of `filled` on this side: the compared column, or the keyed `field`; nil when
    /// this side has no such column.
    func value(of filled: FilledRow, field: String?) -> Value? {
        let index: Int?
        if let field { index = report.valueColumns.firstIndex(of: .key(field)) } else { index = column }
        guard let index, index < filled.values.count else { return field == nil ? .blank : nil }
        return filled.values[index]
    }

    /// The keys of a keyed template's value columns, in order (empty for other templates).
    var fields: [String] {
        guard column == nil else { return [] }
        return report.valueColumns.compactMap { if case .key(let key) = $0 { return key } else { return nil } }
    }
}

/// Which rows of a comparison to show.
public struct DiffFilter: Sendable, Equatable {
    /// Keep only rows that changed: changed, added, removed, and rows reported on one side only.
    public var onlyChanged: Bool
    /// Keep only changes whose relative change is at least this many percent (either way).
    /// Implies `onlyChanged`. Changes that have no relative change — from 0, a new answer of a
    /// coded row, an added or removed row, a figure reported on one side only — are kept: they
    /// cannot be measured, so they are never filtered out silently.
    public var threshold: Double?

    public init(onlyChanged: Bool = false, threshold: Double? = nil) {
        self.onlyChanged = onlyChanged
        self.threshold = threshold
    }

    /// Whether the filter keeps every row.
    public var keepsAll: Bool { !onlyChanged && threshold == nil }

    /// Whether the filter keeps a (non-heading) row.
    public func keeps(_ row: DiffRow) -> Bool {
        if keepsAll { return true }
        guard row.isChange else { return false }
        guard let threshold, let percent = row.changePercent else { return true }
        return abs(percent) >= threshold - 1e-9
    }
}

/// The comparison of two sides row by row: two inputs of one template (possibly of different
/// versions of it), or two years of one per-year input. Rows are matched by row id; a row that
/// only one side's template has is listed as added or removed, never dropped.
public struct Diff: Sendable {
    /// The older and the newer side.
    public var old: DiffSide
    public var new: DiffSide
    /// Every row in the new template's order, with the rows only the old template has placed after
    /// the row that preceded them there. Headings included.
    public var rows: [DiffRow]

    /// Compares two sides; throws when they fill different templates.
    public init(old: DiffSide, new: DiffSide) throws(CCHCError) {
        let a = old.report.template, b = new.report.template
        guard a.id == b.id else {
            throw CCHCError(.diffImpossible(.differentTemplates(oldFile: old.report.source, oldTemplate: a.id, oldVersion: a.version,
                                      newFile: new.report.source, newTemplate: b.id, newVersion: b.version)))
        }
        if old.report.source == new.report.source, let year = old.year, old.column == new.column, old.year == new.year {
            throw CCHCError(.diffImpossible(.sameColumn(file: old.report.source, year: year)))
        }
        self.old = old
        self.new = new
        self.rows = Diff.compareRows(old: old, new: new)
    }

    /// Compares two year columns of one per-year report.
    public init(report: Report, years old: Int, _ new: Int) throws(CCHCError) {
        guard report.template.isPerYear else { throw CCHCError(.diffImpossible(.notPerYear(file: report.source, template: report.template.id))) }
        try self.init(old: DiffSide(report: report, year: old), new: DiffSide(report: report, year: new))
    }

    /// The template id both sides fill.
    public var templateID: String { new.report.template.id }

    /// Whether the two sides use different versions of the template.
    public var versionsDiffer: Bool { old.report.template.version != new.report.template.version }

    /// Column titles of the two sides: `Năm 2020` / `Năm 2021`; two inputs of the same year (or
    /// of none) are told apart as `(bản cũ)` / `(bản mới)`.
    public func titles(_ catalogue: Catalogue) -> (old: String, new: String) {
        let a = old.yearTitle(catalogue), b = new.yearTitle(catalogue)
        if let a, let b, a != b { return (a, b) }
        let base = a ?? b
        return (catalogue.phrase(.sideTitle(base: base, old: true)), catalogue.phrase(.sideTitle(base: base, old: false)))
    }

    /// The rows the filter keeps, each preceded by the headings it sits under (headings with no
    /// kept row under them are left out unless the filter keeps everything).
    public func rows(_ filter: DiffFilter) -> [DiffRow] {
        if filter.keepsAll { return rows }
        var out: [DiffRow] = []
        var pending: [(row: DiffRow, level: Int, shown: Bool)] = []
        for row in rows {
            if row.isHeading {
                let level = Diff.headingLevel(row)
                while let last = pending.last, last.level >= level { pending.removeLast() }
                pending.append((row, level, false))
                continue
            }
            guard filter.keeps(row) else { continue }
            for index in pending.indices where !pending[index].shown {
                out.append(pending[index].row)
                pending[index].shown = true
            }
            out.append(row)
        }
        return out
    }

    /// How many (non-heading) rows have each status.
    public func statusCounts(_ rows: [DiffRow]? = nil) -> [DiffStatus: Int] {
        var counts: [DiffStatus: Int] = [:]
        for row in rows ?? self.rows { if let status = row.status { counts[status, default: 0] += 1 } }
        return counts
    }

    /// `3 thay đổi, 80 không đổi, …` (statuses with no row left out).
    public func summary(_ rows: [DiffRow]? = nil, catalogue: Catalogue) -> String {
        let counts = statusCounts(rows)
        let parts = DiffStatus.allCases.compactMap { status -> String? in
            guard let n = counts[status], n > 0 else { return nil }
            return catalogue.phrase(.statusCount(status, n))
        }
        return parts.isEmpty ? catalogue.phrase(.noRows) : parts.joined(separator: ", ")
    }

    // MARK: - Matching rows

    /// Sections are level 0, item headers 1 + their indentation.
    static func headingLevel(_ row: DiffRow) -> Int {
        row.kind == .section ? 0 : 1 + row.indent
    }

    /// Pairs the rows of the two templates by id, in the new template's order, each removed row
    /// placed after the old row that preceded it (or first, when it was first).
    static func pairedRows(old: Template, new: Template) -> [(old: Row?, new: Row?)] {
        let newIDs = Set(new.rows.map(\.id))
        let oldByID = Dictionary(old.rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Removed rows, grouped under the id of the nearest preceding row both templates have.
        var removedAfter: [String?: [Row]] = [:]
        var anchor: String? = nil
        for row in old.rows {
            if newIDs.contains(row.id) { anchor = row.id } else { removedAfter[anchor, default: []].append(row) }
        }
        var pairs: [(old: Row?, new: Row?)] = (removedAfter[nil] ?? []).map { ($0, nil) }
        for row in new.rows {
            pairs.append((oldByID[row.id], row))
            if oldByID[row.id] != nil { pairs += (removedAfter[row.id] ?? []).map { ($0, nil) } }
        }
        return pairs
    }

    static func compareRows(old: DiffSide, new: DiffSide) -> [DiffRow] {
        let oldIndex = old.report.rowIndex, newIndex = new.report.rowIndex
        var fields = new.fields
        for field in old.fields where !fields.contains(field) { fields.append(field) }
        var out: [DiffRow] = []
        for pair in pairedRows(old: old.report.template, new: new.report.template) {
            let oldFilled = pair.old.flatMap { oldIndex[$0.id] }.map { old.report.rows[$0] }
            let newFilled = pair.new.flatMap { newIndex[$0.id] }.map { new.report.rows[$0] }
            // A heading on one side and a value row on the other: the value row was added or removed.
            var oldRow = oldFilled, newRow = newFilled
            if let o = oldRow, let n = newRow, o.row.kind.holdsValue != n.row.kind.holdsValue {
                if o.row.kind.holdsValue { newRow = nil } else { oldRow = nil }
            }
            guard let shown = newRow?.row ?? oldRow?.row else { continue }
            let oldLabel = oldRow.map(\.row.label).flatMap { label in
                newRow != nil && label.precomposedStringWithCanonicalMapping != shown.label.precomposedStringWithCanonicalMapping ? label : nil
            }
            func make(field: String?) -> DiffRow {
                DiffRow(id: shown.id, field: field, stt: shown.stt, label: shown.label, unit: shown.unit, oldLabel: oldLabel,
                        kind: shown.kind, indent: shown.indent ?? 0,
                        countUnit: shown.derived?.noteUnit ?? oldRow?.row.derived?.noteUnit,
                        old: shown.kind.holdsValue ? oldRow.flatMap { old.value(of: $0, field: field) } : nil,
                        new: shown.kind.holdsValue ? newRow.flatMap { new.value(of: $0, field: field) } : nil)
            }
            if fields.isEmpty || !shown.kind.holdsValue {
                out.append(make(field: nil))
            } else {
                for field in fields { out.append(make(field: field)) }
            }
        }
        return out
    }
}
