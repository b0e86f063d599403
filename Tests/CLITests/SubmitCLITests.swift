import Foundation
import Testing
import XLSXReader

/// `cchc submit` run as a user runs it.
@Suite("cchc submit")
struct SubmitCLITests {
    static let annual = CLI.example("bao-cao-nam/submission.json")
    static let review = CLI.example("tong-ket-2011-2020/submission.json")
    static let seeded = CLI.example("invalid/submission/submission-contradictions.json")

    @Test("-o a directory: the default ASCII name, the sheets listed, exit 0, nothing else left there")
    func defaultName() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.annual, "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "ubnd-huyen-tan-hoa-dong_215-bc-ubnd_2021.xlsx"
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [name])
        #expect(result.stdout == "Đã ghi \(dir.appendingPathComponent(name).path) (UBND huyện Tân Hòa Đông; các trang tính: Thông tin chung, Bảng 1, Bảng 2, Kiểm tra); 0 lỗi, 0 cảnh báo\n",
                "\(result.stdout)")
        // Then the hidden map of what the workbook is, for reading it back.
        #expect(try XLSXFile(url: dir.appendingPathComponent(name)).sheetNames == ["Thông tin chung", "Bảng 1", "Bảng 2", "Kiểm tra", "_cchc"])
    }

    @Test("without -o the workbook goes to the current directory under its default name")
    func currentDirectory() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.review, "--quiet"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ubnd-huyen-tan-hoa-dong_58-bc-ubnd_2011-2020.xlsx"])
    }

    @Test("-o a file: written there, and the same bytes on a second run")
    func namedFile() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("tong-ket.xlsx")
        #expect(try CLI.run(["submit", Self.review, "-o", out.path]).status == 0)
        let bytes = try Data(contentsOf: out)
        #expect(try CLI.run(["submit", Self.review, "-o", out.path]).status == 0)
        #expect(try Data(contentsOf: out) == bytes)
        #expect(try XLSXFile(url: out).sheetNames.suffix(2) == ["Biểu đồ", "_cchc"])
    }

    @Test("errors stop the submission: exit 1, every error printed with its path, nothing written")
    func refused() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.seeded, "-o", dir.path])
        #expect(result.status == 1)
        let findings = result.errorLines.filter { $0.hasPrefix(Self.seeded + ": $.appendices[1].data.values[") }
        #expect(findings.count == 5 && findings.allSatisfy { $0.contains(": lỗi: [") }, "\(result.stderr)")
        #expect(result.stderr.contains(#"$.appendices[1].data.values["i.2.van-de-da-xu-ly"]: lỗi: [Số vấn đề phát hiện đã xử lý xong]"#))
        #expect(result.stderr.contains("Tỷ lệ báo cáo 98,8 % khác với 99,504 % tính từ tử số/mẫu số 1.204/1.210 (làm tròn đến 1 chữ số thập phân: 99,5 %)"), "\(result.stderr)")
        #expect(result.errorLines.last == "cchc: \(Self.seeded): lỗi: còn 5 lỗi nên không ghi tệp nào (sửa các lỗi, hoặc dùng --allow-errors để vẫn ghi)",
                "\(result.stderr)")
        #expect(result.errorLines.count == 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        // The same in English on request.
        let english = try CLI.run(["submit", Self.seeded, "-o", dir.path, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errorLines.filter { $0.hasPrefix(Self.seeded + ": $.appendices[1]") && $0.contains(": error: [") }.count == 5,
                "\(english.stderr)")
    }

    @Test("--allow-errors writes the workbook, and its cover says in red that errors remain")
    func allowErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.seeded, "-o", dir.path, "--allow-errors"])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "ubnd-huyen-tan-hoa-dong_216-bc-ubnd_2021.xlsx"
        #expect(result.stdout.hasSuffix("; 5 lỗi, 0 cảnh báo\n"), "\(result.stdout)")
        let file = try XLSXFile(url: dir.appendingPathComponent(name))
        let cover = try #require(file.sheet("Thông tin chung"))
        let warning = try #require(cover.orderedCells.first { $0.text?.hasPrefix("BÁO CÁO CÒN 5 LỖI CHƯA ĐƯỢC SỬA") == true })
        #expect(file.style(of: warning).fontColor?.uppercased().hasSuffix("FF0000") == true)
        #expect(!cover.orderedCells.contains { $0.text?.contains("--allow-errors") == true })
        #expect(file.sheet("Kiểm tra")?.hyperlinks.count == 5)
        // An English locale changes the messages, not the workbook.
        let other = try CLI.temporaryDirectory()
        let english = try CLI.run(["submit", Self.seeded, "-o", other.path, "--allow-errors"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.status == 0 && english.stdout.hasPrefix("Wrote "), "\(english.stdout)")
        #expect(try Data(contentsOf: other.appendingPathComponent(name)) == Data(contentsOf: dir.appendingPathComponent(name)))
    }

    @Test("unreadable submissions and misuse exit 2 and write nothing")
    func misuse() throws {
        let dir = try CLI.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.json")
        try Data("{ \"unit\": ".utf8).write(to: broken)
        #expect(try CLI.run(["submit", dir.appendingPathComponent("missing.json").path, "-o", dir.path]).status == 2)
        #expect(try CLI.run(["submit", broken.path, "-o", dir.path]).status == 2)
        #expect(try CLI.run(["submit", Self.annual, "-o", dir.appendingPathComponent("out.pdf").path]).status == 2)
        #expect(try CLI.run(["submit"]).status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["broken.json"])
    }

    @Test("a submission that is not an object, or whose appendix cannot be read, exits 1 even with --allow-errors")
    func unwritable() throws {
        let dir = try CLI.temporaryDirectory()
        let array = dir.appendingPathComponent("array.json")
        try Data("[]".utf8).write(to: array)
        #expect(try CLI.run(["submit", array.path, "-o", dir.path, "--allow-errors"]).status == 1)
        let missing = dir.appendingPathComponent("missing-appendix.json")
        try Data("""
        {"unit": {"name": "UBND xã Thử"}, "report": {"number": "1/BC", "date": "2021-12-20"}, "period": {"year": 2021},
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}, "appendices": [{"file": "nowhere.json"}]}
        """.utf8).write(to: missing)
        let result = try CLI.run(["submit", missing.path, "-o", dir.path, "--allow-errors"])
        #expect(result.status == 1)
        #expect(result.errorLines.first?.hasPrefix(missing.path + ": $.appendices[0].file: lỗi: ") == true, "\(result.stderr)")
        #expect(result.errorLines.first?.contains(dir.appendingPathComponent("nowhere.json").path) == true, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["array.json", "missing-appendix.json"])
    }

    @Test("two appendices on one sheet (ignoring case): exit 1 with the clash, nothing written, even with --allow-errors (the library failed halfway)")
    func sheetNameClash() throws {
        let dir = try CLI.temporaryDirectory()
        let submission = dir.appendingPathComponent("twice.json")
        try Data("""
        {"unit": {"name": "UBND xã Thử"}, "report": {"number": "1/BC", "date": "2021-12-20"}, "period": {"year": 2021},
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "PHỤ LỤC 3", "data": {"values": {}}}]}
        """.utf8).write(to: submission)
        let result = try CLI.run(["submit", submission.path, "-o", dir.path, "--allow-errors"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("WARNING") && !result.stderr.contains("already in use"), "\(result.stderr)")
        #expect(result.errorLines.contains { $0.hasPrefix(submission.path + ": $.appendices[1].sheet: lỗi: ") }, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["twice.json"])
    }

    @Test("a cover line longer than a cell: refused with the finding, nothing written, even with --allow-errors")
    func composedTextTooLong() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("long.json")
        try Data("""
        {"unit": {"name": "UBND xã Thử"}, "report": {"number": "1/BC", "date": "2021-12-20"}, "period": {"year": 2021},
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}, "recipients": ["\(String(repeating: "r", count: 32_767))"],
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {"muc-tieu-1": "Đạt"}}}]}
        """.utf8).write(to: input)
        for extra in [[], ["--allow-errors"]] {
            let result = try CLI.run(["submit", input.path, "-o", dir.path] + extra)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.errorLines.first?.hasPrefix("\(input.path): $.recipients[0]: lỗi: Dòng nơi nhận thứ 1 ở trang bìa") == true,
                    "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["long.json"])
    }

    @Test("a refusal that --allow-errors cannot lift does not suggest --allow-errors")
    func refusalHint() throws {
        let dir = try CLI.temporaryDirectory()
        let array = dir.appendingPathComponent("array.json")
        try Data("[]".utf8).write(to: array)
        let unknownTemplate = CLI.root.appendingPathComponent("Tests/BadInputs/unknown-template.json").path
        for (command, input) in [("submit", array.path), ("fill", unknownTemplate)] {
            let result = try CLI.run([command, input, "-o", dir.appendingPathComponent("out.xlsx").path, "--allow-errors"])
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.errorLines.last?.hasPrefix("cchc: \(input): lỗi: ") == true, "\(command): \(result.stderr)")
            // Known bug in Sources: the refusal (run.refused) of an input that gave no report ends
            // "(sửa các lỗi, hoặc dùng --allow-errors để vẫn ghi)" though --allow-errors was given.
            #expect(!(result.errorLines.last ?? "").contains("--allow-errors"), "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["array.json"])
    }

    @Test("--help: exit 0 and the usage line")
    func help() throws {
        let result = try CLI.run(["submit", "--help"])
        #expect(result.status == 0)
        let usage = try #require(result.lines.first { $0.hasPrefix("USAGE: cchc submit ") }, "\(result.stdout)")
        #expect(usage.contains("--allow-errors"))
        #expect(try CLI.run(["--help"]).stdout.contains("submit"))
    }
}

