/// What text can go into a cell: the one rule for every string that reaches a workbook from an
/// input, a submission or a template.
public enum TextRules {
    /// Excel's limit on the characters of one cell (UTF-16 units).
    public static let maximumCellCharacters = 32_767

    /// Why `text` cannot be written into a cell, or nil: a control character other than a line
    /// break or a tab, a Unicode non-character (U+FFFE, U+FFFF), or more than 32,767 characters.
    public static func problem(_ text: String) -> Problem? {
        if let bad = text.unicodeScalars.first(where: isForbidden) { return .controlCharacter(scalar: bad.value) }
        let length = text.utf16.count
        if length > maximumCellCharacters { return .textTooLong(length: length, limit: maximumCellCharacters) }
        return nil
    }

    /// Whether a message must write `scalar` as an escape (`\u0007`, `\uFFFE`) when it quotes
    /// text from a file: a control character (line breaks too, so that a message keeps to one
    /// line), or a non-character no workbook part can hold.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value)
    }
}
