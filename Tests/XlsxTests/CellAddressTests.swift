import Testing
import Xlsx

/// Addresses as formulas, links and defined names write them.
@Suite("cell addresses")
struct CellAddressTests {
    @Test("column letters: A … Z, AA … ZZ, AAA … XFD (the last column Excel has)",
          arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func column(_ col: Int, _ letters: String) {
        #expect(CellAddress.column(col) == letters)
    }

    @Test("A1 and absolute addresses")
    func addresses() {
        #expect(CellAddress.a1(row: 11, col: 3) == "D12")
        #expect(CellAddress.absolute(row: 0, col: 27) == "$AB$1")
    }

    @Test("a sheet name is always quoted, a quote inside it doubled, the rest left as it is",
          arguments: [("Bảng 2", "'Bảng 2'"), ("Phụ lục 1'", "'Phụ lục 1'''"), ("'", "''''"), ("Đ'ô'ng", "'Đ''ô''ng'"), ("", "''")])
    func quoted(_ sheet: String, _ expected: String) {
        #expect(CellAddress.quoted(sheet) == expected)
    }

    @Test("ranges: one cell without a colon, several with one")
    func ranges() {
        #expect(CellAddress.absoluteRange(sheet: "Bảng 2", firstRow: 4, firstCol: 2, lastRow: 4, lastCol: 2) == "'Bảng 2'!$C$5")
        #expect(CellAddress.absoluteRange(sheet: "Thử's", firstRow: 4, firstCol: 2, lastRow: 9, lastCol: 2) == "'Thử''s'!$C$5:$C$10")
        #expect(CellAddress.location(sheet: "Bảng 2", row: 44, col: 3) == "'Bảng 2'!D45")
    }
}
