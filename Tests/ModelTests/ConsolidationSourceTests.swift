import Foundation
@testable import Model
import Testing
import XLSXReader

/// A consolidation holds each unit's report compactly (`ConsolidationSource`: one grid of 64-bit
/// words, `SourceSet`s of one bit per unit): what it gives back must be what it was given, value
/// for value and bit for bit, whatever the values are.
@Suite("a consolidation's sources held compactly give back what they were given")
struct ConsolidationSourceTests {
    func catalog() throws -> TemplateCatalog {
        try TemplateCatalog(directory: ConsolidationTests.root.appendingPathComponent("templates"))
    }

    /// Equal values; numbers, and a rate's figures, by their bits (a NaN equals itself, 0 and
    /// -0 differ).
    static func same(_ a: Value, _ b: Value) -> Bool {
        if case .number(let x) = a, case .number(let y) = b { return x.bitPattern == y.bitPattern }
        if case .rate(let x) = a, case .rate(let y) = b {
            return x.numerator?.bitPattern == y.numerator?.bitPattern && x.denominator?.bitPattern == y.denominator?.bitPattern
                && x.reported?.bitPattern == y.reported?.bitPattern && x.reportedDecimals == y.reportedDecimals
                && x.numeratorFromRow == y.numeratorFromRow && x.denominatorFromRow == y.denominatorFromRow
        }
        return a == b
    }

    /// Counts of a rate: whole ones that pack (`ValueGrid`'s 8-byte rates) and the edges that do not.
    static let rateCounts: [Double?] = [nil, 0, 1, 47, Double(1 << 30 - 2), Double(1 << 30 - 1), -0.0, -1, 0.5, .nan, .infinity]

