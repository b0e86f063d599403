/// What the note column (Ghi chú) says for a row.
extension FilledRow {
    /// The counts behind a derived rate as the forms write them (`10.243/10.248 hồ sơ`), or the
    /// remark that the rate was reported without counts; then the user's own note.
    public func noteText(valueIndex: Int = 0) -> String? {
        var parts: [String] = []
        if valueIndex < values.count, case .rate(let rate) = values[valueIndex] {
            if let numerator = rate.numerator, let denominator = rate.denominator {
                var counts = VietnameseNumber.format(numerator) + "/" + VietnameseNumber.format(denominator)
                if let unit = row.derived?.noteUnit, !unit.isEmpty { counts += " " + unit }
                parts.append(counts)
            } else if rate.reported != nil {
                parts.append(Rate.reportedNote)
            }
        }
        if let note, !note.isEmpty { parts.append(note) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Rate {
    /// The note written next to a rate given without its counts.
    public static let reportedNote = "Tỷ lệ do đơn vị báo cáo (không kèm số liệu tử số/mẫu số)"
}
