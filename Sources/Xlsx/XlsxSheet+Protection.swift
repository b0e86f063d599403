internal import CXlsxWriter

/// Protection and visibility of a worksheet.
extension XlsxSheet {
    /// Protects the sheet without a password: only cells whose style is `unlocked` can be
    /// edited; formatting cells, columns and rows stays allowed (harmless), inserting or deleting
    /// rows and columns does not, so a typo cannot move a row.
    public func protect() {
        var options = lxw_protection()
        options.format_cells = 1
        options.format_columns = 1
        options.format_rows = 1
        worksheet_protect(handle, nil, &options)
    }

    /// Hides the sheet (never the first or the active one: Excel cannot show a hidden active sheet).
    public func hide() {
        worksheet_hide(handle)
    }
}
