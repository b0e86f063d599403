import Foundation
import Model
import Testing
import XLSXReader

/// `cchc diff` run as a user runs it: the table, json and csv outputs, the workbook, exit statuses.
@Suite("cchc diff")
struct DiffCLITests {
    static let old = CLI.example("diff/bang2-nam-2020.json")
    static let new = CLI.example("diff/bang2-nam-2021.json")
    static let perYear = CLI.example("tong-ket-2011-2020.json")

    /// Terminal cells a line takes: one per grapheme cluster (the table has no wide characters).
    static func cells(_ line: String) -> Int { line.precomposedStringWithCanonicalMapping.count }

    /// The JSON output as an array of objects.
    static func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLI.run(["diff"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func row(_ id: String, in rows: [[String: Any]]) throws -> [String: Any] {
        try #require(rows.first { $0["id"] as? String == id }, "no row \(id)")
    }

    // MARK: Table

    /// Negative numbers given to numeric options: the argument parser took them for options and
    /// said "Missing value"; now the command says what is wrong with the value.
    static let negativeValues: [([String], UsageProblem)] = [
        (["diff", perYear, "--years", "-1", "2020"], .yearOptionOutOfRange(option: "--years", given: -1, range: 1990...2100)),
        (["diff", perYear, "--years", "2011", "-2020"], .yearOptionOutOfRange(option: "--years", given: -2020, range: 1990...2100)),
        (["diff", perYear, "--years", "2011", "2020", "--threshold", "-1"], .thresholdInvalid("-1")),
        (["diff", old, new, "--threshold", "-12,5"], .thresholdInvalid("-12,5")),
        (["diff", old, new, "--width", "-5"], .widthTooSmall(minimum: 20)),
        (["init", "bang2-nam", "--year", "-5"], .yearOptionOutOfRange(option: "--year", given: -5, range: 1990...2100)),
        (["init", "tong-ket-2011-2020", "--from", "-1", "--to", "2020"], .yearOptionOutOfRange(option: "--from", given: -1, range: 1990...2100)),
        (["diff", perYear, "--years", "1500", "2020"], .yearOptionOutOfRange(option: "--years", given: 1500, range: 1990...2100)),
    ]

    @Test("a negative number after --years, --threshold, --width, --year or --from is read, then refused saying what is wrong",
          arguments: negativeValues)
    func negativeValue(_ arguments: [String], _ problem: UsageProblem) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.first == "Lỗi: " + Catalogue.vietnamese.message(.usage(problem)), "\(result.stderr)")
    }

