/// How a cell looks: the Swift description of a libxlsxwriter format, created once per workbook.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment; `general` leaves text left and numbers right, as Excel does.
    public enum Align: Hashable, Sendable { case general, left, center, right }
    /// Vertical alignment.
    public enum VAlign: Hashable, Sendable { case top, center, bottom }

    /// Bold text.
    public var bold = false
    /// Italic text.
    public var italic = false
    /// Font size in points (the font is always Times New Roman).
    public var fontSize: Double = 11
    /// Font colour as `0xRRGGBB`, the default (black) when nil.
    public var fontColor: UInt32?
    /// Single underline.
    public var underline = false
    /// Horizontal alignment.
    public var align: Align = .general
    /// Vertical alignment.
    public var valign: VAlign = .center
    /// Wraps text within the cell's width.
    public var wrap = false
    /// Indent level (0–15).
    public var indent = 0
    /// A thin border on all four sides.
    public var border = false
    /// Solid background colour as `0xRRGGBB`, none when nil.
    public var fill: UInt32?
    /// Excel number format (`#,##0`, `0.00%`), General when nil.
    public var numberFormat: String?
    /// Not locked: the cell can be edited when its sheet is protected (`XlsxSheet.protect`).
    public var unlocked = false

    /// The default style: Times New Roman 11, vertically centred, no border.
    public init() {}

    /// The style as three words and its number format: every cell written looks its format up
    /// by its style (`FormatCache`), and hashing the thirteen fields one by one cost about a
    /// thousand instructions a cell. Equal styles give equal words (equality stays field by field).
    public func hash(into hasher: inout Hasher) {
        var flags = UInt64(truncatingIfNeeded: indent) << 16
        if bold { flags |= 1 << 0 }
        if italic { flags |= 1 << 1 }
        if underline { flags |= 1 << 2 }
        if wrap { flags |= 1 << 3 }
        if border { flags |= 1 << 4 }
        if unlocked { flags |= 1 << 5 }
        if fontColor != nil { flags |= 1 << 6 }
        if fill != nil { flags |= 1 << 7 }
        switch align {
        case .general: break
        case .left: flags |= 1 << 8
        case .center: flags |= 2 << 8
        case .right: flags |= 3 << 8
        }
        switch valign {
        case .top: break
        case .center: flags |= 1 << 10
        case .bottom: flags |= 2 << 10
        }
        hasher.combine(flags)
        hasher.combine(UInt64(fontColor ?? 0) << 32 | UInt64(fill ?? 0))
        hasher.combine(fontSize)
        hasher.combine(numberFormat)
    }

    /// A copy with changes applied.
    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
