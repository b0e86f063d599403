/// Excel's limits on a worksheet, and the bounds the tool sets on what a template may ask for.
///
/// A template is checked against them when it is read (`Template.findings(file:)`), before
/// anything is laid out: a span or a count past them would make the layout allocate without end,
/// or trap, or write a workbook Excel refuses.
public enum SheetLimits {
    /// Rows of a worksheet.
    public static let rows = 1_048_576
    /// Columns of a worksheet.
    public static let columns = 16_384
    /// The tallest row, in points.
    public static let rowHeight = 409.0
    /// The widest column, in characters.
    public static let columnWidth = 255.0
    /// The deepest indentation of a cell.
    public static let indent = 15
    /// The largest legend code, either sign: 15 digits, what a cell shows exactly (Excel keeps
    /// 15 significant digits; `-2^63` would be written `-9.22E+18`).
    public static let legendCode = 999_999_999_999_999
    /// Series of one chart.
    public static let chartSeries = 255
    /// Rows of a form's header. The header is printed again at the top of every page, and a
    /// page holds about 50 rows: a taller header leaves no room for the table.
    public static let headerRows = 50
}
