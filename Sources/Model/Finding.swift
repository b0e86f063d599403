/// One problem found in an input: a value that does not fit, a relation that does not hold, or
/// something wrong with the file itself.
public struct Finding: Sendable, Equatable, Codable {
    /// `error` stops `cchc fill`; `warning` does not.
    public var severity: Severity
    /// The file the finding is about.
    public var file: String
    /// JSON path of the offending value (`$.values["i.1.nhiem-vu-de-ra"]`), or `$` for the file.
    public var path: String
    /// The row concerned, or nil for file-level findings.
    public var row: String?
    /// The row's STT and label, for people.
    public var stt: String?
    public var label: String?
    /// The year concerned on per-year templates, or nil.
    public var year: Int?
    /// The id of the template check that produced it, or of the built-in rule (`kind`, `rate`, …).
    public var rule: String
    /// What is wrong, as one sentence.
    public var message: String
    /// The values involved, by name (`numerator`, `denominator`, `reported`, `computed`, row ids …).
    public var values: [String: Double]

    public init(severity: Severity, file: String, path: String, row: String? = nil, stt: String? = nil,
                label: String? = nil, year: Int? = nil, rule: String, message: String,
                values: [String: Double] = [:]) {
        self.severity = severity
        self.file = file
        self.path = path
        self.row = row
        self.stt = stt
        self.label = label
        self.year = year
        self.rule = rule
        self.message = message
        self.values = values
    }

    /// `file: path: severity: message`, with the row's STT and label when there is a row.
    public var line: String {
        var text = "\(file): \(path): \(severity.rawValue): "
        if let label {
            let number = (stt ?? "").isEmpty ? "" : "\(stt!) "
            text += "[\(number)\(label)"
            if let year { text += ", năm \(year)" }
            text += "] "
        } else if let year {
            text += "[năm \(year)] "
        }
        return text + message
    }
}

extension Array where Element == Finding {
    /// How many findings are errors.
    public var errorCount: Int { filter { $0.severity == .error }.count }
    /// How many findings are warnings.
    public var warningCount: Int { filter { $0.severity == .warning }.count }
    /// `n errors, m warnings`.
    public var summary: String {
        let e = errorCount, w = warningCount
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }
}
