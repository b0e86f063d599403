/// A JSON syntax error: what is wrong, at which line and column.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What the parser met where the JSON grammar does not allow it.
    public enum Kind: Sendable, Equatable {
        /// Nothing but white space.
        case empty
        /// The file ends inside a value (it was cut off); `inside` says where.
        case truncated(inside: Place)
        /// More content after the value.
        case trailingContent
        /// `NaN` or `Infinity`.
        case notANumberLiteral
        /// A character that cannot start a value.
        case unexpectedCharacter(String)
        /// A word that is not `true`, `false` or `null`.
        case unexpectedWord(expected: String)
        /// Not a key in double quotes where an object needs one.
        case expectedKey
        /// No `:` after a key.
        case expectedColon(key: String)
        /// Neither `,` nor the closing bracket after a member or element.
        case expectedSeparator(in: Place, found: String)
        /// A number without digits, or with digits missing after `.` or `e`.
        case numberNeedsDigits
        /// A number with a leading zero (`007`).
        case leadingZero
        /// A Vietnamese-notation number typed bare (`99,95` or `1.234.567` outside quotes).
        case unquotedVietnameseNumber
        /// Nested deeper than the limit.
        case tooDeep(limit: Int)
        /// Bytes inside a string that are not UTF-8.
        case invalidUTF8
        /// A `\u` escape that is a lone surrogate, an invalid pair, or not a character.
        case invalidUnicodeEscape
        /// A backslash followed by a character that is not an escape.
        case invalidEscape(String)
        /// A raw control character inside a string.
        case controlCharacter(String)
    }

    /// Where in the document a problem was met.
    public enum Place: String, Sendable, Equatable {
        case document, object, array, string, escape
    }

    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }
}
