import Model
import Testing

/// Report dates: reading, printing, and the fixed document time derived from them.
@Suite("DayDate")
struct DayDateTests {
    // Expected seconds from Python's calendar.timegm for the same dates.
    @Test("midnight UTC in seconds since 1970", arguments: [
        ("2021-12-31", 1_640_908_800), ("2020-03-31", 1_585_612_800), ("2000-01-01", 946_684_800),
        ("2020-02-29", 1_582_934_400), ("1990-01-01", 631_152_000), ("2100-12-31", 4_133_894_400),
    ])
    func midnight(_ text: String, _ seconds: Int) throws {
        let date = try #require(DayDate(iso: text))
        #expect(date.midnightUTC == seconds)
    }

    @Test("only real dates written YYYY-MM-DD are read")
    func reading() {
        #expect(DayDate(iso: "2020-03-31") == DayDate(year: 2020, month: 3, day: 31))
        #expect(DayDate(iso: "2021-02-29") == nil)
        #expect(DayDate(iso: "2020-02-29") != nil)
        #expect(DayDate(iso: "2100-02-29") == nil)
        #expect(DayDate(iso: "31/03/2020") == nil)
        #expect(DayDate(iso: "2020-3-31") == nil)
    }

    @Test("printed as the forms print it")
    func printing() throws {
        let date = try #require(DayDate(iso: "2020-03-31"))
        #expect(date.dayMonth == "31/3")
        #expect(date.vietnamese == "31/03/2020")
        #expect(date.iso == "2020-03-31")
    }

    @Test("written with zeros in front as printf's %02d and %04d write them, for any numbers a date may hold")
    func paddingMatchesPrintf() {
        for (day, month, year) in [(1, 1, 1), (9, 12, 999), (31, 10, 2025), (5, 3, 12345), (0, 0, 0), (-1, -12, -2020), (7, 7, -5)] {
            let date = DayDate(year: year, month: month, day: day)
            #expect(date.vietnamese == String(format: "%02d/%02d/%04d", day, month, year))
            #expect(date.iso == String(format: "%04d-%02d-%02d", year, month, day))
        }
    }
}
