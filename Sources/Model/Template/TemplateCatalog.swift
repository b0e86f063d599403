import Foundation

/// The templates found in a directory of `*.json` files, each checked for consistency.
public struct TemplateCatalog: Sendable {
    /// The directory the templates were read from.
    public let directory: URL
    /// The templates, sorted by id.
    public let templates: [Template]

    /// Reads and checks every `*.json` file of `directory`.
    public init(directory: URL) throws {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CCHCError.templates(directory.path, "không đọc được thư mục mẫu biểu (cannot read the templates directory)")
        }
        var templates: [Template] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let url = directory.appendingPathComponent(name)
            let template = try Template.load(from: url)
            let expected = String(name.dropLast(".json".count))
            guard template.id == expected else {
                throw CCHCError.templates(url.path, "id \"\(template.id)\" differs from the file name \"\(expected)\"")
            }
            templates.append(template)
        }
        self.templates = templates
    }

    /// The template with this id, or an error naming the known ones.
    public func template(id: String) throws -> Template {
        if let found = templates.first(where: { $0.id == id }) { return found }
        let known = templates.map(\.id)
        let near = Suggest.nearest(to: id, among: known)
        var message = "unknown template \"\(id)\"; known templates: \(known.joined(separator: ", "))"
        if let near { message += " (did you mean \"\(near)\"?)" }
        throw CCHCError.unknownTemplate(id, message)
    }

    /// Finds the bundled templates directory: `$CCHC_TEMPLATES`, then a `templates/` directory
    /// next to or above the executable (the source tree), then `share/cchc/templates` beside an
    /// installed binary, then `./templates`.
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> URL? {
        let fm = FileManager.default
        func isTemplates(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else { return false }
            return ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).contains { $0.hasSuffix(".json") }
        }
        if let env = ProcessInfo.processInfo.environment["CCHC_TEMPLATES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/") {
            // Found through PATH: look it up.
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(executable)
                if fm.isExecutableFile(atPath: candidate.path) { exe = candidate.resolvingSymlinksInPath(); break }
            }
        }
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("templates")
            if isTemplates(candidate) { return candidate }
            let shared = dir.appendingPathComponent("share/cchc/templates")
            if isTemplates(shared) { return shared }
            dir = dir.deletingLastPathComponent()
        }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("templates")
        return isTemplates(cwd) ? cwd : nil
    }
}

extension Template {
    /// Reads one template file with the strict JSON parser and decoder, and checks it (see
    /// `structuralProblems()`). A key given twice, an unknown key, a missing key, a value of the
    /// wrong type or a non-integer count is an error naming its JSON path and line; all of them
    /// are reported at once.
    public static func load(from url: URL) throws -> Template {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CCHCError.templates(url.path, "cannot read the file")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse([UInt8](data))
        } catch {
            throw CCHCError.templates(url.path, "not valid JSON: \(error.description)")
        }
        let template: Template
        switch JSONValueDecoder.decode(Template.self, from: document) {
        case .success(let decoded):
            template = decoded
        case .failure(let failure):
            throw CCHCError.templates(url.path, failure.description)
        }
        let problems = template.structuralProblems()
        if !problems.isEmpty {
            throw CCHCError.templates(url.path, problems.joined(separator: "; "))
        }
        return template
    }

    /// The row with this id.
    public func row(id: String) -> Row? { rows.first { $0.id == id } }

    /// The value columns (not `stt`, `label`, `unit`, `note`) in order.
    public var valueColumns: [Column] { columns.filter { $0.role == .value || $0.role == .years } }

    /// Whether values are given per year (the template has a `years` column).
    public var isPerYear: Bool { columns.contains { $0.role == .years } }

    /// Whether a row's value is an object keyed by column key (the template has several value columns).
    public var hasKeyedColumns: Bool { columns.filter { $0.role == .value }.count > 1 }

    /// Everything that makes the template unusable, each as one sentence naming the row or check.
    public func structuralProblems() -> [String] {
        var problems: [String] = []
        let idPattern = #"^[a-z0-9][a-z0-9._-]*$"#
        if id.range(of: idPattern, options: .regularExpression) == nil {
            problems.append("template id \"\(id)\" must be lowercase ASCII letters, digits, '.', '-', '_'")
        }
        if let sheetProblem = SheetName.problem(sheetName) { problems.append(sheetProblem) }
        var seen: Set<String> = []
        for row in rows {
            if row.id.range(of: idPattern, options: .regularExpression) == nil {
                problems.append("row \"\(row.id)\": id must be lowercase ASCII letters, digits, '.', '-', '_'")
            }
            if !seen.insert(row.id).inserted { problems.append("row id \"\(row.id)\" is used twice") }
            if row.kind == .code && (row.legend ?? []).isEmpty {
                problems.append("row \"\(row.id)\": a code row needs a legend")
            }
            if let derived = row.derived {
                if row.kind != .percent { problems.append("row \"\(row.id)\": only percent rows can be derived") }
                for (side, operand) in [("numerator", derived.numerator), ("denominator", derived.denominator)] {
                    if let ref = operand.row {
                        guard let target = rows.first(where: { $0.id == ref }) else {
                            problems.append("row \"\(row.id)\": \(side) refers to unknown row \"\(ref)\"")
                            continue
                        }
                        if target.kind != .count && target.kind != .decimal {
                            problems.append("row \"\(row.id)\": \(side) row \"\(ref)\" is not a count")
                        }
                    } else if (operand.label ?? "").isEmpty {
                        problems.append("row \"\(row.id)\": \(side) needs a row or a label")
                    }
                }
            }
        }
        let valueColumns = columns.filter { $0.role == .value }
        let years = columns.filter { $0.role == .years }
        if valueColumns.isEmpty && years.isEmpty { problems.append("the template has no value column") }
        if !years.isEmpty && (years.count > 1 || !valueColumns.isEmpty) {
            problems.append("a template has either one `years` column or `value` columns, not both")
        }
        if !years.isEmpty && period != .years { problems.append("a `years` column needs \"period\": \"years\"") }
        if valueColumns.count > 1 {
            var keys: Set<String> = []
            for column in valueColumns {
                guard let key = column.key, !key.isEmpty else {
                    problems.append("with several value columns each needs a \"key\""); continue
                }
                if !keys.insert(key).inserted { problems.append("value column key \"\(key)\" is used twice") }
            }
        }
        var checkIDs: Set<String> = []
        for check in checks ?? [] {
            if !checkIDs.insert(check.id).inserted { problems.append("check id \"\(check.id)\" is used twice") }
            for term in check.left + check.right {
                let parts = term.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if row(id: term) != nil { continue }
                if parts.count >= 2, let last = parts.last, last == "numerator" || last == "denominator",
                   let base = row(id: parts.dropLast().joined(separator: ".")), base.derived != nil {
                    continue
                }
                problems.append("check \"\(check.id)\": unknown term \"\(term)\"")
            }
        }
        problems += chartProblems()
        return problems
    }
}
