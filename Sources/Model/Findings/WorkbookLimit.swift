/// Which limit of the workbook reader a file went past (`workbook.too-large`): each is checked
/// before anything is allocated for it, so a hostile file stops there.
public enum WorkbookLimit: String, Sendable, Equatable, CaseIterable {
    /// The file itself, in bytes.
    case fileSize = "file-size"
    /// The number of entries of the zip.
    case entries
    /// The uncompressed bytes of one part.
    case partSize = "part-size"
    /// The uncompressed bytes of all parts read.
    case totalSize = "total-size"
    /// The number of sheets.
    case sheets
    /// Cells with a value or formula in one sheet.
    case cellsPerSheet = "cells-per-sheet"
    /// Cells with a value or formula in all sheets read.
    case cellsTotal = "cells-total"
    /// Entries of the shared-string table.
    case sharedStrings = "shared-strings"
    /// The UTF-8 bytes of one text (a cell, a shared string, a formula, an attribute).
    case stringLength = "string-length"
    /// How deep XML elements nest.
    case nesting
    /// Entries of the style and number-format tables.
    case styles
}
