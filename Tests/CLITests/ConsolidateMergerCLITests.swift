import Foundation
import Model
import Testing
import XLSXReader

/// `cchc consolidate --as <code> --roster <roster>`: the 2024 history of xã Phú Mỹ (PA-X02, formed
/// on 1/7/2025 of the whole of xã Phú Mỹ Tây and 60 % of xã Bình Lâm) from the example inputs,
/// to .json (diffed with the unit's own 2025 input) and to .xlsx (read back by the independent
/// reader, recalculated by LibreOffice); a missing predecessor, a unit that is not one, a
/// per-year form across its years, and the errors of use.
@Suite("consolidate --as")
struct ConsolidateMergerCLITests {
    static let roster = CLI.example("roster/phu-an.json")
    static let inputs = CLI.example("roster/phu-my-2024")

    /// The `values` of an example input, read with Foundation's JSON parser.
    func values(_ file: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.inputs + "/" + file))) as? [String: Any]
        return try #require(object?["values"] as? [String: Any])
    }

    /// 60 % of a count, half up, in whole numbers.
    func part(_ count: Int) -> Int { (count * 60 + 50) / 100 }

    @Test("the example to .json: the new unit with its code, the sums with 60 % of xã Bình Lâm, the sources with shares; diff with 2025")
    func json() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs, "-o", "phu-my-2024.json",
                                  "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try CLI.findings(result)
        // The part of xã Bình Lâm: one warning naming its file and the rows it enters.
        #expect(findings.map(\.code) == [FindingCode.mergerEstimate.rawValue])
        #expect(findings.first?["file"] as? String == Self.inputs + "/binh-lam.json")
        #expect(findings.first?.detail("share") == 0.6)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("phu-my-2024.json"))) as? [String: Any])
        let unit = try #require(object["unit"] as? [String: Any])
        #expect(unit["name"] as? String == "UBND xã Phú Mỹ" && unit["code"] as? String == "PA-X02")
        let sources = try #require(object["sources"] as? [[String: Any]])
        // In the roster's order (the files are read in name order), with code, share and whether an estimate.
        #expect(sources.map { $0["code"] as? String } == ["PA-PTD-03", "PA-PTD-04"])
        #expect(sources.map { ($0["share"] as? NSNumber)?.doubleValue } == [1, 0.6])
        #expect(sources.map { $0["estimate"] as? Bool } == [false, true])
        #expect(sources.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        // The figures: Phú Mỹ Tây's whole, Bình Lâm's at 60 %, rates from the summed counts.
        let tay = try values("phu-my-tay.json"), lam = try values("binh-lam.json")
        let got = try #require(object["values"] as? [String: Any])
        for row in ["i.1.nhiem-vu-de-ra", "i.1.nhiem-vu-hoan-thanh", "i.5.so-phieu"] {
            let expected = try #require(tay[row] as? Int) + part(try #require(lam[row] as? Int))
            #expect(got[row] as? Int == expected, "\(row)")
        }
        let rate = try #require(got["i.3.ty-le-tuyen-truyen"] as? [String: Any])
        let tayRate = try #require(tay["i.3.ty-le-tuyen-truyen"] as? [String: Int]), lamRate = try #require(lam["i.3.ty-le-tuyen-truyen"] as? [String: Int])
        #expect(rate["numerator"] as? Int == tayRate["numerator"]! + part(lamRate["numerator"]!))
        #expect(rate["denominator"] as? Int == tayRate["denominator"]! + part(lamRate["denominator"]!))
        let notes = try #require(object["notes"] as? [String: String])
        #expect(notes["i.1.nhiem-vu-de-ra"] == "Ước tính: gồm 60 % số liệu của UBND xã Bình Lâm")
        // The coded answers are tallied over the predecessors, not scaled: no estimate on them.
        #expect(notes["i.6"] == "Có: 1/2 đơn vị; Không: 1/2 đơn vị")
        // Year on year: the history against the unit's own 2025 report.
        let diff = try CLI.run(["diff", "phu-my-2024.json", CLI.example("roster/2025/phu-my.json"), "--format", "json"], in: dir)
        #expect(diff.status == 0, "\(diff.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [[String: Any]])
        let planned = try #require(rows.first { $0["id"] as? String == "i.1.nhiem-vu-de-ra" })
        #expect(planned["status"] as? String == "changed")
        #expect(planned["old"] as? Int == (got["i.1.nhiem-vu-de-ra"] as? Int))
        #expect(planned["new"] as? Int == 11)
        let satisfied = try #require(rows.first { $0["id"] as? String == "i.5.ty-le-hai-long" })
        #expect((satisfied["old_counts"] as? [String: Int])?["denominator"] == (got["i.5.so-phieu"] as? Int))
    }

    @Test("the example to .xlsx: the form, the per-unit sheet with the part marked, Đơn vị tiền thân; LibreOffice recalculates it")
    func xlsx() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs, "-o", "phu-my-2024.xlsx"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 1 && result.lines[0].contains("2/2 đơn vị tiền thân"))
        let url = dir.appendingPathComponent("phu-my-2024.xlsx")
        let book = try XLSXFile(url: url)
        #expect(book.worksheetNames == ["Bảng 2", "Chi tiết theo đơn vị", "Đơn vị tiền thân", "Kiểm tra"])
        let detail = try #require(book.sheet("Chi tiết theo đơn vị"))
        #expect(detail.cells(inRow: 4).compactMap(\.text) == ["UBND xã Phú Mỹ Tây", "UBND xã Bình Lâm", "Tổng hợp"])
        // Bình Lâm's column head (E5) says its figures are an estimate.
        #expect(detail.comments["E5"]?.contains("Ước tính: 60 %") == true)
        #expect(detail.comments["D5"] == nil)
        let predecessors = try #require(book.sheet("Đơn vị tiền thân"))
        let rows = (3...4).map { row in predecessors.cells(inRow: row).map { $0.text ?? $0.number.map { String($0) } ?? "" } }
        #expect(rows[0].prefix(5) == ["1.0", "PA-PTD-03", "UBND xã Phú Mỹ Tây", "1.0", "Toàn bộ đơn vị"])
        #expect(rows[1].prefix(5) == ["2.0", "PA-PTD-04", "UBND xã Bình Lâm", "0.6", "Ước tính theo tỷ lệ"])
        let texts = predecessors.cells.values.compactMap(\.text)
        #expect(texts.contains { $0.hasPrefix("Số liệu lịch sử đầy đủ") })
        #expect(predecessors.pageSetup["paperSize"] == "9" && predecessors.pageSetup["orientation"] == "landscape")
        // The form: the planned tasks a SUM over the per-unit sheet, cached with 6 + 60 % of 7.
        let form = try #require(book.sheet("Bảng 2"))
        let sums = form.cells.values.filter { $0.formula?.contains("SUM('Chi tiết theo đơn vị'!") == true }
        #expect(sums.contains { $0.number == Double(6 + part(7)) })
        #expect(form.cells.values.contains { $0.text == "Ước tính: gồm 60 % số liệu của UBND xã Bình Lâm" })
        // Every formula recalculates to its cached value.
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let recalculation = try LibreOffice.recalculationDifferences(of: url, sheets: ["Bảng 2", "Chi tiết theo đơn vị"])
        #expect(recalculation.differences.isEmpty, "\(recalculation.differences.prefix(10))")
        #expect(recalculation.formulas > 100)
        // The same inputs give the same bytes (written again in another directory at the same depth).
        let other = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        let again = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs, "-o", "phu-my-2024.xlsx", "-q"], in: other)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: url) == Data(contentsOf: other.appendingPathComponent("phu-my-2024.xlsx")))
    }

    @Test("a predecessor without a report: a warning naming it, the history written and said to be partial")
    func missing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs + "/phu-my-tay.json",
                                  "-o", "phu-my.xlsx", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try CLI.findings(result)
        let missing = try #require(findings.first { $0.code == FindingCode.mergerMissingPredecessor.rawValue })
        #expect(missing.details["code"] as? String == "PA-PTD-04" && missing.detail("share") == 0.6)
        #expect(missing["severity"] as? String == "warning")
        let book = try XLSXFile(url: dir.appendingPathComponent("phu-my.xlsx"))
        let texts = try #require(book.sheet("Đơn vị tiền thân")).cells.values.compactMap(\.text)
        #expect(texts.contains("Thiếu báo cáo"))
        #expect(texts.contains { $0.hasPrefix("Số liệu lịch sử CHƯA ĐẦY ĐỦ: thiếu báo cáo của 1 đơn vị tiền thân") })
        // No figure of the missing part is counted, so nothing is an estimate.
        #expect(!texts.contains { $0.hasPrefix("Số liệu ước tính") })
        let check = try #require(book.sheet("Kiểm tra")).cells.values.compactMap(\.text)
        #expect(check.contains("Phần nhập vào = 60 %"))
    }

    @Test("a unit that is not a predecessor: an error naming the file, nothing written (unless --allow-errors)")
    func stranger() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = CLI.example("roster/2024/tan-hoa.json")
        let result = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs, other, "-o", "out.json",
                                  "--format", "json"], in: dir)
        #expect(result.status == 1)
        let error = try #require(try CLI.findings(result).first { $0.code == FindingCode.mergerNotPredecessor.rawValue })
        #expect(error["file"] as? String == other)
        #expect(error.details["code"] as? String == "PA-THD-01" && error.details["asked"] as? String == "PA-X02")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
        let allowed = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", Self.inputs, other, "-o", "out.json",
                                   "--allow-errors", "-q"], in: dir)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.json"))) as? [String: Any]
        #expect((object?["sources"] as? [Any])?.count == 2)
    }

    @Test("a per-year form: every year column summed with the part of each predecessor, as computed here")
    func perYear() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = URL(fileURLWithPath: CLI.example("tong-ket-2011-2020.json"))
        var base = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
        base["comment"] = nil
        var files: [String] = []
        var series: [[String: [String: Int]]] = []
        for (index, (name, code)) in [("UBND xã Phú Mỹ Tây", "PA-PTD-03"), ("UBND xã Bình Lâm", "PA-PTD-04")].enumerated() {
            var object = base
            object["unit"] = ["name": name, "province": "Tỉnh Phú An", "code": code]
            // Each commune its own figures: the example's counts, the second one's doubled plus one.
            var values = try #require(object["values"] as? [String: Any])
            var counts: [String: [String: Int]] = [:]
            for row in ["1.tthc-ra-soat", "1.tthc-kien-nghi", "3.tiep-nhan"] {
                let years = try #require(values[row] as? [String: Int])
                counts[row] = years.mapValues { index == 0 ? $0 : 2 * $0 + 1 }
                values[row] = counts[row]
            }
            object["values"] = values
            series.append(counts)
            let path = dir.appendingPathComponent("xa-\(index).json")
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: path)
            files.append(path.path)
        }
        let result = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02"] + files + ["-o", "tong-ket.json", "-q"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("tong-ket.json"))) as? [String: Any])
        let got = try #require(object["values"] as? [String: Any])
        for (row, years) in series[0] {
            let byYear = try #require(got[row] as? [String: Int], "\(row)")
            #expect(byYear.count == years.count)
            for (year, whole) in years {
                #expect(byYear[year] == whole + part(series[1][row]![year]!), "\(row) \(year)")
            }
        }
        #expect((object["notes"] as? [String: String])?["1.tthc-ra-soat"]?.contains("Ước tính") == true)
    }

    @Test("--as without --roster, with a code the roster lacks, or with --unit: an error of use, exit 2")
    func usage() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let noRoster = try CLI.run(["consolidate", "--as", "PA-X02", Self.inputs, "-o", "out.json"], in: dir)
        #expect(noRoster.status == 2)
        #expect(noRoster.stderr.contains("--as cần danh mục đơn vị"))
        let unknown = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X99", Self.inputs, "-o", "out.json"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("\"PA-X99\""))
        let named = try CLI.run(["consolidate", "--roster", Self.roster, "--as", "PA-X02", "--unit", "UBND xã Khác", Self.inputs, "-o", "out.json"], in: dir)
        #expect(named.status == 2)
        #expect(named.stderr.contains("--unit"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
    }
}
