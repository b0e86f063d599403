import Foundation

/// Excel's rules for worksheet names.
public enum SheetName {
    /// Why `name` cannot be a sheet name, or nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "sheet name is empty" }
        if name.count > 31 { return "sheet name \"\(name)\" is longer than 31 characters" }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            return "sheet name \"\(name)\" contains \"\(bad)\""
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "sheet name \"\(name)\" starts or ends with an apostrophe" }
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
