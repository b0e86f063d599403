/// What the note column (Ghi chú) says for a row.
extension FilledRow {
    /// The counts behind a derived rate as the forms write them (`10.243/10.248 hồ sơ`), or the
    /// remark that the rate was reported without counts; then the user's own note.
    public func noteText(valueIndex: Int = 0, catalogue: Catalogue = .vietnamese) -> String? {
        var parts: [String] = []
        if valueIndex < values.count, case .rate(let rate) = values[valueIndex] {
            if rate.isFormula, let counts = CellText.counts(numerator: rate.numerator, denominator: rate.denominator, unit: row.derived?.noteUnit) {
                parts.append(counts)
            } else if rate.reported != nil {
                parts.append(catalogue.phrase(.reportedRateNote))
            }
        }
        if let note, !note.isEmpty { parts.append(note) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
