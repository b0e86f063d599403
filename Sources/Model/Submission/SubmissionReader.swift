import Foundation

/// Reads a submission file (see `examples/README.md`, "Submission file") into a `Submission`:
/// the report's own data, then every appendix read by `InputReader` with the submission's unit and
/// period, and checked by `Validator`, as `cchc validate` would check it on its own.
///
/// Problems are findings, never exceptions. Findings about inline data name the submission file
/// and a path from its root (`$.appendices[1].data.values["i.1"]`); findings about a referenced
/// `fill` input name that file.
public struct SubmissionReader {
    /// The result of reading: the submission, when the file is a JSON object, and every finding
    /// (the submission's own first, then each appendix's in the template's row order).
    public struct Result: Sendable {
        public var submission: Submission?
        public var findings: [Finding]
    }

    /// Keys of the submission object.
    public static let keys = ["unit", "period", "report", "signer", "recipients", "appendices"]
    /// Keys of one appendix.
    public static let appendixKeys = ["template", "data", "file", "sheet"]
    /// Sheet names the submission workbook uses for itself.
    public static let reservedSheetNames = ["Thông tin chung", "Kiểm tra", "Biểu đồ"]

    private let file: String
    private let catalog: TemplateCatalog
    private let loader: InputLoader
    private let directory: String
    private var findings: [Finding] = []

