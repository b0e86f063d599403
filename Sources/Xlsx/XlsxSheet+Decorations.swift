import Foundation
internal import CXlsxWriter

/// What a worksheet can carry beyond cells: drop-down lists, comments, internal links, page details.
///
/// Every call checks the library's status; libxlsxwriter
/// copies every string it is given here (validation texts and formulas, comment text and author,
/// hyperlink text and target), so nothing needs to outlive the call.
extension XlsxSheet {
    /// Excel's limit on the title of a validation's input or error message, in characters.
    public static let validationTitleLimit = 32
    /// Excel's limit on the text of a validation's input or error message, in characters.
    public static let validationMessageLimit = 255

    /// Adds a drop-down list over a range, whose items are the cells of `source`.
    ///
    /// `source` is a range formula such as `=$H$12:$H$13` (libxlsxwriter 1.1.4 crashes on inline
    /// lists of Vietnamese items, so the items are always cells). `title`/`prompt` show when a cell
    /// is selected; `errorTitle`/`error` when a value outside the list is typed, which is refused.
    /// Blank stays allowed. A title longer than 32 characters throws `.stringLongerThan32`, a
    /// message longer than 255 `.stringLongerThan255`.
    public func addDropDown(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, source: String,
                            title: String?, prompt: String?, errorTitle: String?, error: String?) throws(XlsxError) {
        let range = "\(CellAddress.a1(row: firstRow, col: firstCol)):\(CellAddress.a1(row: lastRow, col: lastCol)) of '\(name)'"
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        try add(&validation, formula: source, title: title, prompt: prompt, errorTitle: errorTitle, error: error,
                firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol, operation: "adding a drop-down list to \(range)")
    }

    /// Adds a comment (a note shown when the pointer is over the cell), hidden until then.
    public func addComment(row: Int, col: Int, text: String, author: String? = nil, width: Int = 300, height: Int = 110) throws(XlsxError) {
        try XMLText.check([text, author], "adding a comment to cell \(CellAddress.a1(row: row, col: col)) of '\(name)'")
        var options = lxw_comment_options()
        options.width = UInt16(clamping: width)
        options.height = UInt16(clamping: height)
        options.font_size = 10
        let status = withCStrings([text, author, "Times New Roman"]) { pointers in
            options.author = pointers[1]
            options.font_name = pointers[2]
            return worksheet_write_comment_opt(handle, lxw_row_t(row), lxw_col_t(col), pointers[0], &options)
        }
        try check(status, "adding a comment to cell \(CellAddress.a1(row: row, col: col)) of '\(name)'")
    }

    /// Writes `text` as a link to a place in the workbook.
    ///
    /// `location` is written like `'Bảng 2'!D45` (see `CellAddress.location(sheet:row:col:)`).
    public func write(link location: String, text: String, row: Int, col: Int, style: CellStyle? = nil, tooltip: String? = nil) throws(XlsxError) {
        try XMLText.check([location, text, tooltip], "writing a link in cell \(CellAddress.a1(row: row, col: col)) of '\(name)'")
        try check(worksheet_write_url_opt(handle, lxw_row_t(row), lxw_col_t(col), "internal:" + location,
                                          libraryFormat(style), text, tooltip),
                  "writing a link to \(location) in cell \(CellAddress.a1(row: row, col: col)) of '\(name)'")
    }

    /// Replaces the page footer (codes as in Excel: `&P` page, `&N` pages, `&A` the sheet's name).
    public func setFooter(_ footer: String) throws(XlsxError) {
        try XMLText.check([footer], "setting the footer of '\(name)'")
        try check(worksheet_set_footer(handle, footer), "setting the footer of '\(name)'")
    }

    /// Hides the grid lines, on screen and on paper.
    public func hideGridlines() {
        worksheet_gridlines(handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// Scales the printout to at most `wide` pages across and `tall` pages down (0: as many as needed).
    public func fitToPages(wide: Int, tall: Int) {
        worksheet_fit_to_pages(handle, UInt16(clamping: wide), UInt16(clamping: tall))
    }

    /// Colours the sheet's tab (`0xC00000`).
    public func setTabColor(_ color: UInt32) {
        worksheet_set_tab_color(handle, lxw_color_t(color))
    }
}
