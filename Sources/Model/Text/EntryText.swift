/// The fixed texts of an entry workbook (`cchc init -o form.xlsx`): the `Hướng dẫn` sheet, the
/// labels of the unit's and the report's fields, and the input and error messages of the cells a
/// unit fills. Each language writes them (`Phrase.entry`).
public enum EntryText: Sendable {
    /// The name of the first sheet: `Hướng dẫn`.
    case guideSheet
    /// `HƯỚNG DẪN ĐIỀN BIỂU`.
    case guideTitle
    /// `Tệp này gồm: …`: the sheets of the workbook, in order.
    case guideContents(sheets: [String])
    /// The heading above the unit's and the period's cells of a single form.
    case unitHeading
    /// The heading of a submission's cover sheet.
    case coverTitle
    /// The label of a field's cell (`Tên đơn vị báo cáo`).
    case fieldLabel(EntryField)
    /// The heading of the filling rules, and rule `index` (0..<`fillRules`) of them.
    case fillHeading
    case fillRule(Int, sheets: [String])
    /// The heading of how to send the file, and step `index` (0..<`sendSteps`) of it.
    case sendHeading
    case sendStep(Int, file: String)
    /// The title of a cell's input message (≤ 32 characters).
    case inputTitle(EntryInput)
    /// The text of a cell's input message: what goes at `place` (≤ 255 characters, cut if longer).
    case inputPrompt(EntryInput, place: String)
    /// The text of the error message when a cell is given what it cannot hold.
    case inputError(EntryInput)
    /// A count of a derived rate: `Tử số: Số hồ sơ giải quyết đúng hẹn`.
    case countPlace(side: RateSide, label: String?, rate: String)

    /// `Đã ghi form.xlsx (các trang tính: …)`: what `cchc init -o` prints.
    case wrote(output: String, sheets: [String])

    /// What a cell of a form stands for, in the template's own words, the same in every
    /// language: `1.2 Số hồ sơ đã giải quyết (Hồ sơ) – Năm 2019`.
    public static func place(stt: String?, label: String, unit: String?, column: String?) -> String {
        var text = [stt, label].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if let unit, !unit.isEmpty { text += " (\(unit))" }
        if let column { text += " – \(column)" }
        return text
    }

    /// How many rules `fillRule` has.
    public static let fillRules = 7
    /// How many steps `sendStep` has.
    public static let sendSteps = 3
}

/// What an entry cell takes, for its validation and messages.
public enum EntryInput: Sendable, Equatable {
    /// A whole number ≥ 0.
    case count
    /// A number with decimals.
    case decimal
    /// A percentage typed as a number from 0 to 100.
    case percent
    /// One answer of a legend (its labels), chosen from a drop-down list.
    case code(labels: [String])
    /// `Đạt` or `Không đạt`.
    case pass
    /// A fraction written in one cell (`24/24`).
    case fraction
    /// Free text.
    case text
    /// The unit's note on a row, in the Ghi chú column (free text, optional).
    case note
    /// A year; `fixed` when the form's columns fix it (the range of a per-year form).
    case year(fixed: Int?)
    /// A date.
    case date
}
