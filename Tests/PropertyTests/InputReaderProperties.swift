import Foundation
import Model
import PropertyBased
import Testing

/// Property-based tests of the input reader and the checks (x-sheep/swift-property-based):
/// 115,000 generated inputs per `make test` (20,000 whole documents, 40,000 mutated files,
/// 40,000 number texts, 13,000 rates at precisions 0–4 and 2,000 per-year series checked
/// against a reference), none may crash or break an invariant. About 20 s in a debug build on 2 cores.
///
/// The counts can be raised for a longer run: `CCHC_PROPERTY_SCALE=10 swift test --filter PropertyTests`.
/// A failure prints the seed to put in `.fixedSeed(…)` to replay it.
@Suite("Properties of the reader and the checks")
struct InputReaderProperties {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog: TemplateCatalog? = try? TemplateCatalog(directory: root.appendingPathComponent("templates"))

    /// Every example, seeded example and bad input of the repository, as bytes: the seeds of the mutations.
    static let seedFiles: [[UInt8]] = {
        var files: [[UInt8]] = []
        for directory in ["examples", "examples/invalid", "Tests/BadInputs"] {
            let url = root.appendingPathComponent(directory)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() where name.hasSuffix(".json") {
                if let data = try? Data(contentsOf: url.appendingPathComponent(name)), data.count < 100_000 { files.append([UInt8](data)) }
            }
        }
        return files
    }()

    static let scale = max(1, Int(ProcessInfo.processInfo.environment["CCHC_PROPERTY_SCALE"] ?? "") ?? 1)

    /// A random 64-bit seed; each test builds its input from it with `FuzzRandom`.
    static let seed = Generator<UInt64, Shrink.None<UInt64>>(run: { rng in rng.next() })

    @Test("generated documents (20,000): no crash, findings well-formed, values fit their rows")
    func documents() async throws {
        let catalog = try #require(Self.catalog)
        await propertyCheck(count: 20_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let text = FuzzInputs.document(&r, catalog: catalog)
            let problems = FuzzInputs.check(bytes: Array(text.utf8), catalog: catalog, deterministic: seed % 16 == 0)
            #expect(problems.isEmpty, "\(problems)\n\(text.prefix(2_000))")
        }
    }

    @Test("mutated examples and bad inputs (40,000): no crash, findings well-formed")
    func mutations() async throws {
        let catalog = try #require(Self.catalog)
        let files = Self.seedFiles
        try #require(files.count > 40)
        await propertyCheck(count: 40_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let bytes = FuzzInputs.mutate(r.pick(files), &r)
            let problems = FuzzInputs.check(bytes: bytes, catalog: catalog, deterministic: seed % 16 == 0)
            #expect(problems.isEmpty, "\(problems)\n\(String(decoding: bytes.prefix(2_000), as: UTF8.self))")
        }
    }

