/// One template row with its values, one per value column of the report.
public struct FilledRow: Sendable {
    /// The template row.
    public var row: Row
    /// One value per `Report.valueColumns` entry.
    public var values: [Value]
    /// The user's note for the row, if any.
    public var note: String?

    public init(row: Row, values: [Value], note: String? = nil) {
        self.row = row
        self.values = values
        self.note = note
    }
}
