import Foundation

/// The templates found in a directory of `*.json` files, each checked for consistency.
public struct TemplateCatalog: Sendable {
    /// The directory the templates were read from.
    public let directory: URL
    /// The templates, sorted by id.
    public let templates: [Template]

    /// Reads and checks every `*.json` file of `directory`; a template that cannot be used
    /// throws every finding about it.
    public init(directory: URL) throws(CCHCError) {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CCHCError(.templatesUnreadable, file: directory.path)
        }
        var templates: [Template] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let url = directory.appendingPathComponent(name)
            let template = try Template.load(from: url)
            let expected = String(name.dropLast(".json".count))
            guard template.id == expected else {
                throw CCHCError(.templateIDMismatch(id: template.id, fileName: expected), file: url.path)
            }
            templates.append(template)
        }
        self.templates = templates
    }

    /// The template with this id, or nil.
    public func template(withID id: String) -> Template? { templates.first { $0.id == id } }

    /// The template with this id, or an error naming the known ones.
    public func template(id: String) throws(CCHCError) -> Template {
        if let found = template(withID: id) { return found }
        let known = templates.map(\.id)
        throw CCHCError(.templateUnknown(id: id, known: known, nearest: Suggest.nearest(to: id, among: known)))
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
    /// `findings(file:)`). A key given twice, an unknown key, a missing key, a value of the
    /// wrong type or a non-integer count is an error naming its JSON path and line; all of them
    /// are thrown at once, each a finding about the file. The sheet name is kept in NFC, the
    /// form it is checked and written in.
    public static func load(from url: URL) throws(CCHCError) -> Template {
        let document = try InputFile.read(path: url.path)
        var template: Template
        switch JSONValueDecoder.decode(Template.self, from: document) {
        case .success(let decoded):
            template = decoded
        case .failure(let failure):
            throw CCHCError(findings: failure.problems.map { Finding(.error, .templateDecoding($0), at: Location(file: url.path)) })
        }
        template.sheetName = SheetName.normalized(template.sheetName)
        let findings = template.findings(file: url.path)
        if !findings.isEmpty { throw CCHCError(findings: findings) }
        return template
    }

    /// The row with this id.
    public func row(id: String) -> Row? { rows.first { $0.id == id } }

    /// Index of each row id in `rows` (the first, should an id be repeated).
    public var rowIndex: [String: Int] {
        Dictionary(rows.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The value columns (not `stt`, `label`, `unit`, `note`) in order.
    public var valueColumns: [Column] { columns.filter { $0.role == .value || $0.role == .years } }

    /// Whether values are given per year (the template has a `years` column).
    public var isPerYear: Bool { columns.contains { $0.role == .years } }

    /// Whether a row's value is an object keyed by column key (the template has several value columns).
    public var hasKeyedColumns: Bool { columns.filter { $0.role == .value }.count > 1 }
}
