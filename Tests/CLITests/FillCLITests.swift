import Foundation
import Testing
import XLSXReader

/// `cchc templates`, `init` and `fill` run as a user runs them.
@Suite("cchc templates, init, fill")
struct FillCLITests {
    @Test("templates lists the four bundled forms")
    func templatesList() throws {
        let result = try CLI.run(["templates"])
        #expect(result.status == 0)
        for id in ["bang2-nam", "tong-ket-2011-2020", "muc-tieu-30c", "can-bo-dau-moi"] {
            #expect(result.stdout.contains(id), "\(id) missing from:\n\(result.stdout)")
        }
    }

    @Test("templates show --format json gives every row with id, stt, label, unit, kind, and components of derived rows")
    func templatesShowJSON() throws {
        let result = try CLI.run(["templates", "show", "bang2-nam", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let template = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("templates/bang2-nam.json"))) as? [String: Any]
        let templateRows = try #require(template?["rows"] as? [[String: Any]])
        #expect(rows.count == templateRows.count)
        #expect(rows.map { $0["id"] as? String } == templateRows.map { $0["id"] as? String })
        for row in rows {
            #expect(Set(row.keys).isSuperset(of: ["id", "stt", "label", "unit", "kind"]))
        }
        let derived = rows.filter { $0["derived"] != nil }
        #expect(!derived.isEmpty)
        for row in derived {
            let components = try #require(row["components"] as? [String], "\(row["id"] ?? "")")
            #expect(components.contains("value"))
        }
        // A rate whose two counts are components offers both.
        #expect(derived.contains { ($0["components"] as? [String]) == ["numerator", "denominator", "value"] })
    }

