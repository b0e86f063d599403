import Foundation

/// The history of a unit that exists now, built from its predecessors' reports
/// (`cchc consolidate --as <code>`, docs/ROSTER.md "Across the merger"): who made it up in the
/// report's year (`Roster.ancestry`), which of them reported, and the part of each that came in.
public struct Merger: Sendable {
    /// One unit that made up the asked unit on the year's cut-off.
    public struct Predecessor: Sendable, Equatable {
        /// Its roster code and its name on the cut-off.
        public var code: String
        public var name: String
        /// The part of it that came into the asked unit (1: the whole unit).
        public var share: Double
        /// The codes from the asked unit down to this one.
        public var chain: [String]
        /// Its report, when one was given (nil: missing).
        public var file: String?

        /// Whether only part of it came in: its figures are estimates.
        public var isEstimate: Bool { share < 1 - 1e-9 }
    }

    /// The asked unit as the roster names it now (its latest entry).
    public var unit: RosterUnit
    /// The year whose cut-off the predecessors are taken on (the reports' year, `year` or `to`).
    public var year: Int
    /// The predecessors, in the order the roster reaches them.
    public var predecessors: [Predecessor]
    /// Codes reached that the roster cannot trace back to the year.
    public var unknown: [String]

    public init(unit: RosterUnit, year: Int, predecessors: [Predecessor], unknown: [String]) {
        self.unit = unit
        self.year = year
        self.predecessors = predecessors
        self.unknown = unknown
    }

    /// The predecessors without a report.
    public var missing: [Predecessor] { predecessors.filter { $0.file == nil } }
    /// Whether part of the history is not there (a report missing, a part unknown).
    public var isPartial: Bool { !missing.isEmpty || !unknown.isEmpty }

    /// The predecessor whose report is `file`.
    public func predecessor(file: String) -> Predecessor? { predecessors.first { $0.file == file } }
}

extension Report {
    /// The report with every count multiplied by `share` (a part of the unit that came into
    /// another): counts, both sides of fractions and the counts of rates rounded to whole units
    /// (half up), decimals kept to four places; rates given without counts, coded answers,
    /// Đạt/Không đạt and text as they are (they are not amounts of the unit). The ids of the
    /// rows whose figures changed are given with it: those figures are estimates.
    public func scaled(by share: Double) -> (report: Report, estimated: [String]) {
        guard share < 1 - 1e-9 else { return (self, []) }
        // The product snapped to a millionth first: a share is written in decimals (0,03), which a
        // double holds only nearly, and 150 × 0,03 must be 4,5 (rounded to 5), not 4,4999….
        func exact(_ value: Double) -> Double { (value * share * 1_000_000).rounded() / 1_000_000 }
        func whole(_ value: Double) -> Double { exact(value).rounded(.toNearestOrAwayFromZero) }
        func decimal(_ value: Double) -> Double { (exact(value) * 10_000).rounded(.toNearestOrAwayFromZero) / 10_000 }
        var copy = self
        var estimated: [String] = []
        for index in copy.rows.indices {
            let row = copy.rows[index].row
            let kinds = template.cellKinds(of: row)
            var scaledAny = false
            for column in copy.rows[index].values.indices {
                let kind = kinds.count == copy.rows[index].values.count ? kinds[column] : (kinds.first ?? row.kind)
                switch copy.rows[index].values[column] {
                case .number(let n) where kind == .count:
                    copy.rows[index].values[column] = .number(whole(n)); scaledAny = true
                case .number(let n) where kind == .decimal:
                    copy.rows[index].values[column] = .number(decimal(n)); scaledAny = true
                case .fraction(let n, let d):
                    copy.rows[index].values[column] = .fraction(numerator: whole(n), denominator: whole(d)); scaledAny = true
                case .rate(var rate) where rate.numerator != nil || rate.denominator != nil:
                    rate.numerator = rate.numerator.map(whole)
                    rate.denominator = rate.denominator.map(whole)
                    // The reported rate was the whole unit's: the part's is recomputed from its counts.
                    if rate.isFormula { rate.reported = nil; rate.reportedDecimals = nil }
                    copy.rows[index].values[column] = .rate(rate); scaledAny = true
                default:
                    break
                }
            }
            if scaledAny { estimated.append(row.id) }
        }
        return (copy, estimated)
    }
}

extension Merger {
    /// The consolidated input of the history (`Consolidation.document`) as the asked unit's:
    /// `unit` its roster name and code (the province kept from the predecessors when they name
    /// one); each `sources` entry with the predecessor's `code`, `share` and `estimate`; the
    /// note of each row that holds an estimate saying which predecessors, and at what share.
    public func document(_ consolidation: Consolidation, estimatedRows: [String: [Int]], catalogue: Catalogue,
                         sourcesRelativeTo directory: String?) -> JSONValue {
        let provinces = Set(consolidation.sources.compactMap { $0.unit.province })
        let unitInfo = UnitInfo(name: unit.name, province: provinces.count == 1 ? provinces.first : nil, code: unit.code)
        let base = consolidation.document(unit: unitInfo, catalogue: catalogue, sourcesRelativeTo: directory)
        guard case .object(var top) = base else { return base }
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        for index in top.indices {
            switch top[index].key {
            case "unit":
                guard case .object(var members) = top[index].value else { continue }
                if !members.contains(where: { $0.key == "code" }) { members.append(member("code", .string(unit.code))) }
                top[index].value = .object(members)
            case "sources":
                guard case .array(let list) = top[index].value else { continue }
                top[index].value = .array(zip(list, consolidation.sources).map { entry, source in
                    guard case .object(var members) = entry, let predecessor = predecessor(file: source.file) else { return entry }
                    members.append(member("code", .string(predecessor.code)))
                    members.append(member("share", .number(PlainNumber.text(predecessor.share))))
                    members.append(member("estimate", .bool(predecessor.isEstimate)))
                    return .object(members)
                })
            default:
                continue
            }
        }
        // The estimate notes, after the consolidation's own note of the row.
        var notes: [JSONValue.Member] = []
        if let index = top.firstIndex(where: { $0.key == "notes" }), case .object(let members) = top[index].value { notes = members }
        for row in consolidation.rows {
            guard let units = estimatedRows[row.row.id], !units.isEmpty else { continue }
            let text = catalogue.phrase(.mergerEstimateNote(units: units.map { consolidation.sources[$0].unitName },
                                                            shares: units.map { predecessor(file: consolidation.sources[$0].file)?.share ?? 1 }))
            if let at = notes.firstIndex(where: { $0.key == row.row.id }), case .string(let earlier) = notes[at].value {
                notes[at].value = .string(earlier + "; " + text)
            } else {
                notes.append(member(row.row.id, .string(text)))
            }
        }
        // Notes in the template's order, as the consolidation writes them.
        let order = Dictionary(consolidation.rows.enumerated().map { ($0.element.row.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        notes.sort { (order[$0.key] ?? .max) < (order[$1.key] ?? .max) }
        if let index = top.firstIndex(where: { $0.key == "notes" }) {
            top[index].value = .object(notes)
        } else if !notes.isEmpty, let values = top.firstIndex(where: { $0.key == "values" }) {
            top.insert(member("notes", .object(notes)), at: values + 1)
        }
        return .object(top)
    }
}
