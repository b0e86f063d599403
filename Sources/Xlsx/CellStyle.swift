/// How a cell looks: the Swift description of a libxlsxwriter format, created once per workbook.
public struct CellStyle: Hashable, Sendable {
    public enum Align: Hashable, Sendable { case general, left, center, right }
    public enum VAlign: Hashable, Sendable { case top, center, bottom }

    public var bold = false
    public var italic = false
    public var fontSize: Double = 11
    public var fontColor: UInt32?
    public var underline = false
    public var align: Align = .general
    public var valign: VAlign = .center
    public var wrap = false
    public var indent = 0
    public var border = false
    public var fill: UInt32?
    public var numberFormat: String?

    public init() {}

    /// A copy with changes applied.
    public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
