/// A cell address with 0-based row and column (`A1` is `CellRef(row: 0, col: 0)`).
///
/// Parses and prints A1 notation; `$` absolute markers are accepted and ignored when parsing.
public struct CellRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0-based row index (`row + 1` is the row number shown by spreadsheet applications).
    public var row: Int
    /// 0-based column index (0 is column `A`).
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }

    /// Parses A1 notation such as `"D12"`, `"$D$12"` or `"aa3"`. Returns `nil` for anything else
    /// (ranges, sheet-qualified references, row 0, columns beyond `XFD`).
    public init?(_ a1: String) {
        var letters = 0
        var col = 0
        var digits = ""
        var sawDigit = false
        for char in a1.unicodeScalars {
            switch char {
            case "$":
                continue
            case "A"..."Z", "a"..."z":
                guard !sawDigit else { return nil }
                let upper = char.value >= 97 ? char.value - 32 : char.value
                col = col * 26 + Int(upper - 64)
                letters += 1
                guard letters <= 3 else { return nil }
            case "0"..."9":
                sawDigit = true
                digits.unicodeScalars.append(char)
                guard digits.count <= 7 else { return nil }
            default:
                return nil
            }
        }
        guard letters > 0, let rowNumber = Int(digits), rowNumber >= 1, col <= CellRef.maxColumns
        else { return nil }
        self.init(row: rowNumber - 1, col: col - 1)
    }

    /// The maximum number of columns in a worksheet (`XFD`).
    public static let maxColumns = 16_384

    /// A1 notation without `$` markers, e.g. `"D12"`.
    public var a1: String { CellRef.columnLetters(col) + String(row + 1) }

    public var description: String { a1 }

    /// Column letters for a 0-based column index (`0` → `"A"`, `27` → `"AB"`).
    public static func columnLetters(_ col: Int) -> String {
        var n = col + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars.reversed())
        return result
    }

    /// 0-based column index for column letters (`"A"` → `0`, `"AB"` → `27`); `nil` if not letters.
    public static func columnIndex(_ letters: String) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return CellRef(letters + "1")?.col
    }

    /// Row-major order (row first, then column), the order cells appear in a sheet.
    public static func < (lhs: CellRef, rhs: CellRef) -> Bool {
        (lhs.row, lhs.col) < (rhs.row, rhs.col)
    }
}

/// A rectangular range of cells such as `A5:C6` (both corners inclusive, 0-based).
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellRef
    public var last: CellRef

    public init(first: CellRef, last: CellRef) {
        self.first = CellRef(row: min(first.row, last.row), col: min(first.col, last.col))
        self.last = CellRef(row: max(first.row, last.row), col: max(first.col, last.col))
    }

    /// Parses `"A5:C6"` or a single cell `"B2"` (a one-cell range). `$` markers are ignored.
    public init?(_ text: String) {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        switch pieces.count {
        case 1:
            guard let cell = CellRef(String(pieces[0])) else { return nil }
            self.init(first: cell, last: cell)
        case 2:
            guard let a = CellRef(String(pieces[0])), let b = CellRef(String(pieces[1])) else { return nil }
            self.init(first: a, last: b)
        default:
            return nil
        }
    }

    /// `"A5:C6"`, or `"B2"` for a single cell.
    public var description: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    public func contains(_ cell: CellRef) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.col...last.col).contains(cell.col)
    }

    /// Every cell of the range in row-major order.
    public var cells: [CellRef] {
        (first.row...last.row).flatMap { row in (first.col...last.col).map { CellRef(row: row, col: $0) } }
    }

    /// Parses a space-separated list of ranges (an OOXML `sqref`), skipping unparsable pieces.
    public static func parseList(_ sqref: String) -> [CellRange] {
        sqref.split(separator: " ").compactMap { CellRange(String($0)) }
    }
}
