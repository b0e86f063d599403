import Foundation

/// Reads a `fill` input (see `examples/README.md`) into a `Report`, collecting every problem with
/// the input as a `Finding` that names the file, the JSON path and the template row.
public struct InputReader {
    /// Inputs larger than this are refused before parsing: a real form is a few kilobytes.
    public static let maximumFileSize = 16 * 1024 * 1024
    /// Excel's limit on the characters of one cell.
    public static let maximumCellCharacters = 32_767
    /// Years accepted in a period.
    public static let yearRange = 1990...2100

    /// The result of reading: the report, when the file could be understood at all, and findings.
    public struct Result: Sendable {
        public var report: Report?
        public var findings: [Finding]
    }

    private let catalog: TemplateCatalog
    private let file: String
    var findings: [Finding] = []
    private var unknownRows = 0
    private var longestRowID = 0
    private var omittedErrors = 0
    private var omittedWarnings = 0

    /// Reads the file at `path`; a file that cannot be read or parsed throws `CCHCError.input`.
    public static func read(path: String, catalog: TemplateCatalog) throws -> Result {
        let bytes = try readBytes(path: path)
        return try read(bytes: bytes, file: path, catalog: catalog)
    }

    /// Reads the bytes of a file, refusing what cannot be an input.
    public static func readBytes(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CCHCError.input(file: path, path: "$", message: "no such file")
        }
        if isDirectory.boolValue { throw CCHCError.input(file: path, path: "$", message: "is a directory, not a JSON file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CCHCError.input(file: path, path: "$", message: "cannot open the file (permission?)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumFileSize + 1)) ?? Data()
        if data.count > maximumFileSize {
            throw CCHCError.input(file: path, path: "$",
                                  message: "the file is larger than \(maximumFileSize / 1024 / 1024) MiB; an input of one form is a few kilobytes")
        }
        return [UInt8](data)
    }

    /// Parses and interprets input bytes.
    public static func read(bytes: [UInt8], file: String, catalog: TemplateCatalog) throws -> Result {
        let document = try parse(bytes: bytes, file: file)
        var reader = InputReader(catalog: catalog, file: file)
        let report = try reader.interpret(document)
        return Result(report: report, findings: reader.findings + [reader.omittedFinding].compactMap { $0 })
    }

    /// Parses input bytes into a JSON tree, with messages a user can act on.
    public static func parse(bytes: [UInt8], file: String) throws -> JSONValue {
        if bytes.isEmpty { throw CCHCError.input(file: file, path: "$", message: "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw CCHCError.input(file: file, path: "$", message: "the file is UTF-16; save it as UTF-8")
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            throw CCHCError.input(file: file, path: "$",
                                  message: "the file is not valid UTF-8 (was it saved in another encoding, e.g. Windows-1258 or TCVN3?); save it as UTF-8")
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw CCHCError.input(file: file, path: "$", message: "not valid JSON: \(error.description)")
        }
    }

    init(catalog: TemplateCatalog, file: String) {
        self.catalog = catalog
        self.file = file
    }

    // MARK: - Findings

    /// At most this many findings are listed; past it they are only counted (a file with a million
    /// wrong keys gets a readable answer, quickly).
    public static let maximumFindings = 1000

    private mutating func add(_ severity: Severity, _ path: String, _ message: String,
                              row: Row? = nil, year: Int? = nil, rule: String = "input", values: [String: Double] = [:]) {
        guard findings.count < InputReader.maximumFindings else {
            if severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
            return
        }
        findings.append(Finding(severity: severity, file: file, path: path, row: row?.id, stt: row?.stt,
                                label: row?.label, year: year, rule: rule, message: message, values: values))
    }

    /// The closing finding that counts the problems not listed, if any.
    var omittedFinding: Finding? {
        let total = omittedErrors + omittedWarnings
        guard total > 0 else { return nil }
        return Finding(severity: omittedErrors > 0 ? .error : .warning, file: file, path: "$", rule: "too-many",
                       message: "\(total) more problems (\(omittedErrors) errors, \(omittedWarnings) warnings) were found and not listed after the first \(InputReader.maximumFindings); fix these and run again",
                       values: ["errors": Double(omittedErrors), "warnings": Double(omittedWarnings)])
    }

    /// Reports keys given twice in an object (JSON decoders silently keep one of them).
    private mutating func checkDuplicates(_ members: [JSONValue.Member], at path: String) {
        for (line, member) in JSONValue.repeatedKeys(in: members) {
            add(.error, JSONPath.child(path, member.key), InputReader.repeatedKeyMessage(member, firstLine: line))
        }
    }

    /// The message for a key given twice.
    static func repeatedKeyMessage(_ member: JSONValue.Member, firstLine: Int) -> String {
        "the key \"\(shown(member.key))\" is given twice in the same object (lines \(firstLine) and \(member.line)); only one can be right — remove the other"
    }

    // MARK: - Document

    mutating func interpret(_ document: JSONValue) throws -> Report? {
        guard case .object(let top) = document else {
            add(.error, "$", "the input must be a JSON object ({ \"template\": …, \"unit\": …, \"period\": …, \"values\": … }), not \(document.typeName)")
            return nil
        }
        checkDuplicates(top, at: "$")
        let known = ["template", "unit", "period", "values", "notes", "$schema", "comment"]
        for member in top where !known.contains(member.key) {
            add(.error, JSONPath.child("$", member.key),
                "unknown key \"\(InputReader.shown(member.key))\"; an input has: template, unit, period, values, notes")
        }
        let templateID: String
        switch document["template"] {
        case .string(let text)?:
            templateID = text
        case nil, .null?:
            add(.error, "$.template", "missing \"template\": the id of the form, e.g. \"bang2-nam\" (see `cchc templates`)")
            return nil
        case let other?:
            add(.error, "$.template", "\"template\" must be the id of a form as a string, e.g. \"bang2-nam\", not \(other.typeName)")
            return nil
        }
        let template: Template
        do { template = try catalog.template(id: templateID) } catch {
            let message: String
            if case CCHCError.unknownTemplate(_, let text) = error {
                message = templateID.count > 64 ? "unknown template \"\(InputReader.shown(templateID))\"; known templates: \(catalog.templates.map(\.id).joined(separator: ", "))" : text
            } else {
                message = "\(error)"
            }
            add(.error, "$.template", message + " (see `cchc templates`)")
            return nil
        }
        let unit = readUnit(document["unit"])
        let period = readPeriod(document["period"], template: template)
        let columns: [ValueColumn]
        switch template.period {
        case .years:
            columns = period.years.map(ValueColumn.year)
        case .year, .none:
            columns = template.hasKeyedColumns
                ? template.columns.filter { $0.role == .value }.compactMap { $0.key }.map(ValueColumn.key)
                : [.single]
        }
        var filled = template.rows.map { row in
            FilledRow(row: row, values: Array(repeating: row.kind.holdsValue ? .blank : .blank, count: columns.count),
                      note: nil, path: JSONPath.child("$.values", row.id))
        }
        let index = Dictionary(uniqueKeysWithValues: template.rows.enumerated().map { ($0.element.id, $0.offset) })

        // Values: first the plain rows, then derived rows (which may take counts from plain rows).
        var derivedInputs: [(Int, JSONValue?, String)] = []
        switch document["values"] {
        case .object(let members)?:
            checkDuplicates(members, at: "$.values")
            var given: Set<String> = []
            for member in members where !member.key.hasPrefix("//") {
                let path = JSONPath.child("$.values", member.key)
                guard let rowIndex = index[member.key] else {
                    unknownRow(member.key, path: path, template: template)
                    continue
                }
                guard given.insert(member.key).inserted else { continue }
                let row = template.rows[rowIndex]
                if !row.kind.holdsValue {
                    if member.value != .null {
                        add(.error, path, "\"\(row.label)\" is a heading and holds no value; give the values of the rows under it", row: row)
                    }
                    continue
                }
                if row.derived != nil {
                    derivedInputs.append((rowIndex, member.value, path))
                    continue
                }
                filled[rowIndex].values = readRowValues(member.value, row: row, template: template,
                                                       columns: columns, period: period, path: path)
            }
        case nil, .null?:
            add(.warning, "$.values", "no \"values\": the workbook will be an empty form")
        case let other?:
            add(.error, "$.values", "\"values\" must be an object keyed by row id, not \(other.typeName)")
        }
        // Derived rows: every one is computed, given or not, since its counts may come from rows.
        let givenDerived = Dictionary(derivedInputs.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
        for (rowIndex, row) in template.rows.enumerated() {
            guard let derived = row.derived else { continue }
            let input = givenDerived[rowIndex]
            filled[rowIndex].values = readDerived(input?.0, row: row, derived: derived, columns: columns,
                                                  period: period, path: input?.1 ?? JSONPath.child("$.values", row.id),
                                                  filled: filled, index: index)
        }
        readNotes(document["notes"], template: template, index: index, into: &filled)
        return Report(template: template, unit: unit, period: period, valueColumns: columns, rows: filled, source: file)
    }

    private mutating func unknownRow(_ id: String, path: String, template: Template) {
        // Suggestions cost a distance per row id: only for plausible ids, and only for the first ones.
        unknownRows += 1
        if longestRowID == 0 { longestRowID = template.rows.map(\.id.count).max() ?? 1 }
        var near: [String] = []
        if unknownRows <= 100 && id.utf8.count <= 4 * longestRowID && id.count <= longestRowID + 8 {
            // The edit distance is at least the difference in length: leave out ids that cannot be near.
            let length = id.count, cap = max(2, length / 2)
            let candidates = template.rows.map(\.id).filter { abs($0.count - length) <= cap || $0.hasPrefix(id) || $0.hasSuffix(id) }
            near = Suggest.nearest(to: id, among: candidates, limit: 3)
        }
        var message = "unknown row id \"\(InputReader.shown(id))\" in template \(template.id)"
        if !near.isEmpty { message += "; nearest known ids: " + near.map { "\"\($0)\"" }.joined(separator: ", ") }
        message += " (see `cchc templates show \(template.id)`)"
        add(.error, path, message)
    }

    private mutating func readUnit(_ value: JSONValue?) -> UnitInfo {
        switch value {
        case .object(let members)?:
            checkDuplicates(members, at: "$.unit")
            for member in members where !["name", "province"].contains(member.key) {
                add(.error, JSONPath.child("$.unit", member.key), "unknown key \"\(InputReader.shown(member.key))\"; a unit has: name, province")
            }
            var name = ""
            if case .string(let text)? = value?["name"] {
                name = checkedText(text, path: "$.unit.name", row: nil) ?? ""
            } else {
                add(.error, "$.unit.name", "missing the unit's name (e.g. \"UBND huyện Tân Hòa\")")
            }
            var province: String?
            switch value?["province"] {
            case .string(let text)?: province = checkedText(text, path: "$.unit.province", row: nil)
            case nil, .null?: break
            case let other?: add(.error, "$.unit.province", "the province must be text, not \(other.typeName)")
            }
            return UnitInfo(name: name, province: province)
        case nil, .null?:
            add(.error, "$.unit", "missing \"unit\": { \"name\": …, \"province\": … }")
        case let other?:
            add(.error, "$.unit", "\"unit\" must be an object with name and province, not \(other.typeName)")
        }
        return UnitInfo(name: "")
    }

    private mutating func readYear(_ value: JSONValue?, path: String) -> Int? {
        let (year, problem) = InputReader.year(from: value)
        if let problem { add(.error, path, problem) }
        return year
    }

    /// A year from a JSON number or string within `yearRange`, or the problem with it; nil and no
    /// problem when it is absent or null.
    static func year(from value: JSONValue?) -> (year: Int?, problem: String?) {
        switch value {
        case .number(let literal)?:
            if let year = Int(literal), yearRange.contains(year) { return (year, nil) }
            return (nil, "\(literal) is not a year between \(yearRange.lowerBound) and \(yearRange.upperBound)")
        case .string(let text)?:
            if let year = Int(text.trimmingCharacters(in: .whitespaces)), yearRange.contains(year) { return (year, nil) }
            return (nil, "\"\(shown(text))\" is not a year")
        case nil, .null?:
            return (nil, nil)
        case let other?:
            return (nil, "a year must be a number, not \(other.typeName)")
        }
    }

    private mutating func readPeriod(_ value: JSONValue?, template: Template) -> Period {
        var period = Period()
        if case .object(let members)? = value {
            checkDuplicates(members, at: "$.period")
            for member in members where !["year", "from", "to", "cutoff"].contains(member.key) {
                add(.error, JSONPath.child("$.period", member.key), "unknown key \"\(InputReader.shown(member.key))\"; a period has: year, or from, to and cutoff")
            }
            period.year = readYear(value?["year"], path: "$.period.year")
            period.from = readYear(value?["from"], path: "$.period.from")
            period.to = readYear(value?["to"], path: "$.period.to")
            switch value?["cutoff"] {
            case .string(let text)?:
                if let date = DayDate(iso: text) { period.cutoff = date } else {
                    add(.error, "$.period.cutoff", "\"\(InputReader.shown(text))\" is not a date written YYYY-MM-DD (e.g. \"2020-03-31\")")
                }
            case nil, .null?: break
            case let other?: add(.error, "$.period.cutoff", "the cut-off must be a date string \"YYYY-MM-DD\", not \(other.typeName)")
            }
        } else if let value, value != .null {
            add(.error, "$.period", "\"period\" must be an object, not \(value.typeName)")
        }
        switch template.period {
        case .year:
            if period.year == nil {
                add(.error, "$.period.year", "the template \(template.id) needs the report year: \"period\": { \"year\": 2021 }")
            }
            if period.from != nil || period.to != nil {
                add(.error, "$.period", "the template \(template.id) covers one year; give \"year\", not \"from\"/\"to\"")
            }
        case .years:
            guard let from = period.from, let to = period.to else {
                add(.error, "$.period", "the template \(template.id) has one column per year: give \"period\": { \"from\": 2011, \"to\": 2020 }")
                break
            }
            if from <= to && to - from >= 30 { add(.error, "$.period", "a range of \(to - from + 1) years is more than the 30 columns a form can hold") }
        case .none:
            break
        }
        for problem in period.problems(checkingRange: template.period == .years) { add(.error, problem.path, problem.message) }
        return period
    }

    private mutating func readNotes(_ value: JSONValue?, template: Template, index: [String: Int], into filled: inout [FilledRow]) {
        switch value {
        case .object(let members)?:
            checkDuplicates(members, at: "$.notes")
            for member in members where !member.key.hasPrefix("//") {
                let path = JSONPath.child("$.notes", member.key)
                guard let rowIndex = index[member.key] else { unknownRow(member.key, path: path, template: template); continue }
                switch member.value {
                case .string(let text): filled[rowIndex].note = checkedText(text, path: path, row: template.rows[rowIndex])
                case .null: break
                default: add(.error, path, "a note must be text, not \(member.value.typeName)", row: template.rows[rowIndex])
                }
            }
        case nil, .null?: break
        case let other?: add(.error, "$.notes", "\"notes\" must be an object keyed by row id, not \(other.typeName)")
        }
    }

    // MARK: - Row values

    /// The values of a non-derived row, one per value column.
    private mutating func readRowValues(_ value: JSONValue, row: Row, template: Template, columns: [ValueColumn],
                                        period: Period, path: String) -> [Value] {
        var values = Array(repeating: Value.blank, count: columns.count)
        // A per-year form whose period could not be read has no columns (the period is reported).
        guard !columns.isEmpty else { return values }
        switch columns.first {
        case .year?:
            guard let members = perYearMembers(value, row: row, path: path, period: period) else { return values }
            for (year, element, elementPath) in members {
                guard let column = columns.firstIndex(of: .year(year)) else { continue }
                values[column] = readScalar(element, kind: row.kind, row: row, path: elementPath, year: year)
            }
        case .key?:
            guard case .object(let members) = value else {
                if value != .null {
                    let keys = columns.compactMap { if case .key(let k) = $0 { return k } else { return nil } }
                    add(.error, path, "this row takes an object with the keys \(keys.joined(separator: ", ")), not \(value.typeName)", row: row)
                }
                return values
            }
            checkDuplicates(members, at: path)
            for member in members {
                let memberPath = JSONPath.child(path, member.key)
                guard let column = columns.firstIndex(of: .key(member.key)) else {
                    let keys = columns.compactMap { if case .key(let k) = $0 { return k } else { return nil } }
                    add(.error, memberPath, "unknown key \"\(InputReader.shown(member.key))\"; this row has: \(keys.joined(separator: ", "))", row: row)
                    continue
                }
                let kind = template.columns.first { $0.key == member.key }?.kind ?? row.kind
                values[column] = readScalar(member.value, kind: kind, row: row, path: memberPath, year: nil)
            }
        default:
            values[0] = readScalar(value, kind: row.kind, row: row, path: path, year: nil)
        }
        return values
    }

    /// The members of a per-year object, with years outside the report's range reported.
    private mutating func perYearMembers(_ value: JSONValue, row: Row, path: String,
                                         period: Period) -> [(Int, JSONValue, String)]? {
        guard case .object(let members) = value else {
            if value != .null {
                add(.error, path, "this template has one column per year: give an object keyed by year, e.g. { \"2019\": 134, \"2020\": 162 }, not \(value.typeName)", row: row)
            }
            return nil
        }
        checkDuplicates(members, at: path)
        var out: [(Int, JSONValue, String)] = []
        var seen: Set<Int> = []
        for member in members {
            let memberPath = JSONPath.child(path, member.key)
            guard let year = Int(member.key), String(year) == member.key else {
                add(.error, memberPath, "\"\(InputReader.shown(member.key))\" is not a year; per-year values are keyed by year, e.g. \"2019\"", row: row)
                continue
            }
            guard let from = period.from, let to = period.to, from <= to, (from...to).contains(year) else {
                if let from = period.from, let to = period.to {
                    add(.error, memberPath, "year \(year) is outside the report's range \(from)–\(to)", row: row, year: year, rule: "year-range")
                }
                continue
            }
            if seen.insert(year).inserted { out.append((year, member.value, memberPath)) }
        }
        return out
    }

    /// One cell's value for a row of the given kind.
    private mutating func readScalar(_ value: JSONValue, kind: ValueKind, row: Row, path: String, year: Int?) -> Value {
        if value == .null { return .blank }
        switch kind {
        case .section, .header:
            return .blank
        case .text:
            switch value {
            case .string(let text):
                guard let checked = checkedText(text, path: path, row: row) else { return .blank }
                return checked.isEmpty ? .blank : .text(checked)
            case .number(let literal): return .text(literal)
            default:
                add(.error, path, "expected text, not \(value.typeName)", row: row, year: year, rule: "kind")
                return .blank
            }
        case .count, .decimal, .percent:
            guard let number = readNumber(value, kind: kind, row: row, path: path, year: year) else { return .blank }
            return checkNumberKind(number, kind: kind, row: row, path: path, year: year) ? .number(number) : .blank
        case .code:
            return readCode(value, row: row, path: path, year: year)
        case .pass:
            if case .string(let text) = value {
                let folded = text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
                if folded == "đạt" { return .pass(true) }
                if folded == "không đạt" { return .pass(false) }
                if folded.isEmpty { return .blank }
            }
            if case .bool(let flag) = value { return .pass(flag) }
            add(.error, path, "expected \"Đạt\" or \"Không đạt\", not \(describe(value))", row: row, year: year, rule: "kind")
            return .blank
        case .fraction:
            if case .string(let text) = value {
                let parts = text.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == 2, let n = VietnameseNumber.parse(String(parts[0])), let d = VietnameseNumber.parse(String(parts[1])),
                   n.value >= 0, d.value >= 0, n.value == n.value.rounded(), d.value == d.value.rounded() {
                    return .fraction(numerator: n.value, denominator: d.value)
                }
            }
            add(.error, path, "expected a fraction of two whole numbers written like \"24/24\", not \(describe(value))", row: row, year: year, rule: "kind")
            return .blank
        }
    }

    private func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return "\"\(s.count > 60 ? String(s.prefix(60)) + "…" : s)\""
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        default: return value.typeName
        }
    }

    /// A number from a JSON number or a string in either notation; nil (with a finding) otherwise.
    /// `kind` is what the number must be (a rate's counts are counts, its value a percentage).
    mutating func readNumber(_ value: JSONValue, kind: ValueKind, row: Row, path: String, year: Int?) -> Double? {
        switch value {
        case .number(let literal):
            guard let number = Double(literal), number.isFinite else {
                add(.error, path, "\(literal) is too large to be a number in a spreadsheet", row: row, year: year, rule: "number")
                return nil
            }
            if abs(number) > 1e15 {
                add(.error, path, "\(literal) is beyond the 15 significant digits a spreadsheet keeps", row: row, year: year, rule: "number")
                return nil
            }
            return number == 0 ? 0 : number
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            guard let reading = VietnameseNumber.parse(trimmed) else {
                add(.error, path, "\(describe(value)) is not a number in Vietnamese (1.130 / 99,95) or international (1130 / 99.95) notation",
                    row: row, year: year, rule: "number")
                return nil
            }
            if reading.hadPercentSign && kind != .percent {
                add(.error, path, "\(describe(value)) has a % sign but "
                    + (row.derived != nil ? "the numerator and denominator of a rate are counts" : "the row counts \(row.unit ?? "units")"),
                    row: row, year: year, rule: "number")
                return nil
            }
            if abs(reading.value) > 1e15 {
                add(.error, path, "\(describe(value)) is beyond the 15 significant digits a spreadsheet keeps", row: row, year: year, rule: "number")
                return nil
            }
            if let alternative = reading.alternative {
                let valueFits = InputReader.fits(reading.value, kind: kind)
                let alternativeFits = InputReader.fits(alternative, kind: kind)
                let readAs = "\(describe(value)) was read as \(plain(reading.value))"
                    + (trimmed.contains(",") ? " (the comma is the decimal mark)" : " (the dot groups thousands)")
                if valueFits && alternativeFits {
                    add(.warning, path,
                        "\(readAs); it could also mean \(plain(alternative)); write it as a JSON number to be sure",
                        row: row, year: year, rule: "ambiguous-number", values: ["read": reading.value, "alternative": alternative])
                } else if !valueFits && alternativeFits {
                    add(.error, path,
                        "\(readAs), which this row cannot hold; if you meant \(plain(alternative)), write \(plain(alternative))",
                        row: row, year: year, rule: "ambiguous-number", values: ["read": reading.value, "alternative": alternative])
                    return nil
                }
            }
            return reading.value
        default:
            add(.error, path, "expected a number, not \(value.typeName)", row: row, year: year, rule: "kind")
            return nil
        }
    }

    /// Whether a number can stand in a row of this kind.
    static func fits(_ value: Double, kind: ValueKind) -> Bool {
        switch kind {
        case .count: return value >= 0 && value == value.rounded()
        case .percent: return value >= 0 && value <= 100
        default: return true
        }
    }

    private func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Whether a number fits the kind (whole counts ≥ 0, percentages 0…100); a finding otherwise.
    private mutating func checkNumberKind(_ number: Double, kind: ValueKind, row: Row, path: String, year: Int?) -> Bool {
        switch kind {
        case .count:
            if number < 0 || number != number.rounded() {
                add(.error, path, "\(plain(number)) is not a count: \(row.unit ?? "this row") takes a whole number ≥ 0",
                    row: row, year: year, rule: "kind", values: ["value": number])
                return false
            }
        case .percent:
            if number < 0 || number > 100 {
                add(.error, path, "\(plain(number)) is not a percentage between 0 and 100", row: row, year: year, rule: "kind", values: ["value": number])
                return false
            }
        default:
            break
        }
        return true
    }

    private mutating func readCode(_ value: JSONValue, row: Row, path: String, year: Int?) -> Value {
        let legend = row.legend ?? []
        let allowed = legend.map { "\($0.code) (\($0.label))" }.joined(separator: ", ")
        switch value {
        case .number(let literal):
            if let code = Int(literal), let entry = legend.first(where: { $0.code == code }) {
                return .code(code, label: entry.label)
            }
        case .string(let text):
            let folded = text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
            if folded.isEmpty { return .blank }
            if let entry = legend.first(where: { $0.label.precomposedStringWithCanonicalMapping.lowercased() == folded }) {
                return .code(entry.code, label: entry.label)
            }
            if let code = Int(folded), let entry = legend.first(where: { $0.code == code }) {
                return .code(code, label: entry.label)
            }
        case .bool(let flag):
            if let entry = legend.first(where: { $0.code == (flag ? 1 : 0) }), legend.count == 2 {
                return .code(entry.code, label: entry.label)
            }
        default: break
        }
        add(.error, path, "\(describe(value)) is not one of the answers of this row: \(allowed)", row: row, year: year, rule: "kind")
        return .blank
    }

    /// Text that a cell can hold: no control characters, within Excel's limit.
    private mutating func checkedText(_ text: String, path: String, row: Row?) -> String? {
        if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || (0xFFFE...0xFFFF).contains($0.value) }) {
            add(.error, path, "the text contains the control character U+\(String(format: "%04X", bad.value)), which a spreadsheet cell cannot hold", row: row, rule: "text")
            return nil
        }
        if text.utf16.count > InputReader.maximumCellCharacters {
            add(.error, path, "the text has \(text.utf16.count) characters; a spreadsheet cell holds at most \(InputReader.maximumCellCharacters)", row: row, rule: "text")
            return nil
        }
        return text
    }

    // MARK: - Derived rates

    private mutating func readDerived(_ value: JSONValue?, row: Row, derived: Derived, columns: [ValueColumn],
                                      period: Period, path: String, filled: [FilledRow], index: [String: Int]) -> [Value] {
        var given: [Int: (JSONValue, String, Int?)] = [:]
        if let value, value != .null {
            if case .year? = columns.first {
                for (year, element, elementPath) in perYearMembers(value, row: row, path: path, period: period) ?? [] {
                    if let column = columns.firstIndex(of: .year(year)) { given[column] = (element, elementPath, year) }
                }
            } else {
                given[0] = (value, path, nil)
            }
        }
        return columns.indices.map { column in
            func fromRow(_ operand: Operand) -> Double? {
                guard let id = operand.row, let i = index[id] else { return nil }
                return filled[i].values[column].number
            }
            var numerator = fromRow(derived.numerator)
            var denominator = fromRow(derived.denominator)
            var reported: Double?
            if let (element, elementPath, year) = given[column], element != .null {
                switch element {
                case .object(let members):
                    checkDuplicates(members, at: elementPath)
                    for member in members {
                        let memberPath = JSONPath.child(elementPath, member.key)
                        switch member.key {
                        case "value":
                            if let number = readNumber(member.value, kind: .percent, row: row, path: memberPath, year: year),
                               checkNumberKind(number, kind: .percent, row: row, path: memberPath, year: year) {
                                reported = number
                            }
                        case "numerator", "denominator":
                            let isNumerator = member.key == "numerator"
                            let operand = isNumerator ? derived.numerator : derived.denominator
                            guard let number = member.value == .null ? nil : readNumber(member.value, kind: .count, row: row, path: memberPath, year: year) else { continue }
                            guard number >= 0, number == number.rounded() else {
                                add(.error, memberPath, "\(plain(number)) is not a count: the \(member.key) takes a whole number ≥ 0",
                                    row: row, year: year, rule: "kind", values: [member.key: number])
                                continue
                            }
                            if let ref = operand.row {
                                let fromRowValue = isNumerator ? numerator : denominator
                                let refRow = index[ref].map { filled[$0].row }
                                if let fromRowValue, fromRowValue != number {
                                    add(.error, memberPath,
                                        "the \(member.key) \(plain(number)) differs from row \(refRow?.stt ?? "") \"\(refRow?.label ?? ref)\" (\(plain(fromRowValue))), which this rate takes it from; give it in one place",
                                        row: row, year: year, rule: "rate-operand", values: [member.key: number, ref: fromRowValue])
                                } else if fromRowValue == nil {
                                    add(.error, memberPath,
                                        "the \(member.key) of this rate is row \"\(refRow?.label ?? ref)\" (\(ref)); give the count there, not here",
                                        row: row, year: year, rule: "rate-operand")
                                }
                            } else if isNumerator {
                                numerator = number
                            } else {
                                denominator = number
                            }
                        default:
                            add(.error, memberPath, "unknown key \"\(InputReader.shown(member.key))\"; a rate takes \"numerator\" and \"denominator\" (counts), or \"value\" (the rate)",
                                row: row, year: year)
                        }
                    }
                default:
                    // A bare number or string: the reported rate.
                    if let number = readNumber(element, kind: .percent, row: row, path: elementPath, year: year),
                       checkNumberKind(number, kind: .percent, row: row, path: elementPath, year: year) {
                        reported = number
                    }
                }
            }
            let rate = Rate(numerator: numerator, denominator: denominator,
                            numeratorFromRow: derived.numerator.row != nil, denominatorFromRow: derived.denominator.row != nil,
                            reported: reported)
            return rate.isEmpty ? .blank : .rate(rate)
        }
    }
}

extension InputReader {
    /// Text from the input as a message quotes it: at most `limit` characters, then `…`.
    static func shown(_ text: String, limit: Int = 60) -> String {
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            if count == limit { return String(text[..<index]) + "…" }
            count += 1
            index = text.index(after: index)
        }
        return text
    }
}
