extension Pipeline {
    /// The unit and the year of the input (or submission) at `path`, read for a reporting
    /// status: `unit.code`, `unit.name` and the period's year (`year`, else `to`). The values
    /// of the forms are not read nor checked (`cchc validate` does that). Never throws: a file
    /// that cannot be read gives its findings, and is not counted.
    public static func statusInput(at path: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> StatusInput {
        let input: InputDocument
        do {
            input = try loader.load(path, catalog)
        } catch {
            return StatusInput(file: path, code: nil, name: "", year: nil, findings: error.findings)
        }
        let unitPath = JSONPath("unit")
        let (unit, unitProblems) = UnitReader.read(input.document["unit"], at: unitPath, requireName: false)
        var problems: [(JSONPath, Problem, Severity)] = unitProblems
        var periodProblems: [(JSONPath, Problem)] = []
        var year: Int?
        if case .object? = input.document["period"] {
            let period = PeriodReader.read(input.document["period"]!, at: JSONPath("period"), problems: &periodProblems)
            year = period.year ?? period.to
        }
        problems += periodProblems.map { ($0.0, $0.1, .error) }
        // Only what keeps the unit from being identified is kept here: a code or a name that
        // cannot be read, a year that is not one. An empty name is left to the matching.
        let findings = problems.filter { $0.2 == .error }.map { Finding(.error, $0.1, at: Location(file: path, path: $0.0)) }
        func place(_ path: JSONPath) -> Location.Place {
            input.cell(of: path).map { .cell(sheet: $0.sheet, reference: $0.reference) } ?? .json(path)
        }
        return StatusInput(file: path, code: unit.code, name: unit.name, year: year,
                           codePlace: place(unitPath.child("code")), namePlace: place(unitPath.child("name")),
                           findings: input.locate(input.findings + findings))
    }

    /// The reporting status of the inputs at `paths` against the roster at `rosterPath`, for
    /// `year` (nil: the latest year among the inputs). Throws when the roster cannot be used.
    public static func status(roster rosterPath: String, inputs paths: [String], year: Int?, catalog: TemplateCatalog,
                              loader: InputLoader = .json) throws(CCHCError) -> ReportingStatus {
        let roster = try Roster.load(from: rosterPath)
        let inputs = paths.map { statusInput(at: $0, catalog: catalog, loader: loader) }
        guard let year = year ?? inputs.compactMap(\.year).max() else { throw CCHCError(.usage(.statusNeedsYear)) }
        return ReportingStatus(roster: roster, year: year, inputs: inputs)
    }
}
