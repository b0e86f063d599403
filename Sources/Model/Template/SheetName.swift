import Foundation

/// Excel's rules for worksheet names.
///
/// A name is checked in the form it will be written in: `normalized` (NFC) first, then
/// `problem`. libxlsxwriter counts Unicode scalars, Excel counts UTF-16 units: a name written in
/// decomposed Unicode (`a` + a combining accent) has more scalars than it shows, so a name that
/// passed a check on its composed form but was written decomposed failed at write time. Both
/// `problem` and `comparisonKey` normalise, and callers write `normalized(name)`.
public enum SheetName {
    /// Why a name cannot be a sheet name.
    public enum Problem: Sendable, Equatable {
        case empty
        /// Longer than 31 characters (UTF-16 units of the NFC form, as Excel counts them).
        case tooLong(length: Int)
        /// Holds one of `[ ] : * ? / \`.
        case forbiddenCharacter(String)
        /// Starts or ends with an apostrophe.
        case apostrophe
        /// Holds a control character (NUL, BEL, a line break …) or a Unicode non-character
        /// (U+FFFE, U+FFFF): the workbook's XML cannot hold it.
        case controlCharacter(scalar: UInt32)
        /// `History`, in any case: Excel keeps the name for itself.
        case reserved
    }

    /// The longest name Excel accepts, in UTF-16 units.
    public static let maximumLength = 31

    /// The names Excel keeps for itself (compared ignoring case).
    public static let reservedNames = ["History"]

    /// The name as it is checked and written: NFC, so that Excel, libxlsxwriter and the checks
    /// count the same characters.
    public static func normalized(_ name: String) -> String { Composed.nfc(name) }

    /// Why `name` cannot be a sheet name, or nil when it can.
    public static func problem(_ name: String) -> Problem? {
        let name = normalized(name)
        if name.isEmpty { return .empty }
        if let bad = name.unicodeScalars.first(where: isForbidden) { return .controlCharacter(scalar: bad.value) }
        let length = name.utf16.count
        if length > maximumLength { return .tooLong(length: length) }
        if let bad = name.unicodeScalars.first(where: { "[]:*?/\\".unicodeScalars.contains($0) }) {
            return .forbiddenCharacter(String(bad))
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostrophe }
        let key = comparisonKey(name)
        if reservedNames.contains(where: { comparisonKey($0) == key }) { return .reserved }
        return nil
    }

    /// Control characters and non-characters: what no cell text may hold (`TextRules`), and a tab
    /// or a line break, which a cell may hold but a sheet name may not.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        TextRules.isForbidden(scalar) || scalar == "\n" || scalar == "\t" || scalar == "\r"
    }

    /// The key under which Excel considers two names the same (NFC, case-folded).
    public static func comparisonKey(_ name: String) -> String {
        normalized(name).folding(options: [.caseInsensitive], locale: nil)
    }

    /// A name made from `base` for a sheet the workbook adds (a chart sheet named after its
    /// appendix): NFC, cut to Excel's 31 UTF-16 units between characters, and when its
    /// comparison key is in `taken`, cut further to end in ` (2)`, ` (3)` … until it is not.
    /// `base` must be a valid name but for its length (no forbidden character).
    public static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        let base = normalized(base)
        var name = fitted(base, within: maximumLength)
        var n = 2
        while taken.contains(comparisonKey(name)) || name.hasSuffix("'") {
            let suffix = " (\(n))"
            name = fitted(base, within: maximumLength - suffix.utf16.count) + suffix
            n += 1
        }
        return name
    }

    /// The longest prefix of `name` of whole characters within `units` UTF-16 units, without
    /// the spaces it would end on.
    static func fitted(_ name: String, within units: Int) -> String {
        var out = ""
        var count = 0
        for character in name {
            let width = character.utf16.count
            if count + width > units { break }
            out.append(character)
            count += width
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The name quoted for use in a formula: `'Bảng 2'`.
    public static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
