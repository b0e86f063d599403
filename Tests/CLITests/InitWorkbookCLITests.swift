import Foundation
import Testing
import XLSXReader

/// `cchc init … -o form.xlsx`: an entry workbook for every bundled template and for a
/// submission; `-o x.json`: the skeleton written to a file, the same bytes as printed.
@Suite("cchc init -o")
struct InitWorkbookCLITests {
    static let forms: [[String]] = [
        ["bang2-nam", "--year", "2021"],
        ["tong-ket-2011-2020", "--from", "2011", "--to", "2020", "--cutoff", "2020-03-31"],
        ["muc-tieu-30c"],
        ["can-bo-dau-moi"],
        ["--submission", "bang2-nam", "can-bo-dau-moi", "--year", "2021"],
        ["--submission", "tong-ket-2011-2020", "muc-tieu-30c", "--from", "2016", "--to", "2020"],
    ]

    @Test("writes an entry workbook: the guide, the forms, the hidden map; the same bytes twice", arguments: forms)
    func workbook(_ arguments: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        let output = dir.appendingPathComponent("form.xlsx")
        let result = try CLI.run(["init"] + arguments + ["-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(output.path))
        let file = try XLSXFile(url: output)
        let ids = arguments.filter { !$0.hasPrefix("--") && Int($0) == nil && !$0.contains("-03-") }
        #expect(file.sheetNames.first == "Hướng dẫn")
        #expect(file.sheetNames.count == 1 + (arguments.contains("--submission") ? 1 : 0) + ids.count + 2)
        #expect(file.sheetNames.suffix(2) == ["_ds", "_cchc"])
        let map = try #require(file.sheet("_cchc"))
        #expect(map.state == .hidden && map.cell("A1")?.text == "cchc-workbook")
        let templates = (1...).lazy.map { map.cell(row: $0, col: 0) }.prefix { $0?.text != "kind" }
            .enumerated().compactMap { $0.element?.text == "template" ? map.cell(row: $0.offset + 1, col: 1)?.text : nil }
        #expect(Array(templates) == ids)
        // The same command, the same bytes.
        let first = try Data(contentsOf: output)
        #expect(try CLI.run(["init"] + arguments + ["-o", output.path]).status == 0)
        #expect(try Data(contentsOf: output) == first)
    }

    @Test("-o x.json writes what init prints, and leaves no temporary file")
    func json() throws {
        let dir = try CLI.temporaryDirectory()
        let output = dir.appendingPathComponent("bang2.json")
        let printed = try CLI.run(["init", "bang2-nam", "--year", "2021"])
        let written = try CLI.run(["init", "bang2-nam", "--year", "2021", "-o", output.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8) == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bang2.json"])
    }

    @Test("a directory that does not exist: exit 2, nothing written")
    func missingDirectory() throws {
        let dir = try CLI.temporaryDirectory()
        for name in ["missing/form.xlsx", "missing/input.json"] {
            let result = try CLI.run(["init", "bang2-nam", "--year", "2021", "-o", dir.appendingPathComponent(name).path])
            #expect(result.status == 2, "\(name): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("the help of -o, in Vietnamese and in English")
    func help() throws {
        let vietnamese = try CLI.run(["init", "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        let english = try CLI.run(["--lang", "en", "init", "--help"])
        for result in [vietnamese, english] {
            #expect(result.status == 0)
            #expect(result.stdout.contains("-o, --output <form.xlsx|input.json>"))
        }
        #expect(vietnamese.stdout.contains("tệp Excel để điền"))
        #expect(vietnamese.stdout != english.stdout)
    }
}
