import Foundation
internal import CXlsxWriter

/// A worksheet of an open `XlsxWorkbook`, reachable only inside `XlsxWorkbook.addSheet`.
///
/// Rows and columns are 0-based. Every write checks the library's status.
public struct XlsxSheet: ~Copyable {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name, as formulas quote it.
    public let name: String
    let formats: FormatCache

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, formats: FormatCache) {
        self.handle = handle
        self.name = name
        self.formats = formats
    }

    private func where_(_ row: Int, _ col: Int) -> String { "cell \(CellAddress.a1(row: row, col: col)) of '\(name)'" }

    /// The library's format of `style`, nil (the default format) for none. Every cell asks, so
    /// the style is not copied on the way (`style.flatMap(formats.format)` copies it twice).
    func libraryFormat(_ style: CellStyle?) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        return formats.format(style)
    }

    /// Writes text, always as text (never as a formula, whatever it starts with).
    public func write(text: String, row: Int, col: Int, style: CellStyle? = nil) throws(XlsxError) {
        try XMLText.check(text, "writing text to \(where_(row, col))")
        let format = libraryFormat(style)
        // `withCString` lends the string's own bytes (a native string ends with a NUL); passing
        // `text` as a `const char *` copies it into a new array first.
        let status = text.withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(col), $0, format) }
        try check(status, "writing text to \(where_(row, col))")
    }

    /// Writes a number.
    public func write(number: Double, row: Int, col: Int, style: CellStyle? = nil) throws(XlsxError) {
        try check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(col), number, libraryFormat(style)),
                  "writing a number to \(where_(row, col))")
    }

    /// Writes a formula with its value computed in Swift as the cached result; nil caches an empty text.
    public func write(formula: String, cached: Double?, row: Int, col: Int, style: CellStyle? = nil) throws(XlsxError) {
        try XMLText.check(formula, "writing a formula to \(where_(row, col))")
        let format = libraryFormat(style)
        if let cached {
            try check(worksheet_write_formula_num(handle, lxw_row_t(row), lxw_col_t(col), formula, format, cached),
                      "writing a formula to \(where_(row, col))")
        } else {
            try check(worksheet_write_formula_str(handle, lxw_row_t(row), lxw_col_t(col), formula, format, ""),
                      "writing a formula to \(where_(row, col))")
        }
    }

    /// Writes a formula whose cached result is text.
    public func write(formula: String, cachedText: String, row: Int, col: Int, style: CellStyle? = nil) throws(XlsxError) {
        try XMLText.check([formula, cachedText], "writing a formula to \(where_(row, col))")
        try check(worksheet_write_formula_str(handle, lxw_row_t(row), lxw_col_t(col), formula, libraryFormat(style), cachedText),
                  "writing a formula to \(where_(row, col))")
    }

    /// Writes an empty cell that still carries a style (borders on blank values).
    public func writeBlank(row: Int, col: Int, style: CellStyle) throws(XlsxError) {
        try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(col), formats.format(style)),
                  "styling \(where_(row, col))")
    }

    /// Excel's limit on the characters of one cell.
    public static let cellCharacterLimit = 32_767

    /// Merges a range and writes text into it.
    ///
    /// Text longer than a cell holds throws `.stringTooLong`: libxlsxwriter 1.1.4 reports that
    /// for a plain cell, but in a merged range it drops the text and returns success, leaving an
    /// empty cell.
    public func merge(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, text: String, style: CellStyle) throws(XlsxError) {
        if firstRow == lastRow && firstCol == lastCol {
            try write(text: text, row: firstRow, col: firstCol, style: style)
            return
        }
        // Named only when something fails: every merged title and label passes here.
        func range() -> String { "\(CellAddress.a1(row: firstRow, col: firstCol)):\(CellAddress.a1(row: lastRow, col: lastCol)) of '\(name)'" }
        try XMLText.check(text, "merging \(range())")
        // The library counts Unicode scalars (`lxw_utf8_strlen`); a text has no more scalars than
        // UTF-8 bytes, so only a long one needs counting.
        if text.utf8.count > XlsxSheet.cellCharacterLimit {
            let length = text.unicodeScalars.count
            if length > XlsxSheet.cellCharacterLimit {
                throw XlsxError(.stringTooLong, operation: "merging \(range())",
                                detail: "the text has \(length) characters; Excel allows \(XlsxSheet.cellCharacterLimit)")
            }
        }
        let format = formats.format(style)
        let status = text.withCString {
            worksheet_merge_range(handle, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol), $0, format)
        }
        try check(status, "merging \(range())")
    }

    /// Sets a column's width (in characters), and hides it if asked.
    public func setColumn(_ col: Int, width: Double, hidden: Bool = false, style: CellStyle? = nil) throws(XlsxError) {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        try check(worksheet_set_column_opt(handle, lxw_col_t(col), lxw_col_t(col), width, libraryFormat(style), &options),
                  "setting column \(CellAddress.column(col)) of '\(name)'")
    }

    /// Sets a row's height in points.
    public func setRow(_ row: Int, height: Double) throws(XlsxError) {
        try check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "setting row \(row + 1) of '\(name)'")
    }

    /// Freezes the rows above `row` and the columns left of `col`.
    public func freezePanes(row: Int, col: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(col))
    }

    /// Sets up the printed page: paper, orientation, margins, repeated rows, header and footer.
    ///
    /// `paper` is Excel's number (9 = A4, 8 = A3); the sheet is fitted to one page wide and
    /// centred, with the margins of `PrintMargins.standard`; `repeatRows` are printed on every page.
    public func setupPrinting(landscape: Bool, paper: Int, repeatRows: ClosedRange<Int>?, footer: String, header: String? = nil) throws(XlsxError) {
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        worksheet_set_paper(handle, UInt8(paper))
        worksheet_fit_to_pages(handle, 1, 0)
        let margins = PrintMargins.standard
        worksheet_set_margins(handle, margins.left, margins.right, margins.top, margins.bottom)
        worksheet_center_horizontally(handle)
        if let repeatRows {
            try check(worksheet_repeat_rows(handle, lxw_row_t(repeatRows.lowerBound), lxw_row_t(repeatRows.upperBound)),
                      "repeating header rows of '\(name)'")
        }
        try XMLText.check([footer, header], "setting the header and footer of '\(name)'")
        try check(worksheet_set_footer(handle, footer), "setting the footer of '\(name)'")
        if let header { try check(worksheet_set_header(handle, header), "setting the header of '\(name)'") }
    }

    /// Prints at `percent` % of the natural size across as many pages as the sheet needs, in
    /// place of `setupPrinting`'s "fit to one page wide" (the last of the two set wins), with the
    /// columns `repeatColumns` at the left of every page: a sheet too wide to read on one page.
    public func printAcrossPages(scale percent: Int, repeatColumns: ClosedRange<Int>) throws(XlsxError) {
        worksheet_set_print_scale(handle, UInt16(min(max(percent, 10), 400)))
        try check(worksheet_repeat_columns(handle, lxw_col_t(repeatColumns.lowerBound), lxw_col_t(repeatColumns.upperBound)),
                  "repeating columns of '\(name)'")
    }

    /// Starts a new printed page at each of `rows` (0-based; a break stands above its row).
    ///
    /// Excel keeps these breaks with "fit to one page wide" (`setupPrinting`), and so does
    /// LibreOffice. An empty list sets none. Rows must be above 0 and below Excel's last row, at
    /// most `maximumPageBreaks` of them; repeated rows are written once, in order.
    public func setPageBreaks(beforeRows rows: [Int]) throws(XlsxError) {
        let operation = "setting the page breaks of '\(name)'"
        let sorted = Array(Set(rows)).sorted()
        guard !sorted.isEmpty else { return }
        if let bad = sorted.first(where: { $0 <= 0 || $0 >= 1_048_576 }) {
            throw XlsxError(.parameterValidation, operation: operation, detail: "a break above row \(bad + 1)")
        }
        guard sorted.count <= XlsxSheet.maximumPageBreaks else {
            throw XlsxError(.parameterValidation, operation: operation,
                            detail: "\(sorted.count) breaks; Excel allows \(XlsxSheet.maximumPageBreaks)")
        }
        var breaks = sorted.map { lxw_row_t($0) } + [0]
        try check(breaks.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(handle, $0.baseAddress) }, operation)
    }

    /// Prints only the cells from (`firstRow`, `firstCol`) to (`lastRow`, `lastCol`), 0-based.
    ///
    /// Without it a viewer may size "fit to one page wide" over every used column, hidden ones
    /// included (LibreOffice does), and print the table smaller than Excel does.
    public func setPrintArea(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) throws(XlsxError) {
        try check(worksheet_print_area(handle, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow), lxw_col_t(lastCol)),
                  "setting the print area of '\(name)'")
    }

    /// The most page breaks a sheet may have (Excel's limit, `LXW_BREAKS_MAX`).
    public static let maximumPageBreaks = Int(LXW_BREAKS_MAX)

    /// Makes this the sheet shown when the file opens.
    public func activate() { worksheet_activate(handle) }

    /// Gives the cells of a range `style` (its fill, font colour, bold…) whenever `formula` is true.
    ///
    /// A conditional format of type "formula", written relative to the range's first cell, e.g.
    /// `=AND(ISNUMBER($F12),$F12>0)` for a range starting at row 12.
    public func conditionalFormat(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, formula: String,
                                  style: CellStyle) throws(XlsxError) {
        try XMLText.check([formula], "adding a conditional format to '\(name)'")
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
        rule.format = formats.format(style)
        // The library copies the formula text, so the pointer need only live during the call.
        let status = formula.withCString { text -> lxw_error in
            rule.value_string = UnsafeMutablePointer(mutating: text)
            return worksheet_conditional_format_range(handle, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                                      lxw_row_t(lastRow), lxw_col_t(lastCol), &rule)
        }
        try check(status, "adding a conditional format to \(CellAddress.a1(row: firstRow, col: firstCol)):\(CellAddress.a1(row: lastRow, col: lastCol)) of '\(name)'")
    }
}