    @Test("templates show of an unknown id names the known ones and exits 2")
    func unknownTemplate() throws {
        let result = try CLI.run(["templates", "show", "bang2-nams"])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1 && result.errorLines[0].hasPrefix("cchc: lỗi: "), "\(result.stderr)")
        // The wrong id, and the known ones to choose from.
        for id in ["bang2-nams", "bang2-nam", "can-bo-dau-moi", "muc-tieu-30c", "tong-ket-2011-2020"] {
            #expect(result.stderr.contains(id), "\(id): \(result.stderr)")
        }
    }

    @Test("init prints a skeleton that reads back with no error, every row id present", arguments: [
        ["bang2-nam", "--year", "2022"], ["tong-ket-2011-2020", "--from", "2016", "--to", "2020", "--cutoff", "2020-03-31"],
        ["muc-tieu-30c"], ["can-bo-dau-moi"],
    ])
    func initSkeleton(_ arguments: [String]) throws {
        let result = try CLI.run(["init"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let skeleton = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let values = try #require(skeleton["values"] as? [String: Any])
        let template = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("templates/\(arguments[0]).json"))) as? [String: Any]
        let rows = try #require(template?["rows"] as? [[String: Any]])
        for row in rows where !["section", "header"].contains(row["kind"] as? String ?? "") {
            let id = try #require(row["id"] as? String)
            #expect(values.keys.contains(id), "\(id) missing")
            // The label is visible next to the id: the comment key just before it names it.
            // `{portal}` is shown as the form's own default, which is what a unit without one reads.
            let portal = (template?["defaults"] as? [String: Any])?["portal"] as? String ?? ""
            let label = try #require(row["label"] as? String).replacingOccurrences(of: "{portal}", with: portal)
            #expect(result.stdout.contains(label), "label of \(id) not shown")
            #expect(!result.stdout.contains("{portal}"))
        }
        if arguments[0] == "tong-ket-2011-2020" {
            #expect(result.stdout.contains("\"2016\": null") && !result.stdout.contains("\"2015\""))
        }
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("skeleton.json")
        try Data(result.stdout.utf8).write(to: file)
        let validate = try CLI.run(["validate", file.path, "--format", "json"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(try CLI.findings(validate).allSatisfy { $0["severity"] as? String == "warning" }, "\(validate.stdout)")
        // The empty unit name of the skeleton is said, not passed over: the sheet will lack its unit line.
        #expect(try CLI.findings(validate).contains { $0.code == "input.empty-text" && $0["path"] as? String == "$.unit.name" },
                "\(validate.stdout)")
        // The skeleton is a file: it follows --lang, never the locale.
        #expect(try CLI.run(["init"] + arguments, environment: ["LANG": "en_US.UTF-8"]).stdout == result.stdout)
    }

    @Test("fill writes the workbook and says where; a second run gives the same bytes")
    func fillWrites() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("b2.xlsx")
        let input = CLI.example("bang2-nam.json")
        let first = try CLI.run(["fill", input, "-o", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "\(input): đã ghi \(out.path) (bang2-nam, UBND huyện Tân Hòa Đông); 0 lỗi, 0 cảnh báo\n", "\(first.stdout)")
        let bytes = try Data(contentsOf: out)
        try CLI.run(["fill", input, "-o", out.path])
        #expect(try Data(contentsOf: out) == bytes)
        let file = try XLSXFile(url: out)
        #expect(file.sheetNames == ["Bảng 2", "_cchc"])  // the form, then the hidden map
        #expect(file.coreProperties["dc:creator"]?.contains("Tân Hòa Đông") == true)
        #expect(file.coreProperties["dcterms:created"]?.hasPrefix("2021-12-31") == true)
        // No temporary file is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["b2.xlsx"])
    }

    @Test("an English locale: English messages, but the same Vietnamese workbook, byte for byte", arguments: ["bang2-nam.json", "tong-ket-2011-2020.json"])
    func englishLocale(_ name: String) throws {
        let dir = try CLI.temporaryDirectory()
        let input = CLI.example(name)
        let vietnamese = dir.appendingPathComponent("vi.xlsx"), english = dir.appendingPathComponent("en.xlsx")
        let first = try CLI.run(["fill", input, "-o", vietnamese.path])
        #expect(first.status == 0 && first.stdout.contains(": đã ghi ") && first.stdout.hasSuffix("0 lỗi, 0 cảnh báo\n"), "\(first.stdout)")
        let second = try CLI.run(["fill", input, "-o", english.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(second.status == 0 && second.stdout.contains(": wrote ") && second.stdout.hasSuffix("0 errors, 0 warnings\n"), "\(second.stdout)")
        #expect(try Data(contentsOf: english) == Data(contentsOf: vietnamese), "the locale changed the workbook")
        // LC_ALL over LANG, too.
        let third = dir.appendingPathComponent("lc-all.xlsx")
        let lcAll = try CLI.run(["fill", input, "-o", third.path], environment: ["LC_ALL": "en_US.UTF-8"])
        #expect(lcAll.stdout.contains(": wrote "))
        #expect(try Data(contentsOf: third) == Data(contentsOf: vietnamese))
    }

    @Test("fill refuses an input with errors and writes nothing; --allow-errors writes it")
    func fillRefusesErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("bad.json")
        try Data("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "i.1.nhiem-vu-de-ra": "mười", "i.1.nhiem-vu-hoan-thanh": 5 } }
        """.utf8).write(to: input)
        let out = dir.appendingPathComponent("bad.xlsx")
        let refused = try CLI.run(["fill", input.path, "-o", out.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("$.values[\"i.1.nhiem-vu-de-ra\"]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Số nhiệm vụ đề ra trong kế hoạch"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let forced = try CLI.run(["fill", input.path, "-o", out.path, "--allow-errors"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test("fill of a form without Ghi chú: the note is said to be kept as a comment, never passed over with 0 warnings")
    func noteWithoutNoteColumn() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("tk.json")
        try Data("""
        { "template": "tong-ket-2011-2020", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "from": 2016, "to": 2020 },
          "values": { "1.tthc-ra-soat": { "2020": 12 } }, "notes": { "1.tthc-ra-soat": "Tính đến 31/3" } }
        """.utf8).write(to: input)
        let out = dir.appendingPathComponent("tk.xlsx")
        let result = try CLI.run(["fill", input.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 lỗi, 1 cảnh báo\n"), "\(result.stdout)")
        #expect(result.stderr.contains("$.notes[\"1.tthc-ra-soat\"]: cảnh báo: ") && result.stderr.contains("năm 2020"), "\(result.stderr)")
        #expect(try XLSXFile(url: out).sheet("Phụ lục 2")?.comments.values.contains("Ghi chú: Tính đến 31/3") == true)
    }

    @Test("a unit name and province of 20,000 characters each: refused with the finding, nothing written, even with --allow-errors")
    func composedTextTooLong() throws {
        let dir = try CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("long.json")
        let name = String(repeating: "Ủ", count: 20_000), province = String(repeating: "P", count: 20_000)
        try Data("""
        { "template": "bang2-nam", "unit": { "name": "\(name)", "province": "\(province)" }, "period": { "year": 2022 },
          "values": { "i.1.nhiem-vu-de-ra": 12 } }
        """.utf8).write(to: input)
        let out = dir.appendingPathComponent("long.xlsx")
        let refused = try CLI.run(["fill", input.path, "-o", out.path])
        #expect(refused.status == 1)
        #expect(refused.errorLines.first?.hasPrefix("\(input.path): $.unit: lỗi: Dòng \"Đơn vị báo cáo: …\"") == true, "\(refused.stderr)")
        #expect(refused.errorLines.first?.contains("40.019 ký tự") == true)
        let forced = try CLI.run(["fill", input.path, "-o", out.path, "--allow-errors"])
        #expect(forced.status == 1)
        #expect(forced.errorLines.last?.contains("text.composed-too-long") == true, "\(forced.stderr)")
        let validate = try CLI.run(["validate", input.path, "--format", "json"])
        #expect(validate.status == 1)
        let finding = try #require(try CLI.findings(validate).first)
        #expect(finding.code == "text.composed-too-long" && finding["path"] as? String == "$.unit")
        #expect(finding.details["length"] as? Int == 40_019 && finding.details["fields"] as? [String] == ["unitName", "province"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["long.json"])
    }

    @Test("--help: exit 0 and the usage line, for cchc and for fill")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.lines.contains("USAGE: cchc [--lang <vi|en>] <subcommand>"), "\(result.stdout)")
        for command in ["templates", "init", "validate", "fill", "submit", "diff"] {
            #expect(result.lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(command) }, "\(command)")
        }
        let fill = try CLI.run(["fill", "--help"])
        #expect(fill.status == 0)
        let usage = try #require(fill.lines.first { $0.hasPrefix("USAGE: cchc fill ") }, "\(fill.stdout)")
        #expect(usage.contains("<input.json>") && usage.contains("--allow-errors") && usage.contains("--lang"))
    }

    @Test("fill without inputs: a usage error, one usage line, exit 2", arguments: [[String](), ["--lang", "en"], ["-o", "out.xlsx"]])
    func usage(_ arguments: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["fill"] + arguments, in: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let english = arguments.contains("en")
        let usage = result.errorLines.filter { $0.hasPrefix("Usage:") || $0.hasPrefix("Cách dùng:") || $0.hasPrefix("USAGE:") }
        #expect(usage.count == 1, "\(result.stderr)")
        #expect(usage.first?.hasPrefix(english ? "Usage: cchc fill <input.json> ..." : "Cách dùng: cchc fill <input.json> ...") == true, "\(result.stderr)")
        #expect(!result.stderr.contains("<subcommand>"), "\(result.stderr)")
        #expect(result.errorLines.first?.hasPrefix(english ? "Error: " : "Lỗi: ") == true, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        // A pattern that matches nothing is a usage error too, in one line naming it.
        let pattern = dir.appendingPathComponent("*.json").path
        let none = try CLI.run(["fill", pattern] + arguments, in: dir)
        #expect(none.status == 2)
        #expect(none.errorLines.count == 1 && none.stderr.contains(pattern), "\(none.stderr)")
    }
}

/// `cchc fill` over many inputs in one process.
@Suite("cchc fill, batch")
struct FillBatchCLITests {
    @Test("a batch over the cores writes the same bytes as single runs, every time")
    func batchIsDeterministic() throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let example = try Data(contentsOf: URL(fileURLWithPath: CLI.example("tong-ket-2011-2020.json")))
        for i in 0..<150 { try example.write(to: inputs.appendingPathComponent(String(format: "unit-%03d.json", i))) }
        let single = dir.appendingPathComponent("single.xlsx")
        #expect(try CLI.run(["fill", CLI.example("tong-ket-2011-2020.json"), "-o", single.path, "--quiet"]).status == 0)
        let expected = try Data(contentsOf: single)
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["fill", inputs.path, "-o", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written.count == 150)
        let differing = try written.filter { try Data(contentsOf: out.appendingPathComponent($0)) != expected }
        #expect(differing.isEmpty, "\(differing.count) of 150 differ: \(differing.prefix(5))")
    }

    @Test("--jobs 1, 2 and 3: the same workbooks byte for byte, the same lines in the same order, the same exit status")
    func jobCounts() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let examples = ["bang2-nam.json", "tong-ket-2011-2020.json", "muc-tieu-30c.json", "can-bo-dau-moi.json"]
        for i in 0..<12 {
            try FileManager.default.copyItem(atPath: CLI.example(examples[i % examples.count]),
                                             toPath: inputs.appendingPathComponent(String(format: "u%02d.json", i)).path)
        }
        // One that fails, in the middle of the order.
        try Data("{\"template\": \"muc-tieu-30c\"".utf8).write(to: inputs.appendingPathComponent("u05x.json"))
        for quiet in [false, true] {
            var reference: (status: Int32, stdout: String, stderr: [String], files: [String: Data])?
            for jobs in [1, 2, 3] {
                let out = dir.appendingPathComponent("out-\(jobs)-\(quiet)")
                let result = try CLI.run(["fill", inputs.path, "-o", out.path, "--jobs", "\(jobs)"] + (quiet ? ["--quiet"] : []))
                let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                #expect(names.count == 12, "--jobs \(jobs): \(names)")
                let files = try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) })
                // The summary ends with the time taken, which differs from run to run.
                var stderr = result.errorLines
                let summary = stderr.popLast() ?? ""
                #expect(summary.hasPrefix("Đã ghi 12 tệp, 1 tệp lỗi, trong "), "--jobs \(jobs): \(result.stderr)")
                #expect(result.status == 1)
                #expect(stderr.contains { $0.hasPrefix(inputs.appendingPathComponent("u05x.json").path + ": lỗi: ") }, "\(result.stderr)")
                // The lines name the output directory, which is each run's own.
                let run = (result.status, result.stdout.replacingOccurrences(of: out.path, with: "<out>"),
                           stderr.map { $0.replacingOccurrences(of: out.path, with: "<out>") }, files)
                if let reference {
                    #expect(run.0 == reference.status && run.1 == reference.stdout && run.2 == reference.stderr, "--jobs \(jobs), quiet \(quiet)")
                    #expect(run.3 == reference.files, "--jobs \(jobs), quiet \(quiet): the workbooks differ from --jobs 1")
                } else {
                    reference = run
                    #expect(quiet ? result.stdout.isEmpty : result.lines.count == 12, "\(result.stdout)")
                }
            }
        }
        // Not a whole number from 1: the parser's message, in Vietnamese, exit 2, nothing written.
        for bad in ["0", "-1", "hai"] {
            let out = dir.appendingPathComponent("bad-jobs")
            let result = try CLI.run(["fill", inputs.path, "-o", out.path, "--jobs", bad])
            #expect(result.status == 2, "\(bad): \(result.stderr)")
            // ("-1" reads as an option: the value is then missing.)
            #expect(result.stderr.contains(bad == "-1" ? "Thiếu giá trị cho '--jobs <n>'" : "không hợp lệ cho '--jobs <n>'"), "\(bad): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test("one bad input among good ones: reported, skipped, exit 1, the others written")
    func badInputSkipped() throws {
        let dir = try CLI.temporaryDirectory()
        try Data(contentsOf: URL(fileURLWithPath: CLI.example("muc-tieu-30c.json"))).write(to: dir.appendingPathComponent("a.json"))
        try Data("{\"template\": \"muc-tieu-30c\"".utf8).write(to: dir.appendingPathComponent("b.json"))
        try Data(contentsOf: URL(fileURLWithPath: CLI.example("can-bo-dau-moi.json"))).write(to: dir.appendingPathComponent("c.json"))
        let out = dir.appendingPathComponent("out")
        let result = try CLI.run(["fill", dir.appendingPathComponent("*.json").path, "-o", out.path])
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.xlsx", "c.xlsx"])
        #expect(result.errorLines.contains { $0.hasPrefix(dir.appendingPathComponent("b.json").path + ": lỗi: ") }, "\(result.stderr)")
        #expect(result.errorLines.last?.hasPrefix("Đã ghi 2 tệp, 1 tệp lỗi, trong ") == true, "\(result.stderr)")
        // In English on request.
        let english = try CLI.run(["fill", dir.appendingPathComponent("*.json").path, "-o", out.path, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errorLines.contains { $0.hasPrefix(dir.appendingPathComponent("b.json").path + ": error: ") }, "\(english.stderr)")
        #expect(english.errorLines.last?.hasPrefix("2 workbooks written, 1 failed, in ") == true, "\(english.stderr)")
    }
}
