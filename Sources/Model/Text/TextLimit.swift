/// Text from an input as messages quote it: never more than a line's worth.
public enum TextLimit {
    /// At most `limit` characters of `text`, then `…`.
    public static func shortened(_ text: String, limit: Int = 60) -> String {
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            if count == limit { return String(text[..<index]) + "…" }
            count += 1
            index = text.index(after: index)
        }
        return text
    }

    /// `text` with line breaks and other control characters written as escapes (`\n`), so that a
    /// message stays on one line whatever the input's text holds, and the non-characters U+FFFE
    /// and U+FFFF too (`\uFFFE`), so that a message quoting them can go into a workbook (the
    /// sheet of findings) without making its XML malformed.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: TextRules.needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where TextRules.needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
