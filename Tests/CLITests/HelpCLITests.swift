import Foundation
import Testing

/// The help: Vietnamese by default, English with `--lang en`, and the README carries the English
/// help exactly as the program prints it.
@Suite("help")
struct HelpCLITests {
    static let commands: [[String]] = [[], ["templates", "list"], ["templates", "show"], ["init"], ["validate"], ["fill"], ["submit"], ["diff"], ["export"], ["consolidate"], ["status"]]

    @Test("the README's 'Commands' section is what `cchc --lang en <command> --help` prints", arguments: commands)
    func readme(_ command: [String]) throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let result = try CLI.run(["--lang", "en"] + command + ["--help"])
        #expect(result.status == 0)
        let title = (["cchc"] + command).joined(separator: " ")
        let block = "### `\(title)`\n\n```\n" + result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + "\n```\n"
        #expect(readme.contains(block), "README.md lacks the current help of `\(title)`; regenerate it from `cchc --lang en \(command.joined(separator: " ")) --help`")
    }

    @Test("the help is Vietnamese by default, English with --lang en", arguments: commands)
    func language(_ command: [String]) throws {
        let vietnamese = try CLI.run(command + ["--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        let english = try CLI.run(["--lang", "en"] + command + ["--help"])
        #expect(vietnamese.status == 0 && english.status == 0)
        let overview = { (text: String) in text.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(overview(vietnamese.stdout).hasPrefix("OVERVIEW: "))
        #expect(overview(vietnamese.stdout) != overview(english.stdout))
        #expect(vietnamese.stdout.contains { "ạảãáàâấầẩẫậăắằẳẵặđêếềểễệíìỉĩịôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ".contains($0) },
                "no Vietnamese letter in: \(overview(vietnamese.stdout))")
    }
}
