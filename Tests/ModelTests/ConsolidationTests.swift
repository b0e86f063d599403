import Foundation
@testable import Model
import Testing

/// `cchc consolidate`'s engine: which inputs can be added together, what each kind of row
/// becomes, the notes and findings, the consolidated input read back, and its helpers (the
/// unit's identity, SHA-256, the robust outlier rule, the `aggregate` key of templates).
@Suite("Consolidation")
struct ConsolidationTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func catalog() throws -> TemplateCatalog {
        try TemplateCatalog(directory: Self.root.appendingPathComponent("templates"))
    }

    /// A unit's report read from a JSON text, as `Pipeline` reads a file.
    func source(_ json: String, file: String, catalog: TemplateCatalog) throws -> ConsolidationSource {
        let checked = Pipeline.checkInput(bytes: Array(json.utf8), file: file, catalog: catalog)
        let report = try #require(checked.report, "\(checked.findings)")
        return ConsolidationSource(file: file, digest: SHA256.hex(Array(json.utf8)), report: report)
    }

    func bang2(_ unit: String, year: Int = 2023, _ values: String) -> String {
        """
        {"template": "bang2-nam", "unit": {"name": "\(unit)", "province": "Tỉnh Phú An"}, "period": {"year": \(year)}, "values": {\(values)}}
        """
    }

    // MARK: Refusals

    @Test("mixed templates, mixed periods, a unit twice and an unnamed unit are refused, naming both files")
    func refusals() throws {
        let catalog = try catalog()
        let a = try source(bang2("UBND xã An Bình", #""i.1.nhiem-vu-de-ra": 4"#), file: "a.json", catalog: catalog)
        let b = try source(bang2("UBND xã Hòa Lạc", year: 2022, #""i.1.nhiem-vu-de-ra": 4"#), file: "b.json", catalog: catalog)
        let c = try source(bang2("  ubnd   XÃ an bình ", #""i.1.nhiem-vu-de-ra": 5"#), file: "c.json", catalog: catalog)
        let d = try source(#"{"template": "muc-tieu-30c", "unit": {"name": "UBND xã Phú Bình"}, "period": {"year": 2023}, "values": {}}"#,
                           file: "d.json", catalog: catalog)
        let e = try source(bang2("", #""i.1.nhiem-vu-de-ra": 5"#), file: "e.json", catalog: catalog)
        let result = Consolidation.consolidate([a, b, c, d, e], output: "out.json")
        #expect(result.consolidation == nil)
        let codes = result.findings.map(\.code)
        #expect(codes == [.consolidateMixedPeriods, .consolidateDuplicateUnit, .consolidateMixedTemplates, .consolidateUnitUnnamed])
        #expect(result.findings[0].file == "b.json")
        #expect(result.findings[0].problem == .consolidateMixedPeriods(period: Period(year: 2022), other: Period(year: 2023), otherFile: "a.json"))
        #expect(result.findings[1].problem == .consolidateDuplicateUnit(unit: c.unitName, otherFile: "a.json"))
        #expect(result.findings[1].file == "c.json")
        #expect(result.findings[2].problem == .consolidateMixedTemplates(template: "muc-tieu-30c", other: "bang2-nam", otherFile: "a.json"))
        #expect(result.findings[3].path == JSONPath("unit", "name"))
    }

    @Test("one unit identity: case, spaces and Unicode form do not make another unit")
    func identity() {
        let composed = UnitInfo(name: "UBND xã Hòa Lạc")
        let decomposed = UnitInfo(name: "UBND  xã Ho\u{0300}a La\u{0323}c ")
        #expect(UnitIdentity.key(of: composed) == UnitIdentity.key(of: decomposed))
        #expect(UnitIdentity.key(of: UnitInfo(name: "ubnd XÃ HÒA LẠC")) == UnitIdentity.key(of: composed))
        #expect(UnitIdentity.key(of: UnitInfo(name: "UBND xã Hòa Lạc Đông")) != UnitIdentity.key(of: composed))
        #expect(UnitIdentity.key(of: UnitInfo(name: "   ")) == nil)
        // Old- and new-style tone marks, and the People's Committee's prefix, as the roster compares names.
        #expect(UnitIdentity.key(of: UnitInfo(name: "Xã Hoà Lạc")) == UnitIdentity.key(of: composed))
        // A roster code comes first: the same code is one unit whatever the names, two codes two units.
        #expect(UnitIdentity.key(of: UnitInfo(name: "UBND xã Hòa Lạc", code: "PA-X01"))
                == UnitIdentity.key(of: UnitInfo(name: "Xã Hòa Lạc (cũ)", code: " PA-X01 ")))
        #expect(UnitIdentity.key(of: UnitInfo(name: "UBND xã Tân Hòa", code: "PA-X01"))
                != UnitIdentity.key(of: UnitInfo(name: "UBND xã Tân Hòa", code: "PA-X02")))
        #expect(UnitIdentity.key(of: UnitInfo(name: "", code: "PA-X01")) != nil)
    }

    // MARK: Rows

    @Test("counts summed, blank not zero, rates from summed counts, rate-only units listed, answers tallied, text not merged")
    func rows() throws {
        let catalog = try catalog()
        let units = [
            try source(bang2("UBND xã An Bình", """
                "i.1.nhiem-vu-de-ra": 10, "i.3.ty-le-tuyen-truyen": {"numerator": 9, "denominator": 10}, "i.6": "Có", "i.5.hinh-thuc": 2,
                "i.8": "Hội thi", "vi.2": "3/4"
                """), file: "a.json", catalog: catalog),
            try source(bang2("UBND xã Hòa Lạc", """
                "i.1.nhiem-vu-de-ra": 0, "i.3.ty-le-tuyen-truyen": {"numerator": 1, "denominator": 300}, "i.6": "Không", "i.5.hinh-thuc": 0,
                "vi.2": "2/2"
                """), file: "b.json", catalog: catalog),
            try source(bang2("UBND xã Phú Bình", """
                "i.3.ty-le-tuyen-truyen": {"value": 50}, "i.6": 1
                """), file: "c.json", catalog: catalog),
        ]
        let result = Consolidation.consolidate(units, output: "out.json")
        let consolidation = try #require(result.consolidation)
        func cell(_ id: String) throws -> ConsolidatedCell { try #require(consolidation.rows.first { $0.row.id == id }).cells[0] }
        // Blank is not zero: 10 + 0 from two units, the third left it blank.
        #expect(try cell("i.1.nhiem-vu-de-ra").value == .number(10))
        #expect(try cell("i.1.nhiem-vu-de-ra").reporting == [0, 1])
        #expect(try cell("i.1.nhiem-vu-hoan-thanh").value == .blank)
        // The rate: (9 + 1) / (10 + 300), not the mean of 90 % and 0,33 %; the rate-only unit named.
        let rate = try cell("i.3.ty-le-tuyen-truyen")
        guard case .rate(let r) = rate.value else { Issue.record("not a rate: \(rate.value)"); return }
        #expect(r.numerator == 10 && r.denominator == 310)
        #expect(rate.rateUsed == [0, 1] && rate.rateWithoutCounts == [2])
        let warning = try #require(consolidation.findings.first { $0.code == .consolidateRateWithoutCounts })
        #expect(warning.problem == .consolidateRateWithoutCounts(used: 2, reported: 3, units: ["UBND xã Phú Bình"]))
        #expect(warning.row == "i.3.ty-le-tuyen-truyen" && warning.file == "out.json")
        // Answers tallied: Có 2, Không 1; the three-way legend in its order.
        #expect(try cell("i.6").tally.map(\.count) == [2, 1])
        #expect(try cell("i.5.hinh-thuc").tally.map(\.count) == [1, 0, 1])
        #expect(try cell("i.5.hinh-thuc").value == .blank)
        // Fractions summed part by part; text not merged.
        #expect(try cell("vi.2").value == .fraction(numerator: 5, denominator: 6))
        #expect(try cell("i.8").value == .blank && cell("i.8").reporting == [0])

        let catalogue = Catalogue.vietnamese
        let document = consolidation.document(unit: UnitInfo(name: "UBND huyện Hòa Lạc"), catalogue: catalogue)
        #expect(document["values"]?["i.1.nhiem-vu-de-ra"] == .number("10"))
        #expect(document["values"]?["i.1.nhiem-vu-hoan-thanh"] == nil)
        #expect(document["values"]?["vi.2"] == .string("5/6"))
        #expect(document["notes"]?["i.1.nhiem-vu-de-ra"] == .string("2/3 đơn vị báo cáo"))
        #expect(document["notes"]?["i.6"] == .string("Có: 2/3 đơn vị; Không: 1/3 đơn vị"))
        guard case .array(let sources)? = document["sources"] else { Issue.record("no sources"); return }
        #expect(sources.count == 3 && sources[0]["sha256"] == .string(units[0].digest))
        // Read back as any input: the sums, the rate from its summed counts.
        let back = Pipeline.checkInput(document: document, file: "out.json", catalog: catalog)
        let report = try #require(back.report)
        #expect(back.findings.errorCount == 0, "\(back.findings)")
        guard case .rate(let readRate)? = report.row(id: "i.3.ty-le-tuyen-truyen")?.values[0] else { Issue.record("rate not read"); return }
        #expect(readRate.numerator == 10 && readRate.denominator == 310)
        #expect(report.row(id: "i.1.nhiem-vu-hoan-thanh")?.values[0] == .blank)
    }

    @Test("a rate taken from a row whose units are not the rate's is given as its value")
    func rateFromRow() throws {
        let catalog = try catalog()
        // i.5.ty-le-hai-long: numerator given, denominator the row i.5.so-phieu. The second unit
        // gave the row but no numerator: the row's sum (300) is not the rate's denominator (100).
        let units = [
            try source(bang2("UBND xã An Bình", #""i.5.so-phieu": 100, "i.5.ty-le-hai-long": {"numerator": 90}"#), file: "a.json", catalog: catalog),
            try source(bang2("UBND xã Hòa Lạc", #""i.5.so-phieu": 200, "i.5.ty-le-hai-long": {"value": 50}"#), file: "b.json", catalog: catalog),
        ]
        let consolidation = try #require(Consolidation.consolidate(units, output: "o.json").consolidation)
        let document = consolidation.document(unit: UnitInfo(name: "Huyện"), catalogue: .vietnamese)
        #expect(document["values"]?["i.5.so-phieu"] == .number("300"))
        #expect(document["values"]?["i.5.ty-le-hai-long"] == .object([JSONValue.Member(key: "value", value: .number("90"), line: 0)]))
    }

    @Test("a unit far from the others gets a warning at its own value; units of every size do not")
    func outliers() throws {
        let catalog = try catalog()
        let figures = [120, 95, 300, 80, 150, 210, 64_000]
        let units = try figures.enumerated().map { i, n in
            try source(bang2("UBND xã số \(i + 1)", "\"iii.6.xa-tiep-nhan\": \(n)"), file: "x\(i).json", catalog: catalog)
        }
        let consolidation = try #require(Consolidation.consolidate(units, output: "o.json").consolidation)
        let outliers = consolidation.findings.filter { $0.code == .consolidateOutlier }
        #expect(outliers.count == 1)
        #expect(outliers.first?.file == "x6.json" && outliers.first?.location.unit == "UBND xã số 7")
        #expect(outliers.first?.path == JSONPath("values", "iii.6.xa-tiep-nhan"))
        #expect(Outliers.scores([1, 2, 3]) == nil)
        #expect(Outliers.scores([5, 5, 5, 5, 9]) == nil)  // MAD 0: nothing judged
    }

    // MARK: Helpers

    @Test("SHA-256 of the standard test vectors")
    func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("a source's path as seen from the output's directory")
    func relativePaths() {
        #expect(Consolidation.relativePath("/a/b/xa/an-binh.json", from: "/a/b") == "xa/an-binh.json")
        #expect(Consolidation.relativePath("/a/xa/an-binh.json", from: "/a/b/out") == "../../xa/an-binh.json")
    }

    @Test("aggregate: defaults by kind, the bundled exceptions, and one that does not fit refused at its path")
    func aggregateKey() throws {
        let catalog = try catalog()
        let bang2 = try #require(try catalog.load(id: "bang2-nam")?.get())
        func aggregate(_ id: String) -> Aggregate? { bang2.rows.first { $0.id == id }.map(bang2.aggregate(of:)) }
        #expect(aggregate("i.1.nhiem-vu-de-ra") == .sum)
        #expect(aggregate("i.3.ty-le-tuyen-truyen") == .rate)
        #expect(aggregate("i.6") == .tally)
        #expect(aggregate("i.8") == .perUnit)
        #expect(aggregate("vi.2") == .sum)
        #expect(aggregate("iii.2.tong-hieu-luc") == .perUnit)
        let contacts = try #require(try catalog.load(id: "can-bo-dau-moi")?.get())
        #expect(contacts.rows.allSatisfy { contacts.aggregate(of: $0) == .perUnit })
        let targets = try #require(try catalog.load(id: "muc-tieu-30c")?.get())
        #expect(targets.rows.allSatisfy { targets.aggregate(of: $0) == .tally })

        var bad = bang2
        let index = try #require(bad.rows.firstIndex { $0.id == "i.6" })
        bad.rows[index].aggregate = .sum
        let heading = try #require(bad.rows.firstIndex { $0.id == "i.1" })
        bad.rows[heading].aggregate = .perUnit
        let findings = bad.findings(file: "t.json").filter {
            if case .templateInvalid(.aggregateNotFit) = $0.problem { return true }
            return false
        }
        #expect(findings.map(\.problem) == [.templateInvalid(.aggregateNotFit(row: "i.1", aggregate: .perUnit, kind: .header)),
                                           .templateInvalid(.aggregateNotFit(row: "i.6", aggregate: .sum, kind: .code))])
        #expect(findings.map(\.path) == [JSONPath(components: [.key("rows"), .index(heading), .key("aggregate")]),
                                         JSONPath(components: [.key("rows"), .index(index), .key("aggregate")])])
    }
}
