import Foundation

/// Reads a submission file (see `examples/README.md`, "Submission file") into a `Submission`:
/// the report's own data, then every appendix read by `InputReader` with the submission's unit and
/// period, and checked by `Validator`, as `cchc validate` would check it on its own.
///
/// Problems are findings, never exceptions, except a file that cannot be read as JSON at all
/// (`CCHCError.input`). Findings about inline data name the submission file and a path from its
/// root (`$.appendices[1].data.values["i.1"]`); findings about a referenced `fill` input name that file.
public struct SubmissionReader {
    /// The result of reading: the submission, when the file is a JSON object, and every finding
    /// (the submission's own first, then each appendix's in the template's row order).
    public struct Result: Sendable {
        public var submission: Submission?
        public var findings: [Finding]
    }

    /// Keys of the submission object.
    public static let keys = ["unit", "period", "report", "signer", "recipients", "appendices", "comment", "$schema"]
    /// Keys of one appendix.
    public static let appendixKeys = ["template", "data", "file", "sheet", "comment"]
    /// Sheet names the submission workbook uses for itself.
    public static let reservedSheetNames = ["Thông tin chung", "Kiểm tra", "Biểu đồ"]

    private let file: String
    private let catalog: TemplateCatalog
    private let directory: String
    private var findings: [Finding] = []

    /// Reads the submission at `path`; appendix files are found relative to its directory.
    public static func read(path: String, catalog: TemplateCatalog) throws -> Result {
        let bytes = try InputReader.readBytes(path: path)
        return try read(bytes: bytes, file: path, catalog: catalog)
    }

    /// Parses and interprets the bytes of a submission file named `file` (appendix files are
    /// found relative to `file`'s directory).
    public static func read(bytes: [UInt8], file: String, catalog: TemplateCatalog) throws -> Result {
        let document = try InputReader.parse(bytes: bytes, file: file)
        var reader = SubmissionReader(file: file, catalog: catalog)
        let submission = try reader.interpret(document)
        let own = reader.findings
        var all = own
        if let submission { all = submission.findings }
        return Result(submission: submission, findings: all)
    }

    private init(file: String, catalog: TemplateCatalog) {
        self.file = file
        self.catalog = catalog
        let parent = (file as NSString).deletingLastPathComponent
        self.directory = parent.isEmpty ? "." : parent
    }

    // MARK: - Findings

    private mutating func add(_ severity: Severity, _ path: String, _ message: String, rule: String = "submission") {
        findings.append(Finding(severity: severity, file: file, path: path, rule: rule, message: message))
    }

    private mutating func checkKeys(_ members: [JSONValue.Member], at path: String, known: [String], what: String) {
        for (line, member) in JSONValue.repeatedKeys(in: members) {
            add(.error, JSONPath.child(path, member.key), InputReader.repeatedKeyMessage(member, firstLine: line))
        }
        for member in members where !member.key.hasPrefix("//") {
            if !known.contains(member.key) {
                add(.error, JSONPath.child(path, member.key),
                    "unknown key \"\(InputReader.shown(member.key))\"; \(what) has: \(known.filter { !$0.hasPrefix("$") && $0 != "comment" }.joined(separator: ", "))")
            }
        }
    }

