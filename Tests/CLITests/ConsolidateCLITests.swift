import Foundation
import Model
import Testing
import XLSXReader

/// `cchc consolidate`: the example district to .json and .xlsx, the result accepted by
/// `validate` and `fill` and consolidated again one level up, and the errors that name both
/// files (mixed templates, mixed periods, a unit twice).
@Suite("consolidate")
struct ConsolidateCLITests {
    static let district = CLI.root.appendingPathComponent("examples/tong-hop").path

    /// A copy of one example commune with some keys changed, written in `dir` as `name`.
    func commune(_ example: String, into dir: URL, as name: String, change: (inout [String: Any]) -> Void) throws -> String {
        let url = URL(fileURLWithPath: Self.district).appendingPathComponent(example)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        change(&object)
        let target = dir.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: target)
        return target.path
    }

    @Test("the example district to .json: validate and fill accept it, with its sources; consolidated again one level up")
    func json() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", Self.district, "-o", "huyen.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("huyen.json"))) as? [String: Any])
        #expect((object["unit"] as? [String: Any])?["name"] as? String == "UBND huyện Hòa Lạc")
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.count == 5)
        #expect(sources.allSatisfy { ($0["sha256"] as? String)?.count == 64 && ($0["file"] as? String)?.hasPrefix("/") == false })
        let validate = try CLI.run(["validate", "huyen.json", "--format", "json"], in: dir)
        #expect(validate.status == 0)
        #expect(try CLI.findings(validate).filter { $0.code == FindingCode.inputUnknownKey.rawValue }.isEmpty)
        let fill = try CLI.run(["fill", "huyen.json", "-o", "huyen.xlsx"], in: dir)
        #expect(fill.status == 0, "\(fill.stderr)")
        // One level up: two districts into a province (the second district a copy under another name).
        var second = object
        second["unit"] = ["name": "UBND huyện Phú Thạnh"]
        try JSONSerialization.data(withJSONObject: second).write(to: dir.appendingPathComponent("huyen-2.json"))
        let province = try CLI.run(["consolidate", "huyen.json", "huyen-2.json", "-o", "tinh.json", "--unit", "Tỉnh Phú An"], in: dir)
        #expect(province.status == 0, "\(province.stderr)")
        let up = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("tinh.json"))) as? [String: Any])
        let district = try #require(object["values"] as? [String: Any]), total = try #require(up["values"] as? [String: Any])
        #expect((total["i.1.nhiem-vu-de-ra"] as? Int) == 2 * (try #require(district["i.1.nhiem-vu-de-ra"] as? Int)))
    }

    /// The JSON object of a file.
    func object(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test("two levels (3 + 2 communes, then the district) give the values, notes and consolidated figures of one level")
    func twoLevels() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let communes = try FileManager.default.contentsOfDirectory(atPath: Self.district).filter { $0.hasSuffix(".json") }.sorted()
            .map { URL(fileURLWithPath: Self.district).appendingPathComponent($0).path }
        #expect(communes.count == 5)
        let flat = try CLI.run(["consolidate"] + communes + ["-o", "mot-cap.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(flat.status == 0, "\(flat.stderr)")
        for (name, part) in [("cum-a.json", communes[..<3]), ("cum-b.json", communes[3...])] {
            let result = try CLI.run(["consolidate"] + Array(part) + ["-o", name, "--unit", name], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let up = try CLI.run(["consolidate", "cum-a.json", "cum-b.json", "-o", "hai-cap.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(up.status == 0, "\(up.stderr)")
        let one = try object(dir.appendingPathComponent("mot-cap.json")), two = try object(dir.appendingPathComponent("hai-cap.json"))
        for key in ["values", "notes", "consolidated"] {
            #expect(NSDictionary(dictionary: try #require(one[key] as? [String: Any])).isEqual(to: try #require(two[key] as? [String: Any])),
                    "\(key) differs")
        }
        let figures = try #require(one["consolidated"] as? [String: Any])
        #expect(figures["units"] as? Int == 5)
        // The per-unit text of a row not merged stays with its commune, two levels up.
        let cells = try #require(figures["cells"] as? [String: Any])
        let texts = try #require((cells["i.8"] as? [String: Any])?["perUnit"] as? [[String: Any]])
        #expect(texts.contains { $0["unit"] as? String == "UBND xã An Thạnh" && ($0["value"] as? String)?.hasPrefix("Tổ chức Hội thi") == true })
        // Validate and fill accept it; a consolidated block edited by hand is an error that says so.
        #expect(try CLI.run(["validate", "hai-cap.json"], in: dir).status == 0)
        #expect(try CLI.run(["fill", "hai-cap.json", "-o", "hai-cap.xlsx"], in: dir).status == 0)
        var edited = two
        var block = figures
        var editedCells = cells
        editedCells["i.1.nhiem-vu-de-ra"] = ["reporting": 9]
        block["cells"] = editedCells
        edited["consolidated"] = block
        try JSONSerialization.data(withJSONObject: edited).write(to: dir.appendingPathComponent("sua-tay.json"))
        let refused = try CLI.run(["validate", "sua-tay.json", "--format", "json"], in: dir)
        #expect(refused.status == 1)
        let conflict = try CLI.findings(refused).filter { $0.code == FindingCode.inputConsolidatedConflict.rawValue }
        #expect(conflict.count == 1 && conflict.first?["row"] as? String == "i.1.nhiem-vu-de-ra", "\(refused.stdout)")
    }

    @Test("a rate's count given without the other is listed like a rate without counts, never dropped")
    func loneComponent() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = URL(fileURLWithPath: Self.district).appendingPathComponent("an-thanh.json").path
        let numeratorOnly = try commune("an-thanh.json", into: dir, as: "tu-so.json") { object in
            object["unit"] = ["name": "UBND xã Chỉ Tử Số", "province": "Tỉnh Phú An"]
            var values = object["values"] as! [String: Any]
            values["i.3.ty-le-tuyen-truyen"] = ["numerator": 7]
            object["values"] = values
        }
        let denominatorOnly = try commune("an-thanh.json", into: dir, as: "mau-so.json") { object in
            object["unit"] = ["name": "UBND xã Chỉ Mẫu Số", "province": "Tỉnh Phú An"]
            var values = object["values"] as! [String: Any]
            values["i.3.ty-le-tuyen-truyen"] = ["denominator": 9]
            object["values"] = values
        }
        let result = try CLI.run(["consolidate", first, numeratorOnly, denominatorOnly, "-o", "out.json", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let warning = try #require(try CLI.findings(result).first {
            $0.code == FindingCode.consolidateRateWithoutCounts.rawValue && $0["row"] as? String == "i.3.ty-le-tuyen-truyen"
        })
        #expect(warning.details["units"] as? [String] == ["UBND xã Chỉ Tử Số", "UBND xã Chỉ Mẫu Số"])
        #expect(warning.details["used"] as? Int == 1 && warning.details["reported"] as? Int == 3)
        let out = try object(dir.appendingPathComponent("out.json"))
        // The rate is An Thạnh's alone (11/12), and the note names the other two.
        #expect(((out["values"] as? [String: Any])?["i.3.ty-le-tuyen-truyen"] as? [String: Any])?["numerator"] as? Int == 11)
        let note = try #require((out["notes"] as? [String: Any])?["i.3.ty-le-tuyen-truyen"] as? String)
        #expect(note.contains("1/3") && note.contains("UBND xã Chỉ Tử Số") && note.contains("UBND xã Chỉ Mẫu Số"), "\(note)")
    }

    @Test("--roster with a .json output: the reporting status is carried, and fill and the next level accept it")
    func rosterJSON() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let examples = CLI.root.appendingPathComponent("examples/roster")
        let result = try CLI.run(["consolidate", examples.appendingPathComponent("2025").path, "--roster",
                                  examples.appendingPathComponent("phu-an.json").path, "-o", "tinh.json", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLI.findings(result).map(\.code) == [FindingCode.statusNotExpected.rawValue])
        let out = try object(dir.appendingPathComponent("tinh.json"))
        let status = try #require((out["consolidated"] as? [String: Any])?["status"] as? [String: Any])
        #expect(status["year"] as? Int == 2025 && status["expected"] as? Int == 4 && status["received"] as? Int == 3 && status["missing"] as? Int == 1)
        let groups = try #require(status["groups"] as? [[String: Any]])
        let missing = groups.flatMap { ($0["missingUnits"] as? [[String: Any]]) ?? [] }
        #expect(missing.map { $0["name"] as? String } == ["UBND xã Long Điền"])
        #expect(missing.map { $0["code"] as? String } == ["PA-X04"])
        let notCounted = try #require(status["notCounted"] as? [[String: Any]])
        #expect(notCounted.map { $0["reason"] as? String } == [FindingCode.statusNotExpected.rawValue])
        #expect(notCounted.allSatisfy { ($0["file"] as? String)?.hasPrefix("/") == false })
        #expect(try CLI.run(["validate", "tinh.json"], in: dir).status == 0)
        #expect(try CLI.run(["fill", "tinh.json", "-o", "tinh.xlsx"], in: dir).status == 0)
        var other = out
        other["unit"] = ["name": "Tỉnh Bình An"]
        try JSONSerialization.data(withJSONObject: other).write(to: dir.appendingPathComponent("tinh-2.json"))
        let up = try CLI.run(["consolidate", "tinh.json", "tinh-2.json", "-o", "vung.json", "--unit", "Vùng"], in: dir)
        #expect(up.status == 0, "\(up.stderr)")
        let region = try object(dir.appendingPathComponent("vung.json"))
        #expect((region["consolidated"] as? [String: Any])?["units"] as? Int == 6)
    }

    @Test("--roster: only the units the roster expects are consolidated, in its order; Tình hình báo cáo names the missing one")
    func roster() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let examples = CLI.root.appendingPathComponent("examples/roster")
        let result = try CLI.run(["consolidate", examples.appendingPathComponent("2025").path, "--roster",
                                  examples.appendingPathComponent("phu-an.json").path, "-o", "tinh.xlsx", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // The commune that ended on 30/6/2025 is not counted for 2025: a warning, and not among the units.
        let findings = try CLI.findings(result)
        #expect(findings.map(\.code) == [FindingCode.statusNotExpected.rawValue])
        let book = try XLSXFile(url: dir.appendingPathComponent("tinh.xlsx"))
        #expect(book.worksheetNames == ["Bảng 2", "Chi tiết theo đơn vị", "Tình hình báo cáo", "Kiểm tra"])
        let detail = try #require(book.sheet("Chi tiết theo đơn vị"))
        // The units' heads (row 5), in the roster's order, each as its input names it.
        #expect(detail.cells(inRow: 4).compactMap(\.text) == ["UBND phường Phú Thạnh", "UBND xã Phú Mỹ", "Ủy ban nhân dân xã Tân Hoà", "Tổng hợp"])
        let status = try #require(book.sheet("Tình hình báo cáo"))
        let texts = status.cells.values.compactMap(\.text)
        #expect(texts.contains("UBND xã Long Điền") && texts.contains("Còn thiếu"))
        // A unit the roster does not know stops the run unless --allow-errors.
        let stranger = try commune(try #require(try FileManager.default.contentsOfDirectory(atPath: Self.district).sorted().first { $0.hasSuffix(".json") }),
                                   into: dir, as: "la.json") { object in
            object["unit"] = ["name": "UBND xã Không Có", "province": "Tỉnh Phú An"]
            object["period"] = ["year": 2025]
        }
        let refused = try CLI.run(["consolidate", examples.appendingPathComponent("2025").path, stranger, "--roster",
                                   examples.appendingPathComponent("phu-an.json").path, "-o", "tinh-2.xlsx"], in: dir)
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("tinh-2.xlsx").path))
    }

    @Test("the example district to .xlsx: the form, the per-unit sheet and the checks; warnings listed with codes")
    func xlsx() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", Self.district, "-o", "huyen.xlsx", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try CLI.findings(result)
        #expect(findings.contains { $0.code == FindingCode.consolidateRateWithoutCounts.rawValue && $0["row"] as? String == "i.3.ty-le-tuyen-truyen" })
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("huyen.xlsx").path))
    }

    @Test("a unit twice, mixed templates, mixed periods: refused naming both files, nothing written")
    func refusals() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = URL(fileURLWithPath: Self.district).appendingPathComponent("an-thanh.json").path
        let twice = try commune("an-thanh.json", into: dir, as: "an-thanh-lan-2.json") { object in
            object["unit"] = ["name": "ubnd  XÃ AN THẠNH", "province": "Tỉnh Phú An"]
        }
        let otherYear = try commune("phu-binh.json", into: dir, as: "phu-binh-2022.json") { $0["period"] = ["year": 2022] }
        let other = CLI.root.appendingPathComponent("examples/muc-tieu-30c.json").path
        for (second, code, key) in [(twice, FindingCode.consolidateDuplicateUnit, "other_file"),
                                    (otherYear, .consolidateMixedPeriods, "other_file"),
                                    (other, .consolidateMixedTemplates, "other_file")] {
            let result = try CLI.run(["consolidate", first, second, "-o", "out.json", "--format", "json"], in: dir)
            #expect(result.status == 1, "\(code): \(result.stdout)")
            let findings = try CLI.findings(result).filter { $0.code == code.rawValue }
            #expect(findings.count == 1, "\(result.stdout)")
            #expect(findings.first?["file"] as? String == second)
            #expect(findings.first?.details[key] as? String == first)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
        }
    }

    static let submissions = CLI.root.appendingPathComponent("examples/tong-hop-bo").path

    @Test("submissions to .json: each appendix consolidated over the units that have it, as the single forms are; submit reads it once signed; one level up")
    func submissionsJSON() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", Self.submissions, "-o", "huyen.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let out = try object(dir.appendingPathComponent("huyen.json"))
        let appendices = try #require(out["appendices"] as? [[String: Any]])
        #expect(appendices.map { $0["template"] as? String } == ["can-bo-dau-moi", "bang2-nam"])
        // Bảng 2 over the three communes that sent it, figure for figure as their single forms give it.
        let forms = ["an-thanh.json", "hoa-lac-dong.json", "phu-binh.json"].map { URL(fileURLWithPath: Self.district).appendingPathComponent($0).path }
        let single = try CLI.run(["consolidate"] + forms + ["-o", "bang2.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(single.status == 0, "\(single.stderr)")
        let expected = try object(dir.appendingPathComponent("bang2.json"))
        let data = try #require(appendices[1]["data"] as? [String: Any])
        for key in ["values", "notes", "consolidated"] {
            #expect(NSDictionary(dictionary: try #require(expected[key] as? [String: Any])).isEqual(to: try #require(data[key] as? [String: Any])),
                    "\(key) differs")
        }
        let sources = try #require(data["sources"] as? [[String: Any]])
        #expect(sources.compactMap { $0["file"] as? String }.map { ($0 as NSString).lastPathComponent } == ["an-thanh.json", "hoa-lac-dong.json", "phu-binh.json"])
        // Bảng 1 over all four; a contact table is listed per unit, with each unit's name.
        let contacts = try #require((appendices[0]["data"] as? [String: Any])?["consolidated"] as? [String: Any])
        #expect(contacts["units"] as? Int == 4)
        // The report and the signer are the parent's to fill in: until then, exactly those are errors.
        let validate = try CLI.run(["validate", "huyen.json", "--format", "json"], in: dir)
        #expect(validate.status == 1)
        let errors = try CLI.findings(validate).filter { $0["severity"] as? String == "error" }
        #expect(Set(errors.compactMap { $0["path"] as? String }) == ["$.report.date", "$.signer.title", "$.signer.name"], "\(validate.stdout)")
        var signed = out
        signed["report"] = ["number": "12/BC-UBND", "date": "2024-01-08", "title": "Báo cáo tổng hợp kết quả CCHC năm 2023"]
        signed["signer"] = ["title": "CHỦ TỊCH", "name": "Nguyễn Văn Mười"]
        try JSONSerialization.data(withJSONObject: signed).write(to: dir.appendingPathComponent("huyen-ky.json"))
        let submit = try CLI.run(["submit", "huyen-ky.json", "-o", "huyen-ky.xlsx"], in: dir)
        #expect(submit.status == 0, "\(submit.stderr)")
        // One level up: two districts' signed submissions.
        var other = signed
        other["unit"] = ["name": "UBND huyện Phú Thạnh"]
        try JSONSerialization.data(withJSONObject: other).write(to: dir.appendingPathComponent("huyen-2.json"))
        let up = try CLI.run(["consolidate", "huyen-ky.json", "huyen-2.json", "-o", "tinh.json", "--unit", "UBND tỉnh Phú An"], in: dir)
        #expect(up.status == 0, "\(up.stderr)")
        let province = try #require(try object(dir.appendingPathComponent("tinh.json"))["appendices"] as? [[String: Any]])
        #expect(province.map { (($0["data"] as? [String: Any])?["consolidated"] as? [String: Any])?["units"] as? Int } == [8, 6])
        let total = try #require((province[1]["data"] as? [String: Any])?["values"] as? [String: Any])
        #expect(total["i.1.nhiem-vu-de-ra"] as? Int == 2 * (try #require((expected["values"] as? [String: Any])?["i.1.nhiem-vu-de-ra"] as? Int)))
    }

    @Test("submissions to .xlsx: per appendix the form and its per-unit sheet, then Kiểm tra; LibreOffice recalculates every formula")
    func submissionsXLSX() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", Self.submissions, "-o", "huyen.xlsx", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let url = dir.appendingPathComponent("huyen.xlsx")
        let book = try XLSXFile(url: url)
        #expect(book.worksheetNames == ["Bảng 1", "Chi tiết theo đơn vị (Bảng 1)", "Bảng 2", "Chi tiết theo đơn vị (Bảng 2)", "Kiểm tra"])
        #expect(book.worksheetNames.allSatisfy { $0.utf16.count <= 31 })
        let detail = try #require(book.sheet("Chi tiết theo đơn vị (Bảng 2)"))
        #expect(detail.cells(inRow: 4).compactMap(\.text) == ["UBND xã An Thạnh", "UBND xã Hòa Lạc Đông", "UBND xã Phú Bình", "Tổng hợp"])
        let contacts = try #require(book.sheet("Chi tiết theo đơn vị (Bảng 1)"))
        #expect(contacts.cells.values.compactMap(\.text).contains("UBND xã Hòa Lạc Tây"))
        let recalculation = try LibreOffice.recalculationDifferences(of: url, sheets: ["Bảng 2", "Chi tiết theo đơn vị (Bảng 2)"])
        #expect(recalculation.differences.isEmpty, "\(recalculation.differences.prefix(10))")
        #expect(recalculation.formulas > 100)
        // The same inputs give the same bytes (written again under the same name, elsewhere).
        let again = dir.appendingPathComponent("lai")
        try FileManager.default.createDirectory(at: again, withIntermediateDirectories: true)
        #expect(try CLI.run(["consolidate", Self.submissions, "-o", "huyen.xlsx", "--unit", "UBND huyện Hòa Lạc"], in: again).status == 0)
        #expect(try Data(contentsOf: url) == Data(contentsOf: again.appendingPathComponent("huyen.xlsx")))
    }

    @Test("submission workbooks (of cchc submit) give what their JSON gives; with --roster, Tình hình báo cáo follows the forms")
    func submissionWorkbooks() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.submissions).filter { $0.hasSuffix(".json") }.sorted()
        var workbooks: [String] = []
        for name in names {
            let target = dir.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".xlsx")).path
            let submit = try CLI.run(["submit", URL(fileURLWithPath: Self.submissions).appendingPathComponent(name).path, "-o", target, "-q"], in: dir)
            #expect(submit.status == 0, "\(submit.stderr)")
            workbooks.append(target)
        }
        let fromWorkbooks = try CLI.run(["consolidate"] + workbooks + ["-o", "tu-excel.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(fromWorkbooks.status == 0, "\(fromWorkbooks.stderr)")
        let fromJSON = try CLI.run(["consolidate", Self.submissions, "-o", "tu-json.json", "--unit", "UBND huyện Hòa Lạc"], in: dir)
        #expect(fromJSON.status == 0, "\(fromJSON.stderr)")
        let a = try #require(try object(dir.appendingPathComponent("tu-excel.json"))["appendices"] as? [[String: Any]])
        let b = try #require(try object(dir.appendingPathComponent("tu-json.json"))["appendices"] as? [[String: Any]])
        #expect(a.count == 2 && b.count == 2)
        for (x, y) in zip(a, b) {
            let dx = try #require(x["data"] as? [String: Any]), dy = try #require(y["data"] as? [String: Any])
            for key in ["values", "notes", "consolidated"] {
                #expect(NSDictionary(dictionary: dx[key] as? [String: Any] ?? [:]).isEqual(to: dy[key] as? [String: Any] ?? [:]), "\(x["template"] ?? ""): \(key)")
            }
        }
        // The 2025 units of the example roster, each as a submission of its Bảng 2.
        let roster = CLI.root.appendingPathComponent("examples/roster")
        let year = roster.appendingPathComponent("2025")
        let bundle = dir.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: year.path).filter({ $0.hasSuffix(".json") }).sorted() {
            let form = try object(year.appendingPathComponent(name))
            let data = form.filter { ["values", "notes"].contains($0.key) }
            let submission: [String: Any] = ["unit": form["unit"] ?? [:], "period": form["period"] ?? [:],
                                             "report": ["number": "1/BC-UBND", "date": "2025-12-16"], "signer": ["title": "CHỦ TỊCH", "name": "Người Ký"],
                                             "appendices": [["template": form["template"] ?? "", "data": data]]]
            try JSONSerialization.data(withJSONObject: submission).write(to: bundle.appendingPathComponent(name))
        }
        let result = try CLI.run(["consolidate", bundle.path, "--roster", roster.appendingPathComponent("phu-an.json").path, "-o", "tinh.xlsx",
                                  "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try CLI.findings(result).map(\.code) == [FindingCode.statusNotExpected.rawValue])
        let book = try XLSXFile(url: dir.appendingPathComponent("tinh.xlsx"))
        #expect(book.worksheetNames == ["Bảng 2", "Chi tiết theo đơn vị (Bảng 2)", "Tình hình báo cáo", "Kiểm tra"])
        let status = try #require(book.sheet("Tình hình báo cáo"))
        #expect(status.cells.values.compactMap(\.text).contains("UBND xã Long Điền"))
    }

    @Test("submissions: a single form among them (or the reverse), a unit twice, another year: refused naming both files, nothing written")
    func submissionRefusals() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = URL(fileURLWithPath: Self.submissions).appendingPathComponent("an-thanh.json").path
        let form = URL(fileURLWithPath: Self.district).appendingPathComponent("an-thanh.json").path
        for (inputs, file, other, submission) in [([first, form], form, first, false), ([form, first], first, form, true)] {
            let result = try CLI.run(["consolidate"] + inputs + ["-o", "out.json", "--format", "json"], in: dir)
            #expect(result.status == 1)
            let finding = try CLI.findings(result).first { $0.code == FindingCode.consolidateSubmission.rawValue }
            #expect(finding?["file"] as? String == file && finding?.details["other_file"] as? String == other)
            #expect(finding?.details["submission"] as? Bool == submission)
        }
        func copy(_ name: String, change: (inout [String: Any]) -> Void) throws -> String {
            var object = try self.object(URL(fileURLWithPath: Self.submissions).appendingPathComponent("hoa-lac-tay.json"))
            change(&object)
            let url = dir.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object).write(to: url)
            return url.path
        }
        // Hòa Lạc Tây sent no Bảng 2: a second submission of An Thạnh made from it shares no
        // appendix with the first but Bảng 1, and is still the same unit.
        let twice = try copy("an-thanh-2.json") { $0["unit"] = ["name": "UBND xã An Thạnh", "province": "Tỉnh Phú An"] }
        let otherYear = try copy("hoa-lac-tay-2022.json") { $0["period"] = ["year": 2022] }
        for (second, code) in [(twice, FindingCode.consolidateDuplicateUnit), (otherYear, .consolidateMixedPeriods)] {
            let result = try CLI.run(["consolidate", first, second, "-o", "out.xlsx", "--format", "json"], in: dir)
            #expect(result.status == 1, "\(code)")
            let findings = try CLI.findings(result).filter { $0.code == code.rawValue }
            #expect(findings.first?["file"] as? String == second && findings.first?.details["other_file"] as? String == first, "\(result.stdout)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.xlsx").path))
        }
    }

    @Test("an output that is neither .json nor .xlsx, or an input itself, is refused before anything is read")
    func outputs() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try CLI.run(["consolidate", Self.district, "-o", "out.csv"], in: dir)
        #expect(csv.status == 2)
        let input = try commune("an-thanh.json", into: dir, as: "a.json") { _ in }
        let over = try CLI.run(["consolidate", input, "-o", input], in: dir)
        #expect(over.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)).count > 100)
    }
}
