import Foundation

/// The rows of a template as people and programs read them (`cchc templates show`).
public enum TemplateDescription {
    /// A readable listing: header lines, then one line per row.
    public static func text(_ template: Template, catalogue: Catalogue = .vietnamese) -> String {
        var lines: [String] = []
        lines.append("\(template.id) — \(template.name)")
        lines.append(catalogue.phrase(.templateFacts(sheet: template.sheetName, version: template.version ?? "-",
                                                     source: template.source ?? "official", period: template.period)))
        if let description = template.description { lines.append(description) }
        lines.append("")
        for row in template.rows {
            let indent = String(repeating: "  ", count: row.indent ?? 0)
            var line = "\((row.stt ?? "").padding(toLength: 5, withPad: " ", startingAt: 0)) \(row.id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(indent)\(row.label)"
            var facts: [String] = []
            if let unit = row.unit, !unit.isEmpty { facts.append(unit) }
            if row.kind.holdsValue { facts.append(row.kind.rawValue) }
            if let derived = row.derived {
                facts.append(catalogue.phrase(.derivedFormula(numerator: operandText(derived.numerator, .numerator, catalogue),
                                                              denominator: operandText(derived.denominator, .denominator, catalogue))))
            }
            if !facts.isEmpty { line += "  [" + facts.joined(separator: "; ") + "]" }
            lines.append(line)
        }
        if let checks = template.checks, !checks.isEmpty {
            lines.append("")
            lines.append(catalogue.phrase(.templateChecksHeading))
            for check in checks {
                lines.append("  \(check.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(check.left.joined(separator: " + ")) \(check.op.rawValue) \(check.right.joined(separator: " + "))  — \(check.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func operandText(_ operand: Operand, _ side: RateSide, _ catalogue: Catalogue) -> String {
        if let row = operand.row { return catalogue.phrase(.operandRow(row)) }
        return catalogue.phrase(.operandComponent(side: side, label: operand.label))
    }

    /// A JSON array, one object per row.
    public static func json(_ template: Template) -> String {
        var objects: [String] = []
        for row in template.rows {
            var fields: [String] = []
            fields.append("\"id\": \(Skeleton.quote(row.id))")
            fields.append("\"stt\": \(row.stt.map(Skeleton.quote) ?? "null")")
            fields.append("\"label\": \(Skeleton.quote(row.label))")
            fields.append("\"unit\": \(row.unit.map(Skeleton.quote) ?? "null")")
            fields.append("\"kind\": \(Skeleton.quote(row.kind.rawValue))")
            fields.append("\"indent\": \(row.indent ?? 0)")
            if let legend = row.legend {
                fields.append("\"legend\": [" + legend.map { "{\"code\": \($0.code), \"label\": \(Skeleton.quote($0.label))}" }.joined(separator: ", ") + "]")
            }
            if let derived = row.derived {
                func operand(_ o: Operand) -> String {
                    if let r = o.row { return "{\"row\": \(Skeleton.quote(r))}" }
                    return "{\"component\": true, \"label\": \(Skeleton.quote(o.label ?? ""))}"
                }
                fields.append("\"derived\": {\"numerator\": \(operand(derived.numerator)), \"denominator\": \(operand(derived.denominator))}")
                var components: [String] = []
                if derived.numerator.isComponent { components.append("\"numerator\"") }
                if derived.denominator.isComponent { components.append("\"denominator\"") }
                components.append("\"value\"")
                fields.append("\"components\": [" + components.joined(separator: ", ") + "]")
            }
            if let source = row.source { fields.append("\"source\": \(Skeleton.quote(source))") }
            objects.append("  {" + fields.joined(separator: ", ") + "}")
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }
}
