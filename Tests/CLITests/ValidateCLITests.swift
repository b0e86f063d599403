import Foundation
import Testing
import XLSXReader

/// `cchc validate` and the guards of `cchc fill`, run on the built binary as a user runs them.
@Suite("cchc validate, and fill on bad input")
struct ValidateCLITests {
    static let badInputs = CLI.root.appendingPathComponent("Tests/BadInputs")

    /// The cases of `Tests/BadInputs/manifest.json`: file, exit status, message.
    static func badCases() -> [BadCase] {
        guard let data = try? Data(contentsOf: badInputs.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map { BadCase(file: $0["file"] as? String ?? "", status: Int32($0["status"] as? Int ?? 0), message: $0["message"] as? String ?? "") }
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var message: String
        var testDescription: String { file }
    }

    /// Writes `text` as a file in a fresh directory.
    func write(_ text: String, named name: String = "input.json") throws -> URL {
        let url = try CLI.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    // MARK: - validate

    @Test("a clean example: no finding, the summary, exit 0", arguments: ["bang2-nam.json", "tong-ket-2011-2020.json", "muc-tieu-30c.json", "can-bo-dau-moi.json"])
    func clean(_ name: String) throws {
        let result = try CLI.run(["validate", CLI.example(name)])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "0 errors, 0 warnings\n")
    }

    @Test("findings: one line each, `file: json.path: severity: [STT label] message`, then the summary; exit 1")
    func lines() throws {
        let path = CLI.example("invalid/bang2-nam.json")
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "7 errors, 3 warnings")
        #expect(lines.count == 11)
        #expect(lines.contains(path + #": $.values["i.1.nhiem-vu-hoan-thanh"]: error: [Số nhiệm vụ đã hoàn thành] Số nhiệm vụ đã hoàn thành lớn hơn số nhiệm vụ đề ra trong kế hoạch CCHC. [i.1.nhiem-vu-hoan-thanh = 45; i.1.nhiem-vu-de-ra = 42; the check requires 45 ≤ 42, difference 3]"#),
                "\(result.stdout)")
        // Errors come before warnings.
        let severities = lines.dropLast().map { $0.contains(": error: ") ? 0 : 1 }
        #expect(severities == severities.sorted())
        let perYear = try CLI.run(["validate", CLI.example("invalid/tong-ket-2011-2020.json")])
        #expect(perYear.stdout.contains(#": $.values["5.ty-le-dung-han-huyen"]["2016"]: error: [- Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn), năm 2016] the reported rate 98.5 % differs from 99.2067 %"#),
                "\(perYear.stdout)")
    }

    @Test("warnings alone: printed, exit 0")
    func warningsOnly() throws {
        let input = try write("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "iv.2.bien-che-giao": 98, "iv.2.bien-che-co-mat": 101 } }
        """)
        let result = try CLI.run(["validate", input.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("0 errors, 1 warning\n"))
        #expect(result.stdout.contains(": warning: [Tổng số biên chế có mặt tại thời điểm báo cáo]"))
    }

    @Test("--format json: an array of findings with severity, row, year, path, message, values")
    func json() throws {
        let result = try CLI.run(["validate", CLI.example("invalid/tong-ket-2011-2020.json"), "--format", "json"])
        #expect(result.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(findings.count == 7)
        for finding in findings {
            for key in ["severity", "row", "year", "path", "message", "values", "rule", "file"] {
                #expect(finding.keys.contains(key), "\(key) missing in \(finding)")
            }
        }
        let rate = try #require(findings.first { $0["rule"] as? String == "rate-mismatch" })
        #expect(rate["row"] as? String == "5.ty-le-dung-han-huyen" && rate["year"] as? Int == 2016 && rate["severity"] as? String == "error")
        #expect(rate["path"] as? String == #"$.values["5.ty-le-dung-han-huyen"]["2016"]"#)
        let values = try #require(rate["values"] as? [String: Any])
        #expect((values["reported"] as? NSNumber)?.doubleValue == 98.5)
        #expect((values["computed"] as? NSNumber).map { abs($0.doubleValue - 4127.0 / 4160 * 100) < 1e-9 } == true)
        let clean = try CLI.run(["validate", CLI.example("bang2-nam.json"), "--format", "json"])
        #expect(clean.status == 0 && clean.stdout == "[]\n")
        // A file-level finding has a null row and year.
        let unknown = try CLI.run(["validate", Self.badInputs.appendingPathComponent("unknown-template.json").path, "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(unknown.stdout.utf8)) as? [[String: Any]])
        #expect(unknown.status == 1 && items.count == 1 && items[0]["row"] is NSNull && items[0]["year"] is NSNull)
    }

    @Test("exit 2: a file that cannot be read, in either format; a misused command")
    func unreadable() throws {
        let missing = try CLI.run(["validate", "/nonexistent/input.json"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("/nonexistent/input.json: $: error: no such file"))
        let latin = Self.badInputs.appendingPathComponent("not-utf8-windows-1258.json").path
        let asJSON = try CLI.run(["validate", latin, "--format", "json"])
        #expect(asJSON.status == 2)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(asJSON.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1 && (items[0]["message"] as? String)?.contains("not valid UTF-8") == true)
        #expect(try CLI.run(["validate"]).status == 2)
        #expect(try CLI.run(["validate", CLI.example("bang2-nam.json"), "--format", "xml"]).status == 2)
        #expect(try CLI.run(["validate", CLI.example("bang2-nam.json"), "--bogus"]).status == 2)
        let directory = try CLI.temporaryDirectory()
        #expect(try CLI.run(["validate", directory.path]).status == 2)
    }

    @Test("each bad input of the corpus: its message, its exit status, no crash; fill writes nothing", arguments: badCases())
    func corpus(_ item: BadCase) throws {
        let input = Self.badInputs.appendingPathComponent(item.file).path
        let result = try CLI.run(["validate", input])
        #expect(result.status == item.status, "\(item.file): \(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(item.message), "\(item.file): \(result.stdout)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        let out = try CLI.temporaryDirectory().appendingPathComponent("out.xlsx")
        let fill = try CLI.run(["fill", input, "-o", out.path])
        #expect(fill.status == item.status, "\(item.file): \(fill.stderr)")
        #expect(fill.stderr.contains(item.message), "\(item.file): \(fill.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path).isEmpty)
    }

    @Test("a 100 MB input: refused with exit 2, nothing written")
    func hugeInput() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: input.path, contents: Data("{\"template\": \"bang2-nam\", \"values\": \"".utf8))
        let handle = try FileHandle(forWritingTo: input)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let result = try CLI.run(["validate", input.path])
        #expect(result.status == 2 && result.stdout.contains("larger than 16 MiB"))
        let fill = try CLI.run(["fill", input.path, "-o", directory.appendingPathComponent("out.xlsx").path])
        #expect(fill.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["huge.json"])
    }

    // MARK: - fill

    @Test("fill: warnings are printed and the workbook is written; errors stop it")
    func fillWarnings() throws {
        let input = try write("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "iv.2.bien-che-giao": 98, "iv.2.bien-che-co-mat": 101 } }
        """)
        let out = input.deletingLastPathComponent().appendingPathComponent("out.xlsx")
        let result = try CLI.run(["fill", input.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(": warning: "), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
        let refused = try CLI.run(["fill", CLI.example("invalid/tong-ket-2011-2020.json"), "-o", out.path + "2.xlsx"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("3.xu-ly") || refused.stderr.contains("Số phản ánh, kiến nghị đã xử lý"))
        #expect(!FileManager.default.fileExists(atPath: out.path + "2.xlsx"))
    }

    @Test("fill writes text that looks like a formula as text, never as a formula")
    func formulaText() throws {
        let texts = [#"=HYPERLINK("http://x","y")"#, "+1+1", "-2+3", "@SUM(A1:A2)", "=1/0"]
        let input = try write("""
        { "template": "can-bo-dau-moi", "unit": { "name": "UBND xã Thử Nghiệm" },
          "values": {
            "lanh-dao-phu-trach-cchc": { "ho_ten": \(quoted(texts[0])), "chuc_vu": \(quoted(texts[1])), "trinh_do": \(quoted(texts[2])), "lien_he": \(quoted(texts[3])) },
            "cong-chuc-mot-cua": { "ho_ten": \(quoted(texts[4])) } } }
        """)
        let out = input.deletingLastPathComponent().appendingPathComponent("out.xlsx")
        let result = try CLI.run(["fill", input.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try XLSXFile(url: out)
        let sheet = try #require(file.sheets.first)
        for text in texts {
            let cells = sheet.cells.values.filter { $0.text == text }
            #expect(cells.count == 1, "\(text): \(cells)")
            for cell in cells {
                #expect(cell.type == .sharedString || cell.type == .inlineString, "\(text): \(cell.type)")
                #expect(cell.formula == nil, "\(text) became a formula")
            }
        }
        #expect(sheet.cells.values.allSatisfy { $0.formula == nil })
        // The same through bang2-nam's free-text row, where the sheet has formulas of its own (the rates).
        let bang2 = try write("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "i.8": \(quoted(texts[0])), "i.5.so-phieu": 10, "i.5.ty-le-hai-long": { "numerator": 9 } } }
        """)
        let out2 = bang2.deletingLastPathComponent().appendingPathComponent("b2.xlsx")
        #expect(try CLI.run(["fill", bang2.path, "-o", out2.path]).status == 0)
        let sheet2 = try #require(try XLSXFile(url: out2).sheets.first)
        let cell = try #require(sheet2.cells.values.first { $0.text == texts[0] })
        #expect(cell.formula == nil && cell.type != .formulaString)
        #expect(sheet2.cells.values.contains { $0.formula != nil }, "the rate's own formula is expected")
    }

    func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    @Test("fill refuses to write over its input, however the path is spelled; the input is untouched")
    func outputIsInput() throws {
        let input = try write(try String(contentsOfFile: CLI.example("muc-tieu-30c.json"), encoding: .utf8), named: "data.xlsx")
        let before = try Data(contentsOf: input)
        let directory = input.deletingLastPathComponent()
        for spelling in [input.path, directory.path + "/./data.xlsx", directory.path + "/sub/../data.xlsx"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
            let result = try CLI.run(["fill", input.path, "-o", spelling])
            #expect(result.status == 2, "\(spelling): \(result.stderr)")
            #expect(result.stderr.contains("is the input"), "\(result.stderr)")
            #expect(try Data(contentsOf: input) == before)
        }
        let link = directory.appendingPathComponent("link.xlsx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let viaLink = try CLI.run(["fill", input.path, "-o", link.path])
        #expect(viaLink.status == 2)
        #expect(try Data(contentsOf: input) == before)
        // Relative to the working directory.
        let relative = try CLI.run(["fill", "data.xlsx", "-o", "./data.xlsx"], in: directory)
        #expect(relative.status == 2)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test("an existing output is replaced whole, and kept as it was when fill stops")
    func replaceWhole() throws {
        let directory = try CLI.temporaryDirectory()
        let out = directory.appendingPathComponent("out.xlsx")
        let old = Data("an older workbook".utf8)
        try old.write(to: out)
        // Stopped by errors, by an unreadable input: the old file is intact.
        for input in [CLI.example("invalid/bang2-nam.json"), Self.badInputs.appendingPathComponent("truncated.json").path] {
            let result = try CLI.run(["fill", input, "-o", out.path])
            #expect(result.status != 0)
            #expect(try Data(contentsOf: out) == old)
        }
        // Written: a whole workbook that reads back, and no temporary file left beside it.
        let result = try CLI.run(["fill", CLI.example("muc-tieu-30c.json"), "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try XLSXFile(url: out).sheets.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.xlsx"])
    }

    @Test("an output directory that does not exist, or cannot be written, is an error naming it")
    func unwritableDirectory() throws {
        let missing = try CLI.temporaryDirectory().appendingPathComponent("no-such-dir")
        let result = try CLI.run(["fill", CLI.example("muc-tieu-30c.json"), "-o", missing.appendingPathComponent("out.xlsx").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(missing.path), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing.path))

        // root may write anywhere a mode allows nothing; /proc/self refuses even root.
        let readOnly: URL
        if getuid() == 0 {
            readOnly = URL(fileURLWithPath: "/proc/self")
        } else {
            readOnly = try CLI.temporaryDirectory()
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        }
        defer { if getuid() != 0 { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly.path) } }
        let denied = try CLI.run(["fill", CLI.example("muc-tieu-30c.json"), "-o", readOnly.appendingPathComponent("out.xlsx").path])
        #expect(denied.status == 2)
        #expect(denied.stderr.contains(readOnly.path) && denied.stderr.contains("not writable"), "\(denied.stderr)")
    }
}
