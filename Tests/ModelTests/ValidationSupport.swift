import Foundation
import Model
import Testing

/// Paths, catalogs and a one-call "read and validate" for the validation tests.
enum Validation {
    /// The package root (Tests/ModelTests/ValidationSupport.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let examples = root.appendingPathComponent("examples")

    /// The bundled templates.
    static func bundled() throws -> TemplateCatalog { try TemplateCatalog(directory: templates) }

    /// Reads JSON text as an input and runs every check: the reader's findings, then the validator's.
    static func findings(_ json: String, file: String = "input.json", catalog: TemplateCatalog? = nil) throws -> [Finding] {
        let result = try InputReader.read(bytes: Array(json.utf8), file: file, catalog: catalog ?? bundled())
        var findings = result.findings
        if let report = result.report { findings += Validator.findings(for: report) }
        return findings
    }

    /// Reads an input file and runs every check.
    static func findings(path: String, catalog: TemplateCatalog? = nil) throws -> [Finding] {
        let result = try InputReader.read(path: path, catalog: catalog ?? bundled())
        var findings = result.findings
        if let report = result.report { findings += Validator.findings(for: report) }
        return findings
    }

    /// A catalog of one template written as JSON text into a fresh directory.
    static func catalog(template json: String) throws -> TemplateCatalog {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-validation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let data = Data(json.utf8)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let id = object?["id"] as? String ?? "t"
        try data.write(to: directory.appendingPathComponent("\(id).json"))
        defer { try? FileManager.default.removeItem(at: directory) }
        return try TemplateCatalog(directory: directory)
    }

    /// A template `t` (one year, or per year) with count rows a, b, c, d, e, f, a code row k, a
    /// decimal row x, derived rates `r` = component / row b, `s` = component / component and
    /// `q` = row e / row f, and the given checks (a JSON array).
    static func smallTemplate(checks: String = "[]", period: String = "year") -> String {
        let columns = period == "years"
            ? #"[{"role": "stt"}, {"role": "label"}, {"role": "years"}]"#
            : #"[{"role": "stt"}, {"role": "label"}, {"role": "unit"}, {"role": "value"}, {"role": "note"}]"#
        let header = period == "years"
            ? #"[[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Năm {y}", "repeats": "years"}]]"#
            : #"[[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Đơn vị tính"}, {"text": "Số liệu"}, {"text": "Ghi chú"}]]"#
        return """
        {
          "id": "t", "name": "Biểu thử", "sheetName": "Thử", "period": "\(period)",
          "columns": \(columns), "header": \(header),
          "rows": [
            {"id": "a", "stt": "1", "label": "Số A", "unit": "Hồ sơ", "kind": "count"},
            {"id": "b", "stt": "2", "label": "Số B", "unit": "Hồ sơ", "kind": "count"},
            {"id": "c", "stt": "3", "label": "Số C", "unit": "Hồ sơ", "kind": "count"},
            {"id": "d", "stt": "4", "label": "Số D", "unit": "Hồ sơ", "kind": "count"},
            {"id": "k", "stt": "5", "label": "Có làm không", "unit": "Có = 1 Không = 0", "kind": "code",
             "legend": [{"code": 1, "label": "Có"}, {"code": 0, "label": "Không"}]},
            {"id": "x", "stt": "6", "label": "Số thập phân", "unit": "Tỷ đồng", "kind": "decimal"},
            {"id": "e", "stt": "6a", "label": "Số E", "unit": "Hồ sơ", "kind": "count"},
            {"id": "f", "stt": "6b", "label": "Số F", "unit": "Hồ sơ", "kind": "count"},
            {"id": "r", "stt": "7", "label": "Tỷ lệ R", "unit": "%", "kind": "percent",
             "derived": {"numerator": {"label": "Số R đúng hạn"}, "denominator": {"row": "b"}, "noteUnit": "hồ sơ"}},
            {"id": "s", "stt": "8", "label": "Tỷ lệ S", "unit": "%", "kind": "percent",
             "derived": {"numerator": {"label": "Tử số S"}, "denominator": {"label": "Mẫu số S"}}},
            {"id": "q", "stt": "9", "label": "Tỷ lệ Q", "unit": "%", "kind": "percent",
             "derived": {"numerator": {"row": "e"}, "denominator": {"row": "f"}}}
          ],
          "checks": \(checks)
        }
        """
    }

    /// An input for the small template `t`, one year, with `values` (JSON object members).
    static func smallInput(_ values: String) -> String {
        """
        {"template": "t", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {\(values)}}
        """
    }

    /// An input for the small per-year template, 2016–2020 unless told.
    static func yearsInput(_ values: String, period: String = #"{"from": 2016, "to": 2020}"#) -> String {
        """
        {"template": "t", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": \(period), "values": {\(values)}}
        """
    }
}

/// What a finding is about, for comparing sets of findings.
struct FindingKey: Hashable, CustomStringConvertible {
    var rule: String
    var row: String?
    var year: Int?
    var severity: Severity

    init(_ rule: String, _ row: String?, _ year: Int? = nil, _ severity: Severity) {
        self.rule = rule
        self.row = row
        self.year = year
        self.severity = severity
    }

    init(_ finding: Finding) {
        self.init(finding.rule, finding.row, finding.year, finding.severity)
    }

    var description: String { "\(severity.rawValue) \(rule) @\(row ?? "-")\(year.map { " \($0)" } ?? "")" }
}
