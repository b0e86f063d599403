import Foundation
import Model
import PropertyBased
import Testing

/// `cchc consolidate` against an independent computation over generated units: per-year counts
/// with blanks, rates given as counts or only as a rate, a rate over two rows, coded answers
/// and Đạt/Không đạt. The expected figures are computed here, plainly, from the generated
/// numbers (never from a report or the engine's helpers); the engine must agree, and so must
/// the consolidated input once read back as any input is.
@Suite("Properties of consolidation")
struct ConsolidationProperties {
    static let catalog = InputReaderProperties.catalog
    static let seed = InputReaderProperties.seed
    static let years = Array(2016...2020)

    /// One generated unit of the ten-year review: per row, per year, a count or nothing; per
    /// year, the on-time rate of the district level as counts, as a rate only, or nothing.
    struct YearlyUnit {
        var counts: [String: [Int: Int]] = [:]
        var rate: [Int: (numerator: Int, denominator: Int)] = [:]
        var rateOnly: [Int: Double] = [:]
    }

    static let countRows = ["1.tthc-ra-soat", "3.tiep-nhan", "3.da-xu-ly", "6.ho-so-truc-tuyen"]

    static func yearlyUnit(_ r: inout FuzzRandom) -> YearlyUnit {
        var unit = YearlyUnit()
        for row in countRows {
            for year in years where !r.chance(0.25) { unit.counts[row, default: [:]][year] = r.below(r.chance(0.1) ? 1_000_000 : 5_000) }
        }
        for year in years {
            switch r.below(4) {
            case 0: break
            case 1: unit.rateOnly[year] = Double(r.below(10_001)) / 100
            default:
                let denominator = r.below(20_000)
                unit.rate[year] = (r.below(denominator + 1), denominator)
            }
        }
        return unit
    }

    static func json(_ unit: YearlyUnit, name: String) -> String {
        var values: [String] = []
        for row in countRows {
            guard let byYear = unit.counts[row], !byYear.isEmpty else { continue }
            values.append("\"\(row)\": {" + byYear.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}")
        }
        var rate: [String] = []
        for year in years {
            if let counts = unit.rate[year] { rate.append("\"\(year)\": {\"numerator\": \(counts.numerator), \"denominator\": \(counts.denominator)}") }
            if let value = unit.rateOnly[year] { rate.append("\"\(year)\": {\"value\": \(value)}") }
        }
        if !rate.isEmpty { values.append("\"5.ty-le-dung-han-huyen\": {" + rate.joined(separator: ", ") + "}") }
        return """
            {"template": "tong-ket-2011-2020", "unit": {"name": "\(name)", "province": "Tỉnh Phú An"},
             "period": {"from": 2016, "to": 2020}, "values": {\(values.joined(separator: ", "))}}
            """
    }

    static func sources(_ texts: [String], catalog: TemplateCatalog) -> [ConsolidationSource] {
        texts.enumerated().compactMap { i, text in
            let checked = Pipeline.checkInput(bytes: Array(text.utf8), file: "u\(i).json", catalog: catalog)
            return checked.report.map { ConsolidationSource(file: "u\(i).json", digest: "", report: $0) }
        }
    }

    @Test("per-year counts and rates (200 districts of 1–9 units): sums, blanks, rates from summed counts, as computed here")
    func yearly() async throws {
        let catalog = try #require(Self.catalog)
        await propertyCheck(count: 200 * InputReaderProperties.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let units = (0..<(1 + r.below(9))).map { _ in Self.yearlyUnit(&r) }
            let sources = Self.sources(units.enumerated().map { Self.json($0.element, name: "Xã \($0.offset)") }, catalog: catalog)
            #expect(sources.count == units.count)
            guard let consolidation = Consolidation.consolidate(sources, output: "o.json").consolidation else {
                Issue.record("not consolidated")
                return
            }
            let rowIndex = consolidation.template.rowIndex
            let document = consolidation.document(unit: UnitInfo(name: "Huyện"), catalogue: .vietnamese)
            let back = Pipeline.checkInput(document: document, file: "o.json", catalog: catalog)
            guard let report = back.report else { Issue.record("\(back.findings)"); return }
            for (column, year) in Self.years.enumerated() {
                // Counts: the sum of the units that gave the year; blank when none did.
                for row in Self.countRows {
                    let given = units.compactMap { $0.counts[row]?[year] }
                    let expected: Value = given.isEmpty ? .blank : .number(Double(given.reduce(0, +)))
                    let index = try #require(rowIndex[row])
                    #expect(consolidation.rows[index].cells[column].value == expected, "\(row) \(year)")
                    #expect(consolidation.rows[index].cells[column].reporting.count == given.count)
                    #expect(report.rows[index].values[column] == expected, "read back: \(row) \(year)")
                }
                // The rate given with its counts: Σ numerators ÷ Σ denominators of the units that
                // gave counts; the units that gave only a rate are counted apart.
                let index = try #require(rowIndex["5.ty-le-dung-han-huyen"])
                let cell = consolidation.rows[index].cells[column]
                let counted = units.indices.filter { units[$0].rate[year] != nil }
                let numerator = counted.reduce(0) { $0 + units[$1].rate[year]!.numerator }
                let denominator = counted.reduce(0) { $0 + units[$1].rate[year]!.denominator }
                #expect(Array(cell.rateUsed) == counted)
                #expect(Array(cell.rateWithoutCounts) == units.indices.filter { units[$0].rateOnly[year] != nil })
                if counted.isEmpty {
                    #expect(cell.value == .blank)
                } else if case .rate(let rate) = cell.value {
                    #expect(rate.numerator == Double(numerator) && rate.denominator == Double(denominator))
                    let expected = denominator == 0 ? nil : Double(numerator) / Double(denominator) * 100
                    #expect(rate.computed == expected)
                    guard case .rate(let readBack) = report.rows[index].values[column] else { Issue.record("rate not read back"); return }
                    #expect(readBack.numerator == Double(numerator) && readBack.denominator == Double(denominator))
                } else {
                    Issue.record("\(year): \(cell.value)")
                }
                // The rate of two rows (dealt with ÷ received): only units that gave both rows count.
                let both = units.filter { $0.counts["3.da-xu-ly"]?[year] != nil && $0.counts["3.tiep-nhan"]?[year] != nil }
                let rateIndex = try #require(rowIndex["3.ty-le-da-xu-ly"])
                let rowRate = consolidation.rows[rateIndex].cells[column]
                #expect(rowRate.rateUsed.count == both.count)
                if case .rate(let rate) = rowRate.value {
                    #expect(rate.numerator == Double(both.reduce(0) { $0 + $1.counts["3.da-xu-ly"]![year]! }))
                    #expect(rate.denominator == Double(both.reduce(0) { $0 + $1.counts["3.tiep-nhan"]![year]! }))
                } else {
                    #expect(both.isEmpty && rowRate.value == .blank)
                }
            }
        }
    }

