/// Where the note the input gives for a row (`notes`) is written on the sheet.
///
/// A form with a Ghi chú column shows it there. A form without one (the ten-year review, Phụ lục 3,
/// Bảng 1) keeps it as a comment on one cell of the row, and the reader says so with a
/// `note.as-comment` warning: a note is never dropped.
public enum NotePlace: Sendable, Equatable {
    /// In the Ghi chú column, after the counts of a derived rate.
    case noteColumn
    /// A comment on the row's cell in this value column (an index of `Report.valueColumns`).
    case comment(valueColumn: Int)
    /// A comment on the row's label: a form without Ghi chú whose value columns are unknown (a
    /// per-year form whose period could not be read).
    case labelComment

    /// Where notes go on `template` with these value columns: the Ghi chú column when there is
    /// one; else a comment on the row's **last year** on a per-year form (the latest figures,
    /// often cut off before the year's end: what a note usually explains), or on its **first
    /// value column** on other forms (the only one, or a contact row's name).
    public static func of(_ template: Template, columns: [ValueColumn]) -> NotePlace {
        if template.columns.contains(where: { $0.role == .note }) { return .noteColumn }
        guard let last = columns.indices.last else { return .labelComment }
        return .comment(valueColumn: columns[last].year != nil ? last : 0)
    }

    /// The value column of the comment's cell, when the note is a comment on a value cell.
    public var valueColumn: Int? {
        if case .comment(let column) = self { return column }
        return nil
    }
}

extension Report {
    /// Where the notes of this report's rows are written.
    public var notePlace: NotePlace { NotePlace.of(template, columns: valueColumns) }
}
