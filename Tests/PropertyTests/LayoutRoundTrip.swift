import Foundation
import Model
import Testing
import Workbook
import WorkbookInput

/// Random valid inputs of every bundled template, filled as `cchc fill` fills them and read back
/// (`WorkbookInput.read`): the same report, value for value and note for note, through the map of
/// a fill output, without it (a form made by hand: the template told by content), and with the
/// rows in another order (a person moved them).
@Suite("Properties of reading forms back by their layout")
struct LayoutRoundTripProperties {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog: TemplateCatalog = {
        do { return try TemplateCatalog(directory: root.appendingPathComponent("templates")) } catch { preconditionFailure("templates: \(error)") }
    }()
    /// Cases per template and way of writing.
    static let cases = 100

    enum Writing: CaseIterable {
        /// As `cchc fill` writes it, with its map.
        case fill
        /// The form alone, no map: as a person makes it by hand.
        case noMap
        /// As `cchc fill` writes it, the rows (each heading with the rows under it) in another order.
        case shuffled
    }

    // MARK: Generating inputs

    static let names = ["UBND huyện Tân Hòa Đông", "UBND xã Phú Lạc", "Sở Nội vụ tỉnh Phú An", "UBND thị xã Bình Giang", "Phòng Nội vụ huyện Mỹ Sơn"]
    static let provinces = ["Tỉnh Phú An", "Tỉnh Hòa Bình Đông", "Thành phố Lạc Hồng"]
    static let words = ["Đã triển khai", "họp định kỳ hằng quý", "Nguyễn Văn Thử", "Chuyên viên", "Đại học", "0290 3000 000",
                        "thu.nghiem@example.vn", "theo Kế hoạch số 12/KH-UBND", "đang rà soát", "Ghi chú: số liệu ước", "Thạc sĩ"]

    static func number(_ r: inout FuzzRandom, decimals: Int, maximum: Int) -> String {
        let whole = r.below(maximum + 1)
        guard decimals > 0, whole < maximum else { return String(whole) }
        let fraction = r.below(100)
        if fraction == 0 { return String(whole) }
        return String(whole) + "." + (fraction % 10 == 0 ? String(fraction / 10) : String(format: "%02d", fraction))
    }

    /// One value of `row` for a value column of kind `kind`, or nil (blank).
    static func value(_ row: Row, kind: ValueKind, _ r: inout FuzzRandom) -> String? {
        if r.chance(0.25) { return nil }
        if let derived = row.derived {
            let components = derived.numerator.isComponent || derived.denominator.isComponent
            if components && r.chance(0.7) {
                let denominator = 1 + r.below(20_000), numerator = r.below(denominator + 1)
                if derived.numerator.isComponent && derived.denominator.isComponent {
                    return "{\"numerator\": \(numerator), \"denominator\": \(denominator)}"
                }
            }
            return "{\"value\": \(number(&r, decimals: 2, maximum: 100))}"
        }
        switch kind {
        case .count: return String(r.below(r.chance(0.5) ? 100 : 5_000_000))
        case .decimal: return number(&r, decimals: 2, maximum: 100_000)
        case .percent: return number(&r, decimals: 2, maximum: 100)
        case .code: return String(r.pick(row.legend ?? [LegendEntry(code: 0, label: "")]).code)
        case .pass: return r.chance(0.5) ? "\"Đạt\"" : "\"Không đạt\""
        case .fraction:
            let denominator = 1 + r.below(50)
            return "\"\(r.below(denominator + 1))/\(denominator)\""
        case .text: return Skeleton.quote(r.pick(words) + (r.chance(0.3) ? " " + r.pick(words) : ""))
        case .section, .header: return nil
        }
    }

    /// A valid input of `template`, as JSON text.
    static func input(_ template: Template, _ r: inout FuzzRandom) -> String {
        var unit = "\"name\": \(Skeleton.quote(r.pick(names)))"
        if r.chance(0.7) { unit += ", \"province\": \(Skeleton.quote(r.pick(provinces)))" }
        if r.chance(0.3) { unit += ", \"portal\": \"https://cchc-\(r.below(90) + 10).example.vn/\"" }
        var period = ""
        var columns: [String] = []
        switch template.period {
        case .year:
            period = "{\"year\": \(2015 + r.below(11))}"
        case .none:
            period = r.chance(0.5) ? "{\"year\": \(2015 + r.below(11))}" : ""
        case .years:
            let from = 2011 + r.below(5), to = from + r.below(10)
            period = "{\"from\": \(from), \"to\": \(to)"
            if r.chance(0.4) { period += ", \"cutoff\": \"\(to)-0\(1 + r.below(9))-1\(r.below(9))\"" }
            period += "}"
            columns = (from...to).map(String.init)
        }
        let keys = template.columns.filter { $0.role == .value }.compactMap(\.key)
        var values: [String] = []
        var notes: [String] = []
        for row in template.rows where row.kind.holdsValue {
            var text: String?
            if !columns.isEmpty {
                let members = columns.compactMap { year in value(row, kind: row.kind, &r).map { "\"\(year)\": \($0)" } }
                text = members.isEmpty ? nil : "{" + members.joined(separator: ", ") + "}"
            } else if !keys.isEmpty {
                let members = keys.compactMap { key -> String? in
                    let kind = template.columns.first { $0.key == key }?.kind ?? row.kind
                    return value(row, kind: kind, &r).map { "\"\(key)\": \($0)" }
                }
                text = members.isEmpty ? nil : "{" + members.joined(separator: ", ") + "}"
            } else {
                text = value(row, kind: row.kind, &r)
            }
            if let text { values.append("\(Skeleton.quote(row.id)): \(text)") }
            // A note of a row whose answer takes the note column (`spanNote`) is its own block
            // after the answer in one cell (`Ghi chú: …`). On a form without Ghi chú the note is
            // a comment of the row's cell, read back from cchc's own workbooks.
            if r.chance(0.2) {
                notes.append("\(Skeleton.quote(row.id)): \(Skeleton.quote(r.pick(words)))")
            }
        }
        var out = "{\"template\": \(Skeleton.quote(template.id)), \"unit\": {\(unit)}"
        if !period.isEmpty { out += ", \"period\": \(period)" }
        out += ", \"values\": {" + values.joined(separator: ", ") + "}"
        out += ", \"notes\": {" + notes.joined(separator: ", ") + "}}"
        return out
    }

