/// The skeleton of a submission (`cchc init --submission`): the unit, the period, the report, the
/// signer and the recipients to fill in, each field after a comment key saying what it takes, and
/// one appendix per template with its data inline, its rows as `cchc init <template>` lists them.
extension Skeleton {
    /// The skeleton submission as JSON text, the appendices in the order of `templates`.
    ///
    /// The period is a range (`from`, `to`, default 2011–2020) when a template has one column per
    /// year, else `{ "year": … }` (null when not given); the cut-off is kept when given.
    public static func submissionJSON(templates: [Template], period: Period, catalogue: Catalogue = .vietnamese) -> String {
        func comment(_ key: String, _ field: Field, indent: String) -> String {
            indent + "\(quote("// " + key)): \(quote(catalogue.phrase(.submissionHint(field)))),\n"
        }
        var out = "{\n"
        out += comment("unit", .unit, indent: "  ")
        out += "  \"unit\": { \"name\": \"\", \"province\": \"\", \"code\": \"\" },\n"
        out += comment("period", .period, indent: "  ")
        var fields: [String]
        if templates.contains(where: { $0.period == .years }) {
            fields = ["\"from\": \(period.from ?? 2011)", "\"to\": \(period.to ?? 2020)"]
        } else {
            fields = ["\"year\": \(period.year.map(String.init) ?? "null")"]
        }
        if let cutoff = period.cutoff { fields.append("\"cutoff\": \(quote(cutoff.iso))") }
        out += "  \"period\": { \(fields.joined(separator: ", ")) },\n"

        out += "  \"report\": {\n"
        let report: [(String, Field, String)] = [("number", .reportNumber, "\"\""), ("date", .reportDate, "null"),
                                                 ("place", .reportPlace, "\"\""), ("title", .reportTitle, "\"\""),
                                                 ("issuer", .issuer, "[]")]
        out += report.map { comment($0.0, $0.1, indent: "    ") + "    \(quote($0.0)): \($0.2)" }.joined(separator: ",\n") + "\n  },\n"
        out += "  \"signer\": {\n"
        let signer: [(String, Field)] = [("onBehalf", .signerOnBehalf), ("signingFor", .signerSigningFor),
                                         ("title", .signerTitle), ("name", .signerName)]
        out += signer.map { comment($0.0, $0.1, indent: "    ") + "    \(quote($0.0)): \"\"" }.joined(separator: ",\n") + "\n  },\n"
        out += comment("recipients", .recipients, indent: "  ")
        out += "  \"recipients\": [],\n"

        out += comment("appendices", .appendices, indent: "  ")
        out += "  \"appendices\": [\n"
        let appendices = templates.map { template in
            var text = "    {\n"
            text += "      \(quote("// " + template.sheetName)): \(quote(template.name)),\n"
            text += "      \"template\": \(quote(template.id)),\n"
            text += "      \"data\": {\n"
            text += "        \"values\": {\n"
            text += valueLines(template: template, period: period, catalogue: catalogue, indent: "          ").joined(separator: ",\n")
            text += "\n        },\n"
            text += "        \"notes\": {}\n"
            text += "      }\n"
            text += "    }"
            return text
        }
        out += appendices.joined(separator: ",\n") + "\n  ]\n}\n"
        return out
    }
}
