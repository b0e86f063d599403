import Foundation
import Synchronization

/// The templates of a directory of `*.json` files, read when a run first asks for one.
///
/// Opening a catalog lists the ids from the file names and reads nothing else: a run reads and
/// checks only the templates it uses, so one large or broken file slows or stops only the runs
/// that use it. A template is read once per catalog (the result, good or bad, is kept), from any
/// thread.
public final class TemplateCatalog: Sendable {
    /// The directory the templates are read from.
    public let directory: URL
    /// The id of every template of the directory (its file name without `.json`), sorted.
    public let ids: [String]
    private let known: Set<String>
    /// What reading each template gave, by id, once asked for.
    private let loaded = Mutex<[String: Result<Template, CCHCError>]>([:])

    /// Lists the `*.json` files of `directory`; reads none of them.
    public init(directory: URL) throws(CCHCError) {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CCHCError(.templatesUnreadable, file: directory.path)
        }
        ids = names.filter { $0.hasSuffix(".json") && $0.count > ".json".count }.map { String($0.dropLast(".json".count)) }.sorted()
        known = Set(ids)
    }

    /// A catalog of templates already read (a test's, a fuzzer's): `directory` only names
    /// where they would be; nothing is read from it.
    public init(directory: URL, templates: [Template]) {
        self.directory = directory
        var loaded: [String: Result<Template, CCHCError>] = [:]
        for template in templates where loaded[template.id] == nil { loaded[template.id] = .success(template) }
        ids = loaded.keys.sorted()
        known = Set(ids)
        self.loaded.withLock { $0 = loaded }
    }

    /// The template with this id as reading it gave: the template, or every finding that makes it
    /// unusable (about its file); nil when the directory has no such file. Read and checked the
    /// first time it is asked for.
    public func load(id: String) -> Result<Template, CCHCError>? {
        guard known.contains(id) else { return nil }
        if let known = loaded.withLock({ $0[id] }) { return known }
        // Read outside the lock: a large template does not hold up the others. Two threads
        // asking at once may both read it; the first result is kept.
        let url = directory.appendingPathComponent(id + ".json")
        let result: Result<Template, CCHCError>
        do {
            let template = try Template.load(from: url)
            if template.id == id {
                result = .success(template)
            } else {
                result = .failure(CCHCError(.templateIDMismatch(id: template.id, fileName: id), file: url.path))
            }
        } catch {
            result = .failure(error)
        }
        return loaded.withLock { cache in
            if let first = cache[id] { return first }
            cache[id] = result
            return result
        }
    }

    /// The ids of the templates read so far, sorted.
    public var readIDs: [String] { loaded.withLock { $0.keys.sorted() } }

    /// The template with this id, or nil when there is none or it cannot be used.
    public func template(withID id: String) -> Template? { try? load(id: id)?.get() }

    /// The template with this id; an error naming the known ones when there is none, or the
    /// findings that make it unusable.
    public func template(id: String) throws(CCHCError) -> Template {
        switch load(id: id) {
        case .success(let template)?: return template
        case .failure(let error)?: throw error
        case nil: throw CCHCError(.templateUnknown(id: id, known: ids, nearest: Suggest.nearest(to: id, among: ids)))
        }
    }

    /// Every template of the directory, read and checked, in id order: each a template or the
    /// findings that make it unusable (`cchc templates` lists them all).
    public func loadAll() -> [(id: String, result: Result<Template, CCHCError>)] {
        ids.compactMap { id in load(id: id).map { (id, $0) } }
    }

    /// The templates of the directory that can be used, in id order (reads them all).
    public var templates: [Template] { loadAll().compactMap { try? $0.result.get() } }

    /// Reads every template of the directory and throws the findings of those that cannot be
    /// used, all of them: for a caller that needs the whole directory sound (tests, the fuzzers).
    @discardableResult
    public func checkAll() throws(CCHCError) -> [Template] {
        var templates: [Template] = []
        var findings: [Finding] = []
        for (_, result) in loadAll() {
            switch result {
            case .success(let template): templates.append(template)
            case .failure(let error): findings += error.findings
            }
        }
        if !findings.isEmpty { throw CCHCError(findings: findings) }
        return templates
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
        if let env = Environment.value("CCHC_TEMPLATES"), !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/") {
            // Found through PATH: look it up.
            for dir in (Environment.value("PATH") ?? "").split(separator: ":") {
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
        try read(document: try InputFile.read(path: url.path), file: url.path)
    }

    /// Reads template bytes as if they were the file `file` (see `load(from:)`).
    public static func read(bytes: [UInt8], file: String) throws(CCHCError) -> Template {
        try read(document: try InputFile.parse(bytes: bytes, file: file), file: file)
    }

    /// Decodes and checks a parsed template file.
    static func read(document: JSONValue, file: String) throws(CCHCError) -> Template {
        var template: Template
        switch Template.read(from: document) {
        case .success(let decoded):
            template = decoded
        case .failure(let failure):
            throw CCHCError(findings: failure.problems.map { Finding(.error, .templateDecoding($0), at: Location(file: file)) })
        }
        template.sheetName = SheetName.normalized(template.sheetName)
        let findings = template.findings(file: file)
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
