import Foundation
import Model
import PropertyBased
import Testing

/// Property-based tests of the input reader and the checks (x-sheep/swift-property-based):
/// 104,000 generated inputs per `make test` (20,000 whole documents, 40,000 mutated files,
/// 40,000 number texts, 2,000 rates and 2,000 per-year series checked against a reference),
/// none may crash or break an invariant. About 20 s in a debug build on 2 cores.
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

    @Test("rates (2,000): reported vs counts is an error exactly when more than 0.01 points apart; numerator > denominator always")
    func rates() async throws {
        _ = try #require(Self.catalog)
        await propertyCheck(count: 2_000 * Self.scale, input: Self.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let denominator = 1 + r.below(20_000)
            let numerator = r.chance(0.85) ? r.below(denominator + 1) : denominator + 1 + r.below(100)
            let computed = Double(numerator) / Double(denominator) * 100
            // Away from the boundary: either within 0.009 or beyond 0.011 points, never outside 0…100.
            let offset = r.chance(0.5) ? Double(r.below(901)) / 100_000 : 0.011 + Double(r.below(500)) / 100
            let reported = min(100, max(0, ((computed + (r.chance(0.5) ? offset : -offset)) * 10_000).rounded() / 10_000))
            let text = #"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"iii.6.huyen-xay-dung": {"numerator": \#(numerator), "denominator": \#(denominator), "value": \#(reported)}}}"#
            let found = try findings(text)
            let codes = found.map(\.code)
            if numerator > denominator {
                #expect(codes == [.rateNumeratorAbove], "\(text)")
            } else if abs(reported - computed) > 0.0105 {
                #expect(codes == [.rateMismatch], "\(text) computed \(computed)")
                if case .rateMismatch(let r, let c, let n, let d, _, _)? = found.first?.problem {
                    #expect(r == reported && n == Double(numerator) && d == Double(denominator) && abs(c - computed) < 1e-9, "\(text)")
                }
            } else if abs(reported - computed) < 0.0095 {
                #expect(codes.isEmpty, "\(text) computed \(computed): \(codes)")
            }
            for finding in found {
                #expect(finding.severity == .error && finding.row == "iii.6.huyen-xay-dung" && finding.file == "p.json", "\(text)")
            }
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
