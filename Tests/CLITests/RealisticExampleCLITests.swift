import Foundation
import Testing

/// `examples/phu-thanh-dong-2023/`: an annual submission with figures in the proportions of a
/// district's report, and rates written at the precision officers write them (`99 %`, `91,7 %`,
/// `0,2 %`, `99,95 %`), each its counts' rate rounded to the digits written.
@Suite("the realistic annual example")
struct RealisticExampleCLITests {
    static let submission = CLI.example("phu-thanh-dong-2023/submission.json")
    static let bang2 = CLI.example("phu-thanh-dong-2023/bang2-nam-2023.json")

    @Test("it validates and is submitted with no error", .disabled("until the precision rule lands"))
    func clean() throws {
        let result = try CLI.run(["validate", Self.submission])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "0 lỗi, 0 cảnh báo\n", "\(result.stdout)")
        let dir = try CLI.temporaryDirectory()
        let submit = try CLI.run(["submit", Self.submission, "-o", dir.path])
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ubnd-huyen-phu-thanh-dong_286-bc-ubnd_2023.xlsx"])
    }

    @Test("every rate it reports is its counts' rate rounded to the digits written: nothing but a rounding is flagged today")
    func ratesRounded() throws {
        let result = try CLI.run(["validate", Self.submission, "--format", "json"])
        let findings = try CLI.findings(result)
        let values = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.bang2))) as? [String: Any])?["values"]
                                  as? [String: Any])
        for finding in findings {
            #expect(finding.code == "rate.mismatch" && finding["file"] as? String == Self.bang2, "\(finding)")
            let row = try #require(finding["row"] as? String)
            let written = try #require((values[row] as? [String: Any])?["value"] as? String, "\(row): the rate is not written as text")
            let digits = written.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
                .split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().first?.count ?? 0
            let computed = try #require(finding.detail("computed")), reported = try #require(finding.detail("reported"))
            let scale = pow(10, Double(digits))
            #expect(abs((computed * scale).rounded() / scale - reported) < 1e-9, "\(row): \(written) is not \(computed) rounded to \(digits) digits")
        }
    }
}
