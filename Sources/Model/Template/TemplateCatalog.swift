import Foundation
import Synchronization

/// The templates of a directory of `*.json` files, read when a run first asks for one.
///
/// Opening a catalog lists the ids from the file names and reads nothing else: a run reads and
/// checks only the templates it uses, so one large or broken file slows or stops only the runs
/// that use it. A template is read once per catalog (the result, good or bad, is kept), from any
/// thread.
public final class TemplateCatalog: Sendable {
    /// The directory the templates are read from, absolute (as `URL(fileURLWithPath:).path`
    /// gives it, `FileSystem.absolute`).
    public let path: String
    /// The directory the templates are read from.
    public var directory: URL { URL(fileURLWithPath: path) }
    /// The id of every template of the directory (its file name without `.json`), sorted.
    public let ids: [String]
    /// The paths of the directory's `*.json` files, as listed (`FilesRead(templatesOf:)`).
    public let files: [String]
    private let known: Set<String>
    /// What reading each template gave, by id, once asked for.
    private let loaded = Mutex<[String: TemplateReading]>([:])
    /// The directory's `checked.txt` (`CheckedTemplates`), read when the first template is.
    private let checked = Mutex<CheckedTemplates?>(nil)
    /// `rowIndex(of:)`'s indexes by template id, with the row ids each was made for.
    private let rowIndexes = Mutex<[String: (ids: [String], index: [String: Int])]>([:])
    /// `wording(of:resolve:)`'s last wording by template id, with the form it was made from.
    private let wordings = Mutex<[String: (form: Template, wording: Template)]>([:])

    /// Lists the `*.json` files of `directory`; reads none of them.
    public convenience init(directory: URL) throws(CCHCError) {
        try self.init(path: directory.path)
    }

    /// Lists the `*.json` files of the directory at `path`; reads none of them.
    public init(path: String) throws(CCHCError) {
        let path = FileSystem.absolute(path)
        guard let names = Self.templateFiles(in: path) else {
            throw CCHCError(.templatesUnreadable, file: path)
        }
        self.path = path
        files = names.map { FileSystem.join(path, $0) }
        ids = names.filter { $0.utf8.count > ".json".utf8.count }.map { String($0.dropLast(".json".count)) }.sorted()
        known = Set(ids)
    }

    /// The names of the `*.json` files of the directory at `path`; nil when it cannot be listed.
    private static func templateFiles(in path: String) -> [String]? {
        FileSystem.names(in: path, where: { FileSystem.hasSuffix($0, ".json") })
    }

    /// A catalog of templates already read (a test's, a fuzzer's): `directory` only names
    /// where they would be; nothing is read from it.
    public init(directory: URL, templates: [Template]) {
        path = FileSystem.absolute(directory.path)
        files = (Self.templateFiles(in: path) ?? []).map { [path] in FileSystem.join(path, $0) }
        var loaded: [String: TemplateReading] = [:]
        for template in templates where loaded[template.id] == nil { loaded[template.id] = .template(template) }
        ids = loaded.keys.sorted()
        known = Set(ids)
        self.loaded.withLock { $0 = loaded }
    }

    /// The template with this id as reading it gave: the template, or every finding that makes it
    /// unusable (about its file); nil when the directory has no such file. Read and checked the
    /// first time it is asked for.
    public func load(id: String) -> Result<Template, CCHCError>? {
        switch reading(id: id) {
        case .template(let template)?: return .success(template)
        case .failure(let error)?: return .failure(error)
        case nil: return nil
        }
    }

