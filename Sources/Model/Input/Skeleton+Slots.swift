/// The places of a skeleton that a unit fills, each with its JSON path: what `cchc init` prints
/// as JSON and what an entry workbook (`cchc init -o form.xlsx`) lays out as cells, from one list,
/// so that the two cannot drift.
extension Skeleton {
    /// One place a unit fills: its JSON path in the input and what goes there.
    public struct Slot: Sendable, Equatable {
        /// The path in the input, as `cchc init` prints it (`$.values["iii.6"].numerator`).
        public var path: JSONPath
        public var target: Target

        public init(path: JSONPath, target: Target) {
            self.path = path
            self.target = target
        }
    }

    /// What a slot holds.
    public enum Target: Sendable, Equatable {
        /// The value of template row `row` (its index) in value column `column` (an index of
        /// `Skeleton.valueColumns`).
        case value(row: Int, column: Int)
        /// A count given with a derived rate (its numerator or denominator).
        case count(row: Int, column: Int, side: RateSide)
        /// A derived rate whose counts are rows of the form: `null` in the skeleton (or a rate
        /// the unit reports), a live formula in an entry workbook, not a cell the unit types into.
        case rate(row: Int, column: Int)
        /// A field of the unit, the period or the report.
        case field(EntryField)
    }

    /// The value columns of `template` for `period`, as `InputReader` reads them: one per year
    /// (2011–2020 when no range is given), one per key, or the single one.
    public static func valueColumns(template: Template, period: Period) -> [ValueColumn] {
        if template.period == .years {
            // As the skeleton's period prints the range: 2011 and 2020 stand for a missing end.
            let from = period.from ?? 2011, to = period.to ?? 2020
            return (from <= to ? Array(from...to) : Array(2011...2020)).map(ValueColumn.year)
        }
        if template.hasKeyedColumns {
            return template.columns.filter { $0.role == .value }.compactMap(\.key).map(ValueColumn.key)
        }
        return [.single]
    }

    /// The slots of the values of `template`, row by row, under `values` (`$.values`, or
    /// `$.appendices[0].data.values` in a submission); within a row, column by column, and a
    /// rate's numerator before its denominator.
    public static func valueSlots(template: Template, period: Period, values: JSONPath = JSONPath("values")) -> [Slot] {
        let columns = valueColumns(template: template, period: period)
        var slots: [Slot] = []
        for (rowIndex, row) in template.rows.enumerated() where row.kind.holdsValue {
            for (columnIndex, column) in columns.enumerated() {
                var path = values.child(row.id)
                switch column {
                case .single: break
                case .year(let year): path = path.child(String(year))
                case .key(let key): path = path.child(key)
                }
                if let derived = row.derived {
                    let sides = [(derived.numerator, RateSide.numerator), (derived.denominator, RateSide.denominator)].filter { $0.0.isComponent }
                    if sides.isEmpty {
                        slots.append(Slot(path: path, target: .rate(row: rowIndex, column: columnIndex)))
                    }
                    for (_, side) in sides {
                        slots.append(Slot(path: path.child(side.rawValue), target: .count(row: rowIndex, column: columnIndex, side: side)))
                    }
                } else {
                    slots.append(Slot(path: path, target: .value(row: rowIndex, column: columnIndex)))
                }
            }
        }
        return slots
    }

    /// The slots of the unit and the period of a single form's input: the unit's name,
    /// province and roster code, then the year (a one-year form, or a form without period given one), or the
    /// range and its cut-off (a per-year form).
    public static func fieldSlots(template: Template, period: Period) -> [Slot] {
        var fields: [EntryField] = [.unitName, .province, .unitCode]
        switch template.period {
        case .years:
            fields += [.from, .to]
            if period.cutoff != nil { fields.append(.cutoff) }
        case .year: fields.append(.year)
        case .none: if period.year != nil { fields.append(.year) }
        }
        return fields.map { Slot(path: $0.path, target: .field($0)) }
    }

    /// The slots of a submission's own fields: unit, period, report, signer, recipients.
    public static func submissionFieldSlots(templates: [Template], period: Period) -> [Slot] {
        var fields: [EntryField] = [.unitName, .province, .unitCode]
        if templates.contains(where: { $0.period == .years }) { fields += [.from, .to] } else { fields.append(.year) }
        if period.cutoff != nil { fields.append(.cutoff) }
        fields += [.reportNumber, .reportDate, .reportPlace, .reportTitle]
        fields += (0..<EntryField.issuerLines).map(EntryField.issuer)
        fields += [.signerOnBehalf, .signerSigningFor, .signerTitle, .signerName]
        fields += (0..<EntryField.recipientLines).map(EntryField.recipient)
        return fields.map { Slot(path: $0.path, target: .field($0)) }
    }

    /// The JSON text of a row's empty value from its slots: `null` for one slot at the row's own
    /// path, else an object of the steps below it (`{ "2019": { "numerator": null, … }, … }`).
    static func emptyValue(_ slots: [Slot], under base: JSONPath) -> String {
        let depth = base.components.count
        let suffixes = slots.map { Array($0.path.components.dropFirst(depth)) }
        func render(_ suffixes: [[JSONPath.Component]]) -> String {
            guard !suffixes.contains(where: \.isEmpty) else { return "null" }
            var keys: [JSONPath.Component] = []
            for suffix in suffixes where !keys.contains(suffix[0]) { keys.append(suffix[0]) }
            let members = keys.map { key -> String in
                let name: String
                switch key {
                case .key(let text): name = quote(text)
                case .index(let index): name = quote(String(index))
                }
                return name + ": " + render(suffixes.filter { $0[0] == key }.map { Array($0.dropFirst()) })
            }
            return "{ " + members.joined(separator: ", ") + " }"
        }
        return render(suffixes)
    }
}
