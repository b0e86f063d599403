/// One `<col>` element of a worksheet: formatting shared by a span of columns.
public struct ColumnInfo: Sendable, Equatable {
    /// First column of the span, **1-based** as in the XML (`1` is column A).
    public var min: Int
    /// Last column of the span, 1-based, inclusive.
    public var max: Int
    /// Width in characters (attribute `width`), if given.
    public var width: Double?
    /// Attribute `hidden`.
    public var hidden: Bool
    /// Attribute `customWidth`.
    public var customWidth: Bool
    /// Default cell style of the columns (attribute `style`).
    public var styleIndex: Int?
    /// Outline (grouping) level, 0 when absent.
    public var outlineLevel: Int

    public init(min: Int, max: Int, width: Double? = nil, hidden: Bool = false, customWidth: Bool = false,
                styleIndex: Int? = nil, outlineLevel: Int = 0) {
        self.min = min
        self.max = max
        self.width = width
        self.hidden = hidden
        self.customWidth = customWidth
        self.styleIndex = styleIndex
        self.outlineLevel = outlineLevel
    }

    /// Whether the span covers a 0-based column index.
    public func covers(col: Int) -> Bool { (min...max).contains(col + 1) }
}