    /// `load(id:)` as the catalog keeps it: what runs use. A `Result<Template, CCHCError>` kept
    /// or copied needs its metadata made at run time, and that first searches the binary's
    /// conformances for `CCHCError: Error` (some 300,000 instructions in every run).
    public func reading(id: String) -> TemplateReading? {
        guard known.contains(id) else { return nil }
        if let known = loaded.withLock({ $0[id] }) { return known }
        // Read outside the lock: a large template does not hold up the others. Two threads
        // asking at once may both read it; the first result is kept.
        let file = FileSystem.join(path, id + ".json")
        let result: TemplateReading
        do {
            let bytes = try InputFile.bytes(path: file)
            let record = checked.withLock { record in
                if record == nil { record = CheckedTemplates.read(directory: path) }
                return record!
            }
            let template = try Template.read(bytes: bytes, file: file, checked: record.covers(id + ".json", bytes: bytes))
            if template.id == id {
                result = .template(template)
            } else {
                result = .failure(CCHCError(.templateIDMismatch(id: template.id, fileName: id), file: file))
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

    /// Index of each row id in `template.rows` (`Template.rowIndex`), made once per template of
    /// this catalog and shared by every input that names it; made afresh for a template whose
    /// row ids are not those of the catalog's template with its id.
    public func rowIndex(of template: Template) -> [String: Int] {
        if let (ids, index) = rowIndexes.withLock({ $0[template.id] }), Self.sameIDs(ids, template.rows) { return index }
        let index = template.rowIndex
        rowIndexes.withLock { $0[template.id] = (template.rows.map(\.id), index) }
        return index
    }

    /// `form.resolvingLabels(resolve)` (the form's wording for one input), the last wording made
    /// of the same form when every label comes out the same (or its rows, when the form differs
    /// otherwise): the inputs of a batch or a consolidation mostly give the same wording
    /// (`{portal}`), and each would otherwise copy every row of the form, and the template's box,
    /// to hold them as long as its report.
    public func wording(of form: Template, resolve: (String) -> String) -> Template {
        let resolved = form.resolvedLabels(resolve)
        guard !resolved.isEmpty else { return form }
        if let last = wordings.withLock({ $0[form.id] }), Self.sameStorage(last.form.rows, form.rows),
           resolved.allSatisfy({ last.wording.rows[$0.index].label.utf8.elementsEqual($0.label.utf8) }) {
            if last.form == form { return last.wording }
            var result = form
            result.rows = last.wording.rows
            return result
        }
        let result = form.relabelled(resolved)
        wordings.withLock { $0[form.id] = (form, result) }
        return result
    }

    /// Whether two lists of rows are the same storage: the same rows, without comparing them.
    /// (The entry of `wordings` holds its form, so its storage is no other list's.)
    private static func sameStorage(_ a: [Row], _ b: [Row]) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }

    private static func sameIDs(_ ids: [String], _ rows: [Row]) -> Bool {
        guard ids.count == rows.count else { return false }
        for i in ids.indices where ids[i] != rows[i].id { return false }
        return true
    }

    /// The ids of the templates read so far, sorted.
    public var readIDs: [String] { loaded.withLock { $0.keys.sorted() } }

    /// The template with this id, or nil when there is none or it cannot be used.
    public func template(withID id: String) -> Template? {
        if case .template(let template)? = reading(id: id) { return template }
        return nil
    }

    /// The template with this id; an error naming the known ones when there is none, or the
    /// findings that make it unusable.
    public func template(id: String) throws(CCHCError) -> Template {
        switch reading(id: id) {
        case .template(let template)?: return template
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
    /// installed binary, then `./templates`. The path is absolute, symbolic links of the
    /// executable's resolved.
    public static func defaultPath(executable: String = CommandLine.arguments.first ?? "") -> String? {
        func isTemplates(_ path: String) -> Bool {
            FileSystem.isDirectory(path) && !(templateFiles(in: path) ?? []).isEmpty
        }
        if let env = Environment.value("CCHC_TEMPLATES"), !env.isEmpty {
            return FileSystem.absolute(env)
        }
        var exe = FileSystem.absolute(executable)
        if !executable.contains("/") {
            // Found through PATH: look it up.
            for dir in (Environment.value("PATH") ?? "").split(separator: ":") {
                let candidate = FileSystem.join(FileSystem.absolute(String(dir)), executable)
                if FileSystem.isExecutableFile(candidate) { exe = candidate; break }
            }
        }
        var dir = FileSystem.parent(FileSystem.resolved(exe) ?? exe)
        for _ in 0..<6 {
            let candidate = FileSystem.join(dir, "templates")
            if isTemplates(candidate) { return candidate }
            let shared = FileSystem.join(dir, "share/cchc/templates")
            if isTemplates(shared) { return shared }
            dir = FileSystem.parent(dir)
        }
        guard let cwd = FileSystem.workingDirectory() else { return nil }
        let candidate = FileSystem.join(cwd, "templates")
        return isTemplates(candidate) ? candidate : nil
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

    /// Reads template bytes as if they were the file `file` (see `load(from:)`); `checked`: the
    /// bytes are those of a template checked already (`CheckedTemplates`), and are only read.
    public static func read(bytes: [UInt8], file: String, checked: Bool = false) throws(CCHCError) -> Template {
        try read(document: try InputFile.parse(bytes: bytes, file: file), file: file, checked: checked)
    }

    /// Decodes and checks a parsed template file.
    static func read(document: JSONValue, file: String, checked: Bool = false) throws(CCHCError) -> Template {
        var template: Template
        switch Template.read(from: document, trusted: checked) {
        case .success(let decoded):
            template = decoded
        case .failure(let failure):
            throw CCHCError(findings: failure.problems.map { Finding(.error, .templateDecoding($0), at: Location(file: file)) })
        }
        template.sheetName = SheetName.normalized(template.sheetName)
        if !checked {
            let findings = template.findings(file: file)
            if !findings.isEmpty { throw CCHCError(findings: findings) }
        }
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

/// What reading a template of a catalog gave: the template, or every finding that makes it
/// unusable (`TemplateCatalog.reading(id:)`).
public enum TemplateReading: Sendable {
    case template(Template)
    case failure(CCHCError)
}
