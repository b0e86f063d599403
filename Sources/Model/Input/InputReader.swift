/// Reads a `fill` input (see `examples/README.md`) into a `Report`, collecting every problem with
/// the input as a `Finding` that names the file, the JSON path and the template row.
///
/// The reader never throws: a document it cannot make a report of gives no report and the
/// findings that say why. Reading the file from disk and parsing it is `InputFile`'s; running
/// the checks on the report is `Validator`'s; `Pipeline` does all three in order.
public struct InputReader {
    /// Years accepted in a period.
    public static let yearRange = 1990...2100
    /// The most year columns a per-year form can have.
    public static let maximumYears = 30
    /// Keys of an input object.
    public static let keys = ["template", "unit", "period", "values", "notes", "sources", "consolidated"]
    /// At most this many findings are listed; past it they are only counted (a file with a million
    /// wrong keys gets a readable answer, quickly).
    public static let maximumFindings = 1000

    /// The result of reading: the report, when the document could be understood at all, and findings.
    public struct Result: Sendable {
        public var report: Report?
        public var findings: [Finding]
    }

    let catalog: TemplateCatalog
    let file: String
    var findings: [Finding] = []
    private var unknownRows = 0
    private var longestRowID = 0
    private var omittedErrors = 0
    private var omittedWarnings = 0

    /// Interprets a parsed input: `document` is the whole input object (`template`, `unit`,
    /// `period`, `values`, `notes`), and findings name `file` and JSON paths from its root.
    public static func read(document: JSONValue, file: String, catalog: TemplateCatalog) -> Result {
        var reader = InputReader(catalog: catalog, file: file)
        let report = reader.interpret(document)
        return Result(report: report, findings: reader.findings + [reader.omittedFinding].compactMap { $0 })
    }

    init(catalog: TemplateCatalog, file: String) {
        self.catalog = catalog
        self.file = file
    }

    // MARK: - Findings

    mutating func add(_ severity: Severity, _ problem: Problem, at path: JSONPath, row: Row? = nil, year: Int? = nil,
                      column: String? = nil) {
        guard findings.count < InputReader.maximumFindings else {
            if severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
            return
        }
        findings.append(Finding(severity, problem, at: Location(file: file, path: path, row: row, year: year, column: column)))
    }

    /// The closing finding that counts the problems not listed, if any.
    var omittedFinding: Finding? {
        guard omittedErrors + omittedWarnings > 0 else { return nil }
        return Finding(omittedErrors > 0 ? .error : .warning,
                       .tooMany(errors: omittedErrors, warnings: omittedWarnings, listed: InputReader.maximumFindings),
                       at: Location(file: file, path: .root))
    }

    /// Reports keys given twice in an object (JSON decoders silently keep one of them), and keys
    /// the object does not have (`known`, when given; comment keys starting with `//` and the keys
    /// `comment` and `$schema` are always allowed).
    mutating func checkKeys(_ members: [JSONValue.Member], at path: JSONPath, known: [String]? = nil, in object: Field,
                            row: Row? = nil, year: Int? = nil, slots: [Int?]? = nil, slotCount: Int = 0) {
        for (line, member) in JSONValue.repeatedKeys(in: members, slots: slots, slotCount: slotCount) {
            add(.error, .repeatedKey(key: member.key, firstLine: line, line: member.line), at: path.child(member.key), row: row, year: year)
        }
        guard let known else { return }
        for member in members where !InputReader.isComment(member.key) && !known.contains(member.key) {
            add(.error, .unknownKey(key: member.key, in: object, allowed: known), at: path.child(member.key), row: row, year: year)
        }
    }

    /// Keys that annotate a document and are never read.
    static func isComment(_ key: String) -> Bool { JSONValue.startsWithSlashes(key) || key == "comment" || key == "$schema" }

    /// Text that a cell can hold, or nil with a finding.
    mutating func checkedText(_ text: String, at path: JSONPath, row: Row?) -> String? {
        if let problem = TextRules.problem(text) {
            add(.error, problem, at: path, row: row)
            return nil
        }
        return text
    }

