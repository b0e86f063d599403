import Foundation
import Model
import PropertyBased
import Testing

/// Consolidating in two levels (communes → districts → province) gives what consolidating all
/// the communes at once gives: the sums, the rates recomputed from the summed counts, the
/// units per answer, the units that reported each cell, the units whose rate could not be
/// summed (a rate alone, or one count without the other) and each unit's text. The districts
/// are the consolidated inputs `document(…)` writes, read back as any input is.
@Suite("Properties of consolidation in levels")
struct ConsolidationLevelProperties {
    static let catalog = InputReaderProperties.catalog
    static let seed = InputReaderProperties.seed

    /// One commune of the yearly form: every value optional, rates as both counts, one count
    /// alone, the rate alone, or nothing.
    static func commune(_ r: inout FuzzRandom, name: String) -> String {
        var values: [String] = []
        if !r.chance(0.2) { values.append("\"i.1.nhiem-vu-de-ra\": \(r.below(60))") }
        if !r.chance(0.3) { values.append("\"i.2.xa-kiem-tra\": \(r.below(9))") }
        let sheets = r.chance(0.25) ? nil : r.below(2_000)
        if let sheets { values.append("\"i.5.so-phieu\": \(sheets)") }
        switch r.below(4) {
        case 0: break
        case 1: values.append("\"i.5.ty-le-hai-long\": {\"value\": \(Double(r.below(10_001)) / 100)}")
        default: values.append("\"i.5.ty-le-hai-long\": {\"numerator\": \(r.below((sheets ?? 50) + 1))}")
        }
        let planned = r.below(30)
        switch r.below(6) {
        case 0: break
        case 1: values.append("\"i.3.ty-le-tuyen-truyen\": {\"value\": \(Double(r.below(10_001)) / 100)}")
        case 2: values.append("\"i.3.ty-le-tuyen-truyen\": {\"numerator\": \(r.below(planned + 1))}")
        case 3: values.append("\"i.3.ty-le-tuyen-truyen\": {\"denominator\": \(planned)}")
        default: values.append("\"i.3.ty-le-tuyen-truyen\": {\"numerator\": \(r.below(planned + 1)), \"denominator\": \(planned)}")
        }
        if !r.chance(0.2) { values.append("\"i.6\": \(r.below(2))") }
        if !r.chance(0.3) { values.append("\"i.5.hinh-thuc\": \(r.below(3))") }
        if r.chance(0.4) { values.append("\"i.8\": \"Việc khác của \(name) số \(r.below(100))\"") }
        return """
            {"template": "bang2-nam", "unit": {"name": "\(name)", "province": "Tỉnh Phú An"}, "period": {"year": 2023},
             "values": {\(values.joined(separator: ", "))}}
            """
    }

    /// The consolidated input of `sources`, read back as an input of `name`.
    static func level(_ sources: [ConsolidationSource], name: String, file: String, catalog: TemplateCatalog) -> ConsolidationSource? {
        guard let consolidation = Consolidation.consolidate(sources, output: file).consolidation else { return nil }
        let document = consolidation.document(unit: UnitInfo(name: name), catalogue: .vietnamese)
        let back = Pipeline.checkInput(document: document, file: file, catalog: catalog)
        let conflicts = back.findings.filter { $0.code == .inputConsolidatedConflict || $0.code == .inputUnknownKey || $0.code == .inputWrongType }
        #expect(conflicts.isEmpty, "\(conflicts)")
        return back.report.map { ConsolidationSource(file: file, digest: "", report: $0) }
    }

    /// Splits `count` units into consecutive groups of 1…`largest`.
    static func groups(_ count: Int, largest: Int, _ r: inout FuzzRandom) -> [Range<Int>] {
        var out: [Range<Int>] = [], start = 0
        while start < count {
            let size = min(count - start, 1 + r.below(largest))
            out.append(start..<(start + size))
            start += size
        }
        return out
    }

