/// One unit's report given to `cchc consolidate`: its file, the SHA-256 of the file's bytes and
/// the report. (What the checks found in it is the run's: each unit's findings are listed once,
/// with its name, not held again with its values.)
///
/// A consolidation holds every unit's report until its workbook is written: 3,321 communes for
/// a country. A report's rows are held here as one `ValueGrid` (4 or 8 bytes a cell) instead of a
/// `FilledRow` and an array of 32-byte values per row, which is what made a consolidation's
/// memory grow by several times a unit's input file per unit (`bench/RESULTS.md`). `report`
/// gives the whole report back, as it was given.
public struct ConsolidationSource: Sendable {
    /// What a source holds, in one box that its copies share: a consolidation reads its sources
    /// cell by cell, and a copy then costs one retain, not one for each of the strings and
    /// arrays below.
    private final class Storage: Sendable {
        let file: String
        let digest: String
        /// The report without its rows: its template, unit, period, value columns, where its
        /// values stand in its file, and its `consolidated` block.
        let header: Report
        /// The rows' template rows when they are not the template's own, in its order (nil: they
        /// are, as for every report the input reader makes).
        let ownRows: [Row]?
        /// The rows' values.
        let grid: ValueGrid
        /// The rows' notes with their row indices, in row order (few rows have one).
        let notes: [(row: Int, note: String)]

        init(file: String, digest: String, report: Report) {
            self.file = file
            self.digest = digest
            var header = report
            header.rows = []
            self.header = header
            let templateRows = report.template.rows
            let own = report.rows.count != templateRows.count || zip(report.rows, templateRows).contains { $0.row != $1 }
            ownRows = own ? report.rows.map(\.row) : nil
            grid = ValueGrid(report.rows, columns: report.valueColumns.count)
            var notes: [(row: Int, note: String)] = []
            notes.reserveCapacity(report.rows.count { $0.note != nil })
            for (index, row) in report.rows.enumerated() { if let note = row.note { notes.append((index, note)) } }
            self.notes = notes
        }

        /// The template rows of the report's rows.
        var rows: [Row] { ownRows ?? header.template.rows }
    }

    private var storage: Storage

    public init(file: String, digest: String, report: Report) {
        storage = Storage(file: file, digest: digest, report: report)
    }

    /// The unit's file.
    public var file: String { storage.file }
    /// The SHA-256 of the file's bytes.
    public var digest: String { storage.digest }
    /// The report without its rows (`Consolidation.consolidate` compares templates, periods and
    /// units by it).
    var header: Report { storage.header }
    /// The values (for the tests).
    var grid: ValueGrid { storage.grid }

    /// The report as it was given (rebuilt from what is held: for the rare use that needs a
    /// whole `Report`; a consolidation reads `value(row:column:)`).
    public var report: Report {
        get {
            var report = storage.header
            let rows = storage.rows, grid = storage.grid, notes = storage.notes
            report.rows = rows.indices.map { index in
                FilledRow(row: rows[index], values: (0..<grid.columns).map { grid.value(row: index, column: $0, template: rows[index]) },
                          note: notes.first { $0.row == index }?.note)
            }
            return report
        }
        set { storage = Storage(file: file, digest: digest, report: newValue) }
    }

    /// The value of row `row` (an index into the template's rows) in value column `column`.
    public func value(row: Int, column: Int) -> Value {
        let storage = storage
        return storage.grid.value(row: row, column: column, template: storage.ownRows?[row] ?? storage.header.template.rows[row])
    }

    /// The JSON path of that value in the unit's file (`Report.path(ofRow:column:)`).
    public func path(ofRow index: Int, column: Int) -> JSONPath {
        storage.header.path(ofRowID: storage.rows[index].id, column: column)
    }

    /// Who reports.
    public var unit: UnitInfo { storage.header.unit }

    /// What a consolidated input says besides its values; nil for a unit's own input.
    public var consolidated: ConsolidatedFigures? { storage.header.consolidated }

    /// The unit's name as the report gives it.
    public var unitName: String { storage.header.unit.name }

    /// The units (at the lowest level) the report stands for: one, or those a consolidated
    /// input says it was made of.
    public var units: Int { storage.header.consolidated?.units ?? 1 }
}

