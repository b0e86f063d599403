import Foundation

/// The fields of a period (`year`, `from`, `to`, `cutoff`), read the same way in an input and in
/// a submission.
enum PeriodReader {
    /// Reads the fields of the period object `value` standing at `path`; problems with single
    /// fields are appended to `problems` (what contradicts itself is `Period.problems`').
    static func read(_ value: JSONValue, at path: JSONPath, problems: inout [(JSONPath, Problem)]) -> Period {
        var period = Period()
        for (key, field) in [("year", \Period.year), ("from", \Period.from), ("to", \Period.to)] {
            let (year, problem) = self.year(from: value[key])
            if let problem { problems.append((path.child(key), problem)) }
            period[keyPath: field] = year
        }
        let (cutoff, problem) = date(from: value["cutoff"], field: .cutoff)
        if let problem { problems.append((path.child("cutoff"), problem)) }
        period.cutoff = cutoff
        return period
    }

    /// A year from a JSON number or string within `InputReader.yearRange`, or the problem with
    /// it; nil and no problem when it is absent or null.
    static func year(from value: JSONValue?) -> (Int?, Problem?) {
        let range = InputReader.yearRange
        switch value {
        case .number(let literal)?:
            if let year = Int(literal), range.contains(year) { return (year, nil) }
            return (nil, .notAYear(given: literal, range: range))
        case .string(let text)?:
            if let year = Int(CellText.trimmingSpaces(text)), range.contains(year) { return (year, nil) }
            return (nil, .notAYear(given: text, range: range))
        case nil, .null?:
            return (nil, nil)
        case let other?:
            return (nil, .wrongType(.year, expected: .number, found: other.type))
        }
    }

    /// A date written `YYYY-MM-DD` in a year of `InputReader.yearRange` (the years a period may
    /// have), or the problem with it; nil and no problem when absent.
    static func date(from value: JSONValue?, field: Field) -> (DayDate?, Problem?) {
        switch value {
        case .string(let text)?:
            guard let date = DayDate(iso: CellText.trimmingSpaces(text)) else { return (nil, .notADate(given: text)) }
            guard InputReader.yearRange.contains(date.year) else { return (nil, .dateOutOfRange(given: text, range: InputReader.yearRange)) }
            return (date, nil)
        case nil, .null?:
            return (nil, nil)
        case let other?:
            return (nil, .wrongType(field, expected: .string, found: other.type))
        }
    }
}
