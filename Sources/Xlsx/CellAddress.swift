import Foundation

/// A1-style cell addresses.
public enum CellAddress {
    /// The letters of a 0-based column: `0` → `A`, `26` → `AA`.
    public static func column(_ col: Int) -> String {
        // A form's columns are A to Z: one letter, a small string without an allocation.
        if col >= 0 && col < 26 { return String(Character(Unicode.Scalar(UInt8(65 + col)))) }
        var n = col + 1
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        // Reversed in place: a `ReversedCollection` makes `String(decoding:)` ask at run time
        // whether it is contiguous bytes, a conformance look-up for every address.
        letters.reverse()
        return String(decoding: letters, as: UTF8.self)
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
        // In one buffer of bytes: a submission defines hundreds of names, and the strings joined
        // with `+` cost an allocation each.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sheet.utf8.count + 32)
        appendQuoted(sheet, to: &bytes)
        bytes.append(UInt8(ascii: "!"))
        appendAbsolute(row: firstRow, col: firstCol, to: &bytes)
        if firstRow != lastRow || firstCol != lastCol {
            bytes.append(UInt8(ascii: ":"))
            appendAbsolute(row: lastRow, col: lastCol, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `$D$12` for `(11, 3)`, appended to `bytes`.
    private static func appendAbsolute(row: Int, col: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "$"))
        appendColumn(col, to: &bytes)
        bytes.append(UInt8(ascii: "$"))
        appendNumber(row + 1, to: &bytes)
    }

    /// `D12` for `(11, 3)`, appended to `bytes`: for formulas made as bytes, without a string
    /// for each address.
    public static func appendA1(row: Int, col: Int, to bytes: inout [UInt8]) {
        appendColumn(col, to: &bytes)
        appendNumber(row + 1, to: &bytes)
    }

    private static func appendColumn(_ col: Int, to bytes: inout [UInt8]) {
        if col >= 0 && col < 26 { bytes.append(UInt8(65 + col)) } else { bytes += column(col).utf8 }
    }

    /// The decimal digits of `number` (≥ 0).
    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A sheet name quoted for a formula: `'Phụ lục 2'`.
    public static func quoted(_ sheet: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sheet.utf8.count + 2)
        appendQuoted(sheet, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `sheet` quoted, appended to `bytes`: by the UTF-8 bytes, since a quote is its own byte,
    /// never part of another character (Foundation's `replacingOccurrences` bridges to NSString,
    /// thousands of instructions a name).
    private static func appendQuoted(_ sheet: String, to bytes: inout [UInt8]) {
        bytes.append(0x27)
        for byte in sheet.utf8 {
            bytes.append(byte)
            if byte == 0x27 { bytes.append(0x27) }
        }
        bytes.append(0x27)
    }
}
