import Foundation

/// A1-style cell addresses.
public enum CellAddress {
    /// The letters of a 0-based column: `0` → `A`, `26` → `AA`.
    public static func column(_ col: Int) -> String {
        var n = col + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// The A1 address of a 0-based cell: `(11, 3)` → `D12`.
    public static func a1(row: Int, col: Int) -> String { column(col) + String(row + 1) }

    /// The absolute address of a 0-based cell: `(11, 3)` → `$D$12`.
    public static func absolute(row: Int, col: Int) -> String { "$" + column(col) + "$" + String(row + 1) }

    /// A place in the workbook as links and names refer to it: `'Bảng 2'!D45`.
    ///
    /// The sheet name is always quoted, a quote inside it doubled.
    public static func location(sheet: String, row: Int, col: Int) -> String {
        quoted(sheet) + "!" + a1(row: row, col: col)
    }

    /// An absolute range with its sheet, for names and chart ranges: `'Bảng 2'!$D$45:$D$60`.
    public static func absoluteRange(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) -> String {
        let first = absolute(row: firstRow, col: firstCol)
        let last = absolute(row: lastRow, col: lastCol)
        return quoted(sheet) + "!" + (first == last ? first : first + ":" + last)
    }

    /// A sheet name quoted for a formula: `'Phụ lục 2'`.
    public static func quoted(_ sheet: String) -> String {
        "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
