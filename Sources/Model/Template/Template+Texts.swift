/// The texts of a template, each checked as a cell's text.
extension Template {
    /// Calls `body` with every text of the template that can reach a workbook or a message, and
    /// a way to make its JSON path (made only when asked: a template has thousands of texts).
    /// The sheet name is not among them: it has its own rules (`SheetName`).
    func forEachText(_ body: (String, () -> JSONPath) -> Void) {
        func each(_ texts: [String]?, _ path: @escaping () -> JSONPath) {
            for (i, text) in (texts ?? []).enumerated() { body(text, { path().element(i) }) }
        }
        func one(_ text: String?, _ path: @escaping () -> JSONPath) {
            if let text { body(text, path) }
        }
        one(name) { JSONPath("name") }
        one(coverName) { JSONPath("coverName") }
        one(version) { JSONPath("version") }
        one(source) { JSONPath("source") }
        one(description) { JSONPath("description") }
        each(aboveTitle) { JSONPath("aboveTitle") }
        each(title) { JSONPath("title") }
        each(subtitle) { JSONPath("subtitle") }
        one(defaults?.portal) { JSONPath("defaults", "portal") }
        for (i, column) in columns.enumerated() {
            one(column.key) { JSONPath("columns").element(i).child("key") }
        }
        for (r, cells) in header.enumerated() {
            for (c, cell) in cells.enumerated() {
                let path = { JSONPath("header").element(r).element(c) }
                one(cell.text) { path().child("text") }
                one(cell.lastWithCutoff) { path().child("lastWithCutoff") }
            }
        }
        for (i, row) in rows.enumerated() {
            let path = { JSONPath("rows").element(i) }
            one(row.stt) { path().child("stt") }
            one(row.label) { path().child("label") }
            one(row.unit) { path().child("unit") }
            one(row.source) { path().child("source") }
            one(row.instruction) { path().child("instruction") }
            for (j, entry) in (row.legend ?? []).enumerated() {
                one(entry.label) { path().child("legend").element(j).child("label") }
            }
            if let derived = row.derived {
                one(derived.numerator.label) { path().child("derived").child("numerator").child("label") }
                one(derived.denominator.label) { path().child("derived").child("denominator").child("label") }
                one(derived.noteUnit) { path().child("derived").child("noteUnit") }
            }
        }
        each(footnotes) { JSONPath("footnotes") }
        for (i, check) in (checks ?? []).enumerated() {
            let path = { JSONPath("checks").element(i) }
            one(check.id) { path().child("id") }
            one(check.message) { path().child("message") }
            for (language, text) in (check.translations ?? [:]).sorted(by: { $0.key < $1.key }) {
                one(language) { path().child("translations").child(language) }
                one(text) { path().child("translations").child(language) }
            }
        }
        for (i, chart) in (charts ?? []).enumerated() {
            let path = { JSONPath("charts").element(i) }
            one(chart.title) { path().child("title") }
            one(chart.valueAxis) { path().child("valueAxis") }
            one(chart.categoryAxis) { path().child("categoryAxis") }
            for (j, series) in chart.series.enumerated() {
                one(series.name) { path().child("series").element(j).child("name") }
            }
        }
    }

    /// Every text a cell could not hold (`TextRules`: a control character, a non-character, more
    /// than 32,767 characters), at its JSON path.
    func textProblems() -> [(problem: Problem, path: JSONPath)] {
        var problems: [(problem: Problem, path: JSONPath)] = []
        forEachText { text, path in
            if let problem = TextRules.problem(text) { problems.append((problem, path())) }
        }
        return problems
    }

    /// Coded rows whose legend lets one answer stand for two codes: two labels that read the
    /// same (`Có`, `có`; as `CellText.answer` compares them: any case, any Unicode form, spaces
    /// around ignored), one code given twice, or a label that is another entry's code (`"1"`).
    func legendProblems() -> [(problem: Problem, path: JSONPath)] {
        var problems: [(problem: Problem, path: JSONPath)] = []
        for (i, row) in rows.enumerated() {
            guard let legend = row.legend, legend.count > 1 else { continue }
            var byLabel: [String: LegendEntry] = [:]
            var byCode: [Int: LegendEntry] = [:]
            for entry in legend { if byCode[entry.code] == nil { byCode[entry.code] = entry } }
            var seenCodes: [Int: LegendEntry] = [:]
            for (j, entry) in legend.enumerated() {
                let path = JSONPath("rows").element(i).child("legend").element(j)
                let key = CellText.folded(entry.label)
                if let first = byLabel[key] {
                    problems.append((.legendAmbiguous(row: row.id, first: first, second: entry), path.child("label")))
                } else if let first = seenCodes[entry.code] {
                    problems.append((.legendAmbiguous(row: row.id, first: first, second: entry), path.child("code")))
                } else if let code = Int(key), let other = byCode[code], other != entry {
                    problems.append((.legendAmbiguous(row: row.id, first: other, second: entry), path.child("label")))
                }
                if byLabel[key] == nil { byLabel[key] = entry }
                if seenCodes[entry.code] == nil { seenCodes[entry.code] = entry }
            }
        }
        return problems
    }
}