    /// A value of any kind for `row`: the kinds a reader gives and some it never does (a NaN,
    /// an answer with a label that is not its legend's, a code beyond 32 bits).
    static func anyValue(for row: Row, using random: inout SeededGenerator) -> Value {
        let numbers: [Double] = [0, -0.0, 1, 12, 1_045, 98.8, -3.5, 1e300, .infinity, -.infinity, .nan, .leastNonzeroMagnitude]
        switch Int.random(in: 0..<12, using: &random) {
        case 0, 1: return .blank
        case 2, 3: return .number(numbers.randomElement(using: &random)!)
        case 4: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &random)))
        case 5:
            if let entry = row.legend?.randomElement(using: &random) { return .code(entry.code, label: entry.label) }
            return .code(Int.random(in: -2...3, using: &random), label: "Có")
        case 6: return .code([7, -1, Int(Int32.max) + 1, Int.min].randomElement(using: &random)!, label: "Khác")
        case 7: return .pass(Bool.random(using: &random))
        case 8: return .fraction(numerator: Double(Int.random(in: 0...30, using: &random)), denominator: 24)
        case 9: return .text(["", "Không", "Tổ chức Hội thi tìm hiểu CCHC", "1/1", "\u{2028}"].randomElement(using: &random)!)
        default:
            return .rate(Rate(numerator: rateCounts.randomElement(using: &random)!, denominator: rateCounts.randomElement(using: &random)!,
                              numeratorFromRow: Bool.random(using: &random), denominatorFromRow: Bool.random(using: &random),
                              reported: Bool.random(using: &random) ? 94 : nil, reportedDecimals: [nil, 0, 2].randomElement(using: &random)!))
        }
    }

    /// A report of `template` with `columns` value columns, every cell drawn by `anyValue`, and a
    /// note on some rows.
    static func report(_ template: Template, columns: [ValueColumn], seed: UInt64) -> Report {
        var random = SeededGenerator(state: seed)
        let rows = template.rows.map { row in
            FilledRow(row: row, values: columns.map { _ in anyValue(for: row, using: &random) },
                      note: Int.random(in: 0..<10, using: &random) == 0 ? "Số liệu tính đến ngày 14/12" : nil)
        }
        var report = Report(template: template, unit: UnitInfo(name: "UBND xã Tiền Thân", province: "Tỉnh Phú An"), period: Period(year: 2025),
                            valueColumns: columns, rows: rows, source: "xa-tien-than.json")
        report.valuesPath = JSONPath("appendices").element(1).child("data").child("values")
        return report
    }

    static func expectSame(_ given: Report, _ source: ConsolidationSource) {
        let back = source.report
        #expect(back.unit == given.unit && back.period == given.period && back.valueColumns == given.valueColumns)
        #expect(back.source == given.source && back.valuesPath == given.valuesPath && back.rowIndex == given.rowIndex)
        #expect(back.rows.count == given.rows.count)
        for (index, filled) in given.rows.enumerated() {
            #expect(back.rows[index].row == filled.row)
            #expect(back.rows[index].note == filled.note)
            for column in given.valueColumns.indices {
                let value = source.value(row: index, column: column)
                #expect(same(value, filled.values[column]), "row \(filled.row.id), column \(column): \(value) ≠ \(filled.values[column])")
                #expect(same(back.rows[index].values[column], filled.values[column]))
                #expect(source.path(ofRow: index, column: column) == given.path(ofRow: index, column: column))
            }
        }
    }

    @Test("every value of every kind, every note, its unit and paths, as given", arguments: 0..<8)
    func roundTrip(seed: Int) throws {
        let catalog = try catalog()
        let annual = try catalog.template(id: "bang2-nam")
        let given = Self.report(annual, columns: [.single], seed: UInt64(seed))
        Self.expectSame(given, ConsolidationSource(file: "xa-tien-than.json", digest: "", report: given))
        let review = try catalog.template(id: "tong-ket-2011-2020")
        let years = (2011...2020).map(ValueColumn.year)
        let byYear = Self.report(review, columns: years, seed: UInt64(seed) + 100)
        Self.expectSame(byYear, ConsolidationSource(file: "xa-tien-than.json", digest: "", report: byYear))
    }

    @Test("whole numbers below 2²⁹ take 32 bits a cell, decimals 64; both come back exact, edges included")
    func forms() throws {
        let template = try catalog().template(id: "bang2-nam")
        func report(_ value: (Int) -> Value) -> Report {
            Report(template: template, unit: UnitInfo(name: "UBND xã Tiền Thân"), period: Period(year: 2025), valueColumns: [.single],
                   rows: template.rows.enumerated().map { FilledRow(row: $0.element, values: [value($0.offset)]) }, source: "a.json")
        }
        let edges: [Double] = [0, -0.0, 1, -1, Double(1 << 29 - 1), -Double(1 << 29), Double(1 << 29), -Double(1 << 29) - 1, 0.5, .nan, .infinity]
        let whole = report { .number(edges[$0 % 8 == 1 ? 1 : 0] + Double($0 % 5) - 2) }
        let wholeSource = ConsolidationSource(file: "a.json", digest: "", report: whole)
        #expect(wholeSource.grid.isNarrow)
        Self.expectSame(whole, wholeSource)
        let mixed = report { .number(edges[$0 % edges.count]) }
        let mixedSource = ConsolidationSource(file: "a.json", digest: "", report: mixed)
        #expect(!mixedSource.grid.isNarrow)
        Self.expectSame(mixed, mixedSource)
        // The same edges, few enough among whole numbers for the narrow form to hold them apart.
        let sparse = report { $0 % 20 == 0 ? .number(edges[$0 / 20 % edges.count]) : .number(Double($0)) }
        let sparseSource = ConsolidationSource(file: "a.json", digest: "", report: sparse)
        #expect(sparseSource.grid.isNarrow)
        Self.expectSame(sparse, sparseSource)
    }

    @Test("a rate given by its whole counts alone takes 8 bytes; every other rate is kept apart; all come back exact")
    func rates() throws {
        let template = try catalog().template(id: "bang2-nam")
        var rates: [Rate] = []
        for numerator in Self.rateCounts {
            for denominator in Self.rateCounts {
                for flags in 0..<4 {
                    rates.append(Rate(numerator: numerator, denominator: denominator, numeratorFromRow: flags & 1 != 0,
                                      denominatorFromRow: flags & 2 != 0, reported: nil))
                }
            }
        }
        rates += [Rate(numerator: 47, denominator: 50, numeratorFromRow: false, denominatorFromRow: false, reported: 94),
                  Rate(numerator: 47, denominator: 50, numeratorFromRow: false, denominatorFromRow: false, reported: nil, reportedDecimals: 1)]
        let packable = rates.filter { rate in
            rate.reported == nil && rate.reportedDecimals == nil && [rate.numerator, rate.denominator].allSatisfy { count in
                count.map { $0 >= 0 && $0.sign == .plus && $0 == $0.rounded() && $0 < Double(1 << 30 - 1) } ?? true
            }
        }
        #expect(packable.count == 5 * 5 * 4)
        // Whole numbers elsewhere, so that the narrow form is taken; every rate in turn, in several reports.
        for start in stride(from: 0, to: rates.count, by: template.rows.count) {
            let given = Report(template: template, unit: UnitInfo(name: "UBND xã Tiền Thân"), period: Period(year: 2025), valueColumns: [.single],
                               rows: template.rows.enumerated().map { index, row in
                                   FilledRow(row: row, values: [start + index < rates.count ? .rate(rates[start + index]) : .number(Double(index))])
                               }, source: "a.json")
            let source = ConsolidationSource(file: "a.json", digest: "", report: given)
            #expect(source.grid.isNarrow)
            let here = rates[start..<min(rates.count, start + template.rows.count)]
            #expect(source.grid.packedRates == here.count { rate in packable.contains { Self.same(.rate($0), .rate(rate)) } })
            Self.expectSame(given, source)
        }
    }

    @Test("rows that are not the template's own (scaled, relabelled) are kept as given")
    func ownRows() throws {
        let template = try catalog().template(id: "bang2-nam")
        var given = Self.report(template, columns: [.single], seed: 7)
        given.rows[3].row.label = "Nhãn khác"
        let source = ConsolidationSource(file: "a.json", digest: "", report: given)
        Self.expectSame(given, source)
        #expect(source.report.rows[3].row.label == "Nhãn khác")
        #expect(source.report.rows[4].row == template.rows[4])
    }

    @Test("a source's report set anew is held anew")
    func setReport() throws {
        let template = try catalog().template(id: "bang2-nam")
        var source = ConsolidationSource(file: "a.json", digest: "d", report: Self.report(template, columns: [.single], seed: 1))
        let other = Self.report(template, columns: [.single], seed: 2)
        source.report = other
        Self.expectSame(other, source)
        #expect(source.file == "a.json" && source.digest == "d")
    }

    @Test("a source set against a set of indices: members, count, order, equality", arguments: 0..<20)
    func sourceSet(seed: Int) {
        var random = SeededGenerator(state: UInt64(seed))
        var set = SourceSet(), model = Set<Int>()
        let bound = [1, 63, 64, 65, 200, 4_000][seed % 6]
        for _ in 0..<Int.random(in: 0...300, using: &random) {
            let index = Int.random(in: 0..<bound, using: &random)
            set.insert(index)
            model.insert(index)
        }
        #expect(Array(set) == model.sorted())
        #expect(set.count == model.count && set.isEmpty == model.isEmpty)
        for index in -1...bound { #expect(set.contains(index) == model.contains(index)) }
        #expect(set == SourceSet(model.sorted().reversed()))
        var more = set
        more.insert(bound)
        #expect(more != set && set.count == model.count)
    }

    @Test("a source set from a literal, and as text")
    func sourceSetLiteral() {
        let set: SourceSet = [2, 0, 64, 2]
        #expect(Array(set) == [0, 2, 64] && set.count == 3)
        #expect(set.description == "[0, 2, 64]")
        #expect(SourceSet() == [] && SourceSet().description == "[]")
    }
}
