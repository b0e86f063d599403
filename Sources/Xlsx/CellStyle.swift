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

    /// The style's fields folded into one word: equal styles give equal words (equality stays
    /// field by field). `FormatCache` looks every cell's format up by it, and `Hasher` (SipHash
    /// over the fields) cost about 700 instructions a cell.
    public var quickKey: UInt64 {
        var key = UInt64(truncatingIfNeeded: indent) << 16
        if bold { key |= 1 << 0 }
        if italic { key |= 1 << 1 }
        if underline { key |= 1 << 2 }
        if wrap { key |= 1 << 3 }
        if border { key |= 1 << 4 }
        if unlocked { key |= 1 << 5 }
        if fontColor != nil { key |= 1 << 6 }
        if fill != nil { key |= 1 << 7 }
        switch align {
        case .general: break
        case .left: key |= 1 << 8
        case .center: key |= 2 << 8
        case .right: key |= 3 << 8
        }
        switch valign {
        case .top: break
        case .center: key |= 1 << 10
        case .bottom: key |= 2 << 10
        }
        key ^= (UInt64(fontColor ?? 0) << 32 | UInt64(fill ?? 0)) &* 0x9E37_79B9_7F4A_7C15
        key ^= fontSize.bitPattern.byteSwapped
        if let numberFormat { key ^= UInt64(truncatingIfNeeded: numberFormat.utf8.count) << 24 }
        return key
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(quickKey)
        hasher.combine(numberFormat)
    }

    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
