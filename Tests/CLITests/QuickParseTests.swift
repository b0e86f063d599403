@testable import cchc
import Testing

/// Which command lines `QuickParse` reads itself, and what it reads from them. What the runs do
/// either way is compared in `ArgumentParsingCLITests`.
@Suite("QuickParse: the common fill and submit lines")
struct QuickParseTests {
    func line(_ words: [String], template: Bool = true) -> QuickParse.Line? {
        QuickParse.line(words[...], acceptsTemplate: template)
    }

    @Test("every option it knows, in any order, between the files")
    func reads() {
        var expected = QuickParse.Line(files: ["a.json", "b.json"], output: "out/", allowErrors: true, quiet: true, jobs: 3,
                                       templates: "tpl", template: "bang2-nam", lang: "en")
        #expect(line(["a.json", "-o", "out/", "--allow-errors", "-q", "--jobs", "3", "b.json", "--templates", "tpl",
                      "--template", "bang2-nam", "--lang", "en"]) == expected)
        expected = QuickParse.Line(files: ["x.json"], output: "y.xlsx", quiet: true)
        #expect(line(["--output", "y.xlsx", "--quiet", "x.json"]) == expected)
        #expect(line(["x.json"]) == QuickParse.Line(files: ["x.json"]))
        #expect(QuickParse.command(["fill", "x.json", "-o", "y.xlsx"]) != nil)
        #expect(QuickParse.command(["submit", "s.json", "-o", "out/", "-q", "--jobs", "2"]) != nil)
    }

    @Test("anything else is left to ArgumentParser", arguments: [
        [], ["-o", "y.xlsx"], ["x.json", "-o"], ["x.json", "-o", "-y.xlsx"], ["x.json", "-o", "a", "-o", "b"],
        ["x.json", "-q", "--quiet"], ["x.json", "--output=y.xlsx"], ["x.json", "-qo", "y.xlsx"], ["--", "x.json"],
        ["x.json", "--jobs", "0"], ["x.json", "--jobs", "two"], ["x.json", "--lang", "fr"], ["x.json", "--help"],
        ["help"], ["x.json", "-h"], ["x.json", "--version"], ["x.json", "--no-such-option"], ["x.json", ""],
        ["x.json", "--templates"], ["x.json", "-o", "help"],
    ])
    func leaves(_ words: [String]) {
        #expect(line(words) == nil)
    }

    @Test("--template is fill's: a submit line with it is left to ArgumentParser; other commands always are")
    func perCommand() {
        #expect(line(["s.json", "--template", "bang2-nam"], template: false) == nil)
        #expect(QuickParse.command(["submit", "s.json", "--template", "bang2-nam"]) == nil)
        #expect(QuickParse.command(["validate", "x.json"]) == nil)
        #expect(QuickParse.command(["--lang", "vi", "fill", "x.json"]) == nil)
        #expect(QuickParse.command([]) == nil)
    }
}
