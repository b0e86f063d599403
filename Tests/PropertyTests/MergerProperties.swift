import Foundation
import Model
import PropertyBased
import Testing

/// `cchc consolidate --as` against an independent computation over generated mergers: a unit of
/// today made of 1–6 predecessors, each whole or a part (1–99 %), some of them without a
/// report; each predecessor's ten-year review generated as in `ConsolidationProperties`. The
/// expected figures are computed here in whole numbers (a part of a count is
/// ⌊(count × percent + 50) ÷ 100⌋, half up), never with the engine's helpers.
@Suite("Properties of the history across a merger")
struct MergerProperties {
    static let catalog = ConsolidationProperties.catalog
    static let years = ConsolidationProperties.years

    /// A roster of `percents.count` old communes (valid to 30/6/2025) and the new one `PA-N`
    /// made of them, each predecessor with its part in percent (100: whole, no share written).
    static func roster(percents: [Int]) -> String {
        var units = [#"{"code": "PA", "name": "UBND tỉnh Phú An", "level": "tinh", "validFrom": "2008-01-01"}"#]
        for index in percents.indices {
            units.append(#"{"code": "PA-\#(index)", "name": "UBND xã Tiền Thân \#(index)", "level": "xa", "parent": "PA", "validFrom": "2008-01-01", "validTo": "2025-06-30"}"#)
        }
        let predecessors = percents.enumerated().map { index, percent in
            percent == 100 ? #"{"code": "PA-\#(index)"}"# : #"{"code": "PA-\#(index)", "share": \#(Double(percent) / 100)}"#
        }
        units.append(#"{"code": "PA-N", "name": "UBND xã Mới", "level": "xa", "parent": "PA", "validFrom": "2025-07-01", "predecessors": [\#(predecessors.joined(separator: ", "))]}"#)
        return #"{"name": "Tỉnh Phú An", "units": [\#(units.joined(separator: ",\n"))]}"#
    }

    /// A part of a count, half up, in whole numbers.
    static func part(_ count: Int, _ percent: Int) -> Int { (count * percent + 50) / 100 }

    @Test("sums and recomputed rates of the parts (100 mergers of 1–6 predecessors, some partial, some missing), as computed here")
    func history() async throws {
        let catalog = try #require(Self.catalog)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-merger-properties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        await propertyCheck(count: 100 * InputReaderProperties.scale, input: InputReaderProperties.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let count = 1 + r.below(6)
            let percents = (0..<count).map { _ in r.chance(0.4) ? 100 : 1 + r.below(99) }
            let units = (0..<count).map { _ in ConsolidationProperties.yearlyUnit(&r) }
            var present = (0..<count).filter { _ in !r.chance(0.25) }
            if present.isEmpty { present = [r.below(count)] }
            let case_ = dir.appendingPathComponent(String(seed, radix: 16))
            try? FileManager.default.createDirectory(at: case_, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: case_) }
            let rosterPath = case_.appendingPathComponent("roster.json").path
            try? Data(Self.roster(percents: percents).utf8).write(to: URL(fileURLWithPath: rosterPath))
            // The files in an order of their own: the history lists the predecessors in the roster's.
            let paths = present.reversed().map { index -> String in
                let path = case_.appendingPathComponent("u\(index).json").path
                let text = ConsolidationProperties.json(units[index], name: "UBND xã Tiền Thân \(index)")
                try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
                return path
            }
            let result: Pipeline.CheckedMerger
            do {
                result = try Pipeline.consolidateMerger(code: "PA-N", roster: rosterPath, paths: paths, catalog: catalog,
                                                        output: case_.appendingPathComponent("out.json").path, catalogue: .vietnamese)
            } catch {
                Issue.record("\(error)")
                return
            }
            guard let consolidation = result.consolidation.consolidation, let report = result.consolidation.report,
                  let merger = result.merger else {
                Issue.record("not consolidated: \(result.consolidation.findings)")
                return
            }
            #expect(merger.predecessors.map(\.code) == (0..<count).map { "PA-\($0)" })
            #expect(merger.missing.map(\.code) == (0..<count).filter { !present.contains($0) }.map { "PA-\($0)" })
            let findings = result.consolidation.findings
            #expect(findings.filter { $0.code == .mergerMissingPredecessor }.count == count - present.count)
            #expect(!findings.contains { $0.code == .mergerNotPredecessor })
            // The sources in the roster's order, the present ones only.
            #expect(consolidation.sources.map(\.unitName) == present.map { "UBND xã Tiền Thân \($0)" })
            let rowIndex = consolidation.template.rowIndex
            for (column, year) in Self.years.enumerated() {
                for row in ConsolidationProperties.countRows {
                    let given = present.compactMap { index in units[index].counts[row]?[year].map { Self.part($0, percents[index]) } }
                    let expected: Value = given.isEmpty ? .blank : .number(Double(given.reduce(0, +)))
                    let index = try #require(rowIndex[row])
                    #expect(consolidation.rows[index].cells[column].value == expected, "\(row) \(year)")
                    #expect(report.rows[index].values[column] == expected, "read back: \(row) \(year)")
                    // A row holding a part of a predecessor's count says so in its note.
                    let partial = present.contains { percents[$0] < 100 && units[$0].counts[row]?[year] != nil }
                    if partial { #expect(report.rows[index].note?.contains("Ước tính") == true, "\(row) \(year)") }
                }
                let index = try #require(rowIndex["5.ty-le-dung-han-huyen"])
                let counted = present.filter { units[$0].rate[year] != nil }
                let numerator = counted.reduce(0) { $0 + Self.part(units[$1].rate[year]!.numerator, percents[$1]) }
                let denominator = counted.reduce(0) { $0 + Self.part(units[$1].rate[year]!.denominator, percents[$1]) }
                let cell = consolidation.rows[index].cells[column]
                #expect(cell.rateUsed.count == counted.count)
                if counted.isEmpty {
                    #expect(cell.value == .blank)
                } else if case .rate(let rate) = cell.value {
                    #expect(rate.numerator == Double(numerator) && rate.denominator == Double(denominator), "\(year)")
                    #expect(rate.computed == (denominator == 0 ? nil : Double(numerator) / Double(denominator) * 100))
                } else {
                    Issue.record("\(year): \(cell.value)")
                }
            }
        }
    }
}
