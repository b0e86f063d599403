/// One `<hyperlink>` of a worksheet.
public struct Hyperlink: Sendable, Equatable {
    /// The cell or range carrying the link (`"A5"`).
    public var ref: String
    /// Internal destination (`'Kiểm tra'!A5`), from the `location` attribute.
    public var location: String?
    /// External destination (URL, file path), resolved from the sheet's relationships (`r:id`).
    public var target: String?
    /// The `display` attribute.
    public var display: String?
    /// The `tooltip` attribute.
    public var tooltip: String?

    /// `true` for a link to a place inside the workbook (no external target).
    public var isInternal: Bool { target == nil && location != nil }
}