    /// Interprets the parsed submission `document` of the file `file` (appendix files are found
    /// relative to `file`'s directory).
    /// Appendix files are read by `loader` (JSON only by default; the command line reads workbooks too).
    public static func read(document: JSONValue, file: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> Result {
        var reader = SubmissionReader(file: file, catalog: catalog, loader: loader)
        guard let submission = reader.interpret(document) else { return Result(submission: nil, findings: reader.findings) }
        return Result(submission: submission, findings: submission.findings)
    }

    private init(file: String, catalog: TemplateCatalog, loader: InputLoader) {
        self.file = file
        self.catalog = catalog
        self.loader = loader
        let parent = (file as NSString).deletingLastPathComponent
        self.directory = parent.isEmpty ? "." : parent
    }

    // MARK: - Findings

    private mutating func add(_ severity: Severity, _ problem: Problem, at path: JSONPath) {
        findings.append(Finding(severity, problem, at: Location(file: file, path: path)))
    }

    private mutating func checkKeys(_ members: [JSONValue.Member], at path: JSONPath, known: [String], in object: Field) {
        for (line, member) in JSONValue.repeatedKeys(in: members) {
            add(.error, .repeatedKey(key: member.key, firstLine: line, line: member.line), at: path.child(member.key))
        }
        for member in members where !InputReader.isComment(member.key) && !known.contains(member.key) {
            add(.error, .unknownKey(key: member.key, in: object, allowed: known), at: path.child(member.key))
        }
    }

    /// Text of the cover: trimmed, within what a cell holds; nil (with a finding when `required`)
    /// when absent or empty.
    private mutating func text(_ value: JSONValue?, at path: JSONPath, field: Field, required: Bool = false) -> String? {
        switch value {
        case .string(let text)?:
            if let problem = TextRules.problem(text) {
                add(.error, problem, at: path)
                return nil
            }
            let trimmed = CellText.trimmingSpaces(text)
            if trimmed.isEmpty {
                if required { add(.error, .emptyText(field), at: path) }
                return nil
            }
            return trimmed
        case nil, .null?:
            if required { add(.error, .missing(field), at: path) }
            return nil
        case let other?:
            add(.error, .wrongType(field, expected: .string, found: other.type), at: path)
            return nil
        }
    }

    /// Lines of text given as a list (or, where `single` allows, as one string).
    private mutating func lines(_ value: JSONValue?, at path: JSONPath, field: Field, line: Field, single: Bool = false) -> [String] {
        switch value {
        case .array(let items)?:
            return items.enumerated().compactMap { text($0.element, at: path.element($0.offset), field: line, required: true) }
        case .string? where single:
            return text(value, at: path, field: line).map { [$0] } ?? []
        case nil, .null?:
            return []
        case let other?:
            add(.error, .wrongType(field, expected: .array, found: other.type), at: path)
            return []
        }
    }

    /// An object field, or nil with a finding (missing, or another type).
    private mutating func object(_ value: JSONValue?, at path: JSONPath, field: Field, known: [String]) -> JSONValue? {
        switch value {
        case .object(let members)?:
            checkKeys(members, at: path, known: known, in: field)
            return value
        case nil, .null?:
            add(.error, .missing(field), at: path)
        case let other?:
            add(.error, .wrongType(field, expected: .object, found: other.type), at: path)
        }
        return nil
    }

    // MARK: - Document

    private mutating func interpret(_ document: JSONValue) -> Submission? {
        guard case .object(let top) = document else {
            add(.error, .notAnObject(document: .submission, found: document.type), at: .root)
            return nil
        }
        checkKeys(top, at: .root, known: SubmissionReader.keys, in: .submission)
        let unitPath = JSONPath("unit")
        if case .object(let members)? = document["unit"] { checkKeys(members, at: unitPath, known: UnitReader.keys, in: .unit) }
        let (unit, unitProblems) = UnitReader.read(document["unit"], at: unitPath, requireName: true)
        for (path, problem, severity) in unitProblems { add(severity, problem, at: path) }
        let periodFindings = findings.count
        let period = readPeriod(document["period"])
        let periodHasErrors = findings[periodFindings...].contains { $0.severity == .error }
        let report = readReport(document["report"])
        let signer = readSigner(document["signer"])
        let recipients = lines(document["recipients"], at: JSONPath("recipients"), field: .recipients, line: .recipient)

        var appendices: [Appendix] = []
        let appendicesPath = JSONPath("appendices")
        switch document["appendices"] {
        case .array(let items)? where !items.isEmpty:
            let context = Context(unitNode: top.first { $0.key == "unit" }, periodNode: top.first { $0.key == "period" },
                                  unit: unit, period: period, periodHasErrors: periodHasErrors)
            for (i, item) in items.enumerated() {
                appendices.append(readAppendix(item, index: i, context: context))
            }
        case .array?:
            add(.error, .noAppendix, at: appendicesPath)
        case nil, .null?:
            add(.error, .missing(.appendices), at: appendicesPath)
        case let other?:
            add(.error, .wrongType(.appendices, expected: .array, found: other.type), at: appendicesPath)
        }
        checkSheetNames(&appendices)
        // The forms print the number of the document they are attached to (`{number}`).
        for i in appendices.indices { appendices[i].report?.reportNumber = report.number }

        var submission = Submission(unit: unit, period: period, report: report, signer: signer, recipients: recipients,
                                    appendices: appendices, source: file)
        submission.ownFindings = SubmissionReader.unique(findings + ComposedTextCheck.coverFindings(for: submission))
        return submission
    }

    private mutating func readPeriod(_ value: JSONValue?) -> Period {
        let path = JSONPath("period")
        guard let value = object(value, at: path, field: .period, known: ["year", "from", "to", "cutoff"]) else { return Period() }
        var problems: [(JSONPath, Problem)] = []
        let period = PeriodReader.read(value, at: path, problems: &problems)
        for (where_, problem) in problems { add(.error, problem, at: where_) }
        if (period.from == nil) != (period.to == nil) {
            add(.error, .periodNeedsRange(template: nil), at: path)
        }
        if case .object(let members) = value, period.from == nil || period.to == nil, period.year == nil,
           !members.contains(where: { ["year", "from", "to"].contains($0.key) }) {
            add(.error, .periodNeedsYear(template: nil), at: path)
        }
        for (where_, problem) in period.problems(checkingRange: true, at: path) { add(.error, problem, at: where_) }
        return period
    }

    private mutating func readReport(_ value: JSONValue?) -> ReportInfo {
        let path = JSONPath("report")
        guard let value = object(value, at: path, field: .report, known: ["title", "number", "date", "place", "issuer"]) else {
            return ReportInfo()
        }
        var report = ReportInfo()
        report.title = text(value["title"], at: path.child("title"), field: .reportTitle)
        report.number = text(value["number"], at: path.child("number"), field: .reportNumber)
        report.place = text(value["place"], at: path.child("place"), field: .reportPlace)
        if value["date"] == nil || value["date"] == .null {
            add(.error, .missing(.reportDate), at: path.child("date"))
        } else {
            let (date, problem) = PeriodReader.date(from: value["date"], field: .reportDate)
            if let problem { add(.error, problem, at: path.child("date")) }
            report.date = date
        }
        if report.number == nil { add(.warning, .noReportNumber, at: path.child("number")) }
        report.issuer = lines(value["issuer"], at: path.child("issuer"), field: .issuer, line: .issuerLine, single: true)
        return report
    }

    private mutating func readSigner(_ value: JSONValue?) -> Signer {
        let path = JSONPath("signer")
        guard let value = object(value, at: path, field: .signer, known: ["onBehalf", "signingFor", "title", "name"]) else {
            return Signer(title: "", name: "")
        }
        return Signer(onBehalf: text(value["onBehalf"], at: path.child("onBehalf"), field: .signerOnBehalf),
                      signingFor: text(value["signingFor"], at: path.child("signingFor"), field: .signerSigningFor),
                      title: text(value["title"], at: path.child("title"), field: .signerTitle, required: true) ?? "",
                      name: text(value["name"], at: path.child("name"), field: .signerName, required: true) ?? "")
    }

    // MARK: - Appendices

    /// What every appendix takes from the submission.
    private struct Context {
        var unitNode: JSONValue.Member?
        var periodNode: JSONValue.Member?
        var unit: UnitInfo
        var period: Period
        var periodHasErrors: Bool
    }

    private mutating func readAppendix(_ item: JSONValue, index: Int, context: Context) -> Appendix {
        let path = JSONPath("appendices").element(index)
        let number = index + 1
        func unread(_ origin: Appendix.Origin, template: String? = nil, sheet: String? = nil) -> Appendix {
            Appendix(number: number, templateID: template ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: origin)
        }
        guard case .object(let members) = item else {
            add(.error, .wrongType(.appendix, expected: .object, found: item.type), at: path)
            return unread(.inline(path: path))
        }
        checkKeys(members, at: path, known: SubmissionReader.appendixKeys, in: .appendix)
        let line = members.first?.line ?? 1
        var templateID: String?
        switch item["template"] {
        case .string(let id)?: templateID = id
        case nil, .null?: break
        case let other?: add(.error, .wrongType(.template, expected: .string, found: other.type), at: path.child("template"))
        }
        // In NFC, the form sheet names are checked and written in (as a template's are).
        let sheet = text(item["sheet"], at: path.child("sheet"), field: .appendixSheet).map(SheetName.normalized)
        let data = item["data"], fileValue = item["file"]
        if data != nil && fileValue != nil { add(.error, .dataAndFile, at: path) }
        if let fileValue {
            guard case .string(let relative) = fileValue, !relative.trimmingCharacters(in: .whitespaces).isEmpty else {
                add(.error, .wrongType(.appendixFile, expected: .string, found: fileValue.type), at: path.child("file"))
                return unread(.inline(path: path), template: templateID, sheet: sheet)
            }
            return readAppendixFile(relative, path: path, number: number, templateID: templateID, sheet: sheet, line: line, context: context)
        }
        let dataPath = path.child("data")
        guard case .object(let dataMembers)? = data else {
            if let data, data != .null {
                add(.error, .wrongType(.appendixData, expected: .object, found: data.type), at: dataPath)
            } else {
                add(.error, .noData, at: path)
            }
            return unread(.inline(path: dataPath), template: templateID, sheet: sheet)
        }
        guard let templateID else {
            add(.error, .missing(.template), at: path.child("template"))
            return unread(.inline(path: dataPath), sheet: sheet)
        }
        // The input the appendix stands for: its template, the submission's unit and period, its data.
        var document: [JSONValue.Member] = [JSONValue.Member(key: "template", value: .string(templateID), line: line)]
        if let unit = context.unitNode { document.append(unit) }
        if let period = context.periodNode { document.append(period) }
        for member in dataMembers {
            switch member.key {
            case "unit", "period":
                add(.error, .fieldInAppendix(member.key == "unit" ? .unit : .period), at: dataPath.child(member.key))
            case "template":
                if member.value != .string(templateID) { add(.error, .fieldInAppendix(.template), at: dataPath.child(member.key)) }
            default:
                document.append(member)
            }
        }
        let result = InputReader.read(document: .object(document), file: file, catalog: catalog)
        var appendixFindings: [Finding] = []
        for var finding in result.findings {
            let where_ = finding.path ?? .root
            if where_.hasPrefix(JSONPath("unit")) { continue }  // the submission's unit, checked above
            if where_.hasPrefix(JSONPath("period")) {
                if !context.periodHasErrors { findings.append(finding) }  // the submission's period does not suit this template
                continue
            }
            finding.location.place = .json(where_ == JSONPath("template") ? path.child("template") : dataPath.appending(where_))
            appendixFindings.append(finding)
        }
        var report = result.report
        report?.valuesPath = dataPath.child("values")
        return finish(Appendix(number: number, templateID: templateID, sheetName: sheet ?? report?.template.sheetName ?? "",
                               report: report, findings: appendixFindings, origin: .inline(path: dataPath)))
    }

    private mutating func readAppendixFile(_ relative: String, path: JSONPath, number: Int, templateID: String?, sheet: String?,
                                           line: Int, context: Context) -> Appendix {
        let resolved = SubmissionReader.resolve(relative, against: directory)
        func unread() -> Appendix {
            Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: .file(resolved))
        }
        let loaded: InputDocument
        do {
            // A workbook without a map whose content does not tell its form: the form the
            // submission names for it.
            loaded = try loader.named(templateID).load(resolved, catalog)
        } catch {
            add(.error, .appendixUnreadable(file: resolved, reason: error.problem), at: path.child("file"))
            return unread()
        }
        let document = loaded.document
        guard case .object(var members) = document else {
            add(.error, .appendixUnreadable(file: resolved, reason: .notAnObject(document: .input, found: document.type)), at: path.child("file"))
            return unread()
        }
        let ownUnit = members.contains { $0.key == "unit" }, ownPeriod = members.contains { $0.key == "period" }
        if !ownUnit, let unit = context.unitNode { members.append(JSONValue.Member(key: unit.key, value: unit.value, line: line)) }
        if !ownPeriod, let period = context.periodNode { members.append(JSONValue.Member(key: period.key, value: period.value, line: line)) }
        if let templateID, case .string(let given)? = document["template"], given != templateID {
            add(.error, .templateMismatch(declared: templateID, actual: given, file: resolved), at: path.child("template"))
        }
        let result = InputReader.read(document: .object(members), file: resolved, catalog: catalog)
        var appendixFindings: [Finding] = loaded.findings
        for var finding in result.findings {
            let where_ = finding.path ?? .root
            if where_.hasPrefix(JSONPath("unit")) {
                guard ownUnit else { continue }
                // The file's own unit is the one its sheet would print: an empty name, which
                // `fill` only warns about, is an error in a submission, as the submission's is.
                finding.severity = .error
            }
            if !ownPeriod && where_.hasPrefix(JSONPath("period")) {
                if context.periodHasErrors { continue }
                finding.location.file = file
                findings.append(finding)
                continue
            }
            appendixFindings.append(finding)
        }
        guard var report = result.report else {
            return finish(Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil,
                                   findings: loaded.locate(appendixFindings), origin: .file(resolved)), cells: loaded)
        }
        // The file may repeat the submission's unit and period, but not contradict them.
        let fileLocation = Location(file: resolved, path: JSONPath("unit"))
        // (An empty name is reported as such above, not as a second unit.)
        if ownUnit, !context.unit.name.isEmpty, !report.unit.name.isEmpty,
           report.unit.name != context.unit.name || (report.unit.province ?? "") != (context.unit.province ?? "") {
            appendixFindings.append(Finding(.error, .unitMismatch(appendix: SubmissionReader.describe(report.unit),
                                                                  submission: SubmissionReader.describe(context.unit)),
                                            at: fileLocation))
        }
        if !context.unit.name.isEmpty, report.unit != context.unit {
            report.unit = context.unit
            if let form = catalog.template(withID: report.template.id) { report.relabel(from: form) }
        }
        if ownPeriod, !context.periodHasErrors {
            if let merged = SubmissionReader.merge(report.period, into: context.period, kind: report.template.period) {
                report.period = merged
            } else {
                appendixFindings.append(Finding(.error, .periodMismatch(appendix: report.period, submission: context.period),
                                                at: Location(file: resolved, path: JSONPath("period"))))
            }
        }
        return finish(Appendix(number: number, templateID: report.template.id, sheetName: sheet ?? report.template.sheetName,
                               report: report, findings: appendixFindings, origin: .file(resolved)), cells: loaded)
    }

    /// Adds the checks of `cchc validate` and sorts the appendix's findings as `validate` does;
    /// findings about an appendix file read from a workbook are located at its `cells`.
    private func finish(_ appendix: Appendix, cells: InputDocument? = nil) -> Appendix {
        var appendix = appendix
        guard let report = appendix.report else { return appendix }
        // The sheet prints the submission's unit: what is too long because of it is shown there.
        appendix.findings = (appendix.findings + Validator.findings(for: report)
            + ComposedTextCheck.findings(for: report, unitFile: file)).sorted(by: report.template)
        if let cells { appendix.findings = cells.locate(appendix.findings) }
        return appendix
    }

    /// Sheet names: valid, not the submission's own, not used twice (ignoring case and accents'
    /// encoding). `Submission.unusableSheetName` applies the same rules to decide that such a
    /// submission cannot be written.
    private mutating func checkSheetNames(_ appendices: inout [Appendix]) {
        // One form of every name (NFC), compared and written: a name typed in decomposed form
        // (`ê` as `e` + U+0302) is the same sheet, and Excel counts its length in that form.
        for i in appendices.indices { appendices[i].sheetName = appendices[i].sheetName.precomposedStringWithCanonicalMapping }
        var used = Dictionary(uniqueKeysWithValues: SubmissionReader.reservedSheetNames.map { (SheetName.comparisonKey($0), 0) })
        for appendix in appendices where !appendix.sheetName.isEmpty {
            let path = JSONPath("appendices").element(appendix.number - 1)
                .child(appendix.report?.template.sheetName.precomposedStringWithCanonicalMapping == appendix.sheetName ? "template" : "sheet")
            if let problem = SheetName.problem(appendix.sheetName) {
                add(.error, .sheetNameInvalid(name: appendix.sheetName, reason: problem), at: path)
                continue
            }
            let key = SheetName.comparisonKey(appendix.sheetName)
            if let other = used[key] {
                add(.error, other == 0 ? .sheetNameReserved(name: appendix.sheetName)
                        : .sheetNameTaken(name: appendix.sheetName, first: other, second: appendix.number), at: path)
            } else {
                used[key] = appendix.number
            }
        }
    }

    // MARK: - Helpers

    /// `path` relative to `directory` (unless absolute), with `.` and `dir/..` removed.
    static func resolve(_ path: String, against directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [String] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let text = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + text : (text.isEmpty ? "." : text)
    }

    /// The appendix's period made to agree with the submission's, or nil when they contradict:
    /// years must be equal; a cut-off missing from the file is taken from the submission.
    static func merge(_ own: Period, into submission: Period, kind: Template.PeriodKind) -> Period? {
        if kind == .none {
            if let year = own.reportYear, let expected = submission.reportYear, year != expected { return nil }
            return submission
        }
        guard own.year == submission.year, own.from == submission.from, own.to == submission.to else { return nil }
        if let a = own.cutoff, let b = submission.cutoff, a != b { return nil }
        var merged = own
        merged.cutoff = own.cutoff ?? submission.cutoff
        return merged
    }

    static func describe(_ unit: UnitInfo) -> String {
        [unit.name, unit.province].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " – ")
    }

    /// Findings without repeats (the same problem of the submission's period, seen by several appendices).
    static func unique(_ findings: [Finding]) -> [Finding] {
        var out: [Finding] = []
        for finding in findings where !out.contains(finding) { out.append(finding) }
        return out
    }
}
