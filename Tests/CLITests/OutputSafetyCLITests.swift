import Foundation
import Model
import Testing
import XLSXReader

/// No output replaces a file the run reads, two inputs never write one workbook, a read-only
/// workbook is not replaced, and a batch never dies of one input.
@Suite("outputs that would lose a file")
struct OutputSafetyCLITests {
    static let example = CLI.example("bang2-nam.json")

    /// The line `cchc` prints for an error `problem` about `file`.
    static func line(_ problem: Problem, file: String = "") -> String {
        "cchc: " + Catalogue.vietnamese.line(Finding(.error, problem, at: Location(file: file)))
    }

    /// The names in `directory`, hidden ones included, sorted.
    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("fill: two inputs of the same name write one workbook each or are refused, never one over the other")
    func sameNameInBatch() throws {
        let dir = try CLI.temporaryDirectory()
        for unit in ["huyen-a", "huyen-b"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(unit), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.example, toPath: dir.appendingPathComponent("\(unit)/bao-cao.json").path)
        }
        let result = try CLI.run(["fill", "huyen-a/bao-cao.json", "huyen-b/bao-cao.json", "-o", "out/"], in: dir)
        #expect(result.status == 1, "\(result.stderr)")
        let target = dir.appendingPathComponent("out").appendingPathComponent("bao-cao.xlsx").path
        #expect(result.errorLines.contains(Self.line(.outputNameShared(path: target, by: "huyen-a/bao-cao.json"), file: "huyen-b/bao-cao.json")),
                "\(result.stderr)")
        #expect(result.lines.count == 1 && result.lines[0].hasPrefix("huyen-a/bao-cao.json: "), "\(result.stdout)")
        #expect(result.errorLines.last?.hasPrefix("Đã ghi 1 tệp, 1 tệp lỗi") == true, "\(result.stderr)")
        #expect(try Self.names(dir.appendingPathComponent("out")) == ["bao-cao.xlsx"])
    }

    @Test("submit: the output may not replace its own appendix file, however its path is written")
    func appendixNamedLikeTheOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let appendix = dir.appendingPathComponent("bang2.xlsx")  // a fill input, though named like a workbook
        try FileManager.default.copyItem(atPath: Self.example, toPath: appendix.path)
        try Data(#"""
        {"unit": {"name": "UBND huyện Tân Hòa Đông", "province": "Tỉnh Phú An"}, "period": {"year": 2021},
         "report": {"number": "1/BC", "date": "2021-12-20"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "bang2-nam", "file": "bang2.xlsx"}]}
        """#.utf8).write(to: dir.appendingPathComponent("sub.json"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.xlsx").path, withDestinationPath: "bang2.xlsx")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("same").path, withDestinationPath: ".")
        let before = try Data(contentsOf: appendix)
        for output in ["bang2.xlsx", "./sub/../bang2.xlsx", dir.appendingPathComponent("bang2.xlsx").path, "link.xlsx", "same/bang2.xlsx"] {
            let result = try CLI.run(["submit", "sub.json", "-o", output, "--allow-errors"], in: dir)
            #expect(result.status == 2, "\(output): \(result.stderr)")
            #expect(result.errorLines.last == Self.line(.outputFailed(.replacesInput(path: output, input: "bang2.xlsx")), file: "sub.json"),
                    "\(output): \(result.stderr)")
            #expect(try Data(contentsOf: appendix) == before, "\(output)")
        }
        #expect(try Self.names(dir) == ["bang2.xlsx", "link.xlsx", "same", "sub", "sub.json"])
        // Another name is written.
        #expect(try CLI.run(["submit", "sub.json", "-o", "bao-cao.xlsx", "--allow-errors", "--quiet"], in: dir).status == 0)
    }

    @Test("fill: no output replaces another input of the batch, or a template")
    func inputsAndTemplates() throws {
        let dir = try CLI.temporaryDirectory()
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("templates"), to: templates)
        try FileManager.default.copyItem(atPath: Self.example, toPath: dir.appendingPathComponent("a.json").path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("t.xlsx").path, withDestinationPath: "templates/bang2-nam.json")
        let template = try Data(contentsOf: templates.appendingPathComponent("bang2-nam.json"))
        let result = try CLI.run(["fill", "a.json", "-o", "t.xlsx", "--templates", "templates"], in: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.errorLines.last == Self.line(.outputFailed(.replacesInput(path: "t.xlsx", input: templates.appendingPathComponent("bang2-nam.json").path)), file: "a.json"),
                "\(result.stderr)")
        #expect(try Data(contentsOf: templates.appendingPathComponent("bang2-nam.json")) == template)
        // In a batch, the workbook of a.json would replace b.xlsx, another input (a fill input, though named like a workbook).
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.example, toPath: dir.appendingPathComponent("x/a.xlsx").path)
        let input = try Data(contentsOf: dir.appendingPathComponent("x/a.xlsx"))
        let batch = try CLI.run(["fill", "a.json", "x/a.xlsx", "-o", "x", "--templates", "templates"], in: dir)
        #expect(batch.status == 1, "\(batch.stderr)")
        let target = dir.appendingPathComponent("x/a.xlsx").path
        #expect(batch.errorLines.contains(Self.line(.outputFailed(.replacesInput(path: target, input: "x/a.xlsx")), file: "a.json")),
                "\(batch.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("x/a.xlsx")) == input)
    }

    @Test("a read-only workbook is not replaced: a finding says so, and the file stays as it was")
    func readOnlyOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("bang2.xlsx")
        try Data("cũ".utf8).write(to: out)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: out.path)
        let result = try CLI.run(["fill", Self.example, "-o", out.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.errorLines == [Self.line(.outputFailed(.readOnly(out.path)))], "\(result.stderr)")
        #expect(try Data(contentsOf: out) == Data("cũ".utf8))
        #expect(try Self.names(dir) == ["bang2.xlsx"])
        // Made writable, it is replaced.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: out.path)
        #expect(try CLI.run(["fill", Self.example, "-o", out.path, "--quiet"]).status == 0)
        #expect(try XLSXFile(url: out).sheetNames == ["Bảng 2", "_cchc"])
    }

    @Test("an output name longer than the file system allows is a clear finding naming the file, and nothing is written")
    func nameTooLong() throws {
        let dir = try CLI.temporaryDirectory()
        // 100 Vietnamese letters of 3 bytes each: 300 bytes with the extension, over NAME_MAX (255).
        let name = String(repeating: "ệ", count: 98) + ".xlsx"
        let out = dir.appendingPathComponent(name).path
        for command in [["fill", Self.example], ["submit", CLI.example("bao-cao-nam/submission.json")]] {
            let result = try CLI.run(command + ["-o", out])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.errorLines == [Self.line(.outputFailed(.nameTooLong(path: out, length: name.utf8.count, limit: 255)))], "\(result.stderr)")
            #expect(try Self.names(dir) == [])
        }
    }

    @Test("a batch never dies of one input: per-year inputs without years next to good ones, with --allow-errors")
    func batchSurvives() throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.example("tong-ket-2011-2020.json"))))
            as? [String: Any] ?? [:]
        let bad: Set<Int> = [4, 19, 33]
        for i in 0..<40 {
            object["period"] = bad.contains(i) ? ["from": 2020, "to": 2018] as [String: Any] : ["from": 2011, "to": 2020, "cutoff": "2020-03-31"]
            try JSONSerialization.data(withJSONObject: object).write(to: inputs.appendingPathComponent(String(format: "u%03d.json", i)))
        }
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["fill", inputs.path, "-o", out.path, "--allow-errors", "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let written = try Self.names(out)
        #expect(written == (0..<40).filter { !bad.contains($0) }.map { String(format: "u%03d.xlsx", $0) })
        for i in bad {
            let file = inputs.appendingPathComponent(String(format: "u%03d.json", i)).path
            #expect(result.errorLines.contains(Self.line(.unwritable(.layout(template: "tong-ket-2011-2020", appendix: nil, flaw: .noValueColumns)), file: file)),
                    "\(result.stderr)")
        }
        #expect(result.errorLines.last?.hasPrefix("Đã ghi 37 tệp, 3 tệp lỗi") == true, "\(result.stderr)")
        for name in written { #expect(try XLSXFile(url: out.appendingPathComponent(name)).sheetNames == ["Phụ lục 2", "_cchc"]) }
    }
}