    @Test("coded answers and Đạt/Không đạt (150 provinces of 1–12 units): the units per answer, as counted here")
    func answers() async throws {
        let catalog = try #require(Self.catalog)
        await propertyCheck(count: 150 * InputReaderProperties.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let count = 1 + r.below(12)
            // Per unit: i.6 (Có = 1, Không = 0), i.5.hinh-thuc (0, 1, 2), or nothing.
            let yesNo: [Int?] = (0..<count).map { _ in r.chance(0.2) ? nil : r.below(2) }
            let survey: [Int?] = (0..<count).map { _ in r.chance(0.2) ? nil : r.below(3) }
            let passed: [Bool?] = (0..<count).map { _ in r.chance(0.2) ? nil : r.chance(0.6) }
            let bang2 = (0..<count).map { u -> String in
                var values: [String] = []
                if let code = yesNo[u] { values.append("\"i.6\": \(code)") }
                if let code = survey[u] { values.append("\"i.5.hinh-thuc\": \(code)") }
                return "{\"template\": \"bang2-nam\", \"unit\": {\"name\": \"Đơn vị \(u)\"}, \"period\": {\"year\": 2023}, \"values\": {\(values.joined(separator: ", "))}}"
            }
            let targets = (0..<count).map { u -> String in
                let value = passed[u].map { $0 ? "\"muc-tieu-1\": \"Đạt\"" : "\"muc-tieu-1\": \"Không đạt\"" } ?? ""
                return "{\"template\": \"muc-tieu-30c\", \"unit\": {\"name\": \"Đơn vị \(u)\"}, \"period\": {\"year\": 2020}, \"values\": {\(value)}}"
            }
            guard let codes = Consolidation.consolidate(Self.sources(bang2, catalog: catalog), output: "o.json").consolidation,
                  let passes = Consolidation.consolidate(Self.sources(targets, catalog: catalog), output: "o.json").consolidation else {
                Issue.record("not consolidated")
                return
            }
            func tally(_ c: Consolidation, _ id: String) -> ConsolidatedCell? { c.rows.first { $0.row.id == id }?.cells[0] }
            #expect(tally(codes, "i.6")?.tally.map(\.code) == [1, 0])
            #expect(tally(codes, "i.6")?.tally.map(\.count) == [yesNo.filter { $0 == 1 }.count, yesNo.filter { $0 == 0 }.count])
            #expect(tally(codes, "i.6")?.reporting.count == yesNo.compactMap { $0 }.count)
            #expect(tally(codes, "i.5.hinh-thuc")?.tally.map(\.count) == [0, 1, 2].map { code in survey.filter { $0 == code }.count })
            #expect(tally(passes, "muc-tieu-1")?.tally.first { $0.code == 1 }?.count == passed.filter { $0 == true }.count)
            #expect(tally(passes, "muc-tieu-1")?.reporting.count == passed.compactMap { $0 }.count)
            let answered = passed.compactMap { $0 }.count
            let note = passes.note(ofRow: 0, catalogue: .vietnamese)
            #expect(note == (answered == 0 ? nil : "\(passed.filter { $0 == true }.count)/\(answered) đơn vị đạt"))
        }
    }
}
