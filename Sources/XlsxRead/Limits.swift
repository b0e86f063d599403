/// The limits a workbook cannot get past. Each is checked before the memory it guards is
/// allocated (sizes are counted while inflating, never taken from the zip's own headers), and a
/// file past one is refused with `workbook.too-large` or `workbook.zip-bomb`. The defaults are far
/// above any CCHC form (a few thousand cells) and far below what exhausts a laptop.
public struct Limits: Sendable, Equatable {
    /// Bytes of the file itself. Default 300 MiB.
    public var maximumFileSize: Int
    /// Entries in the zip's central directory. Default 10,000.
    public var maximumEntries: Int
    /// Uncompressed bytes of one part. Default 100 MiB.
    public var maximumPartSize: Int
    /// Uncompressed bytes of every part read, together. Default 300 MiB.
    public var maximumTotalSize: Int
    /// How many times its compressed size a part may inflate to, once past 1 MiB. Default 500
    /// (sheet XML compresses 10–100 times; zeros deflate about 1,000 times, nested or overlapping
    /// zip bombs far more).
    public var maximumCompressionRatio: Int
    /// Sheets in the workbook. Default 1,000.
    public var maximumSheets: Int
    /// Cells with a value or a formula in one sheet. Default 1,000,000.
    public var maximumCellsPerSheet: Int
    /// Cells with a value or a formula in all sheets read through one document. Default 2,000,000.
    public var maximumCellsTotal: Int
    /// Entries of the shared-string table. Default 1,000,000.
    public var maximumSharedStrings: Int
    /// UTF-8 bytes of one text: a cell's text, a shared string, a formula, an attribute.
    /// Default 131,072 (Excel's 32,767 characters at four bytes each).
    public var maximumStringBytes: Int
    /// How deep XML elements may nest. Default 64 (SpreadsheetML needs about 8).
    public var maximumDepth: Int
    /// Cell formats (`cellXfs`) and number formats in the styles part. Default 65,536.
    public var maximumStyles: Int

    public init(maximumFileSize: Int = 300 << 20, maximumEntries: Int = 10_000, maximumPartSize: Int = 100 << 20,
                maximumTotalSize: Int = 300 << 20, maximumCompressionRatio: Int = 500, maximumSheets: Int = 1_000,
                maximumCellsPerSheet: Int = 1_000_000, maximumCellsTotal: Int = 2_000_000,
                maximumSharedStrings: Int = 1_000_000, maximumStringBytes: Int = 131_072, maximumDepth: Int = 64,
                maximumStyles: Int = 65_536) {
        self.maximumFileSize = maximumFileSize
        self.maximumEntries = maximumEntries
        self.maximumPartSize = maximumPartSize
        self.maximumTotalSize = maximumTotalSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.maximumSheets = maximumSheets
        self.maximumCellsPerSheet = maximumCellsPerSheet
        self.maximumCellsTotal = maximumCellsTotal
        self.maximumSharedStrings = maximumSharedStrings
        self.maximumStringBytes = maximumStringBytes
        self.maximumDepth = maximumDepth
        self.maximumStyles = maximumStyles
    }

    /// The defaults.
    public static let standard = Limits()
}
