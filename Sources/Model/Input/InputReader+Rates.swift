import Foundation

/// Derived rates: the counts given with the rate or taken from other rows, and the rate the
/// unit reported.
extension InputReader {
    /// The keys of a rate given as an object.
    static let rateKeys = ["numerator", "denominator", "value"]

    /// The values of a derived row, one per value column. Every derived row is read, given or
    /// not, since its counts may come from other rows.
    mutating func readDerived(_ value: JSONValue?, row: Row, derived: Derived, columns: [ValueColumn],
                              period: Period, path: JSONPath, filled: [FilledRow], index: [String: Int]) -> [Value] {
        // By column (a list: the first Int-keyed dictionary of a run searches the binary's
        // conformances, some 300,000 instructions).
        // A value given per year has its key: its path is made only for a finding.
        var given = [(value: JSONValue, key: String?, year: Int?)?](repeating: nil, count: columns.count)
        if let value, value != .null {
            if case .year? = columns.first {
                for (year, element, key) in perYearMembers(value, row: row, path: path, period: period) ?? [] {
                    if let column = columns.firstIndex(of: .year(year)) { given[column] = (element, key, year) }
                }
            } else if !given.isEmpty {
                given[0] = (value, nil, nil)
            }
        }
        return columns.indices.map { column in
            func fromRow(_ operand: Operand) -> Double? {
                guard let id = operand.row, let i = index[id] else { return nil }
                return filled[i].values[column].number
            }
            var numerator = fromRow(derived.numerator), denominator = fromRow(derived.denominator)
            var reported: (value: Double, decimals: Int)?
            if let (element, key, year) = given[column], element != .null {
                func elementPath() -> JSONPath { key.map(path.child) ?? path }
                switch element {
                case .object(let members):
                    checkKeys(members, at: elementPath(), known: InputReader.rateKeys, in: .rate, row: row, year: year)
                    for member in members {
                        if member.key == "value" {
                            reported = readReportedRate(member.value, row: row, path: elementPath().child(member.key), year: year) ?? reported
                        } else if let side = RateSide(rawValue: member.key) {
                            let operand = side == .numerator ? derived.numerator : derived.denominator
                            if let count = readCount(member.value, side: side, operand: operand, fromRow: side == .numerator ? numerator : denominator,
                                                     row: row, path: elementPath().child(member.key), year: year, filled: filled, index: index) {
                                if side == .numerator { numerator = count } else { denominator = count }
                            }
                        }
                    }
                default:
                    // A bare number or string: the reported rate.
                    reported = readReportedRate(element, row: row, path: elementPath(), year: year)
                }
            }
            let rate = Rate(numerator: numerator, denominator: denominator,
                            numeratorFromRow: derived.numerator.row != nil, denominatorFromRow: derived.denominator.row != nil,
                            reported: reported?.value, reportedDecimals: reported?.decimals)
            return rate.isEmpty ? .blank : .rate(rate)
        }
    }

    /// The rate as the unit reported it: a percentage 0…100, with the decimals it was written with.
    private mutating func readReportedRate(_ value: JSONValue, row: Row, path: @autoclosure () -> JSONPath, year: Int?)
        -> (value: Double, decimals: Int)? {
        guard let number = readNumber(value, kind: .percent, row: row, path: path(), year: year),
              checkNumberKind(number, kind: .percent, row: row, path: path(), year: year) else { return nil }
        return (number, InputReader.decimalsWritten(value, read: number))
    }

    /// How many decimals a reported rate was written with: a string keeps its digits (`"99"` → 0,
    /// `"91,70"` → 2, `"99,95%"` → 2); a JSON number is judged by its shortest decimal form
    /// (`99.50` → 1, `1e2` → 0), since JSON does not keep trailing zeros.
    static func decimalsWritten(_ value: JSONValue, read: Double) -> Int {
        if case .string(let text) = value, let reading = VietnameseNumber.parse(CellText.trimmingSpaces(text)) {
            return reading.decimals
        }
        return PlainNumber.decimals(read)
    }

    /// A count given with the rate: a whole number ≥ 0, and only for a side that is not another
    /// row's (where it is, giving it here is an error, the more so when it differs). Returns the
    /// count to use, or nil to keep what the side has.
    private mutating func readCount(_ value: JSONValue, side: RateSide, operand: Operand, fromRow: Double?, row: Row,
                                    path: @autoclosure () -> JSONPath, year: Int?, filled: [FilledRow], index: [String: Int]) -> Double? {
        guard value != .null, let number = readNumber(value, kind: .count, row: row, path: path(), year: year),
              checkNumberKind(number, kind: .count, row: row, path: path(), year: year, side: side) else { return nil }
        guard let ref = operand.row else { return number }
        let refRow = index[ref].map { filled[$0].row }
        if let fromRow, fromRow != number {
            add(.error, .rateOperandConflict(side: side, given: number, rowValue: fromRow, rowID: ref, rowSTT: refRow?.stt,
                                             rowLabel: refRow?.label ?? ref),
                at: path(), row: row, year: year)
        } else if fromRow == nil {
            add(.error, .rateOperandInRow(side: side, rowID: ref, rowLabel: refRow?.label ?? ref), at: path(), row: row, year: year)
        }
        return nil
    }
}
