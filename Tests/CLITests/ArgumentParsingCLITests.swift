import Foundation
import Testing

/// `cchc <command> …` is parsed by the command alone (a third of a small run's instructions went
/// to building every command's definition); `cchc --lang vi <command> …` still goes through the
/// whole command tree. Both must do exactly the same: the same output, messages, exit status and
/// files, for runs that succeed and for runs that fail while parsing or later.
@Suite("argument parsing: a command alone and the whole tree")
struct ArgumentParsingCLITests {
    /// Arguments after the command's name; `OUT` stands for the run's output directory.
    static let cases: [[String]] = [
        ["fill", CLI.example("can-bo-dau-moi.json"), "-o", "OUT/can-bo.xlsx"],
        ["fill", CLI.example("bang2-nam.json"), "-o", "OUT/", "--quiet"],
        ["validate", CLI.example("bang2-nam.json"), "--format", "json"],
        ["validate", CLI.root.appendingPathComponent("Tests/BadInputs/negative-count.json").path],
        ["submit", CLI.example("bao-cao-nam/submission.json"), "-o", "OUT/"],
        ["init", "bang2-nam", "--year", "2022"],
        ["init", "bang2-nam", "--year", "2022", "-o", "OUT/bang2.xlsx"],
        ["init", "bang2-nam", "--year", "-2022"],
        ["diff", CLI.example("diff/bang2-nam-2020.json"), CLI.example("diff/bang2-nam-2021.json")],
        ["diff", CLI.example("tong-ket-2011-2020.json"), "--years", "2019", "2020", "--xlsx", "OUT/so-sanh.xlsx"],
        ["consolidate", CLI.example("tong-hop"), "-o", "OUT/huyen.json", "--unit", "UBND huyện Hòa Lạc"],
        ["export", CLI.example("bang2-nam.json")],
        ["fill"],
        ["fill", "--no-such-option", CLI.example("bang2-nam.json")],
        ["fill", CLI.example("bang2-nam.json"), "--jobs", "zero"],
        ["status"],
        // Lines `QuickParse` reads itself (every option it knows), and lines it leaves to ArgumentParser.
        ["fill", CLI.example("can-bo-dau-moi.json"), CLI.example("bang2-nam.json"), "-o", "OUT/", "-q", "--jobs", "1"],
        ["fill", CLI.example("bang2-nam.json"), "--output", "OUT/b.xlsx", "--allow-errors", "--quiet",
         "--templates", CLI.root.appendingPathComponent("templates").path],
        ["fill", CLI.example("bang2-nam.json"), "-o", "OUT/b.xlsx", "--template", "bang2-nam"],
        ["fill", CLI.root.appendingPathComponent("Tests/BadInputs/negative-count.json").path, "-o", "OUT/x.xlsx"],
        ["fill", CLI.root.appendingPathComponent("Tests/BadInputs/negative-count.json").path, "-o", "OUT/x.xlsx", "--allow-errors"],
        ["fill", "khong-co.json", "-o", "OUT/"],
        ["fill", CLI.example("bang2-nam.json"), "-o", "OUT/a.xlsx", "-o", "OUT/b.xlsx"],
        ["fill", CLI.example("bang2-nam.json"), "--output=OUT/c.xlsx"],
        ["fill", CLI.example("bang2-nam.json"), "-qo", "OUT/d.xlsx"],
        ["fill", CLI.example("bang2-nam.json"), "-o", "-x.xlsx"],
        ["fill", CLI.example("bang2-nam.json"), "-o", "OUT/e.xlsx", "--jobs", "0"],
        ["fill", CLI.example("bang2-nam.json"), "-o"],
        ["fill", "help"],
        ["submit", CLI.example("bao-cao-nam/submission.json"), CLI.example("tong-ket-2011-2020/submission.json"), "-o", "OUT/",
         "--quiet", "--jobs", "2"],
        ["submit", CLI.example("phu-thanh-dong-2023/submission.json"), "-o", "OUT/s.xlsx", "--allow-errors"],
        ["submit", CLI.example("bao-cao-nam/submission.json"), "--template", "bang2-nam", "-o", "OUT/"],
    ]

    @Test("`cchc <command> … --lang vi` does what `cchc --lang vi <command> …` does", arguments: cases)
    func sameRun(_ arguments: [String]) throws {
        let scratch = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let resolved = arguments.map { $0.replacingOccurrences(of: "OUT/", with: out.path + "/") }

        func run(_ arguments: [String]) throws -> (CLI.Result, [String: Data]) {
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let result = try CLI.run(arguments, in: scratch)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            return (result, files)
        }

        let (alone, aloneFiles) = try run(resolved + ["--lang", "vi"])
        let (whole, wholeFiles) = try run(["--lang", "vi"] + resolved)
        #expect(alone.status == whole.status)
        #expect(alone.stdout == whole.stdout)
        #expect(alone.stderr == whole.stderr)
        #expect(aloneFiles.keys.sorted() == wholeFiles.keys.sorted())
        for (name, data) in aloneFiles { #expect(wholeFiles[name] == data, "\(name) differs") }
    }
}
