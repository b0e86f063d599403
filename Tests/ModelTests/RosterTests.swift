import Foundation
@testable import Model
import Testing
import XLSXReader

/// The roster of units: reading it strictly, who is expected when, matching inputs to units,
/// the reporting status, and what a unit was before the 2025 merger.
@Suite("roster")
struct RosterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("examples/roster/phu-an.json").path

    static func day(_ y: Int, _ m: Int, _ d: Int) -> DayDate { DayDate(year: y, month: m, day: d) }

    static func roster(_ units: [RosterUnit], levels: [String]? = nil) -> Roster { Roster(name: "Tỉnh Hư Cấu", reportingLevels: levels, units: units) }

    @Test("the example province reads, and spans the merger: 2 districts and 8 communes for 2024, 4 new communes for 2025")
    func example() throws {
        let roster = try Roster.load(from: Self.example)
        #expect(roster.units.count == 16)
        #expect(roster.expectedUnits(year: 2024).map(\.code) == ["PA-PTD", "PA-THD", "PA-PTD-01", "PA-PTD-02", "PA-PTD-03", "PA-PTD-04",
                                                                 "PA-THD-01", "PA-THD-02", "PA-THD-03", "PA-THD-04"])
        #expect(roster.expectedUnits(year: 2025).map(\.code) == ["PA-X01", "PA-X02", "PA-X03", "PA-X04"])
        // A unit renamed keeps its code: in 2019 the commune, from 2020 the township.
        #expect(roster.expectedUnits(year: 2019).first { $0.code == "PA-THD-04" }?.name == "UBND xã Long Hòa")
        #expect(roster.expectedUnits(year: 2020).first { $0.code == "PA-THD-04" }?.name == "UBND thị trấn Long Hòa")
    }

    /// Every bad roster of the corpus is rejected with exactly the codes and JSON paths of its manifest.
    @Test("bad rosters are rejected with their code at their JSON path (Tests/BadInputs/rosters)")
    func badRosters() throws {
        let directory = Self.root.appendingPathComponent("Tests/BadInputs/rosters")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json")))
                                    as? [String: Any])
        let rosters = try #require(manifest["rosters"] as? [String: [[String]]])
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") && $0 != "manifest.json" }
        #expect(Set(files) == Set(rosters.keys), "every roster of the corpus is in the manifest, and every entry has its file")
        #expect(rosters.count >= 15)
        for (file, expected) in rosters.sorted(by: { $0.key < $1.key }) {
            let path = directory.appendingPathComponent(file).path
            do {
                _ = try Roster.load(from: path)
                Issue.record("\(file) was accepted")
            } catch {
                let found = error.findings.map { [$0.code.rawValue, $0.location.placeText] }
                #expect(found == expected, "\(file)")
                #expect(error.findings.allSatisfy { $0.severity == .error && $0.file == path })
                #expect(error.exitStatus == 2)
            }
        }
    }

    @Test("the base of the bad rosters is itself a good roster (so each bad one differs by its fault only)")
    func base() throws {
        let roster = try Roster.load(from: Self.root.appendingPathComponent("Tests/ModelTests/Fixtures/roster-base.json").path)
        #expect(roster.units.map(\.code) == ["T", "H1", "X1", "X2", "N1"])
    }

    @Test("a cycle of three parents is one finding, its codes in order from the first in the file")
    func details() throws {
        let cycle = """
            {"name": "T", "units": [
              {"code": "A", "name": "A", "level": "xa", "parent": "B", "validFrom": "2020-01-01"},
              {"code": "B", "name": "B", "level": "xa", "parent": "C", "validFrom": "2020-01-01"},
              {"code": "C", "name": "C", "level": "xa", "parent": "A", "validFrom": "2020-01-01"}]}
            """
        #expect(throws: CCHCError.self) { try Roster.read(bytes: Array(cycle.utf8), file: "r.json") }
        do { _ = try Roster.read(bytes: Array(cycle.utf8), file: "r.json") } catch {
            #expect(error.findings.map(\.problem) == [.rosterParentCycle(cycle: ["A", "B", "C", "A"])])
        }
    }

    // MARK: Expected units across validFrom / validTo

    @Test("a unit is expected for a year exactly when it exists on 14 December of that year")
    func cutoffBoundaries() {
        let parent = RosterUnit(code: "P", name: "P", level: "tinh", validFrom: Self.day(2000, 1, 1))
        func unit(_ from: DayDate, _ to: DayDate?) -> Roster {
            Self.roster([parent, RosterUnit(code: "U", name: "U", level: "xa", parent: "P", validFrom: from, validTo: to)])
        }
        func expected(_ roster: Roster, _ year: Int) -> Bool { roster.expectedUnits(year: year).contains { $0.code == "U" } }
        #expect(expected(unit(Self.day(2025, 12, 14), nil), 2025))    // from the cut-off itself
        #expect(!expected(unit(Self.day(2025, 12, 15), nil), 2025))   // from the day after
        #expect(expected(unit(Self.day(2025, 12, 15), nil), 2026))
        #expect(expected(unit(Self.day(2000, 1, 1), Self.day(2025, 12, 14)), 2025))   // up to the cut-off itself
        #expect(!expected(unit(Self.day(2000, 1, 1), Self.day(2025, 12, 13)), 2025))  // ended the day before
        #expect(!expected(unit(Self.day(2000, 1, 1), Self.day(2025, 6, 30)), 2025))   // the districts and old communes
        #expect(expected(unit(Self.day(2025, 7, 1), nil), 2025))                      // the new communes
        #expect(!expected(unit(Self.day(2025, 7, 1), nil), 2024))
        // The top of the roster (no parent) does not report when no levels are named.
        #expect(!Self.roster([parent]).expectedUnits(year: 2025).contains { $0.code == "P" })
    }

    @Test("property: for random validities, expected ⇔ validFrom ≤ 14/12 ≤ validTo, and the status counts add up")
    func expectedProperty() {
        var generator = SeededGenerator(state: 2025)
        for _ in 0..<200 {
            let parent = RosterUnit(code: "P", name: "Tỉnh", level: "tinh", validFrom: Self.day(1990, 1, 1))
            var units = [parent]
            for index in 0..<Int.random(in: 1...12, using: &generator) {
                let from = Self.day(Int.random(in: 2019...2027, using: &generator), Int.random(in: 1...12, using: &generator),
                                    Int.random(in: 1...28, using: &generator))
                let to: DayDate? = Bool.random(using: &generator) ? nil
                    : Self.day(from.year + Int.random(in: 0...3, using: &generator), Int.random(in: 1...12, using: &generator), 14)
                guard to.map({ $0 >= from }) ?? true else { continue }
                units.append(RosterUnit(code: "U\(index)", name: "Xã Số \(index)", level: "xa", parent: "P", validFrom: from, validTo: to))
            }
            let roster = Self.roster(units)
            let year = Int.random(in: 2019...2027, using: &generator)
            let cutoff = Self.day(year, 12, 14)
            let independent = units.dropFirst().filter { $0.validFrom <= cutoff && ($0.validTo == nil || cutoff <= $0.validTo!) }.map(\.code)
            #expect(roster.expectedUnits(year: year).map(\.code) == independent)
            // Half of the units report, by code.
            let reporting = units.dropFirst().filter { _ in Bool.random(using: &generator) }
            let inputs = reporting.map { StatusInput(file: "\($0.code).json", code: $0.code, name: $0.name, year: year) }
            let status = ReportingStatus(roster: roster, year: year, inputs: inputs)
            #expect(status.expectedCount == independent.count)
            #expect(status.receivedCount == reporting.filter { independent.contains($0.code) }.count)
            #expect(status.receivedCount + status.missingCount == status.expectedCount)
            #expect(Set(status.missing.map(\.code)) == Set(independent).subtracting(reporting.map(\.code)))
            #expect(status.notCounted.count == reporting.count - status.receivedCount)
        }
    }

    /// What matching must give, by scanning every entry in file order (the definition the
    /// roster's looked-up matching keeps).
    static func scannedMatch(_ roster: Roster, code: String?, name: String, cutoff: DayDate) -> RosterMatch {
        func expected(_ unit: RosterUnit) -> Bool { unit.isValid(on: cutoff) && roster.reports(unit) }
        func closest(_ entries: [RosterUnit]) -> RosterUnit {
            entries.filter { $0.validTo.map { $0 < cutoff } ?? false }.max { $0.validTo! < $1.validTo! }
                ?? entries.min { $0.validFrom < $1.validFrom } ?? entries[0]
        }
        if let code, !code.isEmpty {
            let entries = roster.units.filter { $0.code == code }
            guard !entries.isEmpty else { return .unknown }
            if let unit = entries.first(where: { $0.isValid(on: cutoff) }) { return expected(unit) ? .unit(unit, byCode: true) : .notExpected(unit) }
            return .notExpected(closest(entries))
        }
        let key = UnitName.key(name), bare = UnitName.bareKey(name)
        let current = roster.units.filter { $0.isValid(on: cutoff) }, other = roster.units.filter { !$0.isValid(on: cutoff) }
        for (pool, byBare) in [(current, false), (current, true), (other, false), (other, true)] {
            let found = pool.filter { byBare ? UnitName.bareKey($0.name) == bare : UnitName.key($0.name) == key }
            var codes: [String] = []
            for unit in found where !codes.contains(unit.code) { codes.append(unit.code) }
            if codes.count > 1 { return .ambiguous(codes) }
            guard let unit = found.first else { continue }
            if !unit.isValid(on: cutoff) { return .notExpected(closest(found)) }
            return expected(unit) ? .unit(unit, byCode: false) : .notExpected(unit)
        }
        return .unknown
    }

    @Test("property: matching by code and by name (looked up, not scanned) gives what a scan of every entry gives")
    func matchingProperty() {
        var generator = SeededGenerator(state: 3321)
        let names = ["Xã Tân Hòa", "Phường Tân Hòa", "xã tân hoà", "UBND xã Phú Mỹ", "Thị trấn Phú Mỹ", "Xã Long Điền", "Xã Bình Lâm"]
        for _ in 0..<300 {
            var units = [RosterUnit(code: "P", name: "Tỉnh", level: "tinh", validFrom: Self.day(1990, 1, 1))]
            for index in 0..<Int.random(in: 1...15, using: &generator) {
                let from = Self.day(Int.random(in: 2019...2027, using: &generator), Int.random(in: 1...12, using: &generator), 1)
                let to: DayDate? = Bool.random(using: &generator) ? nil : Self.day(from.year + Int.random(in: 0...3, using: &generator), 12, 31)
                let code = "U\(Int.random(in: 0...index, using: &generator))"
                units.append(RosterUnit(code: code, name: names.randomElement(using: &generator)!, level: Bool.random(using: &generator) ? "xa" : "thon",
                                        parent: "P", validFrom: from, validTo: to, index: units.count))
            }
            let roster = Self.roster(units, levels: ["xa"])
            let cutoff = Self.day(Int.random(in: 2019...2027, using: &generator), 12, 14)
            for name in names + ["Xã Không Có"] {
                #expect(roster.match(code: nil, name: name, cutoff: cutoff) == Self.scannedMatch(roster, code: nil, name: name, cutoff: cutoff), "\(name)")
            }
            for code in (0..<16).map({ "U\($0)" }) {
                #expect(roster.match(code: code, name: "", cutoff: cutoff) == Self.scannedMatch(roster, code: code, name: "", cutoff: cutoff), "\(code)")
            }
        }
    }

    // MARK: Matching

    @Test("names match after NFC, case, spaces, tone placement and the UBND prefix; the kind word only when nothing else fits")
    func nameKeys() {
        #expect(UnitName.key("UBND xã Tân Hòa") == UnitName.key("  Ủy ban nhân dân   XÃ  TÂN HOÀ "))
        #expect(UnitName.key("Xã Tân Hòa") == UnitName.key("Xa\u{0303} Ta\u{0302}n Ho\u{0300}a"))  // NFD
        #expect(UnitName.key("Thị trấn Long Thủy") == UnitName.key("UBND thị trấn Long Thuỷ"))
        #expect(UnitName.key("xã Tân Hòa") != UnitName.key("phường Tân Hòa"))
        #expect(UnitName.bareKey("xã Tân Hòa") == UnitName.bareKey("Phường Tân Hoà"))
        #expect(UnitName.bareKey("UBND thị xã Phú Mỹ") == "phú mỹ")
        #expect(UnitName.key("Xã Hoàng Long") == "xã hoàng long")  // a mark before a final consonant stays
    }

    @Test("matching: by code first, then by name; unknown and ambiguous names are said, never guessed")
    func matching() throws {
        let roster = try Roster.load(from: Self.example)
        let cutoff2025 = Roster.cutoff(year: 2025), cutoff2024 = Roster.cutoff(year: 2024)
        guard case .unit(let byCode, true) = roster.match(code: "PA-X01", name: "anything", cutoff: cutoff2025) else {
            Issue.record("PA-X01 by code"); return
        }
        #expect(byCode.name == "UBND phường Phú Thạnh")
        // The same name in two eras: the unit of the year's cut-off.
        guard case .unit(let new, false) = roster.match(code: nil, name: "Xã Tân Hoà", cutoff: cutoff2025),
              case .unit(let old, false) = roster.match(code: nil, name: "UBND xã Tân Hòa", cutoff: cutoff2024) else {
            Issue.record("Tân Hòa by name"); return
        }
        #expect(new.code == "PA-X03" && old.code == "PA-THD-01")
        #expect(roster.match(code: nil, name: "UBND xã Không Có", cutoff: cutoff2025) == .unknown)
        #expect(roster.match(code: "PA-X99", name: "UBND xã Phú Mỹ", cutoff: cutoff2025) == .unknown)
        guard case .notExpected(let gone) = roster.match(code: nil, name: "UBND xã Phú Lộc", cutoff: cutoff2025) else {
            Issue.record("Phú Lộc in 2025"); return
        }
        #expect(gone.code == "PA-PTD-02")
        // The province itself is in the roster but does not report.
        guard case .notExpected = roster.match(code: "PA", name: "", cutoff: cutoff2025) else { Issue.record("PA"); return }

        let twins = Self.roster([
            RosterUnit(code: "P", name: "Tỉnh", level: "tinh", validFrom: Self.day(2025, 7, 1)),
            RosterUnit(code: "A", name: "Xã Tân Hòa", level: "xa", parent: "P", validFrom: Self.day(2025, 7, 1)),
            RosterUnit(code: "B", name: "Phường Tân Hòa", level: "xa", parent: "P", validFrom: Self.day(2025, 7, 1)),
        ])
        #expect(twins.match(code: nil, name: "Tân Hòa", cutoff: cutoff2025) == .ambiguous(["A", "B"]))
        guard case .unit(let exact, false) = twins.match(code: nil, name: "UBND phường Tân Hoà", cutoff: cutoff2025) else {
            Issue.record("exact name first"); return
        }
        #expect(exact.code == "B")
    }

    @Test("the status of the example inputs: received, missing named, not expected, other year, duplicates, unknown, ambiguous")
    func status() throws {
        let roster = try Roster.load(from: Self.example)
        let inputs = [
            StatusInput(file: "a.json", code: "PA-X01", name: "UBND phường Phú Thạnh", year: 2025),
            StatusInput(file: "b.json", code: nil, name: "Xã Phú Mỹ", year: 2025),
            StatusInput(file: "c.json", code: nil, name: "UBND phường Phú Thạnh", year: 2025),            // the same unit again
            StatusInput(file: "d.json", code: nil, name: "UBND xã Phú Lộc", year: 2025),                  // ended 30/6/2025
            StatusInput(file: "e.json", code: nil, name: "UBND xã Long Điền", year: 2024),                // another year
            StatusInput(file: "f.json", code: nil, name: "UBND xã Không Có", year: 2025),
        ]
        let status = ReportingStatus(roster: roster, year: 2025, inputs: inputs)
        #expect(status.groups.count == 1 && status.groups[0].parentCode == "PA" && status.groups[0].parentName == "UBND tỉnh Phú An")
        #expect(status.expectedCount == 4 && status.receivedCount == 2 && status.missingCount == 2)
        #expect(status.missing.map(\.code) == ["PA-X03", "PA-X04"])
        #expect(status.rate == 50)
        #expect(status.duplicates.map(\.files) == [["a.json", "c.json"]])
        #expect(status.findings.map(\.code) == [.statusDuplicate, .statusNotExpected, .statusOtherYear, .statusUnknownUnit])
        #expect(status.findings.map(\.severity) == [.error, .warning, .warning, .error])
        #expect(status.findings.map(\.file) == ["c.json", "d.json", "e.json", "f.json"])
        #expect(status.findings.allSatisfy { $0.location.place == .json(JSONPath("unit", "name")) })
        #expect(status.notCounted.map(\.file) == ["d.json", "e.json", "f.json"])
    }

    @Test("Pipeline.statusInput reads unit.code and the year; a malformed code is an error at $.unit.code and the input is not counted")
    func statusInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.json"), bad = directory.appendingPathComponent("bad.json")
        try Data(#"{"template": "bang2-nam", "unit": {"name": "Xã A", "code": " PA-X01 "}, "period": {"year": 2025}, "values": {}}"#.utf8).write(to: good)
        try Data(#"{"template": "bang2-nam", "unit": {"name": "Xã A", "code": "PA X01"}, "period": {"year": 2025}, "values": {}}"#.utf8).write(to: bad)
        let catalog = TemplateCatalog(directory: directory, templates: [])
        let read = Pipeline.statusInput(at: good.path, catalog: catalog)
        #expect(read.code == "PA-X01" && read.name == "Xã A" && read.year == 2025 && read.findings.isEmpty)
        let malformed = Pipeline.statusInput(at: bad.path, catalog: catalog)
        #expect(malformed.findings.map(\.problem) == [.unitCodeInvalid(given: "PA X01")])
        #expect(malformed.findings.first?.location.place == .json(JSONPath("unit", "code")))
        let roster = try Roster.load(from: Self.example)
        let status = ReportingStatus(roster: roster, year: 2025, inputs: [read, malformed])
        #expect(status.receivedCount == 1 && status.notCounted.map(\.reason.code) == [.unitCodeInvalid])
    }

    @Test("unit.code is a slot of every skeleton (so an entry workbook has its cell), and an empty code is no code")
    func unitCodeSlot() throws {
        let template = try TemplateCatalog(directory: Self.root.appendingPathComponent("templates")).template(id: "bang2-nam")
        let slots = Skeleton.fieldSlots(template: template, period: Period(year: 2025))
        #expect(slots.map(\.path).contains(JSONPath("unit", "code")))
        #expect(Skeleton.submissionFieldSlots(templates: [template], period: Period(year: 2025)).map(\.path).contains(JSONPath("unit", "code")))
        let (unit, problems) = UnitReader.read(.object([JSONValue.Member(key: "name", value: .string("Xã A"), line: 1),
                                                        JSONValue.Member(key: "code", value: .string("  "), line: 1)]),
                                               at: JSONPath("unit"), requireName: false)
        #expect(unit.code == nil && problems.isEmpty)
    }

    // MARK: Across the merger

    @Test("ancestry: a new commune in 2024 is its old communes, a part of one flagged as an estimate; in 2025 itself")
    func ancestry() throws {
        let roster = try Roster.load(from: Self.example)
        let phuMy = roster.ancestry(of: "PA-X02", year: 2024)
        #expect(phuMy.ancestors.map(\.unit.code) == ["PA-PTD-03", "PA-PTD-04"])
        #expect(phuMy.ancestors.map(\.share) == [1, 0.6])
        #expect(phuMy.ancestors.map(\.isEstimate) == [false, true] && phuMy.isEstimate && phuMy.unknown.isEmpty)
        #expect(phuMy.ancestors[1].chain == ["PA-X02", "PA-PTD-04"])
        let itself = roster.ancestry(of: "PA-X02", year: 2025)
        #expect(itself.ancestors.map(\.unit.code) == ["PA-X02"] && !itself.isEstimate)
        // A unit renamed: in 2015 its old name.
        let longDien = roster.ancestry(of: "PA-X04", year: 2015)
        #expect(longDien.ancestors.map(\.unit.name) == ["UBND xã Long Điền Tây", "UBND xã Long Hòa"])
    }

    @Test("ancestry through chained mergers multiplies the shares and sums the paths that meet")
    func chainedAncestry() {
        let p = RosterUnit(code: "P", name: "Tỉnh", level: "tinh", validFrom: Self.day(2000, 1, 1))
        func unit(_ code: String, _ from: Int, _ to: Int?, _ predecessors: [RosterUnit.Predecessor] = []) -> RosterUnit {
            RosterUnit(code: code, name: "Xã \(code)", level: "xa", parent: "P", validFrom: Self.day(from, 1, 1),
                       validTo: to.map { Self.day($0, 12, 31) }, predecessors: predecessors)
        }
        let roster = Self.roster([
            p, unit("A", 2000, 2009), unit("B", 2000, 2009),
            unit("C", 2010, 2019, [.init(code: "A"), .init(code: "B", share: 0.5)]),
            unit("D", 2010, 2019, [.init(code: "B", share: 0.5)]),
            unit("E", 2020, nil, [.init(code: "C"), .init(code: "D")]),
            unit("F", 2020, nil),
        ])
        let e2005 = roster.ancestry(of: "E", year: 2005)
        #expect(e2005.ancestors.map(\.unit.code) == ["A", "B"])
        #expect(e2005.ancestors.map(\.share) == [1, 1])          // B's two halves meet again in E
        #expect(!e2005.isEstimate)
        #expect(roster.ancestry(of: "E", year: 2015).ancestors.map(\.unit.code) == ["C", "D"])
        // A unit created from nothing the roster knows: its past is unknown, not zero.
        #expect(roster.ancestry(of: "F", year: 2015).unknown == ["F"])
        #expect(roster.ancestry(of: "F", year: 2015).ancestors.isEmpty)
    }
}
