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

    /// Reads JSON text as an input and runs every check, as `cchc validate` does (findings sorted).
    static func findings(_ json: String, file: String = "input.json", catalog: TemplateCatalog? = nil) throws -> [Finding] {
        Pipeline.checkInput(bytes: Array(json.utf8), file: file, catalog: try catalog ?? bundled()).findings
    }

    /// Reads an input file and runs every check; a file that cannot be read gives its `file.*` or
    /// `json.syntax` finding.
    static func findings(path: String, catalog: TemplateCatalog? = nil) throws -> [Finding] {
        Pipeline.checkInput(at: path, catalog: try catalog ?? bundled()).findings
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
        // Read before the directory goes: a catalog reads a template when it is first asked for.
        let catalog = try TemplateCatalog(directory: directory)
        try catalog.checkAll()
        return catalog
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

/// What a finding is about, for comparing sets of findings: its code (with the check's id for
/// `check.failed`), row, year and severity.
struct FindingKey: Hashable, CustomStringConvertible {
    var code: FindingCode
    var check: String?
    var row: String?
    var year: Int?
    var severity: Severity

    init(_ code: FindingCode, check: String? = nil, _ row: String?, _ year: Int? = nil, _ severity: Severity) {
        self.code = code
        self.check = check
        self.row = row
        self.year = year
        self.severity = severity
    }

    /// The key of a failed template check `id`.
    static func check(_ id: String, _ row: String?, _ year: Int? = nil, _ severity: Severity) -> FindingKey {
        FindingKey(.checkFailed, check: id, row, year, severity)
    }

    init(_ finding: Finding) {
        self.init(finding.code, check: finding.check, finding.row, finding.year, finding.severity)
    }

    var description: String {
        "\(severity.rawValue) \(code)\(check.map { "(\($0))" } ?? "") @\(row ?? "-")\(year.map { " \($0)" } ?? "")"
    }
}

extension Finding {
    /// The id of the template check that failed, for `check.failed`.
    var check: String? {
        if case .checkFailed(let failure) = problem { return failure.check }
        return nil
    }

    /// The failed check's sides and sums, for `check.failed`.
    var failure: CheckFailure? {
        if case .checkFailed(let failure) = problem { return failure }
        return nil
    }

    /// The numeric details by name (`reported`, `computed`, a check's terms, `left`, `right` …).
    var figures: [String: Double] {
        Dictionary(problem.figures.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The detail `key`, when the finding has it.
    func detail(_ key: String) -> DetailValue? { problem.details.first { $0.key == key }?.value }

    /// The written JSON path (`$.values["i.1"]`), or "" for a finding about the file as a whole.
    var pathText: String { path?.description ?? "" }

    /// The finding as a person reads it (Vietnamese, one line), with its code: for failure messages.
    var shown: String { "[\(code)] " + Catalogue.vietnamese.line(self) }
}

extension Array where Element == Finding {
    /// The findings one per line, for failure messages.
    var shown: String { map(\.shown).joined(separator: "\n") }
}

extension DetailValue {
    /// The value a JSON manifest gives (`JSONSerialization`'s `String`, `NSNumber`, arrays and
    /// dictionaries) as a detail value; nil for anything else.
    static func expected(_ json: Any) -> DetailValue? {
        switch json {
        case let text as String: return .text(text)
        case let number as NSNumber: return .number(number.doubleValue)
        case let items as [Any]:
            let values = items.compactMap(DetailValue.expected)
            return values.count == items.count ? .list(values) : nil
        case let members as [String: Any]:
            let details = members.sorted { $0.key < $1.key }.compactMap { key, value in DetailValue.expected(value).map { Detail(key, $0) } }
            return details.count == members.count ? .object(details) : nil
        default: return nil
        }
    }

    /// Whether this value is what a manifest expects: texts equal, numbers equal whether integer or
    /// not, lists element by element, objects on the members the manifest names.
    func matches(_ expected: DetailValue) -> Bool {
        switch (self, expected) {
        case (.list(let items), .list(let wanted)):
            return items.count == wanted.count && zip(items, wanted).allSatisfy { $0.matches($1) }
        case (.object(let members), .object(let wanted)):
            return wanted.allSatisfy { want in members.first { $0.key == want.key }?.value.matches(want.value) ?? false }
        case (_, .number(let number)):
            return self.number == number
        default:
            return self == expected
        }
    }
}

extension Finding {
    /// Whether the finding carries every detail of `expected` (see `DetailValue.matches`).
    func carries(_ expected: [Detail]) -> Bool {
        expected.allSatisfy { want in detail(want.key)?.matches(want.value) ?? false }
    }
}

/// The `details` object of a manifest entry as details, sorted by key.
func expectedDetails(_ json: Any?) -> [Detail] {
    guard let members = json as? [String: Any], case .object(let details)? = DetailValue.expected(members) else { return [] }
    return details
}
