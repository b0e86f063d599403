import Foundation

/// The names of the sheets a workbook already has, compared as Excel compares them.
///
/// libxlsxwriter's `workbook_validate_sheet_name()` checks Excel's rules for one name (length,
/// characters, apostrophes) but finds a duplicate only when the names differ in ASCII letter
/// case: it takes "Bảng" and "BẢNG" for two sheets, which Excel refuses. This set compares the
/// names in Unicode normalisation form C, case-folded over the whole of Unicode.
struct SheetNames {
    private var keys: Set<String> = []

    /// Records `name`; false when the workbook already has a sheet of the same name.
    mutating func insert(_ name: String) -> Bool {
        keys.insert(SheetNames.comparisonKey(name)).inserted
    }

    /// The key under which two names are the same sheet: NFC, then case-folded.
    static func comparisonKey(_ name: String) -> String {
        folded(name) ?? name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    /// The key of a name made of ASCII, Latin-1, the Vietnamese alphabet and general punctuation
    /// (which is composed already: no combining mark among them), folded scalar by scalar; nil
    /// for any other name. Foundation's folding bridges the name to an `NSString`, and its first
    /// use in a run costs some 600,000 instructions. `µ` and `ß` fold to other letters (`μ`, `ss`)
    /// and are left to Foundation.
    static func folded(_ name: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let value = scalar.value
            var folded = scalar
            switch value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: folded = Unicode.Scalar(value + 0x20)!
            case 0xB5, 0xDF: return nil
            case 0x00...0xFF: break
            case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: folded = Unicode.Scalar(value + 1)!  // Ă Đ Ĩ Ũ Ơ Ư
            case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: break
            case 0x1EA0...0x1EF9: folded = Unicode.Scalar(value | 1)!  // Ạ … Ỹ, each before its small letter
            case 0x2010...0x206F: break
            default: return nil
            }
            out.append(folded)
        }
        return String(out)
    }
}
