/// Everything that makes a template unusable, as findings about its file.
extension Template {
    /// At most this many findings are listed for one template; past it they are only counted.
    public static let maximumFindings = 1000

    /// Every problem of the template, each a finding about `file` at the JSON path it concerns
    /// where there is one: numbers beyond a sheet's limits (`template.limit`), header cells that
    /// do not fit the table (`template.header`), the structure (`template.invalid`: ids, rows,
    /// columns, checks, charts, the sheet name), texts a cell cannot hold (`template.text`) and
    /// legends that let an answer mean two codes (`template.legend-ambiguous`).
    ///
    /// Linear in the size of the template: row ids, check terms and chart rows are looked up in
    /// one index. The limits come first and the header is laid out only within them, so that
    /// no span or count of the template is allocated before it is known to fit.
    public func findings(file: String) -> [Finding] {
        var findings: [Finding] = []
        func at(_ path: JSONPath) -> Location { Location(file: file, path: path) }
        let limits = limitProblems()
        findings += limits.map { Finding(.error, .templateLimit($0.problem), at: at($0.path)) }
        let headerFits = !limits.contains {
            if case .sheetColumns = $0.problem { return true }
            if case .headerRows = $0.problem { return true }
            return false
        }
        if headerFits {
            findings += headerProblems().map { Finding(.error, .templateHeader($0.problem), at: at($0.path)) }
        }
        findings += structuralProblems().map { problem in
            if case .sheetName = problem { return Finding(.error, .templateInvalid(problem), at: at(JSONPath("sheetName"))) }
            if case .aggregateNotFit(let row, _, _) = problem, let index = rows.firstIndex(where: { $0.id == row }) {
                return Finding(.error, .templateInvalid(problem), at: at(JSONPath("rows").element(index).child("aggregate")))
            }
            return Finding(.error, .templateInvalid(problem), at: Location(file: file))
        }
        findings += textProblems().map { Finding(.error, .templateText($0.problem), at: at($0.path)) }
        findings += legendProblems().map { Finding(.error, $0.problem, at: at($0.path)) }
        guard findings.count > Template.maximumFindings else { return findings }
        let omitted = findings.count - Template.maximumFindings
        return Array(findings.prefix(Template.maximumFindings))
            + [Finding(.error, .tooMany(errors: omitted, warnings: 0, listed: Template.maximumFindings), at: Location(file: file))]
    }
}
