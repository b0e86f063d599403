import Foundation
import Testing

/// `cchc init --submission`: a skeleton submission that reads back, and that a user fills in and submits.
@Suite("cchc init --submission")
struct InitSubmissionCLITests {
    /// Codes of the findings a skeleton's empty fields give (and nothing else may come).
    static let emptyFieldCodes: Set<String> = ["input.empty-text", "input.missing", "submission.no-report-number"]

    @Test("the skeleton: unit, period, report, signer, recipients, and one appendix per template with every row", arguments: [
        ["bang2-nam", "can-bo-dau-moi", "--year", "2021"],
        ["tong-ket-2011-2020", "muc-tieu-30c", "--from", "2016", "--to", "2020", "--cutoff", "2020-03-31"],
        ["can-bo-dau-moi"],
    ])
    func skeleton(_ arguments: [String]) throws {
        let result = try CLI.run(["init", "--submission"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let skeleton = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["unit", "period", "report", "signer", "recipients", "appendices"] { #expect(skeleton[key] != nil, "\(key) missing") }
        let report = try #require(skeleton["report"] as? [String: Any])
        for key in ["number", "date", "place", "title", "issuer"] { #expect(report.keys.contains(key), "report.\(key) missing") }
        let signer = try #require(skeleton["signer"] as? [String: Any])
        for key in ["onBehalf", "signingFor", "title", "name"] { #expect(signer.keys.contains(key), "signer.\(key) missing") }
        let ids = Array(arguments.prefix(while: { !$0.hasPrefix("--") }))
        let options = Array(arguments.drop(while: { !$0.hasPrefix("--") }))
        let appendices = try #require(skeleton["appendices"] as? [[String: Any]])
        #expect(appendices.map { $0["template"] as? String } == ids.map(Optional.some))
        for (id, appendix) in zip(ids, appendices) {
            // The rows of the appendix are the lines `cchc init <template>` prints, indented.
            // (`cchc init` takes the period options only for a template that has the period.)
            let template = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.root.appendingPathComponent("templates/\(id).json"))) as? [String: Any]
            let single = try CLI.run(["init", id] + (template?["period"] as? String == "none" ? [] : options))
            #expect(single.status == 0, "\(single.stderr)")
            let inner = try #require(single.stdout.range(of: "  \"values\": {\n")?.upperBound)
            let end = try #require(single.stdout.range(of: "\n  },\n  \"notes\"")?.lowerBound)
            let rows = single.stdout[inner..<end].split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
            #expect(result.stdout.contains(rows), "\(id): the rows differ from `cchc init \(id)`")
            let values = try #require((appendix["data"] as? [String: Any])?["values"] as? [String: Any])
            #expect(values.keys.contains { !$0.hasPrefix("//") })
        }
        if arguments.contains("--from") {
            #expect(result.stdout.contains(#""period": { "from": 2016, "to": 2020, "cutoff": "2020-03-31" }"#))
        }
        // It reads back: only the findings of the empty fields, no syntax error, no unknown key.
        let file = try CLI.temporaryDirectory().appendingPathComponent("bo-bao-cao.json")
        try Data(result.stdout.utf8).write(to: file)
        let validate = try CLI.run(["validate", file.path, "--format", "json"])
        #expect(validate.status == 1)
        let findings = try CLI.findings(validate)
        #expect(Set(findings.compactMap(\.code)).isSubset(of: Self.emptyFieldCodes), "\(findings.map(\.code))")
        #expect(Set(findings.compactMap { $0["path"] as? String })
                == ["$.unit.name", "$.report.date", "$.report.number", "$.signer.title", "$.signer.name"], "\(validate.stdout)")
        // A file: it follows --lang, never the locale.
        #expect(try CLI.run(["init", "--submission"] + arguments, environment: ["LANG": "en_US.UTF-8"]).stdout == result.stdout)
    }

    @Test("comments in Vietnamese by default, in English with --lang en; the same keys and values")
    func language() throws {
        let vietnamese = try CLI.run(["init", "--submission", "bang2-nam", "--year", "2021"])
        let english = try CLI.run(["--lang", "en", "init", "--submission", "bang2-nam", "--year", "2021"])
        #expect(vietnamese.status == 0 && english.status == 0)
        #expect(vietnamese.stdout.contains(#""// date": "ngày ký báo cáo, dạng YYYY-MM-DD"#), "\(vietnamese.stdout.prefix(1_500))")
        #expect(vietnamese.stdout.contains(#""// Số nhiệm vụ đề ra trong kế hoạch [Nhiệm vụ]": "số nguyên ≥ 0""#))
        #expect(english.stdout.contains(#""// date": "date the report is signed, YYYY-MM-DD"#), "\(english.stdout.prefix(1_500))")
        #expect(english.stdout.contains(#""// Số nhiệm vụ đề ra trong kế hoạch [Nhiệm vụ]": "whole number ≥ 0""#))
        func keys(_ text: String) -> [String] {
            text.split(separator: "\n").map { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("\"//") ? String(trimmed.prefix(while: { $0 != ":" })) : trimmed
            }
        }
        #expect(keys(vietnamese.stdout) == keys(english.stdout))
    }

    @Test("filled in programmatically, the skeleton is submitted: a workbook with the cover, both appendices and Kiểm tra")
    func fillAndSubmit() throws {
        let result = try CLI.run(["init", "--submission", "bang2-nam", "can-bo-dau-moi", "--year", "2022", "--cutoff", "2022-12-14"])
        #expect(result.status == 0, "\(result.stderr)")
        var skeleton = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        skeleton["unit"] = ["name": "UBND huyện Thử Nghiệm", "province": "Tỉnh Phú An"]
        var report = try #require(skeleton["report"] as? [String: Any])
        report["number"] = "12/BC-UBND"
        report["date"] = "2022-12-19"
        report["place"] = "Thử Nghiệm"
        skeleton["report"] = report
        var signer = try #require(skeleton["signer"] as? [String: Any])
        signer["title"] = "CHỦ TỊCH"
        signer["name"] = "Trần Minh Khôi"
        skeleton["signer"] = signer
        skeleton["recipients"] = ["Sở Nội vụ tỉnh Phú An;", "Lưu: VT."]
        var appendices = try #require(skeleton["appendices"] as? [[String: Any]])
        var bang2 = try #require(appendices[0]["data"] as? [String: Any])
        var values = try #require(bang2["values"] as? [String: Any])
        values["i.1.nhiem-vu-de-ra"] = 20
        values["i.1.nhiem-vu-hoan-thanh"] = 19
        values["iii.6.huyen-giai-quyet"] = "1.204"
        values["iii.6.huyen-tiep-nhan"] = 1_250
        values["iii.6.huyen-ty-le-dung-hen"] = ["numerator": 1_198]
        values["i.3.hop-hoi-nghi"] = "Có"
        bang2["values"] = values
        appendices[0]["data"] = bang2
        var contacts = try #require(appendices[1]["data"] as? [String: Any])
        var rows = try #require(contacts["values"] as? [String: Any])
        rows["lanh-dao-phu-trach-cchc"] = ["ho_ten": "Trần Minh Khôi", "chuc_vu": "Chủ tịch UBND huyện", "lien_he": "tmkhoi@example.vn"]
        contacts["values"] = rows
        appendices[1]["data"] = contacts
        skeleton["appendices"] = appendices

        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("bo-bao-cao.json")
        try JSONSerialization.data(withJSONObject: skeleton, options: [.prettyPrinted, .sortedKeys]).write(to: file)
        let validate = try CLI.run(["validate", file.path])
        #expect(validate.status == 0 && validate.stdout == "0 lỗi, 0 cảnh báo\n", "\(validate.stdout)")
        let out = dir.appendingPathComponent("out.xlsx")
        let submit = try CLI.run(["submit", file.path, "-o", out.path])
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(submit.stdout.hasPrefix("Đã ghi \(out.path) (UBND huyện Thử Nghiệm; các trang tính: Thông tin chung, Bảng 2, Bảng 1, Kiểm tra)"),
                "\(submit.stdout)")
    }

    @Test("misuse: several templates without --submission, one-year and per-year templates together, --year on a per-year one")
    func misuse() throws {
        for arguments in [["bang2-nam", "can-bo-dau-moi", "--year", "2021"], ["--submission", "bang2-nam", "tong-ket-2011-2020"],
                          ["--submission", "tong-ket-2011-2020", "muc-tieu-30c", "--year", "2020"],
                          ["--submission", "bang2-nam", "--from", "2011", "--to", "2020"], ["--submission"], ["--submission", "bang3"]] {
            let result = try CLI.run(["init"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stdout)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout.prefix(200))")
        }
        let mixed = try CLI.run(["init", "--submission", "bang2-nam", "tong-ket-2011-2020"])
        #expect(mixed.errorLines == ["cchc: lỗi: bang2-nam là báo cáo một năm còn tong-ket-2011-2020 có một cột cho mỗi năm: một bộ báo cáo chỉ có một kỳ, hãy lập hai bộ riêng"],
                "\(mixed.stderr)")
        let several = try CLI.run(["init", "bang2-nam", "can-bo-dau-moi"])
        #expect(several.stderr.contains("--submission"), "\(several.stderr)")
    }
}
