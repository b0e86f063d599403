/// One `<definedName>` of the workbook (named range, print titles, print area, …).
public struct DefinedName: Sendable, Equatable {
    /// The name, e.g. `"TongSo"` or a built-in such as `"_xlnm.Print_Titles"`.
    public var name: String
    /// 0-based index (in workbook order, chartsheets included) of the sheet the name is local
    /// to, or `nil` for a workbook-global name.
    public var localSheetId: Int?
    /// What it refers to, as written, e.g. `'Bảng 2'!$D$12` or `'Bảng 2'!$5:$6`.
    public var refersTo: String
    public var hidden: Bool
    /// The `comment` attribute, if any.
    public var comment: String?

    /// `true` for Excel's reserved names (`_xlnm.*`).
    public var isBuiltIn: Bool { name.hasPrefix("_xlnm.") }
}