    /// Every figure of two consolidations of the same leaves, compared cell by cell.
    static func expectSame(_ flat: Consolidation, _ levels: Consolidation, _ context: String) {
        #expect(flat.units == levels.units, "\(context): units")
        for (a, b) in zip(flat.rows, levels.rows) {
            for (column, (x, y)) in zip(a.cells, b.cells).enumerated() {
                let place = "\(context): \(a.row.id) column \(column)"
                #expect(x.value == y.value, "\(place): value")
                #expect(x.reportingUnits == y.reportingUnits, "\(place): reporting")
                #expect(x.tally == y.tally, "\(place): tally")
                #expect(x.rateUsedUnits == y.rateUsedUnits, "\(place): rate used")
                #expect(x.unitsWithoutCounts == y.unitsWithoutCounts, "\(place): without counts")
                #expect(x.perUnit == y.perUnit, "\(place): per unit")
            }
            #expect(flat.note(ofRow: flat.template.rowIndex[a.row.id]!, catalogue: .vietnamese)
                        == levels.note(ofRow: levels.template.rowIndex[b.row.id]!, catalogue: .vietnamese), "\(context): note of \(a.row.id)")
        }
    }

    @Test("the yearly form, 150 provinces of 1–30 communes in districts of 1–8: two levels equal one, and the figures are as counted here")
    func yearly() async throws {
        let catalog = try #require(Self.catalog)
        await propertyCheck(count: 150 * InputReaderProperties.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let count = 1 + r.below(30)
            let texts = (0..<count).map { Self.commune(&r, name: "UBND xã Số \($0)") }
            let leaves = ConsolidationProperties.sources(texts, catalog: catalog)
            guard leaves.count == count, let flat = Consolidation.consolidate(leaves, output: "tinh.json").consolidation else {
                Issue.record("not consolidated")
                return
            }
            let districts = Self.groups(count, largest: 8, &r).enumerated().compactMap { g, range in
                Self.level(Array(leaves[range]), name: "UBND huyện Số \(g)", file: "huyen-\(g).json", catalog: catalog)
            }
            guard let twoLevels = Consolidation.consolidate(districts, output: "tinh.json").consolidation else {
                Issue.record("districts not consolidated")
                return
            }
            Self.expectSame(flat, twoLevels, "seed \(seed)")
            // Three levels: the districts in two regions, then the province.
            let split = districts.count / 2
            let regions = [districts[..<split], districts[split...]].filter { !$0.isEmpty }.enumerated().compactMap { g, part in
                Self.level(Array(part), name: "Vùng \(g)", file: "vung-\(g).json", catalog: catalog)
            }
            if let threeLevels = Consolidation.consolidate(regions, output: "tinh.json").consolidation {
                Self.expectSame(flat, threeLevels, "seed \(seed), three levels")
            } else {
                Issue.record("regions not consolidated")
            }
            // Independently: the rate given with the row: the units that gave both counts, and
            // the others by name, in order.
            let index = flat.template.rowIndex["i.3.ty-le-tuyen-truyen"]!
            let cell = flat.rows[index].cells[0]
            let both = texts.indices.filter { texts[$0].contains("\"i.3.ty-le-tuyen-truyen\": {\"numerator\"") && texts[$0].contains("\"denominator\"") }
            let given = texts.indices.filter { texts[$0].contains("\"i.3.ty-le-tuyen-truyen\"") }
            #expect(cell.rateUsedUnits == both.count)
            #expect(cell.reportingUnits == given.count)
            #expect(cell.unitsWithoutCounts == given.filter { !both.contains($0) }.map { "UBND xã Số \($0)" })
            // Each unit's text, with its name, in order.
            let text = flat.rows[flat.template.rowIndex["i.8"]!].cells[0]
            #expect(text.perUnit.map(\.unit) == texts.indices.filter { texts[$0].contains("\"i.8\"") }.map { "UBND xã Số \($0)" })
        }
    }

    @Test("the ten-year review, 100 provinces: per-year sums and rates in two levels equal one")
    func perYear() async throws {
        let catalog = try #require(Self.catalog)
        await propertyCheck(count: 100 * InputReaderProperties.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let units = (0..<(1 + r.below(20))).map { _ in ConsolidationProperties.yearlyUnit(&r) }
            let leaves = ConsolidationProperties.sources(units.enumerated().map { ConsolidationProperties.json($0.element, name: "Xã \($0.offset)") },
                                                         catalog: catalog)
            guard let flat = Consolidation.consolidate(leaves, output: "tinh.json").consolidation else {
                Issue.record("not consolidated")
                return
            }
            let districts = Self.groups(units.count, largest: 6, &r).enumerated().compactMap { g, range in
                Self.level(Array(leaves[range]), name: "Huyện \(g)", file: "huyen-\(g).json", catalog: catalog)
            }
            guard let twoLevels = Consolidation.consolidate(districts, output: "tinh.json").consolidation else {
                Issue.record("districts not consolidated")
                return
            }
            Self.expectSame(flat, twoLevels, "seed \(seed)")
        }
    }
}
