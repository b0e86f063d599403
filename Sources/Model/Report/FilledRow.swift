/// One template row with its values, one per value column of the report.
public struct FilledRow: Sendable {
    /// The template row.
    public var row: Row
    /// One value per `Report.valueColumns` entry.
    public var values: [Value]
    /// The user's note for the row, if any.
    public var note: String?
    /// Where the row's input stood in the file (`$.values["id"]`), for messages.
    public var path: String

    public init(row: Row, values: [Value], note: String? = nil, path: String) {
        self.row = row
        self.values = values
        self.note = note
        self.path = path
    }
}
