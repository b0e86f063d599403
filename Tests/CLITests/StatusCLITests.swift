import Foundation
import Model
import Testing

/// `cchc status`: the reporting status of the example province's inputs, as text and as JSON.
@Suite("cchc status")
struct StatusCLITests {
    static let roster = "examples/roster/phu-an.json"

    @Test("2025 as text: one parent, 3 of 4 received, the missing commune named, the old commune not counted; exit 1")
    func text2025() throws {
        let result = try CLI.run(["status", Self.roster, "examples/roster/2025/phu-thanh.json", "examples/roster/2025/phu-my.json",
                                  "examples/roster/2025/tan-hoa.json", "examples/roster/2025/phu-loc-cu.json"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Tình hình báo cáo năm 2025 – Tỉnh Phú An (các đơn vị có hiệu lực vào ngày 14/12/2025)")
        let row = try #require(lines.first { $0.hasPrefix("UBND tỉnh Phú An (PA)") })
        #expect(row.split(separator: " ").suffix(5).map(String.init) == ["4", "3", "1", "75,00", "%"])
        let total = try #require(lines.first { $0.hasPrefix("Tổng cộng") })
        // Aligned like a table: the figures end in the same column as the header's.
        let header = try #require(lines.first { $0.hasPrefix("Đơn vị cấp trên") })
        #expect(TextColumns.width(total) == TextColumns.width(header) && TextColumns.width(row) == TextColumns.width(header))
        #expect(lines.contains("    PA-X04  UBND xã Long Điền"))
        #expect(lines.contains { $0.contains("examples/roster/2025/phu-loc-cu.json: $.unit.name: cảnh báo: đơn vị mã \"PA-PTD-02\"") })
        #expect(lines.contains("Còn thiếu 1 trên 4 đơn vị phải báo cáo."))
    }

    @Test("2024 as JSON over a directory: counts per district, missing units, matched by code and by name")
    func json2024() throws {
        let result = try CLI.run(["status", Self.roster, "examples/roster/2024", "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2024 && object["cutoff"] as? String == "2024-12-14")
        #expect(object["expected"] as? Int == 10 && object["received"] as? Int == 8 && object["missing"] as? Int == 2)
        #expect(object["rate"] as? Double == 80)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["parent"] as? String } == ["PA", "PA-PTD", "PA-THD"])
        #expect(groups.map { $0["missingUnits"] as? [String] } == [[], ["PA-PTD-04"], ["PA-THD-03"]])
        let missing = try #require(object["missingUnits"] as? [[String: Any]])
        #expect(missing.map { $0["name"] as? String } == ["UBND xã Bình Lâm", "UBND xã Long Điền Tây"])
        let received = try #require(object["receivedUnits"] as? [[String: Any]])
        #expect(received.filter { $0["matchedBy"] as? String == "code" }.count == 3)
        #expect(received.filter { $0["matchedBy"] as? String == "name" }.count == 5)
        #expect((object["findings"] as? [Any])?.isEmpty ?? false)
    }

    @Test("every unit received exits 0; --year picks the year; csv lists each unit")
    func complete() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (file, code) in [("a.json", "PA-X01"), ("b.json", "PA-X02"), ("c.json", "PA-X03"), ("d.json", "PA-X04")] {
            let text = #"{"template": "bang2-nam", "unit": {"name": "", "code": "\#(code)"}, "period": {"year": 2025}, "values": {}}"#
            try Data(text.utf8).write(to: dir.appendingPathComponent(file))
        }
        let roster = CLI.root.appendingPathComponent(Self.roster).path
        let result = try CLI.run(["status", roster, ".", "--year", "2025", "--lang", "en"], in: dir)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("All 4 expected units have reported."))
        let csv = try CLI.run(["status", roster, "a.json", "--format", "csv"], in: dir)
        #expect(csv.status == 1)
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "year,parent_code,parent_name,code,name,level,status,file,reason")
        #expect(rows.dropFirst().map { $0.split(separator: ",").map(String.init)[6] } == ["received", "missing", "missing", "missing"])
    }

    @Test("a roster that contradicts itself exits 2 with the finding at its JSON path")
    func badRoster() throws {
        let result = try CLI.run(["status", "Tests/BadInputs/rosters/parent-cycle.json", "examples/roster/2025", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("$.units[0].parent"))
        #expect(result.stderr.contains("là cấp trên của nhau theo vòng tròn"))
    }
}

/// The width of a line in terminal cells (Vietnamese letters count one each).
enum TextColumns {
    static func width(_ line: String) -> Int { line.precomposedStringWithCanonicalMapping.count }
}
