/// The margins of a printed sheet, in inches, as `XlsxSheet.setupPrinting` sets them: what a
/// page-break calculation needs to know of the page besides its paper.
public struct PrintMargins: Sendable, Equatable {
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double

    /// The margins of every sheet the project prints: 0,5" left, 0,4" right, 0,6" top and bottom
    /// (the footer stands in the bottom margin).
    public static let standard = PrintMargins(left: 0.5, right: 0.4, top: 0.6, bottom: 0.6)
}
