/// The period of a report: one year, or a range of years with an optional cut-off.
public struct Period: Sendable, Equatable, Codable {
    /// The report year of an annual report.
    public var year: Int?
    /// First and last year of a range.
    public var from: Int?
    public var to: Int?
    /// The date the figures of the last year stop at.
    public var cutoff: DayDate?

    public init(year: Int? = nil, from: Int? = nil, to: Int? = nil, cutoff: DayDate? = nil) {
        self.year = year
        self.from = from
        self.to = to
        self.cutoff = cutoff
    }

    /// The years of the range, in order (empty for a one-year period).
    public var years: [Int] {
        guard let from, let to, from <= to else { return [] }
        return Array(from...to)
    }

    /// The year that dates the report (the year, or the last of the range).
    public var reportYear: Int? { year ?? to }

    /// `2021`, or `2011-2020` for a range (its year when it has one year only); nil when empty.
    public var label: String? {
        if let from, let to { return from == to ? "\(to)" : "\(from)-\(to)" }
        return reportYear.map(String.init)
    }

    /// What contradicts itself in the period, each with its JSON path under `path` (the
    /// period's own): a range that starts after it ends, a `year` that is not the end of the range
    /// (both only when `checkingRange` and the range is given), a cut-off outside the report's
    /// last year.
    public func problems(checkingRange: Bool, at path: JSONPath) -> [(JSONPath, Problem)] {
        var problems: [(JSONPath, Problem)] = []
        if checkingRange, let from, let to {
            if from > to { problems.append((path, .periodReversed(from: from, to: to))) }
            if let year, year != to { problems.append((path.child("year"), .periodYearNotEnd(year: year, to: to))) }
        }
        if let cutoff, let last = reportYear, cutoff.year != last {
            problems.append((path.child("cutoff"), .periodCutoffOutside(cutoff: cutoff, lastYear: last)))
        }
        return problems
    }
}
