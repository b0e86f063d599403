import Foundation
import Model
import Testing

/// `cchc export`, and every command that takes an input given an entry workbook instead.
@Suite("export and workbook inputs")
struct ExportCLITests {
    /// A directory with a fresh entry workbook of bang2-nam for 2023 (`form.xlsx`).
    func form() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["init", "bang2-nam", "--year", "2023", "-o", "form.xlsx"], in: dir)
        #expect(result.status == 0)
        return dir
    }

    @Test("export prints the input a blank entry workbook holds; -o writes the same text; -o the workbook itself is refused")
    func export() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let printed = try CLI.run(["export", "form.xlsx"], in: dir)
        #expect(printed.status == 0)
        #expect(printed.stdout == """
            {
              "template": "bang2-nam",
              "unit": {},
              "period": { "year": 2023 },
              "values": {}
            }

            """)
        let written = try CLI.run(["export", "form.xlsx", "-o", "form.json"], in: dir)
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: dir.appendingPathComponent("form.json"), encoding: .utf8) == printed.stdout)
        let same = try CLI.run(["export", "form.xlsx", "-o", "./form.xlsx"], in: dir)
        #expect(same.status == 2)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("form.xlsx").path))
    }

    @Test("export of what is no workbook exits 2 with its finding: a JSON file")
    func unreadable() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try CLI.run(["export", CLI.root.appendingPathComponent("examples/bang2-nam.json").path, "-o", "x.json"], in: dir)
        #expect(json.status == 2)
        #expect(json.stderr.contains("cchc: "))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
    }

    /// A Python 3 with openpyxl (`scripts/install-deps.sh test`), to edit a workbook as a person would.
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { path in
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        return (try? CLI.runProgram(URL(fileURLWithPath: path), ["-c", "import openpyxl"]).status) == 0
    }

    @Test("fill of last year's fill output, edited (a value changed, a row inserted above it), gives the new value and keeps the others")
    func refill() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["fill", CLI.example("bang2-nam.json"), "-o", "2021.xlsx"], in: dir).status == 0)
        let python = try #require(Self.python, "no python3 with openpyxl: run scripts/install-deps.sh test")
        let script = """
            # -*- coding: utf-8 -*-
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Bảng 2"]
            for row in ws.iter_rows():
                if row[1].value == "Số nhiệm vụ đề ra trong kế hoạch":
                    r = row[1].row
                    ws.insert_rows(r)
                    ws.cell(row=r + 1, column=4).value = 45
                    break
            else:
                sys.exit("no row")
            wb.save(sys.argv[2])
            """
        try Data(script.utf8).write(to: dir.appendingPathComponent("sua.py"))
        let edit = try CLI.runProgram(URL(fileURLWithPath: python), ["sua.py", "2021.xlsx", "sua.xlsx"], in: dir)
        #expect(edit.status == 0, "\(edit.stderr)")
        let refilled = try CLI.run(["fill", "sua.xlsx", "-o", "2022.xlsx"], in: dir)
        #expect(refilled.status == 0, "\(refilled.stderr)")
        let before = try CLI.run(["export", "2021.xlsx"], in: dir), after = try CLI.run(["export", "2022.xlsx"], in: dir)
        #expect(before.status == 0 && after.status == 0)
        let old = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        var new = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        var values = try #require(new["values"] as? [String: Any])
        #expect(values["i.1.nhiem-vu-de-ra"] as? Int == 45)
        #expect((old["values"] as? [String: Any])?["i.1.nhiem-vu-de-ra"] as? Int == 42)
        values["i.1.nhiem-vu-de-ra"] = (old["values"] as? [String: Any])?["i.1.nhiem-vu-de-ra"]
        new["values"] = values
        #expect(NSDictionary(dictionary: new).isEqual(to: old), "\(after.stdout)")
    }

    @Test("export of a submit output gives the submission: its unit, report, signer, recipients, and each appendix's values and notes")
    func submitOutput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["submit", CLI.example("bao-cao-nam/submission.json"), "-o", "nop.xlsx"], in: dir).status == 0)
        let exported = try CLI.run(["export", "nop.xlsx"], in: dir)
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect((document["unit"] as? [String: Any])?["name"] as? String == "UBND huyện Tân Hòa Đông")
        #expect((document["report"] as? [String: Any])?["number"] as? String == "215/BC-UBND")
        #expect((document["report"] as? [String: Any])?["date"] as? String == "2021-12-20")
        #expect((document["report"] as? [String: Any])?["issuer"] as? [String] == ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN HÒA ĐÔNG"])
        #expect((document["signer"] as? [String: String]) == ["onBehalf": "TM. ỦY BAN NHÂN DÂN", "signingFor": "KT. CHỦ TỊCH",
                                                              "title": "PHÓ CHỦ TỊCH", "name": "Trần Minh Khôi"])
        #expect((document["recipients"] as? [String])?.first == "Sở Nội vụ tỉnh Phú An;")
        // What the cover gives back is a whole submission: it checks clean and is submitted again.
        #expect(try CLI.run(["validate", "nop.xlsx"], in: dir).status == 0)
        let appendices = try #require(document["appendices"] as? [[String: Any]])
        #expect(appendices.map { $0["template"] as? String } == ["can-bo-dau-moi", "bang2-nam"])
        let bang2 = try #require(appendices.last?["data"] as? [String: Any])
        let example = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.example("bang2-nam.json")))) as? [String: Any])
        let exampleValues = try #require(example["values"] as? [String: Any]), values = try #require(bang2["values"] as? [String: Any])
        #expect(values["i.5.so-phieu"] as? Int == 1130)
        #expect(Set(values.keys) == Set(exampleValues.keys.filter { !$0.hasPrefix("//") }))
        #expect(bang2["notes"] as? [String: String] == example["notes"] as? [String: String])
    }

    @Test("validate of a workbook locates findings by sheet and cell (text and JSON formats)")
    func validate() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["validate", "form.xlsx", "--format", "json"], in: dir)
        #expect(result.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let missingName = try #require(findings.first { $0["code"] as? String == "input.missing" })
        #expect(missingName["sheet"] as? String == "Hướng dẫn")
        #expect(missingName["cell"] as? String == "B6")
        let text = try CLI.run(["validate", "form.xlsx"], in: dir)
        #expect(text.stdout.hasPrefix("form.xlsx: Hướng dẫn!B6: "))
    }

    @Test("fill of a workbook writes <name>-fill.xlsx, the same bytes as fill of the JSON it exports")
    func fill() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["export", "form.xlsx", "-o", "form.json"], in: dir).status == 0)
        let fromWorkbook = try CLI.run(["fill", "form.xlsx", "--allow-errors"], in: dir)
        #expect(fromWorkbook.status == 0)
        let fromJSON = try CLI.run(["fill", "form.json", "--allow-errors", "-o", "json.xlsx"], in: dir)
        #expect(fromJSON.status == 0)
        let a = try Data(contentsOf: dir.appendingPathComponent("form-fill.xlsx"))
        let b = try Data(contentsOf: dir.appendingPathComponent("json.xlsx"))
        #expect(a == b)
    }

    @Test("a directory of inputs gives fill its .json and .xlsx inputs, never the workbooks a run writes")
    func directory() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("form.xlsx"), to: inputs.appendingPathComponent("form.xlsx"))
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("examples/bang2-nam.json"),
                                        to: inputs.appendingPathComponent("bang2-nam.json"))
        let first = try CLI.run(["fill", "in", "-o", "in", "--allow-errors"], in: dir)
        #expect(first.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted()
        #expect(names == ["bang2-nam.json", "bang2-nam.xlsx", "form-fill.xlsx", "form.xlsx"])
        let second = try CLI.run(["fill", "in", "-o", "in", "--allow-errors"], in: dir)
        #expect(second.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted() == names)
    }

    @Test("a submission's entry workbook reads as a submission: validate and submit take it")
    func submission() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "--submission", "bang2-nam", "can-bo-dau-moi", "--year", "2023", "-o", "bao-cao.xlsx"], in: dir).status == 0)
        let exported = try CLI.run(["export", "bao-cao.xlsx"], in: dir)
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("\"appendices\": ["))
        let validate = try CLI.run(["validate", "bao-cao.xlsx", "--format", "json"], in: dir)
        #expect(validate.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [[String: Any]])
        #expect(findings.contains { $0["sheet"] as? String == "Thông tin chung" && $0["code"] as? String == "input.missing" })
        let submit = try CLI.run(["submit", "bao-cao.xlsx", "-o", "out.xlsx"], in: dir)
        #expect(submit.status == 1)
        #expect(submit.stderr.contains("Thông tin chung!"))
    }

    @Test("a submission's appendix file may be an entry workbook: its findings name it, by sheet and cell")
    func appendixWorkbook() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let submission = """
            { "unit": { "name": "UBND huyện Tân Hòa" }, "period": { "year": 2023 },
              "report": { "number": "12/BC-UBND", "date": "2023-12-20" }, "signer": { "title": "CHỦ TỊCH", "name": "Nguyễn Văn An" },
              "appendices": [ { "template": "bang2-nam", "file": "form.xlsx" } ] }
            """
        try Data(submission.utf8).write(to: dir.appendingPathComponent("bao-cao.json"))
        let result = try CLI.run(["validate", "bao-cao.json", "--format", "json"], in: dir)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!findings.contains { $0["code"] as? String == "submission.appendix-unreadable" })
        #expect(findings.contains { ($0["file"] as? String)?.hasSuffix("form.xlsx") == true && $0["sheet"] as? String == "Hướng dẫn" })
    }

    @Test("diff compares a workbook with a JSON file")
    func diff() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["export", "form.xlsx", "-o", "form.json"], in: dir).status == 0)
        let result = try CLI.run(["diff", "form.json", "form.xlsx", "--allow-errors", "--format", "json"], in: dir)
        #expect(result.status == 0)
    }
}
