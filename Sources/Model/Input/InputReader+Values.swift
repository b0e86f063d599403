import Foundation

/// The values of the rows: one per value column, each read for the kind of its row.
extension InputReader {
    /// The values of a non-derived row, one per value column.
    mutating func readRowValues(_ value: JSONValue, row: Row, template: Template, columns: [ValueColumn],
                                period: Period, path: JSONPath) -> [Value] {
        var values = Array(repeating: Value.blank, count: columns.count)
        // A per-year form whose period could not be read has no columns (the period is reported).
        guard !columns.isEmpty else { return values }
        switch columns.first {
        case .year?:
            guard let members = perYearMembers(value, row: row, path: path, period: period) else { return values }
            for (year, element, key) in members {
                guard let column = columns.firstIndex(of: .year(year)) else { continue }
                values[column] = readScalar(element, kind: row.kind, row: row, path: path.child(key), year: year)
            }
        case .key?:
            let keys = columns.compactMap { if case .key(let k) = $0 { return k } else { return nil } }
            guard case .object(let members) = value else {
                if value != .null { add(.error, .valueWrongType(expected: .keyed(keys), found: value.type), at: path, row: row) }
                return values
            }
            checkKeys(members, at: path, known: keys, in: .keyedRow, row: row)
            for member in members {
                guard let column = columns.firstIndex(of: .key(member.key)) else { continue }
                let kind = template.columns.first { $0.key == member.key }?.kind ?? row.kind
                values[column] = readScalar(member.value, kind: kind, row: row, path: path.child(member.key), year: nil, column: member.key)
            }
        default:
            values[0] = readScalar(value, kind: row.kind, row: row, path: path, year: nil)
        }
        return values
    }

    /// The members of a per-year object (year, value, key), with years outside the report's
    /// range reported. A member's path is made only for a finding.
    mutating func perYearMembers(_ value: JSONValue, row: Row, path: JSONPath, period: Period) -> [(year: Int, value: JSONValue, key: String)]? {
        guard case .object(let members) = value else {
            if value != .null { add(.error, .valueWrongType(expected: .perYear, found: value.type), at: path, row: row) }
            return nil
        }
        checkKeys(members, at: path, in: .values)
        var out: [(year: Int, value: JSONValue, key: String)] = []
        out.reserveCapacity(members.count)
        for member in members {
            guard let year = InputReader.year(member.key) else {
                add(.error, .yearKeyInvalid(key: member.key), at: path.child(member.key), row: row)
                continue
            }
            guard let from = period.from, let to = period.to, from <= to, (from...to).contains(year) else {
                if let from = period.from, let to = period.to {
                    add(.error, .yearOutsideRange(year: year, from: from, to: to), at: path.child(member.key), row: row, year: year)
                }
                continue
            }
            // The first member of a year counts (a repeated key is reported above). The years
            // kept are distinct and in the report's range: a short list to search.
            if !out.contains(where: { $0.year == year }) { out.append((year, member.value, member.key)) }
        }
        return out
    }

