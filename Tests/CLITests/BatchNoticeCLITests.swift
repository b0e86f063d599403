import Foundation
import Model
import Testing

/// `fill` and `submit` over a directory name each workbook they leave out as an output of a run
/// (`x.xlsx` beside `x.json`, `*-fill.xlsx`) on standard error: a notice, not an error.
@Suite("batch notice of skipped workbooks")
struct BatchNoticeCLITests {
    @Test("fill of a directory names the workbook beside its JSON and the fill of a workbook, once each, in order; --quiet and a named file say nothing")
    func skipped() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        #expect(try CLI.run(["init", "bang2-nam", "--year", "2023", "-o", "in/form.xlsx"], in: dir).status == 0)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("examples/bang2-nam.json"),
                                        to: inputs.appendingPathComponent("bang2-nam.json"))
        // Nothing to leave out yet: no notice.
        let first = try CLI.run(["fill", "in", "-o", "in", "--allow-errors"], in: dir)
        #expect(first.status == 0)
        let vietnamese = Catalogue.vietnamese
        let beside = vietnamese.phrase(.batchSkipped(file: "in/bang2-nam.xlsx", beside: "in/bang2-nam.json"))
        let filled = vietnamese.phrase(.batchSkipped(file: "in/form-fill.xlsx", beside: nil))
        #expect(!first.errorLines.contains(beside) && !first.errorLines.contains(filled))
        // Now both outputs lie in the directory: each named once, sorted, before the run's summary; exit 0.
        let second = try CLI.run(["fill", "in", "-o", "in", "--allow-errors"], in: dir)
        #expect(second.status == 0)
        let notices = second.errorLines.filter { $0 == beside || $0 == filled }
        #expect(notices == [beside, filled])
        #expect(second.errorLines.firstIndex(of: beside)! < second.errorLines.count - 1)
        // In English with --lang en.
        let english = try CLI.run(["--lang", "en", "fill", "in", "-o", "in", "--allow-errors"], in: dir)
        #expect(english.errorLines.contains(Catalogue.english.phrase(.batchSkipped(file: "in/form-fill.xlsx", beside: nil))))
        // --quiet: no notice.
        let quiet = try CLI.run(["fill", "in", "-o", "in", "--allow-errors", "--quiet"], in: dir)
        #expect(quiet.status == 0)
        #expect(!quiet.errorLines.contains(beside) && !quiet.errorLines.contains(filled))
        // A workbook named in the command is read, without a notice.
        let named = try CLI.run(["fill", "in/bang2-nam.xlsx", "-o", "again.xlsx", "--allow-errors"], in: dir)
        #expect(!named.errorLines.contains(beside))
        // The directory "." is shown without a prefix.
        let here = try CLI.run(["fill", ".", "-o", "out", "--allow-errors"], in: inputs)
        #expect(here.errorLines.contains(vietnamese.phrase(.batchSkipped(file: "form-fill.xlsx", beside: nil))))
    }
}
