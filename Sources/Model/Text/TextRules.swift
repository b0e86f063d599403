/// What text can go into a cell: the one rule for every string that reaches a workbook from an
/// input, a submission or a template.
public enum TextRules {
    /// Excel's limit on the characters of one cell (UTF-16 units).
    public static let maximumCellCharacters = 32_767

    /// Why `text` cannot be written into a cell, or nil: a control character other than a line
    /// break or a tab, a Unicode non-character (U+FFFE, U+FFFF, U+FDD0…U+FDEF, the last two code
    /// points of every plane), or more than 32,767 characters. (A lone surrogate cannot reach
    /// here: the JSON parser refuses it, escaped or not.)
    public static func problem(_ text: String) -> Problem? {
        if let bad = text.unicodeScalars.first(where: isForbidden) { return .controlCharacter(scalar: bad.value) }
        let length = cellLength(text)
        if length > maximumCellCharacters { return .textTooLong(length: length, limit: maximumCellCharacters) }
        return nil
    }

    /// The length of `text` in UTF-16 units (as Excel counts) when it may be over the limit of a
    /// cell; else its length in UTF-8 bytes, which is never less (a character of 1 to 3 bytes is
    /// one unit, one of 4 bytes two) and, unlike the UTF-16 count of a text that is not ASCII,
    /// costs nothing to know. Either way, over the limit exactly when the text is.
    public static func cellLength(_ text: String) -> Int {
        let bytes = text.utf8.count
        return bytes <= maximumCellCharacters ? bytes : text.utf16.count
    }

    /// Whether a message must write `scalar` as an escape (`\u0007`, `\uFFFE`) when it quotes
    /// text from a file: a control character (line breaks too, so that a message keeps to one
    /// line), or a non-character no workbook part can hold.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F || isNonCharacter(scalar.value)
    }

    /// Whether `value` is one of Unicode's 66 non-characters: U+FDD0…U+FDEF, and U+xxFFFE and
    /// U+xxFFFF of every plane. XML 1.0 refuses U+FFFE and U+FFFF (a workbook with one is
    /// malformed) and discourages the others; no text of a form needs any of them.
    public static func isNonCharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || (value <= 0x10FFFF && value & 0xFFFE == 0xFFFE)
    }
}
