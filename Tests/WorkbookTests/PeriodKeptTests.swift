import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// A form that prints no period (Phụ lục 3, Bảng 1) takes one "for information": the whole of
/// it, a range included, is kept in the workbook's properties, not only its last year.
@Suite("the period of a form without one")
struct PeriodKeptTests {
    @Test("fill of Phụ lục 3 with 2011–2020: keywords name the range; with a year, the year", arguments: [
        (#"{"from": 2011, "to": 2020}"#, "CCHC, muc-tieu-30c, 2011-2020"), (#"{"year": 2020}"#, "CCHC, muc-tieu-30c, 2020"),
        ("null", "CCHC, muc-tieu-30c"),
    ])
    func keywords(_ period: String, _ keywords: String) throws {
        let dir = try Repo.temporaryDirectory()
        let input = try Repo.writeInput("""
        { "template": "muc-tieu-30c", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": \(period), "values": { "muc-tieu-1": "Đạt" } }
        """, named: "p3.json", in: dir)
        let (_, url, findings) = try Repo.fill(input, into: dir)
        #expect(findings.isEmpty)
        #expect(try XLSXFile(url: url).coreProperties["cp:keywords"] == keywords)
    }
}
