import Foundation
import Model
import Testing
import XLSXReader

/// `cchc validate` and the guards of `cchc fill`, run on the built binary as a user runs them.
@Suite("cchc validate, and fill on bad input")
struct ValidateCLITests {
    static let badInputs = CLI.root.appendingPathComponent("Tests/BadInputs")

    /// The cases of `Tests/BadInputs/manifest.json`: file, exit status, the JSON path of an error,
    /// and its code when the manifest gives one.
    static func badCases() -> [BadCase] {
        guard let data = try? Data(contentsOf: badInputs.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = object["cases"] as? [[String: Any]] else { return [] }
        return items.map {
            BadCase(file: $0["file"] as? String ?? "", status: Int32($0["status"] as? Int ?? 0), path: $0["path"] as? String ?? "",
                    code: $0["code"] as? String)
        }
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var path: String
        var code: String?
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
        #expect(result.stdout == "0 lỗi, 0 cảnh báo\n")
        #expect(try CLI.run(["validate", CLI.example(name), "--lang", "en"]).stdout == "0 errors, 0 warnings\n")
    }

    @Test("findings in Vietnamese: one line each, `file: json.path: lỗi: [STT label] message`, then the summary; exit 1")
    func lines() throws {
        let path = CLI.example("invalid/bang2-nam.json")
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        let lines = result.lines
        #expect(lines.last == "7 lỗi, 4 cảnh báo")
        #expect(lines.count == 12)
        #expect(lines.contains(path + #": $.values["i.1.nhiem-vu-hoan-thanh"]: lỗi: [Số nhiệm vụ đã hoàn thành] Số nhiệm vụ đã hoàn thành lớn hơn số nhiệm vụ đề ra trong kế hoạch CCHC. [vế trái: 45; vế phải: 42; cần 45 ≤ 42, chênh lệch 3]"#),
                "\(result.stdout)")
        // Every finding line says its severity in Vietnamese, errors before warnings.
        let severities = lines.dropLast().map { $0.contains(": lỗi: ") ? 0 : $0.contains(": cảnh báo: ") ? 1 : 2 }
        #expect(severities.filter { $0 == 0 }.count == 7 && severities.filter { $0 == 1 }.count == 4, "\(result.stdout)")
        #expect(severities == severities.sorted())
        #expect(lines.allSatisfy { $0.hasPrefix(path + ": $.values[") || $0 == lines.last })
        // Numbers in Vietnamese notation.
        let perYear = try CLI.run(["validate", CLI.example("invalid/tong-ket-2011-2020.json")])
        #expect(perYear.stdout.contains(#": $.values["5.ty-le-dung-han-huyen"]["2016"]: lỗi: [- Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn), năm 2016] Tỷ lệ báo cáo 98,5 % khác với 99,207 % tính từ tử số/mẫu số 4.127/4.160 (làm tròn đến 1 chữ số thập phân: 99,2 %)"#),
                "\(perYear.stdout)")
    }

    @Test("--lang en, or an English locale without --lang: the same findings in English")
    func english() throws {
        let path = CLI.example("invalid/bang2-nam.json")
        let vietnamese = try CLI.run(["validate", path])
        let flag = try CLI.run(["validate", path, "--lang", "en"])
        #expect(flag.status == 1)
        #expect(flag.lines.last == "7 errors, 4 warnings")
        #expect(flag.lines.count == 12)
        #expect(flag.lines.dropLast().allSatisfy { $0.contains(": error: ") || $0.contains(": warning: ") }, "\(flag.stdout)")
        #expect(flag.lines.filter { $0.contains(": error: ") }.count == 7)
        // The same findings, at the same places, in the same order.
        func places(_ result: CLI.Result, _ markers: [String]) -> [String] {
            result.lines.dropLast().map { line in
                let cut = markers.compactMap { line.range(of: $0)?.lowerBound }.min() ?? line.endIndex
                return String(line[..<cut])
            }
        }
        #expect(places(flag, [": error: ", ": warning: "]) == places(vietnamese, [": lỗi: ", ": cảnh báo: "]))
        for locale in [["LANG": "en_US.UTF-8"], ["LC_MESSAGES": "en_GB.UTF-8"], ["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"]] {
            let result = try CLI.run(["validate", path], environment: locale)
            #expect(result.stdout == flag.stdout, "\(locale)")
        }
        // A Vietnamese locale, or an explicit --lang vi over an English one, speaks Vietnamese.
        #expect(try CLI.run(["validate", path], environment: ["LANG": "vi_VN.UTF-8"]).stdout == vietnamese.stdout)
        #expect(try CLI.run(["validate", path, "--lang", "vi"], environment: ["LANG": "en_US.UTF-8"]).stdout == vietnamese.stdout)
        let perYear = try CLI.run(["validate", CLI.example("invalid/tong-ket-2011-2020.json"), "--lang", "en"])
        #expect(perYear.stdout.contains(#": $.values["5.ty-le-dung-han-huyen"]["2016"]: error: [- Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn), year 2016] the reported rate 98.5 % differs from 99.207 % computed from its counts 4,127/4,160 (rounded to 1 decimal: 99.2 %)"#),
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
        #expect(result.lines == [
            input.path + #": $.values["iv.2.bien-che-co-mat"]: cảnh báo: [Tổng số biên chế có mặt tại thời điểm báo cáo] Số biên chế có mặt lớn hơn số biên chế được giao trong năm. [vế trái: 101; vế phải: 98; cần 101 ≤ 98, chênh lệch 3]"#,
            "0 lỗi, 1 cảnh báo",
        ], "\(result.stdout)")
        let json = try CLI.findings(try CLI.run(["validate", input.path, "--format", "json"]))
        #expect(json.map(\.code) == ["check.failed"])
        #expect(json.first?["severity"] as? String == "warning" && json.first?["row"] as? String == "iv.2.bien-che-co-mat")
        #expect(json.first?.detail("left") == 101 && json.first?.detail("right") == 98 && json.first?.detail("difference") == 3)
    }

    @Test("--format json: per finding its code, severity, location, typed details and the message in the chosen language")
    func json() throws {
        let path = CLI.example("invalid/tong-ket-2011-2020.json")
        let result = try CLI.run(["validate", path, "--format", "json"])
        #expect(result.status == 1)
        let findings = try CLI.findings(result)
        #expect(findings.count == 7)
        for finding in findings {
            for key in ["code", "severity", "file", "path", "row", "stt", "label", "year", "details", "message"] {
                #expect(finding.keys.contains(key), "\(key) missing in \(finding)")
            }
            for key in ["rule", "values"] { #expect(!finding.keys.contains(key), "the old key \(key) in \(finding)") }
            #expect(finding["file"] as? String == path)
            #expect(finding["details"] is [String: Any])
        }
        #expect(findings.filter { $0["severity"] as? String == "error" }.count == 4)
        let rate = try #require(findings.first { $0.code == "rate.mismatch" })
        #expect(rate["row"] as? String == "5.ty-le-dung-han-huyen" && rate["year"] as? Int == 2016 && rate["severity"] as? String == "error")
        #expect(rate["path"] as? String == #"$.values["5.ty-le-dung-han-huyen"]["2016"]"#)
        #expect(rate["label"] as? String == "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (đã tiếp nhận/đã trả đúng hạn)")
        #expect(rate.detail("reported") == 98.5)
        #expect(rate.detail("computed").map { abs($0 - 4127.0 / 4160 * 100) < 1e-9 } == true)
        #expect(rate.detail("numerator") == 4127 && rate.detail("denominator") == 4160)
        // Judged at the one decimal written: 4127/4160 = 99,207… rounds to 99,2; no tolerance any more.
        #expect(rate.detail("digits") == 1 && rate.detail("rounded") == 99.2 && rate.details["tolerance"] == nil)
        #expect((rate["message"] as? String)?.contains("98,5 %") == true, "\(rate["message"] ?? "")")
        let check = try #require(findings.first { $0.code == "check.failed" && $0["year"] as? Int == 2017 })
        #expect(check.details["check"] as? String == "3.xu-ly-le-tiep-nhan" && check.details["op"] as? String == "<=")
        #expect(check.detail("3.da-xu-ly") == 13 && check.detail("3.tiep-nhan") == 11)
        // The same findings in English: only the messages change.
        let english = try CLI.findings(try CLI.run(["validate", path, "--format", "json", "--lang", "en"]))
        #expect(english.map(\.code) == findings.map(\.code))
        #expect(english.map { $0["path"] as? String } == findings.map { $0["path"] as? String })
        let englishRate = try #require(english.first { $0.code == "rate.mismatch" })
        #expect((englishRate["message"] as? String)?.contains("98.5 %") == true)
        #expect(try CLI.run(["validate", path, "--format", "json"], environment: ["LANG": "en_US.UTF-8"]).stdout
                == CLI.run(["validate", path, "--format", "json", "--lang", "en"]).stdout)

        let clean = try CLI.run(["validate", CLI.example("bang2-nam.json"), "--format", "json"])
        #expect(clean.status == 0 && clean.stdout == "[]\n")
        // A file-level finding has a null row and year.
        let unknown = try CLI.run(["validate", Self.badInputs.appendingPathComponent("unknown-template.json").path, "--format", "json"])
        let items = try CLI.findings(unknown)
        #expect(unknown.status == 1 && items.count == 1 && items[0]["row"] is NSNull && items[0]["year"] is NSNull)
        #expect(items[0].code == "input.unknown-template" && items[0]["path"] as? String == "$.template")
        #expect(items[0].details["nearest"] as? String == "bang2-nam")
    }

    @Test("exit 2: a file that cannot be read, in either format; a misused command")
    func unreadable() throws {
        let missing = try CLI.run(["validate", "/nonexistent/input.json"])
        #expect(missing.status == 2)
        #expect(missing.lines.count == 2 && missing.lines[0].hasPrefix("/nonexistent/input.json: lỗi: "), "\(missing.stdout)")
        #expect(missing.lines.last == "1 lỗi, 0 cảnh báo")
        let missingJSON = try CLI.findings(try CLI.run(["validate", "/nonexistent/input.json", "--format", "json"]))
        #expect(missingJSON.map(\.code) == ["file.not-found"] && missingJSON[0]["path"] as? String == "$")
        let latin = Self.badInputs.appendingPathComponent("not-utf8-windows-1258.json").path
        let asJSON = try CLI.run(["validate", latin, "--format", "json"])
        #expect(asJSON.status == 2)
        let items = try CLI.findings(asJSON)
        #expect(items.map(\.code) == ["file.not-utf8"] && items[0]["file"] as? String == latin)
        #expect((items[0]["message"] as? String)?.contains("UTF-8") == true)
        #expect(try CLI.run(["validate"]).status == 2)
        #expect(try CLI.run(["validate", CLI.example("bang2-nam.json"), "--format", "xml"]).status == 2)
        #expect(try CLI.run(["validate", CLI.example("bang2-nam.json"), "--bogus"]).status == 2)
        #expect(try CLI.run(["validate", CLI.example("bang2-nam.json"), "--lang", "fr"]).status == 2)
        let directory = try CLI.temporaryDirectory()
        let isDirectory = try CLI.run(["validate", directory.path, "--format", "json"])
        #expect(isDirectory.status == 2)
        #expect(try CLI.findings(isDirectory).map(\.code) == ["file.is-directory"])
    }

    @Test("each bad input of the corpus: an error at its path, its exit status, no crash; fill says the same and writes nothing", arguments: badCases())
    func corpus(_ item: BadCase) throws {
        let input = Self.badInputs.appendingPathComponent(item.file).path
        let result = try CLI.run(["validate", input, "--format", "json"])
        #expect(result.status == item.status, "\(item.file): \(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        let findings = try CLI.findings(result)
        let errors = findings.filter { $0["severity"] as? String == "error" }
        let error = try #require(errors.first { $0["path"] as? String == item.path }, "\(item.file): no error at \(item.path): \(result.stdout)")
        if let code = item.code { #expect(errors.contains { $0.code == code }, "\(item.file): \(findings.map(\.code))") }
        // Exit status 2 exactly when the file cannot be read: one file.* or json.* finding about the file.
        let unreadable = findings.filter { ["file", "json"].contains($0.code?.split(separator: ".").first.map(String.init)) }
        if item.status == 2 {
            #expect(findings.count == 1 && unreadable.count == 1 && error["row"] is NSNull, "\(item.file): \(findings.map(\.code))")
        } else {
            #expect(unreadable.isEmpty, "\(item.file): \(findings.map(\.code))")
        }
        // The text output gives the same finding as a line in Vietnamese.
        let text = try CLI.run(["validate", input])
        #expect(text.status == item.status)
        let message = try #require(error["message"] as? String)
        #expect(text.lines.contains { $0.hasPrefix(input + ": ") && $0.contains(": lỗi: ") && $0.hasSuffix(message) }, "\(item.file): \(text.stdout)")
        let out = try CLI.temporaryDirectory().appendingPathComponent("out.xlsx")
        let fill = try CLI.run(["fill", input, "-o", out.path])
        #expect(fill.status == item.status, "\(item.file): \(fill.stderr)")
        #expect(fill.stderr.contains(message), "\(item.file): \(fill.stderr)")
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
        let result = try CLI.run(["validate", input.path, "--format", "json"])
        #expect(result.status == 2)
        let findings = try CLI.findings(result)
        #expect(findings.map(\.code) == ["file.too-large"] && findings.first?.detail("limit_bytes") == 16_777_216, "\(result.stdout)")
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
        #expect(result.stderr.contains(input.path + #": $.values["iv.2.bien-che-co-mat"]: cảnh báo: "#), "\(result.stderr)")
        #expect(result.stdout == "\(input.path): đã ghi \(out.path) (bang2-nam, UBND xã Thử Nghiệm); 0 lỗi, 1 cảnh báo\n", "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: out.path))
        let invalid = CLI.example("invalid/tong-ket-2011-2020.json")
        let refused = try CLI.run(["fill", invalid, "-o", out.path + "2.xlsx"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(#": $.values["3.da-xu-ly"]["2017"]: lỗi: [- Số phản ánh, kiến nghị đã xử lý, năm 2017]"#), "\(refused.stderr)")
        #expect(refused.errorLines.last == "cchc: \(invalid): lỗi: còn 4 lỗi nên không ghi tệp nào (sửa các lỗi, hoặc dùng --allow-errors để vẫn ghi)",
                "\(refused.stderr)")
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
            // One line, about the input, naming the output as given (as every output that would
            // replace a file the run reads).
            let expected = "cchc: " + Catalogue.vietnamese.line(Finding(.error, .outputFailed(.sameAsInput(spelling)), at: Location(file: input.path)))
            #expect(result.errorLines == [expected], "\(result.stderr)")
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
        #expect(try XLSXFile(url: out).sheets.count == 2)  // the form and the hidden map
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.xlsx"])
    }

    @Test("an output directory that does not exist, or cannot be written, is an error naming it")
    func unwritableDirectory() throws {
        let missing = try CLI.temporaryDirectory().appendingPathComponent("no-such-dir")
        let result = try CLI.run(["fill", CLI.example("muc-tieu-30c.json"), "-o", missing.appendingPathComponent("out.xlsx").path])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1 && result.errorLines[0].hasPrefix("cchc: lỗi: \(missing.path): "), "\(result.stderr)")
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
        #expect(denied.errorLines.count == 1 && denied.errorLines[0].hasPrefix("cchc: lỗi: \(readOnly.path): "), "\(denied.stderr)")
        // Not the message of a missing directory: the two are told apart.
        #expect(denied.errorLines.first.map { $0.dropFirst("cchc: lỗi: \(readOnly.path): ".count) }
                != result.errorLines.first.map { $0.dropFirst("cchc: lỗi: \(missing.path): ".count) })
    }
}