/// The values of a report's rows, `columns` to a row, one word a cell, in one of two forms:
///
/// - wide (64-bit words): a number as its own bits; anything else as a NaN bit pattern, which no
///   number held as its own bits has (a number that is itself NaN is not held so): a blank as
///   `blankBits`; Đạt/Không đạt and an answer whose label is its row's legend's as a tag and the
///   code; any other value (a rate, a fraction, text, another answer) as a tag and an index into
///   `others`;
/// - narrow (32-bit words, for the usual report whose numbers are whole and below 2²⁹): the low
///   two bits a tag, the rest a whole number, an answer's code, Đạt/Không đạt or blank, or an
///   index into `others`, which then holds the other numbers too, or (below zero) into `rates`,
///   which holds a rate given by its counts alone, whole and below 2³⁰ − 1, in 8 bytes instead
///   of a value's 32 (`packedRate`): most of a unit's rates.
///
/// The narrow form is taken when it is the smaller. Either way every value comes back exactly
/// as given.
struct ValueGrid: Sendable {
    private enum Words: Sendable {
        case wide([UInt64])
        case narrow([UInt32])
    }

    private var words: Words
    private var others: [Value]
    /// The narrow form's rates given by their counts alone (`packedRate`).
    private var rates: [UInt64]
    let columns: Int

    private static let blankBits: UInt64 = 0x7FF8_C0C0_0000_0002
    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000
    private static let otherTag: UInt64 = 0x7FF8_C0C1_0000_0000
    private static let codeTag: UInt64 = 0x7FF8_C0C2_0000_0000
    private static let passTag: UInt64 = 0x7FF8_C0C3_0000_0000

    /// The narrow form's tags (the low two bits) and the range of its payloads.
    private enum Narrow {
        static let number: UInt32 = 0, mark: UInt32 = 1, other: UInt32 = 2, code: UInt32 = 3
        /// Payloads of `mark`.
        static let blank: Int32 = 0, failed: Int32 = 1, passed: Int32 = 2
        static let payloads = -(1 << 29)..<(1 << 29)

        /// The word of `payload` (within `payloads`) with `tag`.
        static func word(_ payload: Int, _ tag: UInt32) -> UInt32 { UInt32(bitPattern: Int32(payload) << 2) | tag }
    }

    /// `rows`: the filled rows, `columns` values each.
    init(_ rows: [FilledRow], columns: Int) {
        self.columns = columns
        var cells = 0, wideOthers = 0, narrowOthers = 0, narrowRates = 0
        for filled in rows {
            precondition(filled.values.count == columns, "a filled row holds one value per value column")
            for value in filled.values {
                cells += 1
                if ValueGrid.wideWord(of: value, row: filled.row) == nil { wideOthers += 1 }
                if ValueGrid.narrowWord(of: value, row: filled.row) == nil {
                    if ValueGrid.packedRate(value) == nil { narrowOthers += 1 } else { narrowRates += 1 }
                }
            }
        }
        var others: [Value] = [], rates: [UInt64] = []
        let stride = MemoryLayout<Value>.stride
        if cells * 4 + narrowOthers * stride + narrowRates * 8 <= cells * 8 + wideOthers * stride {
            others.reserveCapacity(narrowOthers)
            rates.reserveCapacity(narrowRates)
            words = .narrow(ValueGrid.encode(rows, cells: cells, others: &others, word: { value, row in
                if let word = ValueGrid.narrowWord(of: value, row: row) { return word }
                guard let packed = ValueGrid.packedRate(value) else { return nil }
                rates.append(packed)
                return Narrow.word(-rates.count, Narrow.other)
            }) { Narrow.word($0, Narrow.other) })
        } else {
            others.reserveCapacity(wideOthers)
            words = .wide(ValueGrid.encode(rows, cells: cells, others: &others, word: ValueGrid.wideWord) { ValueGrid.otherTag | UInt64($0) })
        }
        self.others = others
        self.rates = rates
    }

    /// The bits of a rate's packed form (`packedRate`).
    private enum PackedRate {
        /// Each count plus one (0: none), in 30 bits.
        static let countBits = 30
        static let countMask: UInt64 = (1 << 30) - 1
        static let numeratorFromRow: UInt64 = 1 << 60, denominatorFromRow: UInt64 = 1 << 61
    }

    /// A rate given by its counts alone (no reported rate), each whole, not -0 and below 2³⁰ − 1,
    /// or absent, in one word; nil for any other value.
    private static func packedRate(_ value: Value) -> UInt64? {
        guard case .rate(let rate) = value, rate.reported == nil, rate.reportedDecimals == nil else { return nil }
        func count(_ n: Double?) -> UInt64? {
            guard let n else { return 0 }
            guard n == n.rounded(), n.sign == .plus, let whole = UInt64(exactly: n), whole < PackedRate.countMask else { return nil }
            return whole + 1
        }
        guard let numerator = count(rate.numerator), let denominator = count(rate.denominator) else { return nil }
        return numerator | denominator << PackedRate.countBits | (rate.numeratorFromRow ? PackedRate.numeratorFromRow : 0)
            | (rate.denominatorFromRow ? PackedRate.denominatorFromRow : 0)
    }