    @Test("the table: every row of the form, the changes, a summary")
    func table() throws {
        let result = try CLI.run(["diff", Self.old, Self.new, "--width", "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("So sánh Năm 2020 → Năm 2021 · bang2-nam · UBND huyện Tân Hòa Đông – Tỉnh Phú An"))
        for text in ["STT", "Chỉ tiêu", "Năm 2020", "Năm 2021", "Chênh lệch", "Công tác chỉ đạo điều hành CCHC",
                     "Không → Có", "Phát phiếu → Kết hợp", "không báo cáo", "9.575/9.620", "10.243/10.248", "+10,53", "-17,65"] {
            #expect(out.contains(text), "\(text) missing")
        }
        #expect(result.lines.last == "100 thay đổi, 35 không đổi, 4 không báo cáo. Thay đổi của các dòng tỷ lệ (%) tính bằng điểm phần trăm.",
                "\(result.lines.last ?? "")")
        #expect(!out.contains("\u{1B}["), "no colour when standard output is not a terminal")
        for line in out.split(separator: "\n") { #expect(Self.cells(String(line)) <= 120, "\(line)") }
        // In English on request: the words of the tool change, the figures keep their values.
        let english = try CLI.run(["diff", Self.old, Self.new, "--width", "120", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.lines.last == "100 changed, 35 unchanged, 4 not reported. Changes of % rows are in percentage points.",
                "\(english.lines.last ?? "")")
        #expect(english.stdout.contains("not reported") && english.stdout.contains("+10.53"))
    }

    @Test("the table fits the width, Vietnamese diacritics measured as one cell, columns aligned", arguments: [60, 80, 100])
    func fitsWidth(_ width: Int) throws {
        for arguments in [["--width", "\(width)"], ["--width", "\(width)", "--compact"]] {
            let result = try CLI.run(["diff", Self.old, Self.new] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            for line in lines { #expect(Self.cells(line) <= width, "\(Self.cells(line)) > \(width): \(line)") }
            // The last column is right-aligned: every line ending in a relative change ends at the
            // same cell, whatever the Vietnamese letters (and their diacritics) before it.
            let offsets = lines.filter { $0.range(of: #"[+-]\d+,\d\d$"#, options: .regularExpression) != nil }.map(Self.cells)
            #expect(offsets.count >= 50)
            #expect(Set(offsets).count == 1, "\(offsets)")
        }
    }

    @Test("$COLUMNS gives the width when standard output is not a terminal")
    func columnsVariable() throws {
        let result = try CLI.run(["diff", Self.old, Self.new], environment: ["COLUMNS": "72"])
        #expect(result.status == 0)
        let widths = result.stdout.split(separator: "\n").map { Self.cells(String($0)) }
        #expect(widths.max() ?? 0 <= 72)
        #expect(widths.max() ?? 0 >= 60)
    }

    @Test("decomposed (NFD) Vietnamese text is measured and printed like precomposed text")
    func decomposedText() throws {
        let dir = try CLI.temporaryDirectory()
        var text = try String(contentsOfFile: Self.new, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"UBND huyện Tân Hòa Đông\"", with: "\"UBND huyện Tân Hòa Đông\"".decomposedStringWithCanonicalMapping)
        text = text.replacingOccurrences(of: "\"i.8\": \"Tổ chức", with: "\"i.8\": \"Tổ chức".decomposedStringWithCanonicalMapping)
        let nfd = dir.appendingPathComponent("nfd.json")
        try Data(text.utf8).write(to: nfd)
        let result = try CLI.run(["diff", Self.old, nfd.path, "--width", "90"])
        #expect(result.status == 0, "\(result.stderr)")
        for line in result.stdout.split(separator: "\n") {
            #expect(Self.cells(String(line)) <= 90)
            #expect(String(line) == String(line).precomposedStringWithCanonicalMapping, "printed in NFC: \(line)")
        }
        #expect(result.stdout.contains("Tổ chức"))
    }

    @Test("colour: only on a terminal or when asked, never with NO_COLOR")
    func colour() throws {
        let always = try CLI.run(["diff", Self.old, Self.new, "--color", "always", "--width", "100"])
        #expect(always.stdout.contains("\u{1B}[36m+4\u{1B}[0m"))  // an increase
        #expect(always.stdout.contains("\u{1B}[33m-3\u{1B}[0m"))  // a decrease
        let never = try CLI.run(["diff", Self.old, Self.new, "--color", "never"])
        #expect(!never.stdout.contains("\u{1B}["))
        // On a pseudo-terminal (script(1)), auto colours unless NO_COLOR is set.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let command = "\(try CLI.executable().path) diff \(Self.old) \(Self.new) --width 100"
        let tty = try CLI.runTool("/usr/bin/script", ["-qefc", command, "/dev/null"], environment: ["NO_COLOR": ""])
        #expect(tty.stdout.contains("\u{1B}[1m"), "\(tty.stdout.prefix(300))")
        let noColor = try CLI.runTool("/usr/bin/script", ["-qefc", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(noColor.stdout.contains("So sánh Năm 2020"))
    }

    // MARK: JSON and CSV

    @Test("--format json: one object per value row with the documented fields")
    func jsonFields() throws {
        let rows = try Self.json([Self.old, Self.new])
        #expect(rows.count == 139)  // every value row of bang2-nam; headings are not listed
        let statuses = Set(rows.compactMap { $0["status"] as? String })
        #expect(statuses == ["changed", "unchanged", "not_reported"])
        for row in rows {
            #expect(Set(row.keys).isSuperset(of: ["id", "stt", "label", "unit", "old", "new", "change", "change_percent", "status",
                                                  "change_label", "old_counts", "new_counts"]))
        }
        let count = try Self.row("i.1.nhiem-vu-de-ra", in: rows)
        #expect(count["old"] as? Double == 38 && count["new"] as? Double == 42 && count["change"] as? Double == 4)
        #expect(abs((count["change_percent"] as? Double ?? 0) - 400.0 / 38) < 1e-6)
        let coded = try Self.row("i.6", in: rows)
        #expect(coded["old"] as? String == "Không" && coded["new"] as? String == "Có")
        #expect(coded["change_label"] as? String == "Không → Có")
        #expect(coded["change"] is NSNull && coded["change_percent"] is NSNull)
        let blank = try Self.row("v.2.vien-chuc-dac-biet", in: rows)
        #expect(blank["status"] as? String == "not_reported")
        #expect(blank["new"] is NSNull)
        #expect(blank["change"] is NSNull)
        let rate = try Self.row("iii.6.xa-ty-le-dung-hen", in: rows)
        let oldCounts = try #require(rate["old_counts"] as? [String: Double])
        let newCounts = try #require(rate["new_counts"] as? [String: Double])
        #expect(oldCounts == ["numerator": 5290, "denominator": 5371])
        #expect(newCounts == ["numerator": 5712, "denominator": 5790])
        let points = 5712.0 / 5790 * 100 - 5290.0 / 5371 * 100
        #expect(abs((rate["change"] as? Double ?? 0) - points) < 1e-8)  // percentage points
        #expect(count["old_counts"] is NSNull)
    }

    @Test("--format csv: a header and the same rows as json")
    func csv() throws {
        let result = try CLI.run(["diff", Self.old, Self.new, "--format", "csv"])
        #expect(result.status == 0)
        let rows = CSV.parse(result.stdout)
        let header = try #require(rows.first)
        #expect(header == ["id", "stt", "label", "old_label", "unit", "kind", "status", "old", "new", "change", "change_percent",
                           "change_label", "old_numerator", "old_denominator", "new_numerator", "new_denominator"])
        #expect(rows.count == 140)
        func field(_ id: String, _ name: String) throws -> String {
            let row = try #require(rows.first { $0.first == id })
            return row[try #require(header.firstIndex(of: name))]
        }
        #expect(try field("i.6", "change_label") == "Không → Có")
        #expect(try field("i.6", "label") == "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp")  // quoted: it has a comma
        #expect(try field("iii.6.xa-ty-le-dung-hen", "old_numerator") == "5290")
        #expect(try field("v.2.vien-chuc-dac-biet", "new") == "")
        #expect(try field("v.2.vien-chuc-dac-biet", "status") == "not_reported")
        #expect(try field("i.1.nhiem-vu-de-ra", "change") == "4")
    }

    @Test("--only-changed and --threshold")
    func filters() throws {
        let changed = try Self.json([Self.old, Self.new, "--only-changed"])
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { ($0["status"] as? String) != "unchanged" })
        #expect(!changed.contains { $0["id"] as? String == "vii.6.xa-xem-xet-lanh-dao" })  // blank both years
        let large = try Self.json([Self.old, Self.new, "--threshold", "50"])
        #expect(large.count < changed.count)
        for row in large {
            if let percent = row["change_percent"] as? Double { #expect(abs(percent) >= 50) }
        }
        #expect(large.contains { $0["id"] as? String == "i.6" })  // a new answer has no size: kept
        let decimal = try Self.json([Self.old, Self.new, "--threshold", "12,5"])
        #expect(decimal.count > large.count)
        let bad = try CLI.run(["diff", Self.old, Self.new, "--threshold", "nhiều"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--threshold"))
    }

    // MARK: Years of one input

    @Test("--years compares two year columns of one per-year input")
    func years() throws {
        let result = try CLI.run(["diff", Self.perYear, "--years", "2019", "2020", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "Số liệu năm 2020 tính đến ngày 31/03/2020: chênh lệch so sánh một phần năm với cả năm.\n", "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let rate = try Self.row("3.ty-le-da-xu-ly", in: rows)
        #expect(rate["old"] as? Double == 100 && rate["new"] as? Double == 50)
        #expect(rate["change"] as? Double == -50)
        #expect(rate["old_counts"] as? [String: Double] == ["numerator": 10, "denominator": 10])
        #expect(try Self.row("4.tthc-tinh", in: rows)["status"] as? String == "not_reported")

        let table = try CLI.run(["diff", Self.perYear, "--years", "2019", "2020", "--width", "100"])
        #expect(table.stdout.contains("Năm 2020 (Tính đến 31/3)") || table.stdout.contains("Năm 2020 (Tính đến"))
    }

    // MARK: Workbook

    @Test("--xlsx writes the So sánh workbook")
    func workbook() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("so-sanh.xlsx")
        let result = try CLI.run(["diff", Self.old, Self.new, "--xlsx", out.path, "--only-changed"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Đã ghi \(out.path) (trang tính 'So sánh', 103 dòng)\n", "\(result.stdout)")
        let book = try XLSXFile(url: out)
        #expect(book.worksheetNames == ["So sánh"])
        let sheet = try #require(book.sheet("So sánh"))
        #expect(sheet.cells(inColumn: 5).contains { $0.formula?.hasPrefix("IF(AND(ISNUMBER(D") ?? false })
        // With --format as well, the comparison goes to standard output and the message to standard error.
        let both = try CLI.run(["diff", Self.old, Self.new, "--xlsx", out.path, "--format", "json"])
        #expect(both.stdout.hasPrefix("["))
        #expect(both.stderr == "Đã ghi \(out.path) (trang tính 'So sánh', 139 dòng)\n", "\(both.stderr)")
        // The workbook follows --lang, never the locale.
        let english = dir.appendingPathComponent("en.xlsx")
        #expect(try CLI.run(["diff", Self.old, Self.new, "--xlsx", english.path], environment: ["LANG": "en_US.UTF-8"]).stdout.hasPrefix("Wrote "))
        let vietnamese = dir.appendingPathComponent("vi.xlsx")
        #expect(try CLI.run(["diff", Self.old, Self.new, "--xlsx", vietnamese.path]).status == 0)
        #expect(try Data(contentsOf: english) == Data(contentsOf: vietnamese))
        // Never over an input.
        let over = try CLI.run(["diff", Self.old, Self.new, "--xlsx", Self.new])
        #expect(over.status == 2)
    }

    // MARK: Versions and errors

    @Test("--old-templates: an older version of the form gives added and removed rows")
    func oldTemplates() throws {
        let templates = try CLI.temporaryDirectory()
        var template = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("templates/bang2-nam.json"))) as? [String: Any])
        template["version"] = "2020"
        var templateRows = try #require(template["rows"] as? [[String: Any]])
        templateRows.removeAll { $0["id"] as? String == "vii.6.xa-xem-xet-lanh-dao" }
        templateRows.append(["id": "vii.6.iso-2008", "label": "Số đơn vị còn áp dụng ISO 9001:2008", "unit": "Cơ quan, đơn vị", "kind": "count"])
        template["rows"] = templateRows
        try JSONSerialization.data(withJSONObject: template).write(to: templates.appendingPathComponent("bang2-nam.json"))
        var text = try String(contentsOfFile: Self.old, encoding: .utf8)
        text = text.replacingOccurrences(of: ",\n    \"vii.6.xa-xem-xet-lanh-dao\": \"Chưa tổng hợp được\"", with: "")
        text = text.replacingOccurrences(of: "\"vii.6.xa-danh-gia-noi-bo\": 11", with: "\"vii.6.xa-danh-gia-noi-bo\": 11, \"vii.6.iso-2008\": 3")
        let inputs = try CLI.temporaryDirectory()
        let old = inputs.appendingPathComponent("bang2-nam-2020.json")
        try Data(text.utf8).write(to: old)

        let result = try CLI.run(["diff", old.path, Self.new, "--old-templates", templates.path, "--format", "json", "--only-changed"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "Mẫu biểu bang2-nam: phiên bản 2020 (Năm 2020) và 2021 (Năm 2021); các dòng được ghép theo mã: 1 dòng mới, 1 dòng bỏ.\n",
                "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let removed = try Self.row("vii.6.iso-2008", in: rows)
        #expect(removed["status"] as? String == "removed")
        #expect(removed["old"] as? Double == 3 && removed["new"] is NSNull)
        #expect(try Self.row("vii.6.xa-xem-xet-lanh-dao", in: rows)["status"] as? String == "added")

        // Without --old-templates the older input does not read against the bundled version: an error.
        let plain = try CLI.run(["diff", old.path, Self.new])
        #expect(plain.status == 1)
        #expect(plain.errorLines.first?.hasPrefix(old.path + #": $.values["vii.6.iso-2008"]: lỗi: "#) == true, "\(plain.stderr)")
    }

    @Test("inputs of different templates: exit 2 with both named")
    func differentTemplates() throws {
        let result = try CLI.run(["diff", Self.new, CLI.example("muc-tieu-30c.json")])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1 && result.errorLines[0].hasPrefix("cchc: lỗi: "), "\(result.stderr)")
        for name in [Self.new, CLI.example("muc-tieu-30c.json"), "bang2-nam", "muc-tieu-30c"] { #expect(result.stderr.contains(name), "\(name)") }
        #expect(result.stdout.isEmpty)
    }

    @Test("an input with errors stops the comparison (exit 1) unless --allow-errors")
    func inputErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.json")
        let text = try String(contentsOfFile: Self.new, encoding: .utf8)
            .replacingOccurrences(of: "\"i.1.nhiem-vu-de-ra\": 42", with: "\"i.1.nhiem-vu-de-ra\": \"bốn mươi hai\"")
        try Data(text.utf8).write(to: bad)
        let refused = try CLI.run(["diff", Self.old, bad.path])
        #expect(refused.status == 1)
        #expect(refused.errorLines.contains { $0.hasPrefix(bad.path + #": $.values["i.1.nhiem-vu-de-ra"]: lỗi: "#) }, "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let allowed = try CLI.run(["diff", Self.old, bad.path, "--allow-errors", "--format", "json"])
        #expect(allowed.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(allowed.stdout.utf8)) as? [[String: Any]])
        #expect(try Self.row("i.1.nhiem-vu-de-ra", in: rows)["status"] as? String == "not_reported")
    }

    /// Misuse, and a fragment its one-line message must hold: the flag, years, template or file it is about.
    @Test("misuse exits 2 with a message", arguments: [
        (["diff", "examples/diff/bang2-nam-2021.json"], "--years"),
        (["diff", "examples/tong-ket-2011-2020.json", "--years", "2019"], "--years 2019 2020"),
        (["diff", "examples/tong-ket-2011-2020.json", "--years", "2009", "2020"], "2011–2020"),
        (["diff", "examples/tong-ket-2011-2020.json", "examples/tong-ket-2011-2020.json"], "--years"),
        (["diff", "examples/diff/bang2-nam-2021.json", "--years", "2020", "2021"], "bang2-nam"),
        (["diff", "examples/diff/no-such-file.json", "examples/diff/bang2-nam-2021.json"], "cchc: examples/diff/no-such-file.json: lỗi: "),
    ])
    func misuse(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // In Vietnamese, with at most one usage line.
        #expect(result.errorLines.first?.hasPrefix("Lỗi: ") == true || result.errorLines.first?.hasPrefix("cchc: ") == true, "\(result.stderr)")
        #expect(result.errorLines.filter { $0.hasPrefix("Cách dùng:") || $0.hasPrefix("Usage:") }.count <= 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"), "\(result.stderr)")
    }

    @Test("diff --help: exit 0 and the usage line; cchc --help lists it")
    func help() throws {
        let help = try CLI.run(["diff", "--help"])
        #expect(help.status == 0)
        let usage = try #require(help.lines.first { $0.hasPrefix("USAGE: cchc diff ") }, "\(help.stdout)")
        #expect(usage.contains("<old.json>"))
        #expect(try CLI.run(["--help"]).stdout.contains("diff"))
    }
}

extension CLI {
    /// Runs another program (e.g. `script` for a pseudo-terminal), its standard error merged into its output.
    static func runTool(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        // The locale of the host must not choose the language (an empty variable counts as unset).
        let neutral = ["TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        return try runProgram(URL(fileURLWithPath: path), arguments, environment: neutral.merging(environment) { $1 },
                              mergingStandardError: true)
    }
}
