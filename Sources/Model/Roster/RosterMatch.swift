/// Which roster unit an input is about, for a report's cut-off: by the input's `unit.code`,
/// else by its name (`UnitName`). Never a guess: a name that fits several units, or none, is
/// said to be so.
public enum RosterMatch: Sendable, Equatable {
    /// The unit, expected to report for the year; `byCode` says how it was found.
    case unit(RosterUnit, byCode: Bool)
    /// A unit of the roster that is not expected for the year (not existing on the cut-off, or
    /// not of a reporting level): the entry closest to the cut-off.
    case notExpected(RosterUnit)
    /// Nothing in the roster has the code (or, without a code, the name).
    case unknown
    /// The name fits several units (their codes, in roster order).
    case ambiguous([String])
}

extension Roster {
    /// The unit an input with this code (trimmed; nil or empty when none) and name is about,
    /// for the year whose cut-off is `cutoff`.
    ///
    /// With a code: the entry of the code existing on the cut-off. Without one: the units
    /// existing on the cut-off whose `UnitName.key` is the name's, then (if none) whose
    /// `bareKey` is; then the same among the entries that do not exist on the cut-off, which
    /// gives `notExpected`. Several codes at the first step that finds any: `ambiguous`.
    public func match(code: String?, name: String, cutoff: DayDate) -> RosterMatch {
        func expected(_ unit: RosterUnit) -> Bool { unit.isValid(on: cutoff) && reports(unit) }
        if let code, !code.isEmpty {
            let entries = self.entries(code: code)
            guard !entries.isEmpty else { return .unknown }
            if let unit = entries.first(where: { $0.isValid(on: cutoff) }) {
                return expected(unit) ? .unit(unit, byCode: true) : .notExpected(unit)
            }
            return .notExpected(closest(entries, to: cutoff))
        }
        // The entries of the name looked up (in file order), then split by the cut-off.
        let byKey = entries(nameKey: UnitName.key(name), bare: false)
        let byBare = entries(nameKey: UnitName.bareKey(name), bare: true)
        let steps: [[RosterUnit]] = [
            byKey.filter { $0.isValid(on: cutoff) }, byBare.filter { $0.isValid(on: cutoff) },
            byKey.filter { !$0.isValid(on: cutoff) }, byBare.filter { !$0.isValid(on: cutoff) },
        ]
        for found in steps {
            var codes: [String] = []
            for unit in found where !codes.contains(unit.code) { codes.append(unit.code) }
            if codes.count > 1 { return .ambiguous(codes) }
            guard let unit = found.first else { continue }
            if !unit.isValid(on: cutoff) { return .notExpected(closest(found, to: cutoff)) }
            return expected(unit) ? .unit(unit, byCode: false) : .notExpected(unit)
        }
        return .unknown
    }

    /// The entry whose period ends (or begins) nearest to `day`.
    private func closest(_ entries: [RosterUnit], to day: DayDate) -> RosterUnit {
        // The last one ending before the day, else the first beginning after it.
        let before = entries.filter { $0.validTo.map { $0 < day } ?? false }.max { $0.validTo! < $1.validTo! }
        return before ?? entries.min { $0.validFrom < $1.validFrom } ?? entries[0]
    }
}