    /// The rate `packedRate` packed in `word`.
    private static func unpackedRate(_ word: UInt64) -> Value {
        func count(_ bits: UInt64) -> Double? { bits == 0 ? nil : Double(bits - 1) }
        return .rate(Rate(numerator: count(word & PackedRate.countMask), denominator: count(word >> PackedRate.countBits & PackedRate.countMask),
                          numeratorFromRow: word & PackedRate.numeratorFromRow != 0, denominatorFromRow: word & PackedRate.denominatorFromRow != 0,
                          reported: nil))
    }

    /// Every value of `rows` as a word: its own (`word`), or the index of `others`, where it is
    /// appended, as `other` makes it.
    private static func encode<Word>(_ rows: [FilledRow], cells: Int, others: inout [Value], word: (Value, Row) -> Word?,
                                     other: (Int) -> Word) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(cells)
        for filled in rows {
            for value in filled.values {
                if let own = word(value, filled.row) {
                    words.append(own)
                } else {
                    words.append(other(others.count))
                    others.append(value)
                }
            }
        }
        return words
    }

    /// The answer of `row`'s legend with code `code` (its first, as the input reader takes it).
    private static func answer(_ code: Int, row: Row) -> Value {
        .code(code, label: row.legend?.first { $0.code == code }?.label ?? "")
    }

    /// Whether `value` is an answer that `row`'s legend gives back from its code alone.
    private static func isLegendAnswer(_ code: Int, _ label: String, row: Row) -> Bool {
        row.legend?.first(where: { $0.code == code })?.label == label
    }

    /// The 64-bit word that holds `value` alone, if one does.
    private static func wideWord(of value: Value, row: Row) -> UInt64? {
        switch value {
        case .blank:
            return blankBits
        case .number(let n):
            return n.isNaN ? nil : n.bitPattern
        case .pass(let passed):
            return passTag | (passed ? 1 : 0)
        case .code(let code, let label):
            guard let small = Int32(exactly: code), isLegendAnswer(code, label, row: row) else { return nil }
            return codeTag | UInt64(UInt32(bitPattern: small))
        default:
            return nil
        }
    }

    /// The 32-bit word that holds `value` alone, if one does.
    private static func narrowWord(of value: Value, row: Row) -> UInt32? {
        func word(_ payload: Int, _ tag: UInt32) -> UInt32? {
            Narrow.payloads.contains(payload) ? Narrow.word(payload, tag) : nil
        }
        switch value {
        case .blank:
            return word(Int(Narrow.blank), Narrow.mark)
        case .number(let n):
            // Whole numbers only, and not -0 (whose sign a whole number would lose).
            guard n == n.rounded(), n.sign == .plus || n != 0, let whole = Int(exactly: n) else { return nil }
            return word(whole, Narrow.number)
        case .pass(let passed):
            return word(Int(passed ? Narrow.passed : Narrow.failed), Narrow.mark)
        case .code(let code, let label):
            guard isLegendAnswer(code, label, row: row) else { return nil }
            return word(code, Narrow.code)
        default:
            return nil
        }
    }

    /// The value of row `row` in column `column`; `template` is that row's template row.
    func value(row: Int, column: Int, template: Row) -> Value {
        let index = row * columns + column
        switch words {
        case .narrow(let words):
            let word = words[index]
            let payload = Int(Int32(bitPattern: word) >> 2)
            switch word & 3 {
            case Narrow.number: return .number(Double(payload))
            case Narrow.other: return payload >= 0 ? others[payload] : ValueGrid.unpackedRate(rates[-1 - payload])
            case Narrow.code: return ValueGrid.answer(payload, row: template)
            default: return payload == Int(Narrow.blank) ? .blank : .pass(payload == Int(Narrow.passed))
            }
        case .wide(let words):
            let word = words[index]
            guard Double(bitPattern: word).isNaN else { return .number(Double(bitPattern: word)) }
            let low = word & 0xFFFF_FFFF
            switch word & ValueGrid.tagMask {
            case ValueGrid.passTag: return .pass(low == 1)
            case ValueGrid.codeTag: return ValueGrid.answer(Int(Int32(bitPattern: UInt32(low))), row: template)
            case ValueGrid.otherTag: return others[Int(low)]
            default: return .blank
            }
        }
    }

    /// How many rates are held in 8 bytes (for the tests).
    var packedRates: Int { rates.count }

    /// Whether the narrow form was taken (for the tests).
    var isNarrow: Bool {
        if case .narrow = words { return true }
        return false
    }
}