/// Several submissions in one process.
@Suite("cchc submit, batch")
struct SubmitBatchCLITests {
    @Test("several submissions: each written under its default name; one with errors is reported and skipped, exit 1")
    func batch() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["submit", CLI.example("bao-cao-nam/submission.json"), CLI.example("tong-ket-2011-2020/submission.json"),
                                  CLI.example("invalid/submission/submission-contradictions.json"), "-o", out.path])
        #expect(result.status == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written.count == 2, "\(written)")
        #expect(written.allSatisfy { $0.hasSuffix(".xlsx") && $0.unicodeScalars.allSatisfy(\.isASCII) })
        let seeded = CLI.example("invalid/submission/submission-contradictions.json")
        #expect(result.errorLines.contains { $0.hasPrefix("cchc: \(seeded): lỗi: còn 5 lỗi") }, "\(result.stderr)")
        #expect(result.errorLines.last?.hasPrefix("Đã ghi 2 tệp, 1 tệp lỗi, trong ") == true, "\(result.stderr)")
    }

    @Test("two submissions that would write the same file: the second is refused, not overwritten")
    func collision() throws {
        let dir = try CLI.temporaryDirectory()
        let copy = dir.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        // The same submission from two places (its appendix paths resolved against the copy's folder).
        let original = CLI.root.appendingPathComponent("examples/tong-ket-2011-2020")
        for name in try FileManager.default.contentsOfDirectory(atPath: original.path) {
            try FileManager.default.copyItem(at: original.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let examples = CLI.root.appendingPathComponent("examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["submit", CLI.example("tong-ket-2011-2020/submission.json"), copy.appendingPathComponent("submission.json").path, "-o", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(written == ["ubnd-huyen-tan-hoa-dong_58-bc-ubnd_2011-2020.xlsx"])
        // The refusal names the refused submission, the file, and the submission that writes it
        // (whichever of the two came first: they run at the same time).
        let inputs = [CLI.example("tong-ket-2011-2020/submission.json"), copy.appendingPathComponent("submission.json").path]
        let refusals = result.errorLines.filter { $0.hasPrefix("cchc: ") }
        #expect(refusals.count == 1, "\(result.stderr)")
        let refusal = try #require(refusals.first)
        let refused = try #require(inputs.firstIndex { refusal.hasPrefix("cchc: \($0): lỗi: ") }, "\(refusal)")
        #expect(refusal.contains(out.appendingPathComponent(written[0]).path) && refusal.contains(inputs[1 - refused]), "\(refusal)")
    }
}
