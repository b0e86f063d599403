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

    @Test("export of what is no entry workbook exits 2 with its finding: JSON, a fill output without map")
    func unreadable() throws {
        let dir = try form()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try CLI.run(["export", CLI.root.appendingPathComponent("examples/bang2-nam.json").path], in: dir)
        #expect(json.status == 2)
        #expect(json.stderr.contains("cchc: "))
        let filled = try CLI.run(["fill", CLI.root.appendingPathComponent("examples/bang2-nam.json").path, "-o", "filled.xlsx"], in: dir)
        #expect(filled.status == 0)
        let noMap = try CLI.run(["--lang", "en", "export", "filled.xlsx", "-o", "x.json"], in: dir)
        #expect(noMap.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
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
