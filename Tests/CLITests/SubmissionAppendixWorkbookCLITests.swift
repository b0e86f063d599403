import Foundation
import Testing

/// A submission's appendix given as a workbook made by hand without the map: when its content
/// does not tell its form clearly (a part of the form), the form the submission names for it is
/// the one it is read as.
@Suite("submit: a hand-made appendix workbook read as the form the submission names")
struct SubmissionAppendixWorkbookCLITests {
    /// The first rows of Bảng 2 only, in the official layout, typed by openpyxl (not libxlsxwriter).
    static let script = #"""
        # -*- coding: utf-8 -*-
        import json, sys, openpyxl
        template = json.load(open(sys.argv[1], encoding="utf-8"))
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Bảng 2"
        ws.append(["Đơn vị báo cáo: UBND xã Thử Nghiệm Tây – Tỉnh Phú An"])
        ws.append(["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", None, "Ghi chú"])
        ws.append([None, None, "Đơn vị tính", "Số liệu", None])
        ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3"); ws.merge_cells("E2:E3"); ws.merge_cells("C2:D2")
        rows = template["rows"]
        for row in rows[: len(rows) // 4]:
            value = {"i.1.nhiem-vu-de-ra": "1.130", "i.1.nhiem-vu-hoan-thanh": 1096}.get(row["id"])
            ws.append([row.get("stt"), row["label"], row.get("unit"), value, None])
        wb.save(sys.argv[2])
        """#

    @Test("alone it is workbook.template-unclear; as a submission's Bảng 2 it is read as Bảng 2, its figures as typed, the rows it lacks warned of")
    func namedBySubmission() throws {
        let python = try #require(ExportCLITests.python, "no python3 with openpyxl: run scripts/install-deps.sh test")
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.script.write(to: dir.appendingPathComponent("lap.py"), atomically: true, encoding: .utf8)
        let made = try CLI.runProgram(URL(fileURLWithPath: python),
                                      ["lap.py", CLI.root.appendingPathComponent("templates/bang2-nam.json").path, "bang2-mot-phan.xlsx"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")

        let alone = try CLI.run(["validate", "bang2-mot-phan.xlsx"], in: dir)
        #expect(alone.status == 2)
        #expect((alone.stdout + alone.stderr).contains("không nhận ra sổ Excel này thuộc biểu mẫu nào"), "\(alone.stdout)\(alone.stderr)")

        let submission = """
            {
              "unit": {"name": "UBND xã Thử Nghiệm Tây", "province": "Tỉnh Phú An"},
              "report": {"title": "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2025", "number": "12/BC-UBND",
                         "date": "2025-12-15", "place": "Thử Nghiệm Tây", "issuer": ["ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM TÂY"]},
              "period": {"year": 2025},
              "signer": {"onBehalf": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lê Văn Thử"},
              "appendices": [{"template": "bang2-nam", "file": "bang2-mot-phan.xlsx"}]
            }
            """
        try submission.write(to: dir.appendingPathComponent("bao-cao.json"), atomically: true, encoding: .utf8)
        let checked = try CLI.run(["validate", "bao-cao.json"], in: dir)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let all = checked.stdout + checked.stderr
        #expect(!all.contains("không nhận ra sổ Excel"), "\(all)")
        #expect(all.contains("bang2-mot-phan.xlsx"), "the rows the workbook lacks are warned of, naming it: \(all)")

        let written = try CLI.run(["submit", "bao-cao.json", "-o", "nop.xlsx", "--quiet"], in: dir)
        #expect(written.status == 0, "\(written.stderr)")
        let exported = try CLI.run(["export", "nop.xlsx"], in: dir)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("\"i.1.nhiem-vu-de-ra\": 1130") && exported.stdout.contains("\"i.1.nhiem-vu-hoan-thanh\": 1096"),
                "\(exported.stdout)")
    }
}
