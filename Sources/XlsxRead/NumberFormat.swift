/// A cell's number format: its id and its format code, with what the code makes of a number.
///
/// Built-in ids (0–49, and the locale-dependent dates 27–36 and 50–81 Excel writes for East Asian
/// locales) have their codes from ECMA-376 §18.8.30; custom ones come from the `numFmts` of the
/// styles part. A cell without a style has `general`.
public struct NumberFormat: Hashable, Sendable {
    /// What a format makes of a number, so a caller can tell a date or a percentage.
    public enum Kind: String, Sendable {
        /// `General`: the number as it is.
        case general
        /// A number shown with digits, separators, decimals, currency (`#,##0.00`).
        case number
        /// A percentage (`0.00%`): the stored number is the fraction (0,9995 is shown 99,95 %).
        case percent
        /// A date, a time, or both (`dd/mm/yyyy`, `h:mm`): the number is a serial day count.
        case date
        /// Text (`@`): a number typed into such a cell is stored as text anyway.
        case text
    }

    /// The `numFmtId` (0 for `General`).
    public let id: Int
    /// The format code (`0.00%`, `dd/mm/yyyy`, `General`).
    public let code: String
    /// What the code makes of a number.
    public let kind: Kind

    public init(id: Int, code: String) {
        self.id = id
        self.code = code
        self.kind = Self.classify(code)
    }

    /// `General` (id 0).
    public static let general = NumberFormat(id: 0, code: "General")

    /// The built-in format `id`, or `nil` when the id has no built-in code.
    public static func builtIn(_ id: Int) -> NumberFormat? {
        if let code = builtInCodes[id] { return NumberFormat(id: id, code: code) }
        // Locale-dependent built-ins: dates and times in every locale that defines them.
        if (27...36).contains(id) || (50...58).contains(id) || (71...81).contains(id) {
            return NumberFormat(id: id, code: "yyyy-mm-dd")
        }
        return nil
    }

    static let builtInCodes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 5: "$#,##0_);($#,##0)", 6: "$#,##0_);[Red]($#,##0)",
        7: "$#,##0.00_);($#,##0.00)", 8: "$#,##0.00_);[Red]($#,##0.00)", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
        39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
        48: "##0.0E+0", 49: "@",
    ]

    /// Reads a format code the way Excel does for the question asked: outside quoted text,
    /// escaped characters (`\x`, `_x`, `*x`) and bracketed parts (`[Red]`, `[$-42A]`, but not the
    /// elapsed-time `[h]`, `[mm]`, `[ss]`), a `%` makes a percentage, a `y d h s` or an `m` makes a
    /// date or time, a lone `@` text. Only the first section (positive numbers) is read.
    static func classify(_ code: String) -> Kind {
        if code.caseInsensitiveCompare("General") == .orderedSame || code.isEmpty { return .general }
        var scalars = code.unicodeScalars.makeIterator()
        var sawPercent = false
        var sawDate = false
        var sawAt = false
        while let c = scalars.next() {
            switch c {
            case "\"":
                while let q = scalars.next(), q != "\"" {}
            case "\\", "_", "*":
                _ = scalars.next()
            case "[":
                var inside = ""
                while let q = scalars.next(), q != "]" { inside.unicodeScalars.append(q) }
                let lower = inside.lowercased()
                if !lower.isEmpty, lower.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { sawDate = true }
            case ";":
                return sawDate ? .date : sawPercent ? .percent : sawAt ? .text : .number
            case "%": sawPercent = true
            case "@": sawAt = true
            case "y", "Y", "d", "D", "h", "H", "s", "S", "m", "M": sawDate = true
            default: break
            }
        }
        return sawDate ? .date : sawPercent ? .percent : sawAt ? .text : .number
    }
}