    @Test("number texts (40,000): a reading is finite, an alternative differs, whole numbers round-trip")
    func numbers() async {
        await propertyCheck(count: 40_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let text = FuzzInputs.numberText(&r)
            if let reading = VietnameseNumber.parse(text) {
                #expect(reading.value.isFinite, "\(text)")
                if let alternative = reading.alternative { #expect(alternative.isFinite && alternative != reading.value, "\(text)") }
                _ = VietnameseNumber.format(reading.value)
            }
            let whole = Double(seed % 1_000_000_000_000)
            #expect(VietnameseNumber.parse(VietnameseNumber.format(whole))?.value == whole)
        }
    }

    /// Reads an input given as text with the bundled templates, and validates it.
    func findings(_ text: String) throws -> [Finding] {
        let catalog = try #require(Self.catalog)
        return Pipeline.checkInput(bytes: Array(text.utf8), file: "p.json", catalog: catalog).findings
    }

    // MARK: Rates at the precision they were written

    /// What the rate properties draw: counts (numerator ≤ denominator ≤ 10^6), a precision 0–4,
    /// whether the rate is written as a Vietnamese string or a JSON number, and whether it sits
    /// in the annual form or in a year of the ten-year review.
    struct RateCase {
        var numerator: Int
        var denominator: Int
        var decimals: Int
        var asString: Bool
        var perYear: Bool
        var year: Int

        init(_ r: inout FuzzRandom) {
            // Small denominators often: they give ties, whole rates and 0 % / 100 %.
            denominator = r.chance(0.25) ? 1 + r.below(40) : 1 + r.below(1_000_000)
            numerator = r.chance(0.08) ? r.pick([0, denominator]) : r.below(denominator + 1)
            decimals = r.below(5)
            asString = r.chance(0.5)
            perYear = r.chance(0.3)
            year = 2011 + r.below(10)
        }

        /// The reference, in integer arithmetic: the computed rate in units of 10^-d, cut off and
        /// rounded half up, and whether it is exact at d decimals.
        static func reference(_ numerator: Int, _ denominator: Int, decimals: Int) -> (cut: Int, rounded: Int, exact: Bool) {
            let scaled = numerator * 100 * power(decimals)  // ≤ 10^6 × 10^6
            return (scaled / denominator, (2 * scaled + denominator) / (2 * denominator), scaled % denominator == 0)
        }

        static func power(_ decimals: Int) -> Int { (0..<decimals).reduce(1) { value, _ in value * 10 } }

        var reference: (cut: Int, rounded: Int, exact: Bool) { Self.reference(numerator, denominator, decimals: decimals) }

        /// The JSON text of a rate of `units` × 10^-decimals: `"77,50 %"` or `77.50` (or `7750e-2`).
        func text(units: Int, _ r: inout FuzzRandom) -> String {
            let scale = Self.power(decimals)
            let whole = units / scale
            let fraction = String(units % scale)
            let digits = decimals == 0 ? "" : String(repeating: "0", count: decimals - fraction.count) + fraction
            if asString {
                return "\"" + (decimals == 0 ? "\(whole)" : "\(whole),\(digits)") + r.pick(["", "%", " %"]) + "\""
            }
            if decimals > 0 && r.chance(0.15) { return "\(units)e-\(decimals)" }
            return decimals == 0 ? "\(whole)" : "\(whole).\(digits)"
        }

        /// The precision a rate is judged at and its units there: a string keeps its digits, a
        /// JSON number its shortest form (`99.50` is 99.5: one decimal).
        func judged(units: Int) -> (units: Int, decimals: Int) {
            var (units, decimals) = (units, decimals)
            if !asString { while decimals > 0 && units % 10 == 0 { units /= 10; decimals -= 1 } }
            return (units, decimals)
        }

        /// The finding the reference expects for a rate written as `units` (nil: none).
        func expected(units written: Int) -> FindingCode? {
            let (units, decimals) = judged(units: written)
            let reference = Self.reference(numerator, denominator, decimals: decimals)
            // 0 % and 100 % say none and all.
            if (units == 0 && numerator != 0) || (units == 100 * Self.power(decimals) && numerator != denominator) { return .rateMismatch }
            if units == reference.rounded { return nil }
            if units == reference.cut { return .rateTruncated }
            return .rateMismatch
        }

        /// Whether a rate written as `units` says 0 % or 100 % while the counts do not.
        func claimsAllOrNone(units: Int) -> Bool {
            (units == 0 && numerator != 0) || (units == 100 * Self.power(decimals) && numerator != denominator)
        }

        /// An input with this rate: in the one-row template `ty-le` (annual) or `ty-le-nam` (one
        /// year of 2011–2020), or, for one case in ten, in the bundled bang2-nam or tong-ket-2011-2020.
        func input(value: String) -> (text: String, row: String, year: Int?) {
            let rate = #"{"numerator": \#(numerator), "denominator": \#(denominator), "value": \#(value)}"#
            let bundled = year == 2011
            if perYear {
                let (template, row) = bundled ? ("tong-ket-2011-2020", "5.ty-le-dung-han-huyen") : ("ty-le-nam", "ty-le")
                return (#"{"template": "\#(template)", "unit": {"name": "X"}, "period": {"from": 2011, "to": 2020}, "values": {"\#(row)": {"\#(year)": \#(rate)}}}"#,
                        row, year)
            }
            let (template, row) = bundled ? ("bang2-nam", "iii.6.huyen-xay-dung") : ("ty-le", "ty-le")
            return (#"{"template": "\#(template)", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"\#(row)": \#(rate)}}"#, row, nil)
        }

        /// The bundled templates and two of one rate row each (`ty-le`, `ty-le-nam`), copied into
        /// a temporary directory once: a case then costs little beyond reading its rate.
        static let catalog: TemplateCatalog? = {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-rate-properties-\(UUID().uuidString)")
            let templates = InputReaderProperties.root.appendingPathComponent("templates")
            guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return nil }
            defer { try? FileManager.default.removeItem(at: directory) }
            for name in ["bang2-nam.json", "tong-ket-2011-2020.json"] {
                guard (try? FileManager.default.copyItem(at: templates.appendingPathComponent(name), to: directory.appendingPathComponent(name))) != nil
                else { return nil }
            }
            for (id, period, columns, header) in [
                ("ty-le", "year", #"[{"role": "stt"}, {"role": "label"}, {"role": "unit"}, {"role": "value"}, {"role": "note"}]"#,
                 #"[[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Đơn vị tính"}, {"text": "Số liệu"}, {"text": "Ghi chú"}]]"#),
                ("ty-le-nam", "years", #"[{"role": "stt"}, {"role": "label"}, {"role": "years"}]"#,
                 #"[[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Năm {y}", "repeats": "years"}]]"#),
            ] {
                let template = #"{"id": "\#(id)", "name": "Tỷ lệ", "sheetName": "Tỷ lệ", "period": "\#(period)", "columns": \#(columns), "header": \#(header), "rows": [{"id": "ty-le", "stt": "1", "label": "Tỷ lệ hồ sơ đúng hạn", "unit": "%", "kind": "percent", "derived": {"numerator": {"label": "Số hồ sơ đúng hạn"}, "denominator": {"label": "Số hồ sơ đã giải quyết"}, "noteUnit": "hồ sơ"}}], "checks": []}"#
                guard (try? Data(template.utf8).write(to: directory.appendingPathComponent("\(id).json"))) != nil else { return nil }
            }
            // Read before the directory goes: a catalog reads a template when it is first asked for.
            guard let catalog = try? TemplateCatalog(directory: directory), (try? catalog.checkAll()) != nil else { return nil }
            return catalog
        }()
    }

    /// Checks a rate written as `units` of `c`: the findings are what the reference expects, on the
    /// rate's row and year, with a warning's severity for `rate.truncated`, an error's for `rate.mismatch`.
    func checkRate(_ c: RateCase, units: Int, _ r: inout FuzzRandom) throws -> (codes: [FindingCode], expected: FindingCode?, text: String) {
        let (text, row, year) = c.input(value: c.text(units: units, &r))
        let found = Pipeline.checkInput(bytes: Array(text.utf8), file: "p.json", catalog: try #require(RateCase.catalog)).findings
        let expected = c.expected(units: units)
        #expect(found.map(\.code) == (expected.map { [$0] } ?? []), "\(text): \(found.map(\.code))")
        for finding in found {
            #expect(finding.row == row && finding.year == year && finding.file == "p.json", "\(text)")
            #expect(finding.severity == (finding.code == .rateTruncated ? .warning : .error), "\(text)")
            if case .rateMismatch(_, _, _, _, _, let digits) = finding.problem { #expect(digits == c.judged(units: units).decimals, "\(text)") }
            if case .rateTruncated(_, _, _, _, let digits) = finding.problem { #expect(digits == c.judged(units: units).decimals, "\(text)") }
        }
        return (found.map(\.code), expected, text)
    }

    @Test("rates rounded to their digits (4,000): no finding, whatever the precision 0–4 and however written")
    func ratesRounded() async throws {
        _ = try #require(RateCase.catalog)
        await propertyCheck(count: 4_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let c = RateCase(&r)
            let units = c.reference.rounded
            let (codes, _, text) = try checkRate(c, units: units, &r)
            // Rounded is rounded at the shortest form's precision too: nothing, unless it says 0 % / 100 % wrongly.
            #expect(codes == (c.claimsAllOrNone(units: units) ? [.rateMismatch] : []), "\(text)")
        }
    }

    @Test("rates cut off at their digits (4,000): exactly one rate.truncated warning where rounding differs, no error")
    func ratesCut() async throws {
        _ = try #require(RateCase.catalog)
        await propertyCheck(count: 4_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            var c = RateCase(&r)
            // Find counts whose rate rounds up at this precision (cut ≠ rounded); most do within a few draws.
            var tries = 0
            while c.reference.cut == c.reference.rounded && tries < 20 { c = RateCase(&r); tries += 1 }
            guard c.reference.cut != c.reference.rounded else { return }
            let units = c.reference.cut
            let (codes, _, text) = try checkRate(c, units: units, &r)
            if c.claimsAllOrNone(units: units) {
                #expect(codes == [.rateMismatch], "\(text)")  // 0,0 % for 0,07 %: says none
            } else if c.asString || units % 10 != 0 || c.decimals == 0 {
                #expect(codes == [.rateTruncated], "\(text)")
            } else {
                // A JSON number 77.50 is 77.5: judged at one decimal fewer, where the cut-off value is the rounded one.
                #expect(codes.isEmpty, "\(text)")
            }
        }
    }

    @Test("rates one unit of their last digit or more from the counts (4,000): rate.mismatch, whatever the precision")
    func ratesOff() async throws {
        _ = try #require(RateCase.catalog)
        await propertyCheck(count: 4_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let c = RateCase(&r)
            let reference = c.reference
            let top = 100 * RateCase.power(c.decimals)
            // ≥ 1 unit below the computed value, or ≥ 1 unit above it; kept within 0…100 %.
            let ceiling = reference.exact ? reference.cut : reference.cut + 1
            let step = r.chance(0.5) ? 1 + r.below(3) : 1 + r.below(top)
            var units = r.chance(0.5) ? reference.cut - step : ceiling + step
            if units < 0 || units > top { units = reference.cut >= top / 2 ? reference.cut - step : ceiling + step }
            guard units >= 0 && units <= top else { return }
            let (codes, expected, text) = try checkRate(c, units: units, &r)
            if c.asString || units % 10 != 0 || c.decimals == 0 {
                #expect(codes == [.rateMismatch], "\(text)")
            } else {
                // Its shortest form has fewer digits: judged there, as the reference says.
                #expect(codes == (expected.map { [$0] } ?? []), "\(text)")
            }
        }
    }

    @Test("rates with a numerator above the denominator (1,000): that error alone, whatever is reported")
    func ratesNumeratorAbove() async throws {
        _ = try #require(Self.catalog)
        await propertyCheck(count: 1_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let denominator = 1 + r.below(20_000)
            let numerator = denominator + 1 + r.below(100)
            let reported = r.pick(["100", "99.5", #""99,95""#, "0", #""100 %""#])
            let text = #"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"iii.6.huyen-xay-dung": {"numerator": \#(numerator), "denominator": \#(denominator), "value": \#(reported)}}}"#
            let codes = try findings(text).map(\.code)
            #expect(codes == [.rateNumeratorAbove], "\(text)")
        }
    }

    @Test("per-year counts (2,000): year-jump and a template check match a reference computation")
    func years() async throws {
        _ = try #require(Self.catalog)
        await propertyCheck(count: 2_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let years = Array(2016...2020)
            func series() -> [Int?] {
                years.map { _ in r.chance(0.15) ? nil : (r.chance(0.1) ? 0 : r.pick([1, 5, 12, 100, 130, 1000, 1300, 20_000]) + r.below(3)) }
            }
            let reviewed = series(), proposed = series()
            func json(_ values: [Int?]) -> String {
                "{" + zip(years, values).compactMap { year, value in value.map { "\"\(year)\": \($0)" } }.joined(separator: ", ") + "}"
            }
            let text = #"{"template": "tong-ket-2011-2020", "unit": {"name": "X"}, "period": {"from": 2016, "to": 2020}, "values": {"1.tthc-ra-soat": \#(json(reviewed)), "1.tthc-kien-nghi": \#(json(proposed))}}"#
            // The reference: each reported year against the previous reported one, both above 0.
            var expected: Set<String> = []
            for (row, values) in [("1.tthc-ra-soat", reviewed), ("1.tthc-kien-nghi", proposed)] {
                var previous: Int?
                for (year, value) in zip(years, values) {
                    guard let value else { continue }
                    if let before = previous, before > 0, value > 0, Double(max(before, value)) / Double(min(before, value)) > 10 {
                        expected.insert("year.jump \(row) \(year)")
                    }
                    previous = value
                }
            }
            for (year, (a, b)) in zip(years, zip(proposed, reviewed)) {
                if let a, let b, a > b { expected.insert("1.kien-nghi-le-ra-soat 1.tthc-kien-nghi \(year)") }
            }
            // A template check is named by its id (check.failed carries it), a built-in check by its code.
            let found = try findings(text).map { finding in
                var name = finding.code.rawValue
                if case .checkFailed(let failure) = finding.problem { name = failure.check }
                return "\(name) \(finding.row ?? "-") \(finding.year ?? 0)"
            }
            #expect(Set(found) == expected && found.count == expected.count, "\(text)")
        }
    }
}
