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
        for (index, filled) in rows.enumerated() {
            var texts: [Int?: [String]] = [:]
            var order: [Int?] = []
            func add(_ text: String, column: Int?) {
                if texts[column] == nil { order.append(column) }
                texts[column, default: []].append(text)
            }
            if reportedRates, let derived = filled.row.derived {
                for (column, value) in filled.values.enumerated() {
                    guard case .rate(let rate) = value, !rate.isFormula, let reported = rate.reported else { continue }
                    add(reportedRateComment(rate: rate, reported: reported, derived: derived, catalogue: catalogue), column: column)
                }
            }
            if place != .noteColumn, let note = filled.note, !note.isEmpty {
                add(catalogue.phrase(.noteComment(note)), column: place.valueColumn)
            }
            for column in order {
                out.append(RowComment(row: index, valueColumn: column, text: texts[column, default: []].joined(separator: "\n\n")))
            }
        }
        return out
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
