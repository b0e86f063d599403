import Foundation
import Testing

/// `examples/phu-thanh-dong-2023/`: an annual submission with figures in the proportions of a
/// district's report, and rates written at the precision officers write them (`99 %`, `91,7 %`,
/// `0,2 %`, `99,95 %`), each its counts' rate rounded to the digits written.
@Suite("the realistic annual example")
struct RealisticExampleCLITests {
    static let submission = CLI.example("phu-thanh-dong-2023/submission.json")
    static let bang2 = CLI.example("phu-thanh-dong-2023/bang2-nam-2023.json")

    @Test("it validates and is submitted with no error")
    func clean() throws {
        let result = try CLI.run(["validate", Self.submission])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "0 lỗi, 0 cảnh báo\n", "\(result.stdout)")
        let dir = try CLI.temporaryDirectory()
        let submit = try CLI.run(["submit", Self.submission, "-o", dir.path])
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ubnd-huyen-phu-thanh-dong_286-bc-ubnd_2023.xlsx"])
    }
}
