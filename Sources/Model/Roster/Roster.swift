/// The units of an area that report, when each existed, to whom it reports, and what it was
/// formed from: read from a roster file (`docs/ROSTER.md`) by `Roster.load(from:)`.
///
/// A checked roster holds no contradiction (see `Roster+Checks`): every parent and predecessor
/// is a unit of the roster, no code is its own parent or predecessor through any chain, the
/// periods of one code do not overlap, and a parent exists over its children's whole validity.
public struct Roster: Sendable, Equatable {
    /// The area the roster describes (`Tỉnh An Phú`).
    public var name: String
    /// The levels whose units report (`["huyen", "xa"]`); nil: every unit that has a parent.
    public var reportingLevels: [String]?
    /// Every entry, in the order of the file.
    public var units: [RosterUnit] {
        didSet { index = Index(units) }
    }
    /// Where the entries of each code and of each name stand in `units` (kept with `units`:
    /// matching thousands of inputs against thousands of entries looks each one up, never scans).
    private var index: Index

    public init(name: String, reportingLevels: [String]? = nil, units: [RosterUnit]) {
        self.name = name
        self.reportingLevels = reportingLevels
        self.units = units
        self.index = Index(units)
    }

    /// The positions in `units`, in file order, of the entries of each code, of each name's
    /// `UnitName.key` and of its `bareKey`.
    struct Index: Sendable, Equatable {
        var byCode: [String: [Int]] = [:]
        var byKey: [String: [Int]] = [:]
        var byBareKey: [String: [Int]] = [:]

        init(_ units: [RosterUnit]) {
            for (position, unit) in units.enumerated() {
                byCode[unit.code, default: []].append(position)
                byKey[UnitName.key(unit.name), default: []].append(position)
                byBareKey[UnitName.bareKey(unit.name), default: []].append(position)
            }
        }
    }

    public static func == (a: Roster, b: Roster) -> Bool {
        a.name == b.name && a.reportingLevels == b.reportingLevels && a.units == b.units
    }

    /// The entries whose name has this `UnitName.key` (or, with `bare`, this `bareKey`), in file order.
    func entries(nameKey key: String, bare: Bool) -> [RosterUnit] {
        ((bare ? index.byBareKey : index.byKey)[key] ?? []).map { units[$0] }
    }

    /// The reporting cut-off of a year: 14 December, the Ministry's (a year's report covers
    /// 15/12 of the year before to 14/12). A unit is expected for a year when it exists on
    /// that day: for 2025, the communes formed on 1 July 2025, not the communes and districts
    /// that ended on 30 June 2025.
    public static func cutoff(year: Int) -> DayDate { DayDate(year: year, month: 12, day: 14) }

    /// The entries of `code`, in file order.
    public func entries(code: String) -> [RosterUnit] { (index.byCode[code] ?? []).map { units[$0] } }

    /// The entry of `code` that exists on `day`, if any.
    public func unit(code: String, on day: DayDate) -> RosterUnit? {
        entries(code: code).first { $0.isValid(on: day) }
    }

    /// Whether the unit reports (its level is a reporting level, or it has a parent when the
    /// roster names no levels).
    public func reports(_ unit: RosterUnit) -> Bool {
        if let reportingLevels { return reportingLevels.contains(unit.level) }
        return unit.parent != nil
    }

    /// The units expected to report for `year`: those that report and exist on the year's
    /// cut-off (`cutoff(year:)`), in the order of the roster.
    public func expectedUnits(year: Int) -> [RosterUnit] {
        let day = Self.cutoff(year: year)
        return units.filter { $0.isValid(on: day) && reports($0) }
    }
}

extension DayDate {
    /// The day after this one.
    public var next: DayDate {
        if day < DayDate.daysIn(month: month, year: year) { return DayDate(year: year, month: month, day: day + 1) }
        if month < 12 { return DayDate(year: year, month: month + 1, day: 1) }
        return DayDate(year: year + 1, month: 1, day: 1)
    }
}
