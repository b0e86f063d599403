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
        return Finding.oneLine(text + message)
    }

    /// `text` with line breaks and other control characters written as escapes (`\n`), so that
    /// a finding stays on one line whatever the input's text holds.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Array where Element == Finding {
    /// How many findings are errors (including those counted but not listed, rule `too-many`).
    public var errorCount: Int {
        reduce(0) { $0 + ($1.rule == "too-many" ? Int($1.values["errors"] ?? 0) : ($1.severity == .error ? 1 : 0)) }
    }
    /// How many findings are warnings (including those counted but not listed).
    public var warningCount: Int {
        reduce(0) { $0 + ($1.rule == "too-many" ? Int($1.values["warnings"] ?? 0) : ($1.severity == .warning ? 1 : 0)) }
    }
    /// `n errors, m warnings`.
    public var summary: String {
        let e = errorCount, w = warningCount
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }
}

extension Array where Element == Finding {
    /// Errors first, then warnings; within each, file-level findings first, then by the template's
    /// row order and year; findings that compare equal keep their order. The count of findings
    /// not listed (rule `too-many`) stays last.
    public func sorted(by template: Template?) -> [Finding] {
        var order: [String: Int] = [:]
        for (offset, row) in (template?.rows ?? []).enumerated() where order[row.id] == nil { order[row.id] = offset }
        return enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let lastX = x.rule == "too-many", lastY = y.rule == "too-many"
            if lastX != lastY { return lastY }
            if x.severity != y.severity { return x.severity > y.severity }
            let rx = x.row.map { order[$0] ?? Int.max } ?? -1, ry = y.row.map { order[$0] ?? Int.max } ?? -1
            if rx != ry { return rx < ry }
            let yx = x.year ?? Int.min, yy = y.year ?? Int.min
            if yx != yy { return yx < yy }
            return a.offset < b.offset
        }.map(\.element)
    }
}
