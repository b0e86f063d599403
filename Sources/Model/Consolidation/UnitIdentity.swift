import Foundation

/// How `cchc consolidate` knows that two reports are of the same unit: the one function that
/// says so. For now a unit is its name, normalised; once inputs carry a roster code
/// (`unit.code`), the code is to come first here, and the name only for inputs without one.
public enum UnitIdentity {
    /// The unit's key: its name in Unicode NFC, lowercased, runs of spaces made one, trimmed
    /// (`UBND  xã An Bình` and `ubnd xã an bình` are the same unit); nil when it has no name.
    public static func key(of unit: UnitInfo) -> String? {
        let folded = unit.name.precomposedStringWithCanonicalMapping.lowercased()
        let words = folded.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
