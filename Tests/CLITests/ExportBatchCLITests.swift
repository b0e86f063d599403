import Foundation
import Model
import Testing

/// `cchc export` of many workbooks in one run: one JSON file per workbook in the -o directory.
@Suite("export of many workbooks")
struct ExportBatchCLITests {
    /// A directory `in/` with two entry workbooks (bang2-nam 2023, can-bo-dau-moi), a `fill`
    /// output of the bang2-nam example, and what is no workbook: a JSON file (left out of a
    /// directory) and `hong.xlsx`, text named as a workbook (an error of its own).
    func workbooks() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        #expect(try CLI.run(["init", "bang2-nam", "--year", "2023", "-o", "in/bang2.xlsx"], in: dir).status == 0)
        #expect(try CLI.run(["init", "can-bo-dau-moi", "-o", "in/dau-moi.xlsx"], in: dir).status == 0)
        #expect(try CLI.run(["fill", CLI.example("bang2-nam.json"), "-o", "in/nam-2021.xlsx"], in: dir).status == 0)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("examples/bang2-nam.json"),
                                        to: inputs.appendingPathComponent("bang2-nam.json"))
        try Data("ma,ten\n1,UBND xã An Phú\n".utf8).write(to: inputs.appendingPathComponent("hong.xlsx"))
        return dir
    }

    func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("a directory: each workbook's JSON is what export of it alone prints; a bad workbook among them writes nothing, the others are written, exit 2")
    func directory() throws {
        let dir = try workbooks()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["export", "in", "-o", "out"], in: dir)
        #expect(result.status == 2)
        #expect(try names(dir.appendingPathComponent("out")) == ["bang2.json", "dau-moi.json", "nam-2021.json"])
        for name in ["bang2", "dau-moi", "nam-2021"] {
            let alone = try CLI.run(["export", "in/\(name).xlsx"], in: dir)
            #expect(alone.status == 0)
            let written = try String(contentsOf: dir.appendingPathComponent("out/\(name).json"), encoding: .utf8)
            #expect(written == alone.stdout, "\(name)")
            #expect(result.stdout.contains("in/\(name).xlsx: đã ghi out/\(name).json ("), "\(result.stdout)")
        }
        // The fill output's figures came back, not an empty form.
        #expect(try String(contentsOf: dir.appendingPathComponent("out/nam-2021.json"), encoding: .utf8).contains("\"i.5.so-phieu\": 1130"))
        #expect(result.stderr.contains("in/hong.xlsx"), "\(result.stderr)")
        #expect(!result.stderr.contains("bang2-nam.json"))
        #expect(result.stderr.contains("3 tệp, 1 tệp lỗi"), "\(result.stderr)")
    }

    @Test("workbooks and patterns given by name, --quiet: nothing on standard output; twice gives the same bytes; exit 0")
    func deterministic() throws {
        let dir = try workbooks()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLI.run(["export", "in/bang2.xlsx", "in/dau-*.xlsx", "in/nam-2021.xlsx", "-o", "a", "--quiet"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty && first.stderr.isEmpty, "\(first.stdout)\(first.stderr)")
        let second = try CLI.run(["export", "in/bang2.xlsx", "in/dau-moi.xlsx", "in/nam-2021.xlsx", "-o", "b/", "--quiet"], in: dir)
        #expect(second.status == 0)
        let written = try names(dir.appendingPathComponent("a"))
        #expect(written == ["bang2.json", "dau-moi.json", "nam-2021.json"])
        #expect(try names(dir.appendingPathComponent("b")) == written)
        for name in written {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name)")), b = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(a == b && !a.isEmpty, "\(name)")
        }
    }

    @Test("two workbooks of one name: the first given is written, the second refused (exit 2); -o a .json file for several is refused and writes nothing")
    func collisions() throws {
        let dir = try workbooks()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("in/dau-moi.xlsx"), to: dir.appendingPathComponent("b/bang2.xlsx"))
        let shared = try CLI.run(["export", "in/bang2.xlsx", "b/bang2.xlsx", "-o", "out"], in: dir)
        #expect(shared.status == 2)
        #expect(try names(dir.appendingPathComponent("out")) == ["bang2.json"])
        let alone = try CLI.run(["export", "in/bang2.xlsx"], in: dir)
        #expect(try String(contentsOf: dir.appendingPathComponent("out/bang2.json"), encoding: .utf8) == alone.stdout)
        #expect(shared.stderr.contains("cchc: b/bang2.xlsx"), "\(shared.stderr)")
        let file = try CLI.run(["export", "in/bang2.xlsx", "in/dau-moi.xlsx", "-o", "x.json"], in: dir)
        #expect(file.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
    }

    @Test("one workbook with -o an existing directory writes <name>.json in it; -o a file and standard output are as before")
    func single() throws {
        let dir = try workbooks()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        let printed = try CLI.run(["export", "in/bang2.xlsx"], in: dir)
        #expect(printed.status == 0 && printed.stdout.hasPrefix("{\n  \"template\": \"bang2-nam\""))
        let into = try CLI.run(["export", "in/bang2.xlsx", "-o", "out"], in: dir)
        #expect(into.status == 0)
        #expect(try String(contentsOf: dir.appendingPathComponent("out/bang2.json"), encoding: .utf8) == printed.stdout)
        let file = try CLI.run(["export", "in/bang2.xlsx", "-o", "khac"], in: dir)
        #expect(file.status == 0 && file.stdout.isEmpty)
        #expect(try String(contentsOf: dir.appendingPathComponent("khac"), encoding: .utf8) == printed.stdout)
        let bad = try CLI.run(["export", "in/hong.xlsx", "-o", "hong.json"], in: dir)
        #expect(bad.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("hong.json").path))
    }
}
