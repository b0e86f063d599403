import Foundation

/// A skeleton input for a template that a user fills in: every row id present, each preceded by a
/// comment key (`"// …"`, ignored when read) that shows its STT, label, unit and what it takes.
public enum Skeleton {
    /// The skeleton as JSON text.
    public static func json(template: Template, period: Period, catalogue: Catalogue = .vietnamese) -> String {
        var out = "{\n"
        out += "  \"template\": \(quote(template.id)),\n"
        out += "  \"unit\": { \"name\": \"\", \"province\": \"\", \"code\": \"\" },\n"
        switch template.period {
        case .years:
            var fields = ["\"from\": \(period.from ?? 2011)", "\"to\": \(period.to ?? 2020)"]
            if let cutoff = period.cutoff { fields.append("\"cutoff\": \(quote(cutoff.iso))") }
            out += "  \"period\": { \(fields.joined(separator: ", ")) },\n"
        case .year, .none:
            if let year = period.year { out += "  \"period\": { \"year\": \(year) },\n" }
            else if template.period == .year { out += "  \"period\": { \"year\": null },\n" }
        }
        out += "  \"values\": {\n"
        out += valueLines(template: template, period: period, catalogue: catalogue, indent: "    ").joined(separator: ",\n") + "\n  },\n"
        out += "  \"notes\": {}\n}\n"
        return out
    }

    /// The members of `values` for `template`, one line each, indented by `indent`: before each
    /// row id a comment key with its STT, label and unit and what it takes, then the row id with
    /// an empty value (null, or the empty counts of a rate, or the empty columns of a keyed row).
    static func valueLines(template: Template, period: Period, catalogue: Catalogue, indent: String) -> [String] {
        var lines: [String] = []
        let values = JSONPath("values")
        let slots = valueSlots(template: template, period: period, values: values)
        var slotsOfRow: [Int: [Slot]] = [:]
        for slot in slots {
            switch slot.target {
            case .value(let row, _), .count(let row, _, _), .rate(let row, _): slotsOfRow[row, default: []].append(slot)
            case .field: break
            }
        }
        for (rowIndex, row) in template.rows.enumerated() {
            let number = (row.stt ?? "").isEmpty ? "" : "\(row.stt!) "
            var comment = "// \(number)\(row.label)"
            if let unit = row.unit, !unit.isEmpty { comment += " [\(unit)]" }
            guard row.kind.holdsValue else {
                lines.append(indent + "\(quote(comment)): \"\"")
                continue
            }
            lines.append(indent + "\(quote(comment)): \(quote(hint(row, catalogue: catalogue)))")
            lines.append(indent + "\(quote(row.id)): " + emptyValue(slotsOfRow[rowIndex] ?? [], under: values.child(row.id)))
        }
        return lines
    }

    /// What a row takes, in a few words, in the catalogue's language.
    public static func hint(_ row: Row, catalogue: Catalogue = .vietnamese) -> String {
        if row.kind == .code { return (row.legend ?? []).map { "\($0.label) = \($0.code)" }.joined(separator: ", ") }
        guard row.kind == .percent, let derived = row.derived else { return catalogue.phrase(.hint(row.kind)) }
        func side(_ operand: Operand, _ side: RateSide) -> String {
            operand.row.map { catalogue.phrase(.operandRow($0)) } ?? operand.label ?? side.rawValue
        }
        return catalogue.phrase(.rateHint(numerator: side(derived.numerator, .numerator), denominator: side(derived.denominator, .denominator)))
    }

    /// A JSON string literal: quotes and backslashes escaped, control characters as `\n`, `\uXXXX`.
    public static func quote(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + TextLimit.oneLine(escaped) + "\""
    }
}
