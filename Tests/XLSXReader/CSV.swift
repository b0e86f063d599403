import Foundation

/// An RFC 4180 CSV parser (comma separator, `"` quoting with `""` escapes, quoted fields may
/// contain separators and line breaks; `\n`, `\r\n` and `\r` all end a record).
public enum CSV {
    /// Parses CSV text into rows of fields. A final line break does not start an extra row, and
    /// text that is empty or only line breaks (LibreOffice's export of an empty sheet or a
    /// chartsheet) gives no rows at all.
    public static func parse(_ text: String, separator: Character = ",") -> [[String]] {
        if text.allSatisfy({ $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) { return [] }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false  // distinguishes `` (no field yet) from `""` at end of input
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil

        func nextChar() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            row.append(field)
            rows.append(row)
            row = []
            field = ""
            fieldStarted = false
        }

        while let char = nextChar() {
            if inQuotes {
                if char == "\"" {
                    if let following = nextChar() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(char)
                }
                continue
            }
            switch char {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case separator:
                row.append(field)
                field = ""
                fieldStarted = true
            case "\n", "\r\n", "\r":
                endRecord()
            default:
                field.append(char)
                fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !row.isEmpty { endRecord() }
        return rows
    }
}

extension CSV {
    /// Parses one exported field as a number; see `Array<[String]>.number(at:)`.
    public static func number(_ field: String) -> Double? {
        var text = field.trimmingCharacters(in: .whitespaces)
        var percent = false
        if text.hasSuffix("%") {
            text.removeLast()
            percent = true
        }
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard !text.isEmpty, let value = Double(text) else { return nil }
        guard percent else { return value }
        // Shift the decimal point in the text ("12.5" → "12.5E-2") so the result is the double
        // nearest to the decimal value, as if the cell had been written without a percent.
        if !text.contains(where: { $0 == "E" || $0 == "e" }), let shifted = Double(text + "E-2") {
            return shifted
        }
        return value / 100
    }
}

extension Array where Element == [String] {
    /// The field at an A1 address in CSV rows exported from a sheet (LibreOffice exports from
    /// `A1`, so row/column indexes coincide with the sheet's). `nil` when outside the rows, which
    /// for LibreOffice exports means an empty cell.
    public func value(at a1: String) -> String? {
        guard let ref = CellRef(a1), ref.row < count else { return nil }
        let row = self[ref.row]
        return ref.col < row.count ? row[ref.col] : nil
    }

    /// The field at an A1 address parsed as a number (`nil` when empty or not numeric).
    ///
    /// Understands the two shapes LibreOffice's raw ("not as shown") CSV export still gives
    /// some numbers: a trailing `%` for cells with a percent format (`"12.5%"` → `0.125`), and
    /// a decimal comma for cells whose number format carries a comma-decimal locale such as
    /// `[$-42A]` (`"1234,25"` → `1234.25`; raw export never writes grouping separators).
    public func number(at a1: String) -> Double? {
        value(at: a1).flatMap(CSV.number)
    }
}
