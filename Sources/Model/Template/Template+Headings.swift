/// Which rows of a form head others.
extension Template {
    /// Whether row `index` heads the rows after it: a section or a header row, or an item whose
    /// next row is indented deeper (its sub-rows, as `1 | Số VBQPPL đã ban hành` heads the rows
    /// under it). A printed page never ends on such a row.
    public func rowIsHeading(at index: Int) -> Bool {
        guard rows.indices.contains(index) else { return false }
        // The fields read in place: a copy of the row would retain every text of it.
        let kind = rows[index].kind
        if kind == .section || kind == .header { return true }
        guard index + 1 < rows.count else { return false }
        return (rows[index + 1].indent ?? 0) > (rows[index].indent ?? 0)
    }
}
