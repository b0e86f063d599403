import Foundation

/// Finds English left in a text that should be Vietnamese: words of a list that Vietnamese text
/// never uses, outside quotes, backticks, command-line flags and JSON examples (which stay as the
/// user types them). Used by the tests of the catalogue and of every finding the bad inputs give.
enum Untranslated {
    /// English words that have no place in a Vietnamese sentence (none of them is a Vietnamese
    /// word without its diacritics).
    static let englishWords: Set<String> = [
        "the", "is", "are", "was", "not", "must", "should", "cannot", "expected", "found", "file", "row", "rows",
        "value", "values", "missing", "unknown", "given", "with", "from", "than", "larger", "differs", "error", "errors",
        "warning", "warnings", "and", "or", "of", "this", "that", "which", "only", "give", "write", "key", "keys", "rate",
        "count", "check", "template", "templates", "input", "output", "period", "allowed", "instead", "blank", "sheet",
        "column", "line", "numerator", "denominator", "percentage", "points", "computed", "reported", "year", "years",
    ]

    /// The English words of `text`, outside what is quoted or written as code.
    static func words(in text: String) -> [String] {
        var stripped = text
        for pattern in [#""[^"]*""#, #"`[^`]*`"#, #"\{[^}]*\}"#, #"\[[^\]]*\]"#, #"--[a-z-]+"#, #"\$[^ ]*"#] {
            stripped = stripped.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = stripped.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        return words.filter { englishWords.contains($0) }
    }
}