    /// The year a per-year key names: an integer written as Swift writes it (`2021`, `-5`; not
    /// `02021`, `+2021` or `2021.0`), or nil. Four digits, the usual key, are read from the bytes.
    static func year(_ key: String) -> Int? {
        let fourDigits = key.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count == 4, bytes[0] != UInt8(ascii: "0") else { return nil }
            var year = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                year = year * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return year
        }
        if let fourDigits, let year = fourDigits { return year }
        guard let year = Int(key), String(year) == key else { return nil }
        return year
    }

    /// One cell's value for a row of the given kind.
    /// `path` is made only for a finding.
    mutating func readScalar(_ value: JSONValue, kind: ValueKind, row: Row, path: @autoclosure () -> JSONPath, year: Int?,
                             column: String? = nil) -> Value {
        if value == .null { return .blank }
        func fail(_ problem: Problem) -> Value {
            add(.error, problem, at: path(), row: row, year: year, column: column)
            return .blank
        }
        switch kind {
        case .section, .header:
            return .blank
        case .text:
            switch value {
            case .string(let text):
                guard let checked = checkedText(text, at: path(), row: row) else { return .blank }
                return checked.isEmpty ? .blank : .text(checked)
            case .number(let literal): return .text(literal)
            default: return fail(.valueWrongType(expected: .text, found: value.type))
            }
        case .count, .decimal, .percent:
            guard let number = readNumber(value, kind: kind, row: row, path: path(), year: year) else { return .blank }
            return checkNumberKind(number, kind: kind, row: row, path: path(), year: year) ? .number(number) : .blank
        case .code:
            let legend = row.legend ?? []
            switch value {
            case .number(let literal):
                if let code = Int(literal), let entry = legend.first(where: { $0.code == code }) { return .code(entry.code, label: entry.label) }
            case .string(let text):
                if CellText.isBlank(text) { return .blank }
                if let entry = CellText.answer(from: text, legend: legend) { return .code(entry.code, label: entry.label) }
            case .bool(let flag):
                if legend.count == 2, let entry = legend.first(where: { $0.code == (flag ? 1 : 0) }) { return .code(entry.code, label: entry.label) }
            default: break
            }
            return fail(.unknownAnswer(given: InputReader.describe(value), legend: legend))
        case .pass:
            switch value {
            case .string(let text):
                if let passed = CellText.pass(from: text) { return .pass(passed) }
                if CellText.isBlank(text) { return .blank }
            case .bool(let flag): return .pass(flag)
            default: break
            }
            return fail(.notPass(given: InputReader.describe(value)))
        case .fraction:
            if case .string(let text) = value, let (n, d) = CellText.fraction(from: text) {
                return .fraction(numerator: n, denominator: d)
            }
            return fail(.notFraction(given: InputReader.describe(value)))
        }
    }

    /// A value from the input as a message quotes it: `"abc"`, `12`, `true`, or its type.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return "\"\(TextLimit.shortened(s))\""
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array: return "[…]"
        case .object: return "{…}"
        }
    }

    /// The largest magnitude a spreadsheet keeps exactly (15 significant digits).
    static let largestNumber = 1e15

    /// A number from a JSON number or a string in either notation; nil (with a finding) otherwise.
    /// `kind` is what the number must be (a rate's counts are counts, its value a percentage).
    /// `path` is made only for a finding.
    mutating func readNumber(_ value: JSONValue, kind: ValueKind, row: Row, path: @autoclosure () -> JSONPath, year: Int?) -> Double? {
        func fail(_ problem: Problem) -> Double? {
            add(.error, problem, at: path(), row: row, year: year)
            return nil
        }
        switch value {
        case .number(let literal):
            guard let number = PlainNumber.double(literal), number.isFinite, abs(number) <= InputReader.largestNumber else {
                return fail(.numberTooLarge(given: literal))
            }
            if InputReader.underflows(number, literal: literal) { return fail(.numberTooSmall(given: literal)) }
            return number == 0 ? 0 : number
        case .string(let text):
            if CellText.isBlank(text) { return nil }
            // Written out only for a finding.
            var given: String { InputReader.describe(value) }
            let trimmed = CellText.trimmingSpaces(text)
            if VietnameseNumber.hasUnevenSpaceGroups(trimmed) { return fail(.numberSpaceGroups(given: given)) }
            guard let reading = VietnameseNumber.parse(trimmed) else { return fail(.notANumber(given: given)) }
            if InputReader.underflows(reading.value, literal: trimmed) { return fail(.numberTooSmall(given: given)) }
            if reading.hadPercentSign && kind != .percent {
                return fail(.percentSignOnCount(given: given, unit: row.unit, isRateCount: row.derived != nil))
            }
            if abs(reading.value) > InputReader.largestNumber { return fail(.numberTooLarge(given: given)) }
            if let alternative = reading.alternative {
                let valueFits = InputReader.fits(reading.value, kind: kind)
                let alternativeFits = InputReader.fits(alternative, kind: kind)
                let commaIsDecimal = text.utf8.contains(UInt8(ascii: ","))
                if valueFits && alternativeFits {
                    add(.warning, .ambiguousNumber(given: given, read: reading.value, alternative: alternative, commaIsDecimal: commaIsDecimal),
                        at: path(), row: row, year: year)
                } else if !valueFits && alternativeFits {
                    return fail(.misreadNumber(given: given, read: reading.value, alternative: alternative, commaIsDecimal: commaIsDecimal))
                }
            }
            return reading.value
        default:
            return fail(.valueWrongType(expected: .number, found: value.type))
        }
    }

    /// Whether `literal`, a number with a digit other than 0 before any exponent, was read as a
    /// number too close to zero for a spreadsheet to keep (0, or below the smallest normal
    /// Double, which Excel stores as 0): `1e-999999999999999999` must not silently become 0.
    static func underflows(_ value: Double, literal: String) -> Bool {
        guard abs(value) < Double.leastNormalMagnitude else { return false }
        let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
        return mantissa.contains { ("1"..."9").contains($0) }
    }

    /// Whether a number can stand in a row of this kind.
    static func fits(_ value: Double, kind: ValueKind) -> Bool {
        switch kind {
        case .count: return value >= 0 && value == value.rounded()
        case .percent: return value >= 0 && value <= 100
        default: return true
        }
    }

    /// Whether a number fits the kind (whole counts ≥ 0, percentages 0…100); a finding otherwise.
    mutating func checkNumberKind(_ number: Double, kind: ValueKind, row: Row, path: @autoclosure () -> JSONPath, year: Int?,
                                  side: RateSide? = nil) -> Bool {
        guard !InputReader.fits(number, kind: kind) else { return true }
        switch kind {
        case .count: add(.error, .notACount(value: number, unit: row.unit, side: side), at: path(), row: row, year: year)
        case .percent: add(.error, .percentOutOfRange(value: number), at: path(), row: row, year: year)
        default: break
        }
        return false
    }
}
