import Testing
import XlsxRead

@Suite("reader: A1 references, number formats, serial dates")
struct CellReferenceTests {
    @Test("A1 parse and format up to XFD1048576")
    func a1() {
        #expect(CellReference("A1") == CellReference(row: 0, column: 0))
        #expect(CellReference("$D$19") == CellReference(row: 18, column: 3))
        #expect(CellReference("xfd1048576") == CellReference(row: 1_048_575, column: 16_383))
        #expect(CellReference("XFD1048576")?.description == "XFD1048576")
        for bad in ["", "A", "1", "A0", "A01", "XFE1", "A1048577", "XFD1048577", "AAAA1", "A1B", "A-1", "A 1", "$", "A$", "Ａ1"] {
            #expect(CellReference(bad) == nil, "\(bad)")
        }
        for column in [0, 25, 26, 27, 51, 52, 701, 702, 16_383] {
            let name = CellReference.columnName(column)
            #expect(CellReference(name + "1")?.column == column, "\(name)")
        }
        #expect(CellReference.columnName(26) == "AA")
        #expect(CellReference.columnName(16_383) == "XFD")
        #expect(CellRange("C3:A1")?.description == "A1:C3")
        #expect(CellRange("B2")?.description == "B2:B2")
        #expect(CellRange("A1:") == nil)
    }

    @Test("number format codes: built-in ids and custom codes read as Excel does")
    func formats() {
        #expect(NumberFormat.builtIn(9)?.kind == .percent)
        #expect(NumberFormat.builtIn(14)?.kind == .date)
        #expect(NumberFormat.builtIn(49)?.kind == .text)
        #expect(NumberFormat.builtIn(3)?.kind == .number)
        #expect(NumberFormat.builtIn(0)?.kind == .general)
        #expect(NumberFormat.builtIn(31)?.kind == .date)
        #expect(NumberFormat.builtIn(200) == nil)
        #expect(NumberFormat(id: 164, code: "[$-42A]dd/mm/yyyy").kind == .date)
        #expect(NumberFormat(id: 164, code: "0.0\" %\"").kind == .number)
        #expect(NumberFormat(id: 164, code: "#,##0.00\\%").kind == .number)
        #expect(NumberFormat(id: 164, code: "0.00%;[Red]-0.00%").kind == .percent)
        #expect(NumberFormat(id: 164, code: "[h]:mm").kind == .date)
        #expect(NumberFormat(id: 164, code: "[Red]#,##0").kind == .number)
        #expect(NumberFormat(id: 164, code: "0.00E+00").kind == .number)
    }

    @Test("serial dates in both systems, with the phantom 29 February 1900")
    func serialDates() {
        #expect(XlsxDocument.day(ofSerial: 1, date1904: false) == .init(year: 1900, month: 1, day: 1))
        #expect(XlsxDocument.day(ofSerial: 59, date1904: false) == .init(year: 1900, month: 2, day: 28))
        #expect(XlsxDocument.day(ofSerial: 61, date1904: false) == .init(year: 1900, month: 3, day: 1))
        #expect(XlsxDocument.day(ofSerial: 45291.75, date1904: false) == .init(year: 2023, month: 12, day: 31))
        #expect(XlsxDocument.day(ofSerial: 0, date1904: true) == .init(year: 1904, month: 1, day: 1))
        #expect(XlsxDocument.day(ofSerial: 2_958_465, date1904: false) == .init(year: 9999, month: 12, day: 31))
        #expect(XlsxDocument.day(ofSerial: -1, date1904: false) == nil)
        #expect(XlsxDocument.day(ofSerial: .nan, date1904: false) == nil)
        #expect(XlsxDocument.day(ofSerial: 3e9, date1904: false) == nil)
    }
}
