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
