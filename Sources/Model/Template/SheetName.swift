import Foundation

/// Excel's rules for worksheet names.
public enum SheetName {
    /// Why a name cannot be a sheet name.
    public enum Problem: Sendable, Equatable {
        case empty
        /// Longer than 31 characters (UTF-16 units, as Excel counts them).
        case tooLong(length: Int)
        /// Holds one of `[ ] : * ? / \`.
        case forbiddenCharacter(String)
        /// Starts or ends with an apostrophe.
        case apostrophe
    }

    /// The longest name Excel accepts, in UTF-16 units.
    public static let maximumLength = 31

    /// Why `name` cannot be a sheet name, or nil when it can.
    public static func problem(_ name: String) -> Problem? {
        if name.isEmpty { return .empty }
        let length = name.precomposedStringWithCanonicalMapping.utf16.count
        if length > maximumLength { return .tooLong(length: length) }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) { return .forbiddenCharacter(String(bad)) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostrophe }
        return nil
    }

    /// The key under which Excel considers two names the same (NFC, case-folded).
    public static func comparisonKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    /// The name quoted for use in a formula: `'Bảng 2'`.
    public static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
