/// One problem found in an input: a value that does not fit, a relation that does not hold, or
/// something wrong with the file itself. Data only: `Catalogue` writes it in words.
public struct Finding: Sendable, Equatable {
    /// `error` stops `cchc fill`; `warning` does not.
    public var severity: Severity
    /// What is wrong, with the values involved.
    public var problem: Problem
    /// Where.
    public var location: Location

    public init(_ severity: Severity, _ problem: Problem, at location: Location) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    /// The stable code of the finding (`rate.mismatch`).
    public var code: FindingCode { problem.code }
    /// The file the finding is about.
    public var file: String { location.file }
    /// The JSON path of the finding, when it has one.
    public var path: JSONPath? { location.path }
    /// The template row concerned (its id).
    public var row: String? { location.row }
    /// The year concerned on per-year templates.
    public var year: Int? { location.year }
}

/// How serious a finding is.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

extension Array where Element == Finding {
    /// How many findings are errors (including those counted but not listed, `input.too-many`).
    public var errorCount: Int {
        reduce(0) { total, finding in
            if case .tooMany(let errors, _, _) = finding.problem { return total + errors }
            return total + (finding.severity == .error ? 1 : 0)
        }
    }

    /// How many findings are warnings (including those counted but not listed).
    public var warningCount: Int {
        reduce(0) { total, finding in
            if case .tooMany(_, let warnings, _) = finding.problem { return total + warnings }
            return total + (finding.severity == .warning ? 1 : 0)
        }
    }

    /// Whether one of the findings says the file could not be read at all.
    public var hasUnreadableFile: Bool { contains { $0.problem.isUnreadableFile } }

    /// Errors first, then warnings; within each, file-level findings first, then by the template's
    /// row order and year; findings that compare equal keep their order. The count of findings
    /// not listed (`input.too-many`) stays last.
    public func sorted(by template: Template?) -> [Finding] {
        var sorted = self
        sorted.sort(by: template)
        return sorted
    }

    /// Puts the findings in the order of `sorted(by:)`, in place: a consolidation's findings
    /// (one per far unit, thousands in a country) are not copied to be ordered.
    public mutating func sort(by template: Template?) {
        // Most inputs have no finding or one: nothing to order, and no index of the template's rows.
        guard count > 1 else { return }
        var order: [String: Int] = [:]
        if contains(where: { $0.row != nil }) {
            for (offset, row) in (template?.rows ?? []).enumerated() where order[row.id] == nil { order[row.id] = offset }
        }
        // The keys are sorted, not the findings (168 bytes each).
        let keys = indices.map { i in
            let finding = self[i]
            return (last: finding.code == .inputTooMany, severity: finding.severity,
                    row: finding.row.map { order[$0] ?? Int.max } ?? -1, year: finding.year ?? Int.min, offset: i)
        }
        // `from[k]`: the index of the finding that goes to place k.
        var from = keys.sorted { x, y in
            if x.last != y.last { return y.last }
            if x.severity != y.severity { return x.severity > y.severity }
            if x.row != y.row { return x.row < y.row }
            if x.year != y.year { return x.year < y.year }
            return x.offset < y.offset
        }.map(\.offset)
        // Each cycle of the permutation is followed once, a finding moved along it; a place done
        // is marked by pointing at itself.
        for start in indices where from[start] != start {
            let first = self[start]
            var place = start
            while from[place] != start {
                let next = from[place]
                self[place] = self[next]
                from[place] = place
                place = next
            }
            self[place] = first
            from[place] = place
        }
    }
}
