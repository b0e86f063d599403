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
        #expect(result.stdout.contains(name) && result.stdout.contains("Thông tin chung, Bảng 1, Bảng 2, Kiểm tra"), "\(result.stdout)")
        #expect(try XLSXFile(url: dir.appendingPathComponent(name)).sheetNames == ["Thông tin chung", "Bảng 1", "Bảng 2", "Kiểm tra"])
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
        #expect(try XLSXFile(url: out).sheetNames.last == "Biểu đồ")
    }

    @Test("errors stop the submission: exit 1, every error printed with its path, nothing written")
    func refused() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.seeded, "-o", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: ": error: ").count - 1 == 5, "\(result.stderr)")
        #expect(result.stderr.contains("$.appendices[1].data.values[\"i.2.van-de-da-xu-ly\"]"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("--allow-errors writes the workbook, and its cover says in red that errors remain")
    func allowErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["submit", Self.seeded, "-o", dir.path, "--allow-errors"])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "ubnd-huyen-tan-hoa-dong_216-bc-ubnd_2021.xlsx"
        let file = try XLSXFile(url: dir.appendingPathComponent(name))
        let cover = try #require(file.sheet("Thông tin chung"))
        let warning = try #require(cover.orderedCells.first { $0.text?.contains("LỖI CHƯA ĐƯỢC KHẮC PHỤC") == true })
        #expect(file.style(of: warning).fontColor?.uppercased().hasSuffix("FF0000") == true)
        #expect(file.sheet("Kiểm tra")?.hyperlinks.count == 5)
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
        #expect(result.stderr.contains("nowhere.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["array.json", "missing-appendix.json"])
    }

    @Test("--help explains the submission file, the sheets and the exit statuses, with an example")
    func help() throws {
        let result = try CLI.run(["submit", "--help"])
        #expect(result.status == 0)
        for text in ["cchc submit examples/bao-cao-nam/submission.json", "--allow-errors", "Thông tin chung", "Kiểm tra", "Biểu đồ",
                     "Exit status", "examples/README.md"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
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
        #expect(result.stderr.contains("submission-contradictions.json"))
        #expect(result.stderr.contains("2 workbooks written, 1 failed"), "\(result.stderr)")
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 1)
        #expect(result.stderr.contains("writes too"), "\(result.stderr)")
    }
}