    // MARK: - Document

    mutating func interpret(_ document: JSONValue) -> Report? {
        guard case .object(let top) = document else {
            add(.error, .notAnObject(document: .input, found: document.type), at: .root)
            return nil
        }
        checkKeys(top, at: .root, known: InputReader.keys, in: .input)
        let templatePath = JSONPath("template")
        let templateID: String
        switch document["template"] {
        case .string(let text)?:
            templateID = text
        case nil, .null?:
            add(.error, .missing(.template), at: templatePath)
            return nil
        case let other?:
            add(.error, .wrongType(.template, expected: .string, found: other.type), at: templatePath)
            return nil
        }
        let form: Template
        switch catalog.reading(id: templateID) {
        case .template(let template)?:
            form = template
        case .failure(let error)?:
            // The template cannot be used: its own findings, about its file (`cchc` exits 2).
            findings += error.findings
            return nil
        case nil:
            let known = catalog.ids
            add(.error, .unknownTemplate(id: templateID, known: known, nearest: Suggest.nearest(to: templateID, among: known)), at: templatePath)
            return nil
        }
        let unit = readUnit(document["unit"])
        let period = readPeriod(document["period"], template: form)
        // The form's wording for this unit: `{portal}` in a label becomes the unit's portal.
        let template = catalog.wording(of: form) { Report.resolve($0, template: form, unit: unit, period: period, number: nil) }
        let columns: [ValueColumn]
        switch template.period {
        case .years:
            columns = period.years.map(ValueColumn.year)
        case .year, .none:
            columns = template.hasKeyedColumns
                ? template.columns.filter { $0.role == .value }.compactMap { $0.key }.map(ValueColumn.key)
                : [.single]
        }
        // One list of blanks shared by every row until a value replaces it.
        let blanks = [Value](repeating: .blank, count: columns.count)
        var filled = template.rows.map { FilledRow(row: $0, values: blanks) }
        let index = catalog.rowIndex(of: template)
        let valuesPath = JSONPath("values")

        // Values: first the plain rows, then derived rows (which may take counts from plain rows).
        var derivedInputs = [(value: JSONValue, path: JSONPath)?](repeating: nil, count: template.rows.count)
        switch document["values"] {
        case .object(let members)?:
            // The row of each member, looked up once: for the repeated keys, then for reading.
            let rowOf = members.map { JSONValue.startsWithSlashes($0.key) ? nil : index[$0.key] }
            checkKeys(members, at: valuesPath, in: .values, slots: rowOf, slotCount: template.rows.count)
            var given = [Bool](repeating: false, count: template.rows.count)
            for (offset, member) in members.enumerated() where !JSONValue.startsWithSlashes(member.key) {
                let path = valuesPath.child(member.key)
                guard let rowIndex = rowOf[offset] else {
                    unknownRow(member.key, path: path, template: template)
                    continue
                }
                guard !given[rowIndex] else { continue }
                given[rowIndex] = true
                // The row read in place: a copy would retain every text of it.
                if !template.rows[rowIndex].kind.holdsValue {
                    if member.value != .null { add(.error, .headingValue, at: path, row: template.rows[rowIndex]) }
                    continue
                }
                if template.rows[rowIndex].derived != nil {
                    derivedInputs[rowIndex] = (member.value, path)
                    continue
                }
                filled[rowIndex].values = readRowValues(member.value, row: template.rows[rowIndex], template: template,
                                                       columns: columns, period: period, path: path)
            }
        case nil, .null?:
            add(.warning, .noValues, at: valuesPath)
        case let other?:
            add(.error, .wrongType(.values, expected: .object, found: other.type), at: valuesPath)
        }
        // Derived rows: every one is computed, given or not, since its counts may come from rows.
        // By index: `for row in template.rows` copies every row, retaining every text of it.
        for rowIndex in template.rows.indices {
            guard let derived = template.rows[rowIndex].derived else { continue }
            let input = derivedInputs[rowIndex]
            filled[rowIndex].values = readDerived(input?.value, row: template.rows[rowIndex], derived: derived, columns: columns,
                                                  period: period, path: input?.path ?? valuesPath.child(template.rows[rowIndex].id),
                                                  filled: filled, index: index)
        }
        readNotes(document["notes"], template: template, columns: columns, index: index, into: &filled)
        let consolidated = readConsolidated(document["consolidated"], template: template, columns: columns, index: index, filled: filled)
        var report = Report(template: template, unit: unit, period: period, valueColumns: columns, rows: filled, source: file, rowIndex: index)
        report.consolidated = consolidated
        return report
    }