    /// Text a cell can hold: no control characters, within Excel's limit.
    private mutating func text(_ value: JSONValue?, at path: String, required: String? = nil) -> String? {
        switch value {
        case .string(let text)?:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if let required { add(.error, path, "\(required) is empty") }
                return nil
            }
            if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }) {
                add(.error, path, "the text contains the control character U+\(String(format: "%04X", bad.value)), which a spreadsheet cell cannot hold")
                return nil
            }
            if text.utf16.count > 1000 {
                add(.error, path, "the text has \(text.utf16.count) characters; at most 1000 fit this place of the cover")
                return nil
            }
            return trimmed
        case nil, .null?:
            if let required { add(.error, path, "missing \(required)") }
            return nil
        case let other?:
            add(.error, path, "expected text, not \(other.typeName)")
            return nil
        }
    }

    // MARK: - Document

    private mutating func interpret(_ document: JSONValue) throws -> Submission? {
        guard case .object(let top) = document else {
            add(.error, "$", "a submission must be a JSON object ({ \"unit\": …, \"period\": …, \"report\": …, \"signer\": …, \"appendices\": […] }), not \(document.typeName)")
            return nil
        }
        checkKeys(top, at: "$", known: SubmissionReader.keys, what: "a submission")
        let unit = readUnit(document["unit"])
        let periodFindings = findings.count
        let period = readPeriod(document["period"])
        let periodHasErrors = findings[periodFindings...].contains { $0.severity == .error }
        let report = readReport(document["report"])
        let signer = readSigner(document["signer"])
        var recipients: [String] = []
        switch document["recipients"] {
        case .array(let items)?:
            for (i, item) in items.enumerated() {
                if let line = text(item, at: "$.recipients[\(i)]", required: "a recipient") { recipients.append(line) }
            }
        case nil, .null?: break
        case let other?: add(.error, "$.recipients", "\"recipients\" must be a list of lines of text, not \(other.typeName)")
        }

        var appendices: [Appendix] = []
        switch document["appendices"] {
        case .array(let items)? where !items.isEmpty:
            let context = Context(unitNode: top.first { $0.key == "unit" }, periodNode: top.first { $0.key == "period" },
                                  unit: unit, period: period, periodHasErrors: periodHasErrors)
            for (i, item) in items.enumerated() {
                appendices.append(try readAppendix(item, index: i, context: context))
            }
        case .array?:
            add(.error, "$.appendices", "the submission has no appendix; list them: [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }, …]")
        case nil, .null?:
            add(.error, "$.appendices", "missing \"appendices\": the list of appendices, e.g. [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }]")
        case let other?:
            add(.error, "$.appendices", "\"appendices\" must be a list, not \(other.typeName)")
        }
        checkSheetNames(&appendices)

        var submission = Submission(unit: unit, period: period, report: report, signer: signer, recipients: recipients,
                                    appendices: appendices, source: file)
        submission.ownFindings = SubmissionReader.unique(findings)
        return submission
    }

    private mutating func readUnit(_ value: JSONValue?) -> UnitInfo {
        guard case .object(let members)? = value else {
            if let value, value != .null {
                add(.error, "$.unit", "\"unit\" must be an object { \"name\": …, \"province\": … }, not \(value.typeName)")
            } else {
                add(.error, "$.unit", "missing \"unit\": { \"name\": \"UBND huyện …\", \"province\": \"Tỉnh …\" }")
            }
            return UnitInfo(name: "")
        }
        checkKeys(members, at: "$.unit", known: ["name", "province"], what: "a unit")
        let name = text(value?["name"], at: "$.unit.name", required: "the unit's name (e.g. \"UBND huyện Tân Hòa\")") ?? ""
        let province = text(value?["province"], at: "$.unit.province")
        return UnitInfo(name: name, province: province)
    }

    private mutating func readYear(_ value: JSONValue?, at path: String) -> Int? {
        let (year, problem) = InputReader.year(from: value)
        if let problem { add(.error, path, problem) }
        return year
    }

    private mutating func readDate(_ value: JSONValue?, at path: String) -> DayDate? {
        switch value {
        case .string(let text)?:
            if let date = DayDate(iso: text.trimmingCharacters(in: .whitespaces)) { return date }
            add(.error, path, "\"\(InputReader.shown(text))\" is not a date written YYYY-MM-DD (e.g. \"2021-12-20\")")
        case nil, .null?:
            break
        case let other?:
            add(.error, path, "a date must be a string \"YYYY-MM-DD\", not \(other.typeName)")
        }
        return nil
    }

    private mutating func readPeriod(_ value: JSONValue?) -> Period {
        guard case .object(let members)? = value else {
            if let value, value != .null {
                add(.error, "$.period", "\"period\" must be an object, not \(value.typeName)")
            } else {
                add(.error, "$.period", "missing \"period\": { \"year\": 2021 }, or { \"from\": 2011, \"to\": 2020, \"cutoff\": \"2020-03-31\" }")
            }
            return Period()
        }
        checkKeys(members, at: "$.period", known: ["year", "from", "to", "cutoff"], what: "a period")
        var period = Period()
        period.year = readYear(value?["year"], at: "$.period.year")
        period.from = readYear(value?["from"], at: "$.period.from")
        period.to = readYear(value?["to"], at: "$.period.to")
        period.cutoff = readDate(value?["cutoff"], at: "$.period.cutoff")
        if (period.from == nil) != (period.to == nil) {
            add(.error, "$.period", "a range of years needs both \"from\" and \"to\"")
        }
        if (period.from == nil || period.to == nil) && period.year == nil && !members.contains(where: { ["year", "from", "to"].contains($0.key) }) {
            add(.error, "$.period", "the period needs \"year\" (an annual report) or \"from\" and \"to\" (a review of several years)")
        }
        for problem in period.problems(checkingRange: true) { add(.error, problem.path, problem.message) }
        return period
    }

    private mutating func readReport(_ value: JSONValue?) -> ReportInfo {
        guard case .object(let members)? = value else {
            if let value, value != .null {
                add(.error, "$.report", "\"report\" must be an object { \"number\": …, \"date\": …, \"place\": …, \"title\": … }, not \(value.typeName)")
            } else {
                add(.error, "$.report", "missing \"report\": { \"number\": \"215/BC-UBND\", \"date\": \"2021-12-20\", \"place\": \"Tân Hòa Đông\" }")
            }
            return ReportInfo()
        }
        checkKeys(members, at: "$.report", known: ["title", "number", "date", "place", "issuer"], what: "a report")
        var report = ReportInfo()
        report.title = text(value?["title"], at: "$.report.title")
        report.number = text(value?["number"], at: "$.report.number")
        report.place = text(value?["place"], at: "$.report.place")
        switch value?["date"] {
        case nil, .null?:
            add(.error, "$.report.date", "missing the date of the report (\"date\": \"2021-12-20\"); it is printed on the cover and dates the workbook")
        case let date?:
            report.date = readDate(date, at: "$.report.date")
        }
        if report.number == nil {
            add(.warning, "$.report.number", "no report number: the cover leaves \"Số:\" blank")
        }
        switch value?["issuer"] {
        case .array(let items)?:
            for (i, item) in items.enumerated() {
                if let line = text(item, at: "$.report.issuer[\(i)]", required: "a line of the issuer") { report.issuer.append(line) }
            }
        case .string?:
            if let line = text(value?["issuer"], at: "$.report.issuer") { report.issuer = [line] }
        case nil, .null?: break
        case let other?: add(.error, "$.report.issuer", "\"issuer\" must be a list of lines, not \(other.typeName)")
        }
        return report
    }

    private mutating func readSigner(_ value: JSONValue?) -> Signer {
        guard case .object(let members)? = value else {
            if let value, value != .null {
                add(.error, "$.signer", "\"signer\" must be an object { \"title\": …, \"name\": … }, not \(value.typeName)")
            } else {
                add(.error, "$.signer", "missing \"signer\": { \"onBehalf\": \"TM. ỦY BAN NHÂN DÂN\", \"signingFor\": \"KT. CHỦ TỊCH\", \"title\": \"PHÓ CHỦ TỊCH\", \"name\": \"…\" }")
            }
            return Signer(title: "", name: "")
        }
        checkKeys(members, at: "$.signer", known: ["onBehalf", "signingFor", "title", "name"], what: "a signer")
        return Signer(onBehalf: text(value?["onBehalf"], at: "$.signer.onBehalf"),
                      signingFor: text(value?["signingFor"], at: "$.signer.signingFor"),
                      title: text(value?["title"], at: "$.signer.title", required: "the signer's title (e.g. \"PHÓ CHỦ TỊCH\")") ?? "",
                      name: text(value?["name"], at: "$.signer.name", required: "the signer's name") ?? "")
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

    private mutating func readAppendix(_ item: JSONValue, index: Int, context: Context) throws -> Appendix {
        let path = "$.appendices[\(index)]"
        let number = index + 1
        guard case .object(let members) = item else {
            add(.error, path, "an appendix must be an object { \"template\": …, \"data\": { … } } or { \"file\": \"….json\" }, not \(item.typeName)")
            return Appendix(number: number, templateID: "", sheetName: "", report: nil, findings: [], origin: .inline(path: path))
        }
        checkKeys(members, at: path, known: SubmissionReader.appendixKeys, what: "an appendix")
        let line = members.first?.line ?? 1
        var templateID: String?
        switch item["template"] {
        case .string(let id)?: templateID = id
        case nil, .null?: break
        case let other?: add(.error, "\(path).template", "\"template\" must be the id of a form as a string, not \(other.typeName)")
        }
        let sheet = text(item["sheet"], at: "\(path).sheet")
        let data = item["data"], fileValue = item["file"]
        if data != nil && fileValue != nil {
            add(.error, path, "an appendix gives its data either inline (\"data\") or as a file (\"file\"), not both")
        }
        if let fileValue {
            guard case .string(let relative) = fileValue, !relative.trimmingCharacters(in: .whitespaces).isEmpty else {
                add(.error, "\(path).file", "\"file\" must be the path of a `fill` input, relative to the submission file")
                return Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: .inline(path: path))
            }
            return try readAppendixFile(relative, path: path, number: number, templateID: templateID, sheet: sheet, line: line, context: context)
        }
        guard case .object(let dataMembers)? = data else {
            if let data, data != .null {
                add(.error, "\(path).data", "\"data\" must be an object { \"values\": { … }, \"notes\": { … } }, not \(data.typeName)")
            } else {
                add(.error, path, "the appendix has no data: give \"data\": { \"values\": { … } } or \"file\": \"….json\"")
            }
            return Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: .inline(path: "\(path).data"))
        }
        guard let templateID else {
            add(.error, "\(path).template", "missing \"template\": the id of the form of this appendix, e.g. \"bang2-nam\" (see `cchc templates`)")
            return Appendix(number: number, templateID: "", sheetName: sheet ?? "", report: nil, findings: [], origin: .inline(path: "\(path).data"))
        }
        // The input the appendix stands for: its template, the submission's unit and period, its data.
        let dataPath = "\(path).data"
        var document: [JSONValue.Member] = [JSONValue.Member(key: "template", value: .string(templateID), line: line)]
        if let unit = context.unitNode { document.append(unit) }
        if let period = context.periodNode { document.append(period) }
        for member in dataMembers {
            switch member.key {
            case "unit", "period":
                add(.error, JSONPath.child(dataPath, member.key),
                    "an appendix takes its \(member.key) from the submission (\"\(member.key)\" at the top of the file); remove it here")
            case "template":
                if member.value != .string(templateID) {
                    add(.error, JSONPath.child(dataPath, member.key), "the template of an appendix is given once, as \"template\" beside \"data\"; remove it here")
                }
            default:
                document.append(member)
            }
        }
        let result = try InputReader.read(document: .object(document), file: file, catalog: catalog)
        var appendixFindings: [Finding] = []
        for var finding in result.findings {
            if finding.path.hasPrefix("$.unit") { continue }  // the submission's unit, checked above
            if finding.path.hasPrefix("$.period") {
                if context.periodHasErrors { continue }
                findings.append(finding)  // the submission's period does not suit this template
                continue
            }
            finding.path = finding.path == "$.template" ? "\(path).template" : dataPath + finding.path.dropFirst()
            appendixFindings.append(finding)
        }
        var report = result.report
        if var filled = report {
            filled.source = file
            filled.rows = filled.rows.map { row in
                var row = row
                row.path = dataPath + row.path.dropFirst()
                return row
            }
            report = filled
        }
        return finish(Appendix(number: number, templateID: templateID, sheetName: sheet ?? report?.template.sheetName ?? "",
                               report: report, findings: appendixFindings, origin: .inline(path: dataPath)))
    }

    private mutating func readAppendixFile(_ relative: String, path: String, number: Int, templateID: String?, sheet: String?,
                                           line: Int, context: Context) throws -> Appendix {
        let resolved = SubmissionReader.resolve(relative, against: directory)
        let document: JSONValue
        do {
            document = try InputReader.parse(bytes: try InputReader.readBytes(path: resolved), file: resolved)
        } catch CCHCError.input(_, _, let message) {
            add(.error, "\(path).file", "cannot read the appendix \(resolved): \(message)")
            return Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: .file(resolved))
        }
        guard case .object(var members) = document else {
            add(.error, "\(path).file", "\(resolved) is not a `fill` input: a JSON object, not \(document.typeName)")
            return Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil, findings: [], origin: .file(resolved))
        }
        let ownUnit = members.contains { $0.key == "unit" }, ownPeriod = members.contains { $0.key == "period" }
        if !ownUnit, let unit = context.unitNode { members.append(JSONValue.Member(key: unit.key, value: unit.value, line: line)) }
        if !ownPeriod, let period = context.periodNode { members.append(JSONValue.Member(key: period.key, value: period.value, line: line)) }
        if let templateID, case .string(let given)? = document["template"], given != templateID {
            add(.error, "\(path).template", "the appendix names the template \"\(templateID)\" but \(resolved) is a \"\(InputReader.shown(given))\" input")
        }
        let result = try InputReader.read(document: .object(members), file: resolved, catalog: catalog)
        var appendixFindings: [Finding] = []
        for var finding in result.findings {
            if !ownUnit && finding.path.hasPrefix("$.unit") { continue }
            if !ownPeriod && finding.path.hasPrefix("$.period") {
                if context.periodHasErrors { continue }
                finding.file = file
                findings.append(finding)
                continue
            }
            appendixFindings.append(finding)
        }
        guard var report = result.report else {
            return finish(Appendix(number: number, templateID: templateID ?? "", sheetName: sheet ?? "", report: nil,
                                   findings: appendixFindings, origin: .file(resolved)))
        }
        // The file may repeat the submission's unit and period, but not contradict them.
        if ownUnit, !context.unit.name.isEmpty,
           report.unit.name != context.unit.name || (report.unit.province ?? "") != (context.unit.province ?? "") {
            appendixFindings.append(Finding(severity: .error, file: resolved, path: "$.unit", rule: "submission",
                message: "this appendix is for \"\(SubmissionReader.describe(report.unit))\" but the submission is for \"\(SubmissionReader.describe(context.unit))\"; an appendix belongs to the submission's unit"))
        }
        report.unit = context.unit.name.isEmpty ? report.unit : context.unit
        if ownPeriod, !context.periodHasErrors {
            if let merged = SubmissionReader.merge(report.period, into: context.period, kind: report.template.period) {
                report.period = merged
            } else {
                appendixFindings.append(Finding(severity: .error, file: resolved, path: "$.period", rule: "submission",
                    message: "this appendix covers \(SubmissionReader.describe(report.period)) but the submission covers \(SubmissionReader.describe(context.period)); leave \"period\" out of the file, or make them agree"))
            }
        }
        return finish(Appendix(number: number, templateID: report.template.id, sheetName: sheet ?? report.template.sheetName,
                               report: report, findings: appendixFindings, origin: .file(resolved)))
    }

    /// Adds the checks of `cchc validate` and sorts the appendix's findings as `validate` does.
    private func finish(_ appendix: Appendix) -> Appendix {
        var appendix = appendix
        guard let report = appendix.report else { return appendix }
        appendix.findings = (appendix.findings + Validator.findings(for: report)).sorted(by: report.template)
        return appendix
    }

    /// Sheet names: valid, not the submission's own, not used twice (ignoring case and accents' encoding).
    private mutating func checkSheetNames(_ appendices: inout [Appendix]) {
        var used = Dictionary(uniqueKeysWithValues: SubmissionReader.reservedSheetNames.map { (SheetName.comparisonKey($0), 0) })
        for appendix in appendices where !appendix.sheetName.isEmpty {
            let path = "$.appendices[\(appendix.number - 1)]" + (appendix.report?.template.sheetName == appendix.sheetName ? ".template" : ".sheet")
            if let problem = SheetName.problem(appendix.sheetName) {
                add(.error, path, "sheet name \"\(appendix.sheetName)\": \(problem)")
                continue
            }
            let key = SheetName.comparisonKey(appendix.sheetName)
            if let other = used[key] {
                add(.error, path, other == 0
                    ? "the sheet name \"\(appendix.sheetName)\" is the submission's own; give the appendix another with \"sheet\""
                    : "appendices \(other) and \(appendix.number) would both be the sheet \"\(appendix.sheetName)\"; give one another name with \"sheet\"")
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

    static func describe(_ period: Period) -> String {
        var text: String
        if let from = period.from, let to = period.to { text = "\(from)–\(to)" } else { text = period.year.map(String.init) ?? "no period" }
        if let cutoff = period.cutoff { text += " (cut-off \(cutoff.iso))" }
        return text
    }

    /// Findings without repeats (the same problem of the submission's period, seen by several appendices).
    static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert("\($0.file)\u{0}\($0.path)\u{0}\($0.message)").inserted }
    }
}
