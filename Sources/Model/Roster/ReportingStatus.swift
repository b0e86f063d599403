/// Who has reported for a year, against a roster: per parent the units expected, received and
/// missing (named), the inputs that fit no expected unit, and the units reported twice. A
/// value: `cchc status` prints it, and a consolidated workbook shows it on its
/// `Tình hình báo cáo` sheet (`StatusSheet`).
public struct ReportingStatus: Sendable, Equatable {
    /// The area of the roster.
    public var rosterName: String
    /// The year reported on, and its cut-off (`Roster.cutoff(year:)`).
    public var year: Int
    public var cutoff: DayDate
    /// One group per parent with expected units, in the roster's order of the parents.
    public var groups: [Group]
    /// The inputs not counted: unknown, ambiguous, not expected, of another year, unreadable.
    public var notCounted: [NotCounted]
    /// The units with more than one input (the first one counts).
    public var duplicates: [Duplicate]
    /// What matching found, one finding per input not counted or counted twice (the input's
    /// unit code or name located where it was given).
    public var findings: [Finding]

    /// The units of one parent.
    public struct Group: Sendable, Equatable {
        /// The parent's code and name on the cut-off (nil: units without a parent).
        public var parentCode: String?
        public var parentName: String?
        /// The units expected, in roster order.
        public var expected: [RosterUnit]
        /// The units received, in roster order, each with its input.
        public var received: [Receipt]
        /// The units expected and not received, in roster order.
        public var missing: [RosterUnit]

        /// Received ÷ expected, × 100; nil when nothing is expected.
        public var rate: Double? { expected.isEmpty ? nil : Double(received.count) / Double(expected.count) * 100 }
    }

    /// A unit received: the roster's entry, the file, and whether its code or its name found it.
    public struct Receipt: Sendable, Equatable {
        public var unit: RosterUnit
        public var file: String
        public var byCode: Bool
    }

    /// An input that counts for no unit, and why (the finding's problem).
    public struct NotCounted: Sendable, Equatable {
        public var file: String
        public var code: String?
        public var name: String
        public var reason: Problem
    }

    /// A unit given by several inputs: the files, the first one counted.
    public struct Duplicate: Sendable, Equatable {
        public var unit: RosterUnit
        public var files: [String]
    }

    public var expectedCount: Int { groups.reduce(0) { $0 + $1.expected.count } }
    public var receivedCount: Int { groups.reduce(0) { $0 + $1.received.count } }
    public var missingCount: Int { groups.reduce(0) { $0 + $1.missing.count } }
    /// Received ÷ expected, × 100 (the reporting rate); nil when nothing is expected.
    public var rate: Double? { expectedCount == 0 ? nil : Double(receivedCount) / Double(expectedCount) * 100 }
    /// Every unit missing, in group order.
    public var missing: [RosterUnit] { groups.flatMap(\.missing) }
}

/// What identifies one input for the status: its file, the unit's code and name as given (and
/// where), and its year; or the findings that kept it from being read.
public struct StatusInput: Sendable, Equatable {
    public var file: String
    public var code: String?
    public var name: String
    public var year: Int?
    /// Where the code and the name were given (a JSON path, or a workbook's cell).
    public var codePlace: Location.Place
    public var namePlace: Location.Place
    /// Findings of reading the unit and period (a malformed code, an unreadable file); an
    /// input with an error among them is not counted.
    public var findings: [Finding]

    public init(file: String, code: String?, name: String, year: Int?, codePlace: Location.Place = .json(JSONPath("unit", "code")),
                namePlace: Location.Place = .json(JSONPath("unit", "name")), findings: [Finding] = []) {
        self.file = file
        self.code = code
        self.name = name
        self.year = year
        self.codePlace = codePlace
        self.namePlace = namePlace
        self.findings = findings
    }
}

extension ReportingStatus {
    /// The status of `inputs` against `roster` for `year`.
    ///
    /// Each input is matched (`Roster.match`) at the year's cut-off; the first input of a unit
    /// counts, a later one is `status.duplicate`. An input of another year is
    /// `status.other-year` (a warning, not counted); a name unknown or ambiguous, an unknown
    /// code or a duplicate is an error; a unit of the roster not expected for the year is
    /// `status.not-expected` (a warning, not counted). An input whose reading found an error
    /// is not counted, its findings kept.
    public init(roster: Roster, year: Int, inputs: [StatusInput]) {
        let cutoff = Roster.cutoff(year: year)
        var receipts: [String: Receipt] = [:]
        var duplicateFiles: [String: [String]] = [:]
        var duplicateOrder: [String] = []
        var notCounted: [NotCounted] = []
        var findings: [Finding] = []
        for input in inputs {
            findings += input.findings
            let place = input.code == nil ? input.namePlace : input.codePlace
            func refuse(_ severity: Severity, _ problem: Problem) {
                findings.append(Finding(severity, problem, at: Location(file: input.file, place: place)))
                notCounted.append(NotCounted(file: input.file, code: input.code, name: input.name, reason: problem))
            }
            if let error = input.findings.first(where: { $0.severity == .error }) {
                notCounted.append(NotCounted(file: input.file, code: input.code, name: input.name, reason: error.problem))
                continue
            }
            guard input.year == year else {
                refuse(.warning, .statusOtherYear(year: input.year, expected: year))
                continue
            }
            switch roster.match(code: input.code, name: input.name, cutoff: cutoff) {
            case .unit(let unit, let byCode):
                if let first = receipts[unit.code] {
                    findings.append(Finding(.error, .statusDuplicate(code: unit.code, first: first.file),
                                            at: Location(file: input.file, place: place)))
                    if duplicateFiles[unit.code] == nil { duplicateOrder.append(unit.code); duplicateFiles[unit.code] = [first.file] }
                    duplicateFiles[unit.code]!.append(input.file)
                } else {
                    receipts[unit.code] = Receipt(unit: unit, file: input.file, byCode: byCode)
                }
            case .notExpected(let unit):
                refuse(.warning, .statusNotExpected(code: unit.code, cutoff: cutoff, from: unit.validFrom, to: unit.validTo))
            case .unknown:
                refuse(.error, .statusUnknownUnit(code: input.code, name: input.name))
            case .ambiguous(let codes):
                refuse(.error, .statusAmbiguousName(name: input.name, candidates: codes))
            }
        }
        var groups: [Group] = []
        var groupOf: [String?: Int] = [:]
        for unit in roster.expectedUnits(year: year) {
            let key = unit.parent
            if groupOf[key] == nil {
                groupOf[key] = groups.count
                let parentName = unit.parent.flatMap { roster.unit(code: $0, on: cutoff)?.name }
                groups.append(Group(parentCode: unit.parent, parentName: parentName, expected: [], received: [], missing: []))
            }
            let g = groupOf[key]!
            groups[g].expected.append(unit)
            if let receipt = receipts[unit.code] { groups[g].received.append(receipt) } else { groups[g].missing.append(unit) }
        }
        // Parents in roster order (the order their own entries come in).
        let rank = Dictionary(roster.units.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { a, _ in a })
        groups.sort { (a, b) in
            let x = a.parentCode.flatMap { rank[$0] } ?? -1, y = b.parentCode.flatMap { rank[$0] } ?? -1
            return x < y
        }
        self.init(rosterName: roster.name, year: year, cutoff: cutoff, groups: groups, notCounted: notCounted,
                  duplicates: duplicateOrder.map { Duplicate(unit: receipts[$0]!.unit, files: duplicateFiles[$0]!) },
                  findings: findings)
    }
}
