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
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }
}
