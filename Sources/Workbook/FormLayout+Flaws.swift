import Model

extension FormLayout {
    /// Excel's last row and column, as counts.
    public static let maximumRows = 1_048_576
    public static let maximumColumns = 16_384

    /// What makes this layout of `report` impossible to write, or nil: what the model already
    /// knows (`Report.layoutFlaw`), a value column with no values behind it, a header cell
    /// outside the table or over another, a cell past Excel's last row or column. `FormRenderer` and
    /// `SubmissionWriter` ask before writing anything, so that no report, however it was
    /// made, traps in a renderer: it is refused with a finding instead.
    public func flaw(for report: Report) -> LayoutFlaw? {
        if let flaw = report.layoutFlaw { return flaw }
        if let flaw = headerPlacementFlaw { return flaw }
        for column in columns {
            switch column.content {
            case .value(let index), .helper(let index, _):
                if !report.valueColumns.indices.contains(index) { return .noValueColumns }
            default: break
            }
        }
        if columns.count > FormLayout.maximumColumns { return .beyondSheet(row: 0, column: columns.count - 1) }
        if headerStart + headerRowCount >= FormLayout.maximumRows { return .beyondSheet(row: headerStart + headerRowCount, column: 0) }
        if visibleColumnCount < 1 { return .headerOutsideTable(row: 0, column: 0, columns: 0) }
        // Every header cell inside the header rows and the columns, none over another: the grid
        // is at most the header rows by the columns (bounded above), whatever the spans say.
        var taken = [Bool](repeating: false, count: headerRowCount * columns.count)
        for cell in headerCells {
            let (end, overflow) = cell.col.addingReportingOverflow(cell.colSpan)
            let (bottom, rowOverflow) = cell.row.addingReportingOverflow(cell.rowSpan)
            if cell.col < 0 || cell.row < 0 || cell.colSpan < 1 || cell.rowSpan < 1 || overflow || rowOverflow
                || end > columns.count || bottom > headerRowCount {
                return .headerOutsideTable(row: max(cell.row, 0), column: max(cell.col, 0), columns: visibleColumnCount)
            }
            // The form's own header stays over the visible table; hidden helpers have their own heads.
            let onHelper: Bool
            if case .helper = columns[cell.col].content { onHelper = true } else { onHelper = false }
            if cell.col < visibleColumnCount ? end > visibleColumnCount : (!onHelper || cell.colSpan != 1) {
                return .headerOutsideTable(row: cell.row, column: cell.col, columns: visibleColumnCount)
            }
            for r in cell.row..<bottom {
                for c in cell.col..<end {
                    if taken[r * columns.count + c] { return .headerOverlap(row: r, column: c) }
                    taken[r * columns.count + c] = true
                }
            }
        }
        let lastRow = footnoteRow + (report.template.footnotes?.count ?? 0)
        if max(lastRow, endRow) >= FormLayout.maximumRows { return .beyondSheet(row: max(lastRow, endRow), column: 0) }
        return nil
    }
}
