/// What a unit's code may be, in a roster and in an input's `unit.code`: 1 to 32 ASCII letters,
/// digits, `.`, `-`, `_` (the codes of the national list of administrative units are digits,
/// `27001`; a province may use its own, `an-phu.xa-01`). Compared exactly: `27001` and `027001`
/// are two codes.
public enum RosterCode {
    /// The longest code accepted.
    public static let maximumLength = 32

    /// Whether `text` (already trimmed) is a code.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= maximumLength else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": return true
            default: return false
            }
        }
    }
}
