/// A number in a template beyond what a worksheet can hold or the tool accepts (`SheetLimits`):
/// refused when the template is read, before anything is laid out. Each names the value given
/// and the limit; the finding's JSON path says where it is.
public enum TemplateLimit: Sendable, Equatable {
    /// The sheet would need `needed` columns (a per-year form laid out for the most years a
    /// report may cover, with its hidden helper and legend columns); a sheet has `limit`.
    case sheetColumns(needed: Int, limit: Int)
    /// The sheet would need `needed` rows (title lines, header, rows, footnotes, legend cells);
    /// a sheet has `limit`.
    case sheetRows(needed: Int, limit: Int)
    /// A header of `given` rows; at most `limit` are repeated on every printed page.
    case headerRows(given: Int, limit: Int)
    /// A column width that is not a number of characters above 0 and at most `limit`.
    case columnWidth(given: Double, limit: Double)
    /// An indentation outside 0…`limit`.
    case indent(given: Int, limit: Int)
    /// A legend code whose size is above `limit` (15 digits: more would not show exactly).
    case legendCode(given: Int, limit: Int)
    /// A negative tolerance of a check.
    case tolerance(given: Double)
    /// A chart with more series than `limit`.
    case chartSeries(given: Int, limit: Int)
}

/// A header cell that does not fit the form's table: it would be merged over data rows, over
/// another cell, or past the last column. `row` and `cell` count from 1 (`header[row-1][cell-1]`).
public enum TemplateHeaderProblem: Sendable, Equatable {
    /// A header without rows: the table would have nothing to print above its data.
    case empty
    /// `rows` or `cols` below 1.
    case spanBelowOne(given: Int)
    /// The cell spans `rows` rows from header row `row`, past the header's `headerRows` rows
    /// (it would merge the first data rows and hide their numbers).
    case beyondHeader(row: Int, cell: Int, rows: Int, headerRows: Int)
    /// The cell would end at column `end`, past the table's `columns` columns (laid out for
    /// `years` years on a per-year form, nil otherwise).
    case beyondColumns(row: Int, cell: Int, end: Int, columns: Int, years: Int?)
    /// The cell would cover column `column` of its row, taken by a cell above that spans rows.
    case overlaps(row: Int, cell: Int, column: Int, years: Int?)
}