    private mutating func unknownRow(_ id: String, path: JSONPath, template: Template) {
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
        add(.error, .unknownRow(id: id, template: template.id, nearest: near), at: path)
    }

    private mutating func readUnit(_ value: JSONValue?) -> UnitInfo {
        let path = JSONPath("unit")
        if case .object(let members)? = value { checkKeys(members, at: path, known: UnitReader.keys, in: .unit) }
        let (unit, problems) = UnitReader.read(value, at: path, requireName: false)
        for (where_, problem, severity) in problems { add(severity, problem, at: where_) }
        return unit
    }

    private mutating func readPeriod(_ value: JSONValue?, template: Template) -> Period {
        let path = JSONPath("period")
        var period = Period()
        if case .object(let members)? = value {
            checkKeys(members, at: path, known: ["year", "from", "to", "cutoff"], in: .period)
            var problems: [(JSONPath, Problem)] = []
            period = PeriodReader.read(value!, at: path, problems: &problems)
            for (where_, problem) in problems { add(.error, problem, at: where_) }
        } else if let value, value != .null {
            add(.error, .wrongType(.period, expected: .object, found: value.type), at: path)
        }
        switch template.period {
        case .year:
            if period.year == nil { add(.error, .periodNeedsYear(template: template.id), at: path.child("year")) }
            if period.from != nil || period.to != nil { add(.error, .periodOneYear(template: template.id), at: path) }
        case .years:
            guard let from = period.from, let to = period.to else {
                add(.error, .periodNeedsRange(template: template.id), at: path)
                break
            }
            if from <= to && to - from >= InputReader.maximumYears {
                add(.error, .periodTooLong(years: to - from + 1, limit: InputReader.maximumYears), at: path)
            }
        case .none:
            break
        }
        for (where_, problem) in period.problems(checkingRange: template.period == .years, at: path) { add(.error, problem, at: where_) }
        return period
    }

    /// The notes of the rows. On a form without a Ghi chú column a note is kept as a comment
    /// (see `NotePlace`), and a warning says where.
    private mutating func readNotes(_ value: JSONValue?, template: Template, columns: [ValueColumn], index: [String: Int],
                                    into filled: inout [FilledRow]) {
        let notesPath = JSONPath("notes")
        let place = NotePlace.of(template, columns: columns)
        switch value {
        case .object(let members)?:
            checkKeys(members, at: notesPath, in: .notes)
            for member in members where !JSONValue.startsWithSlashes(member.key) {
                let path = notesPath.child(member.key)
                guard let rowIndex = index[member.key] else { unknownRow(member.key, path: path, template: template); continue }
                let row = template.rows[rowIndex]
                switch member.value {
                case .string(let text):
                    filled[rowIndex].note = checkedText(text, at: path, row: row)
                    if place != .noteColumn, let note = filled[rowIndex].note, !note.isEmpty {
                        let column = place.valueColumn.map { columns[$0] }
                        add(.warning, .noteAsComment(column: column), at: path, row: row, year: column?.year, column: column?.key)
                    }
                case .null: break
                default: add(.error, .wrongType(.note, expected: .string, found: member.value.type), at: path, row: row)
                }
            }
        case nil, .null?: break
        case let other?: add(.error, .wrongType(.notes, expected: .object, found: other.type), at: notesPath)
        }
    }
}
