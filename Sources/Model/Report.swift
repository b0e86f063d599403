import Foundation

/// A template filled with one unit's figures: what `cchc fill` renders and `cchc validate` checks.
public struct Report: Sendable {
    /// The form.
    public var template: Template
    /// Who reports.
    public var unit: UnitInfo
    /// The period the figures cover.
    public var period: Period
    /// The value columns of the sheet, in order (one, one per key, or one per year).
    public var valueColumns: [ValueColumn]
    /// One filled row per template row, in the template's order.
    public var rows: [FilledRow] {
        didSet { rowIndex = Report.index(rows) }
    }
    /// The file the input came from (for messages).
    public var source: String
    /// Index of each row id in `rows` (kept with `rows`, since every sheet looks rows up by id).
    public private(set) var rowIndex: [String: Int]

    public init(template: Template, unit: UnitInfo, period: Period, valueColumns: [ValueColumn], rows: [FilledRow], source: String) {
        self.template = template
        self.unit = unit
        self.period = period
        self.valueColumns = valueColumns
        self.rows = rows
        self.source = source
        self.rowIndex = Report.index(rows)
    }

    private static func index(_ rows: [FilledRow]) -> [String: Int] {
        Dictionary(rows.enumerated().map { ($0.element.row.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The filled row with this id.
    public func row(id: String) -> FilledRow? {
        guard let index = rowIndex[id] else { return nil }
        return rows[index]
    }

    /// Replaces the placeholders of a title or header text with this report's data.
    public func resolve(_ text: String, year: Int? = nil) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = text
        let replacements: [(String, String)] = [
            ("{year}", period.year.map(String.init) ?? period.to.map(String.init) ?? ""),
            ("{from}", period.from.map(String.init) ?? ""),
            ("{to}", period.to.map(String.init) ?? ""),
            ("{cutoff}", period.cutoff?.dayMonth ?? ""),
            ("{unit}", unit.name),
            ("{province}", unit.province ?? ""),
            ("{y}", year.map(String.init) ?? ""),
        ]
        for (key, value) in replacements where out.contains(key) {
            out = out.replacingOccurrences(of: key, with: value)
        }
        return out
    }
}

/// The reporting unit.
public struct UnitInfo: Sendable, Equatable, Codable {
    /// Name of the unit as it should appear (`UBND huyện Tân Hòa`).
    public var name: String
    /// Province (or city) it belongs to.
    public var province: String?

    public init(name: String, province: String? = nil) {
        self.name = name
        self.province = province
    }
}

/// A calendar date without time (the cut-off of a report).
public struct DayDate: Sendable, Equatable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`, or nil when it is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= DayDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds from 1970-01-01 to midnight UTC of this date (proleptic Gregorian calendar).
    public var midnightUTC: Int {
        // Days from the civil date, counting years from March so that leap days come last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// `31/3`, as the forms print a cut-off.
    public var dayMonth: String { "\(day)/\(month)" }
    /// `31/03/2020`.
    public var vietnamese: String { String(format: "%02d/%02d/%04d", day, month, year) }
    /// `2020-03-31`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: DayDate, b: DayDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

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

    /// What contradicts itself in the period, each with the JSON path under `$.period`: a range
    /// that starts after it ends, a `year` that is not the end of the range (both only when
    /// `checkingRange` and the range is given), a cut-off outside the report's last year.
    public func problems(checkingRange: Bool) -> [(path: String, message: String)] {
        var problems: [(path: String, message: String)] = []
        if checkingRange, let from, let to {
            if from > to { problems.append(("$.period", "the period starts (\(from)) after it ends (\(to))")) }
            if let year, year != to {
                problems.append(("$.period.year", "\"year\" (\(year)) differs from the end of the range (\(to)); leave it out"))
            }
        }
        if let cutoff, let last = reportYear, cutoff.year != last {
            problems.append(("$.period.cutoff", "the cut-off \(cutoff.iso) is not in the report's last year \(last)"))
        }
        return problems
    }
}

/// One value column of a filled sheet.
public enum ValueColumn: Sendable, Equatable, Hashable {
    /// The single value column of an annual form.
    case single
    /// A keyed column (a field of a contact row).
    case key(String)
    /// One year of a per-year form.
    case year(Int)

    /// The year, for a year column.
    public var year: Int? { if case .year(let y) = self { return y } else { return nil } }
}

/// One template row with its values, one per value column of the report.
public struct FilledRow: Sendable {
    /// The template row.
    public var row: Row
    /// One value per `Report.valueColumns` entry.
    public var values: [Value]
    /// The user's note for the row, if any.
    public var note: String?
    /// Where the row's input stood in the file (`$.values["id"]`), for messages.
    public var path: String

    public init(row: Row, values: [Value], note: String? = nil, path: String) {
        self.row = row
        self.values = values
        self.note = note
        self.path = path
    }
}

/// What one cell of a row holds.
public enum Value: Sendable, Equatable {
    /// Not reported.
    case blank
    /// A count, decimal, or a percentage given as a number.
    case number(Double)
    /// A coded answer: its code and the legend's label for it.
    case code(Int, label: String)
    /// Đạt (true) or Không đạt (false).
    case pass(Bool)
    /// A fraction written in one cell, such as `24/24`.
    case fraction(numerator: Double, denominator: Double)
    /// Free text.
    case text(String)
    /// A derived percentage with its counts.
    case rate(Rate)

    /// The numeric value, where the cell has one (a rate's computed value, else its reported one).
    public var number: Double? {
        switch self {
        case .number(let n): return n
        case .code(let c, _): return Double(c)
        case .rate(let r): return r.value
        default: return nil
        }
    }

    /// Whether nothing was reported.
    public var isBlank: Bool {
        if case .blank = self { return true }
        if case .rate(let r) = self { return r.isEmpty }
        return false
    }
}

/// A derived percentage: numerator / denominator × 100, with what was given and what follows.
public struct Rate: Sendable, Equatable {
    /// The counts, whether given with the row or taken from other rows (nil when blank).
    public var numerator: Double?
    public var denominator: Double?
    /// Whether each count comes from another row (true) or was given with the rate (false).
    public var numeratorFromRow: Bool
    public var denominatorFromRow: Bool
    /// The rate the unit reported, if it gave one.
    public var reported: Double?

    public init(numerator: Double?, denominator: Double?, numeratorFromRow: Bool, denominatorFromRow: Bool,
                reported: Double?) {
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorFromRow = numeratorFromRow
        self.denominatorFromRow = denominatorFromRow
        self.reported = reported
    }

    /// numerator / denominator × 100, or nil when a count is missing or the denominator is 0.
    public var computed: Double? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return numerator / denominator * 100
    }

    /// Whether the rate is written as a formula over its counts (it has both counts), rather
    /// than as the reported number.
    public var isFormula: Bool { numerator != nil && denominator != nil }

    /// The value the cell shows: computed when both counts exist, else the reported one.
    public var value: Double? { isFormula ? computed : reported }

    /// Whether nothing at all is known.
    public var isEmpty: Bool { numerator == nil && denominator == nil && reported == nil }
}
