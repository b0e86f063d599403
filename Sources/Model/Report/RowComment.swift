/// A comment on one cell of a filled form (the note shown when the pointer is over the cell):
/// the row's note on a form without a Ghi chú column (see `NotePlace`), and, in a submission, the
/// remark on a rate reported without its counts. Its text is decided here, in the model, so that
/// it is checked before anything is written; the workbook only places it.
public struct RowComment: Sendable, Equatable {
    /// The row (an index of `Report.rows`).
    public var row: Int
    /// The value column of the cell (an index of `Report.valueColumns`); nil for the row's label.
    public var valueColumn: Int?
    /// The text: the remarks of the cell, separated by a blank line.
    public var text: String

    public init(row: Int, valueColumn: Int?, text: String) {
        self.row = row
        self.valueColumn = valueColumn
        self.text = text
    }
}

extension Report {
    /// The comments of the form's sheet, one per cell, in row order: on each cell the remark on a
    /// reported rate (with `reportedRates`, as `cchc submit` writes them) and then the row's note
    /// (`Ghi chú: …`) when the form has no Ghi chú column.
    public func comments(catalogue: Catalogue = .vietnamese, reportedRates: Bool) -> [RowComment] {
        let place = notePlace
        var out: [RowComment] = []
        // Most rows have no remark: each is looked at in place, and a list is made only for one.
        for index in rows.indices {
            var remarks: [(column: Int?, text: String)] = []
            if reportedRates, let derived = rows[index].row.derived {
                for (column, value) in rows[index].values.enumerated() {
                    guard let (rate, reported) = Report.remarkedRate(value) else { continue }
                    remarks.append((column, reportedRateComment(rate: rate, reported: reported, derived: derived, catalogue: catalogue)))
                }
            }
            if place != .noteColumn, let note = rows[index].note, !note.isEmpty {
                remarks.append((place.valueColumn, catalogue.phrase(.noteComment(note))))
            }
            guard !remarks.isEmpty else { continue }
            // One comment per cell, in the order the cells were first remarked on.
            var columns: [Int?] = []
            for remark in remarks where !columns.contains(remark.column) { columns.append(remark.column) }
            for column in columns {
                let text = remarks.filter { $0.column == column }.map(\.text).joined(separator: "\n\n")
                out.append(RowComment(row: index, valueColumn: column, text: text))
            }
        }
        return out
    }

    /// A rate the comments remark on, with the value reported: one reported without its formula.
    static func remarkedRate(_ value: Value) -> (rate: Rate, reported: Double)? {
        guard case .rate(let rate) = value, !rate.isFormula, let reported = rate.reported else { return nil }
        return (rate, reported)
    }

    /// `Tỷ lệ do đơn vị báo cáo: 99,95 %. …`: what the comment on a reported rate says.
    func reportedRateComment(rate: Rate, reported: Double, derived: Derived, catalogue: Catalogue) -> String {
        func name(_ operand: Operand) -> String {
            if let label = operand.label { return label }
            return operand.row.flatMap { row(id: $0)?.row.label } ?? ""
        }
        return catalogue.phrase(.reportedRateComment(reported: reported,
                                                     missingNumerator: rate.numerator == nil ? name(derived.numerator) : nil,
                                                     missingDenominator: rate.denominator == nil ? name(derived.denominator) : nil))
    }
}
