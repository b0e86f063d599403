/// A cell's place on a sheet, zero-based inside and written `A1` outside: columns `A`…`XFD`
/// (16,384), rows 1…1,048,576, as Excel allows.
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The last column Excel has (`XFD`), zero-based.
    public static let maximumColumn = 16_383
    /// The last row Excel has (1,048,576), zero-based.
    public static let maximumRow = 1_048_575

    /// Zero-based row (row 1 is 0).
    public let row: Int
    /// Zero-based column (`A` is 0).
    public let column: Int

    /// A reference from zero-based row and column; `nil` beyond Excel's limits.
    public init?(row: Int, column: Int) {
        guard (0...Self.maximumRow).contains(row), (0...Self.maximumColumn).contains(column) else { return nil }
        self.row = row
        self.column = column
    }

    /// Parses `D19`, `$D$19` or `xfd1048576` (letters in either case); `nil` for anything else,
    /// including references beyond `XFD1048576`.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "$") { utf8 = utf8.dropFirst() }
        while let c = utf8.first, (c >= 65 && c <= 90) || (c >= 97 && c <= 122) {
            column = column * 26 + Int((c & 0xDF) - 64)
            letters += 1
            utf8 = utf8.dropFirst()
            if letters > 3 { return nil }
        }
        if utf8.first == UInt8(ascii: "$") { utf8 = utf8.dropFirst() }
        while let c = utf8.first, c >= 48 && c <= 57 {
            if digits == 0 && c == 48 { return nil }
            row = row * 10 + Int(c - 48)
            digits += 1
            utf8 = utf8.dropFirst()
            if digits > 7 { return nil }
        }
        guard utf8.isEmpty, letters > 0, digits > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`, 16,383 → `XFD`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(UInt8(65 + remainder))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `D19`.
    public var description: String { Self.columnName(column) + String(row + 1) }

    /// Row by row, then column by column (the order of a sheet's XML).
    public static func < (a: CellReference, b: CellReference) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangle of cells, `A1:C3` (a single cell is `A1:A1`).
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public let start: CellReference
    /// The bottom-right cell.
    public let end: CellReference

    /// A range from two corners in any order.
    public init(_ a: CellReference, _ b: CellReference) {
        start = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))!
        end = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))!
    }

    /// Parses `A1:C3` or `B2` (with `$` allowed); `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let a = CellReference(parts[0]), let b = CellReference(parts[parts.count - 1])
        else { return nil }
        self.init(a, b)
    }

    /// Whether `reference` lies inside the range.
    public func contains(_ reference: CellReference) -> Bool {
        (start.row...end.row).contains(reference.row) && (start.column...end.column).contains(reference.column)
    }

    /// `A1:C3`.
    public var description: String { "\(start):\(end)" }
}