    // MARK: Comparing

    /// What a report says, row by row: what a value means (a rate by its counts and the value it
    /// shows), and the note.
    /// `formOnly`: without what a form without the map does not show (the year of a form whose
    /// title has none, and the notes of a form without Ghi chú: comments of a hand-made workbook
    /// are its author's, not read as notes).
    static func summary(_ report: Report, formOnly: Bool = false) -> [String] {
        var period = report.period
        let texts = (report.template.title ?? []) + (report.template.subtitle ?? [])
        if formOnly && report.template.period == .none && !texts.contains(where: { $0.contains("{year}") }) { period.year = nil }
        // The portal matters where a label shows it (the form prints it nowhere else).
        let showsPortal = report.template.rows.contains { $0.label.contains("{portal}") }
        let portal = showsPortal ? report.unit.portal ?? report.template.defaults?.portal ?? "" : ""
        var lines = ["unit \(report.unit.name) | \(report.unit.province ?? "") | \(portal)",
                     "period \(period.year.map(String.init) ?? "") \(period.from.map(String.init) ?? "")-\(period.to.map(String.init) ?? "") \(period.cutoff?.iso ?? "")",
                     "columns \(report.valueColumns)"]
        for filled in report.rows {
            let values = filled.values.map { value -> String in
                switch value {
                case .rate(let rate): return "rate \(rate.numerator.map { "\($0)" } ?? "-")/\(rate.denominator.map { "\($0)" } ?? "-") = \(rate.value.map { "\($0)" } ?? "-")"
                case .code(let code, _): return "code \(code)"
                default: return "\(value)"
                }
            }
            let noteShown = !formOnly || report.template.columns.contains { $0.role == .note }
            lines.append("\(filled.row.id): \(values.joined(separator: " | ")) // \(noteShown ? filled.note ?? "" : "")")
        }
        return lines
    }

    static func report(_ document: JSONValue, file: String) -> (Report?, [Finding]) {
        let result = InputReader.read(document: document, file: file, catalog: catalog)
        return (result.report, result.findings)
    }

    /// Writes `report` as `writing` says at `url`.
    static func write(_ report: Report, _ writing: Writing, to url: URL, _ r: inout FuzzRandom) throws {
        switch writing {
        case .fill:
            try WorkbookWriter.write(report: report, to: url.path)
        case .noMap:
            try WorkbookWriter.writeAtomically(to: url.path) { workbook in
                try workbook.addSheet(named: report.template.sheetName) { sheet in try FormRenderer(report: report).render(on: &sheet) }
            }
        case .shuffled:
            var groups: [[FilledRow]] = []
            for filled in report.rows {
                if !filled.row.kind.holdsValue || groups.isEmpty { groups.append([]) }
                groups[groups.count - 1].append(filled)
            }
            for i in groups.indices { groups[i] = groups[i].count > 1 ? [groups[i][0]] + groups[i].dropFirst().shuffled(using: &r) : groups[i] }
            var moved = report
            moved.rows = groups.shuffled(using: &r).flatMap { $0 }
            try WorkbookWriter.write(report: moved, to: url.path)
        }
    }

    @Test("random inputs of every bundled template, filled and read back (with the map, without it, rows moved): the same report",
          arguments: Writing.allCases)
    func roundTrip(_ writing: Writing) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var r = FuzzRandom(seed: 0x1A70 &+ UInt64(Writing.allCases.firstIndex(of: writing)!))
        let templates = Self.catalog.templates
        #expect(templates.count >= 4)
        var compared = 0
        for template in templates {
            for n in 0..<Self.cases {
                let text = Self.input(template, &r)
                let document = try JSONParser.parse(Array(text.utf8))
                let (original, findings) = Self.report(document, file: "input.json")
                guard let original else {
                    Issue.record("generated input not read: \(findings.map { $0.code }) \(text)")
                    continue
                }
                let url = directory.appendingPathComponent("\(template.id)-\(n).xlsx")
                try Self.write(original, writing, to: url, &r)
                let input = try WorkbookInput.read(path: url.path, catalog: Self.catalog)
                #expect(input.findings.filter { $0.severity == .error }.isEmpty, "\(template.id) #\(n): \(input.findings.map(\.code))")
                let (back, backFindings) = Self.report(input.document, file: url.path)
                guard let back else {
                    Issue.record("\(template.id) #\(n): read back but no report: \(backFindings.map(\.code))")
                    continue
                }
                let expected = Self.summary(original, formOnly: writing == .noMap), got = Self.summary(back, formOnly: writing == .noMap)
                if expected != got {
                    let differences = zip(expected, got).filter { $0 != $1 }.prefix(3)
                    Issue.record("\(template.id) #\(n) (\(writing)): \(differences.map { "\($0.0)  ≠  \($0.1)" }.joined(separator: "; "))\n\(text)")
                }
                compared += 1
                try? FileManager.default.removeItem(at: url)
            }
        }
        #expect(compared == templates.count * Self.cases)
    }
}
