/// One value column of a filled sheet.
public enum ValueColumn: Sendable, Equatable, Hashable {
    /// The single value column of an annual form.
    case single
    /// A keyed column (a field of a contact row).
    case key(String)
    /// One year of a per-year form.
    case year(Int)

    /// The year, for a year column.
    public var year: Int? { if case .year(let y) = self { return y } else { return nil } }

    /// The key, for a keyed column.
    public var key: String? { if case .key(let k) = self { return k } else { return nil } }
}
