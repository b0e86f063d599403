extension Report {
    /// What makes the report impossible to lay out on a sheet, whatever errors are allowed, as
    /// far as the model can tell (the sheet's geometry is `FormLayout`'s): a per-year form
    /// without a year column (its period missing or reversed), a row whose values do not match
    /// the value columns. `Pipeline` decides on it before anything is written, so that
    /// `--allow-errors` never lets such a report reach a renderer.
    public var layoutFlaw: LayoutFlaw? {
        if valueColumns.isEmpty { return .noValueColumns }
        if let row = rows.first(where: { $0.values.count != valueColumns.count }) {
            return .rowValues(row: row.row.id, values: row.values.count, columns: valueColumns.count)
        }
        return nil
    }
}
