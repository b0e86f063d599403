internal import CXlsxWriter
import Synchronization

/// An open workbook being written, which `close()` writes to its path.
///
/// `close()` writes the file and frees the workbook with every sheet, format and chart in it; the
/// type is non-copyable and `close()` consuming, so that nothing can use the workbook after that.
/// A workbook dropped without `close()` (after an error) is freed and writes nothing.
public struct XlsxWorkbook: ~Copyable {
    let handle: UnsafeMutablePointer<lxw_workbook>
    let formats: FormatCache
    private var closed = false
    private var sheetNames = SheetNames()
    /// The defined names so far, as Excel compares them (ignoring letter case).
    private var definedNames: Set<String> = []

    /// Creates a workbook that `close()` will write to `path`; the library's working files go
    /// into `temporaryDirectory` (a C string that outlives the workbook), else where it chooses.
    public init(path: String, temporaryDirectory: UnsafeMutablePointer<CChar>? = nil) throws(XlsxError) {
        var options = lxw_workbook_options()
        options.tmpdir = temporaryDirectory
        guard let handle = workbook_new_opt(path, &options) else {
            throw XlsxError(.memoryAllocationFailed, operation: "creating a workbook for \(path)")
        }
        self.handle = handle
        self.formats = FormatCache(workbook: handle)
    }

    deinit {
        // Never closed (an error happened while filling it): free the workbook with its sheets,
        // formats and charts without writing anything, neither at the path nor in a temporary file.
        if !closed { lxw_workbook_free(handle) }
    }

    /// The creation dates a workbook can hold: the library writes the year with `%Y`, and a
    /// W3CDTF date has four digits (a year before 1000 gives `999-12-31`, an invalid date).
    /// Excel's own dates start in 1900.
    public static let creationTimes = -2_208_988_800...253_402_300_799  // 1900-01-01 … 9999-12-31T23:59:59 UTC

    /// Sets title, author, creation date and the like.
    ///
    /// A creation date outside `creationTimes`, or a text no XML can hold, throws `.parameterValidation`.
    public mutating func setProperties(_ properties: DocumentProperties) throws(XlsxError) {
        guard XlsxWorkbook.creationTimes.contains(properties.created) else {
            throw XlsxError(.parameterValidation, operation: "setting document properties",
                            detail: "the creation time \(properties.created) is outside the years 1900–9999")
        }
        // The library copies every string into a structure of its own, so the pointers need only
        // live during the call.
        var props = lxw_doc_properties()
        props.created = time_t(properties.created)
        let strings = [properties.title, properties.subject, properties.author,
                       properties.company, properties.keywords, properties.comments]
        try XMLText.check(strings, "setting document properties")
        let status = withCStrings(strings) { pointers in
            props.title = pointers[0]
            props.subject = pointers[1]
            props.author = pointers[2]
            props.company = pointers[3]
            props.keywords = pointers[4]
            props.comments = pointers[5]
            return workbook_set_properties(handle, &props)
        }
        try check(status, "setting document properties")
    }

    /// Adds a worksheet and lets `body` fill it; the sheet cannot outlive the call.
    ///
    /// The name follows Excel's rules, as the library checks them: at most 31 characters
    /// (`.sheetNameTooLong`), none of `[ ] : * ? / \` (`.sheetNameInvalidCharacter`), no apostrophe
    /// at either end (`.sheetNameStartsOrEndsWithApostrophe`), not empty (`.parameterValidation`).
    /// A name already used, compared in NFC and ignoring letter case over the whole of Unicode
    /// ("Bảng" and "BẢNG"), throws `.sheetNameAlreadyUsed`.
    public mutating func addSheet<R>(named name: String, _ body: (inout XlsxSheet) throws -> R) throws -> R {
        // libxlsxwriter 1.1.4 reads before an empty name while validating it, and a C string
        // ends at the first NUL: both are refused here.
        if name.isEmpty || name.utf8.contains(0) {
            throw XlsxError(.parameterValidation, operation: "adding sheet \(name)",
                            detail: name.isEmpty ? "the sheet name is empty" : "the sheet name contains NUL")
        }
        try XMLText.check([name], "adding sheet \(name)")
        // Excel's rules for one name, as the library checks them (before adding the sheet, so
        // the library prints no warning); then duplicates over the whole of Unicode.
        try check(workbook_validate_sheet_name(handle, name), "adding sheet \(name)")
        guard sheetNames.insert(name) else {
            throw XlsxError(.sheetNameAlreadyUsed, operation: "adding sheet \(name)",
                            detail: "the workbook has a sheet whose name differs only in letter case or Unicode form")
        }
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XlsxError(.memoryAllocationFailed, operation: "adding sheet \(name)")
        }
        var wrapper = XlsxSheet(handle: sheet, name: name, formats: formats)
        return try body(&wrapper)
    }

    /// Excel's limit on the characters of a defined name.
    public static let definedNameLimit = 255

    /// Defines a workbook-level name (`TyLe_DungHen_2019` → `'Phụ lục 2'!$D$12`).
    ///
    /// A name defined twice (ignoring letter case, as Excel does) throws `.parameterValidation`:
    /// libxlsxwriter 1.1.4 writes both into `workbook.xml`, a file Excel repairs, and with more
    /// of them may fail with a misleading "Memory error". So does a name longer than 255 characters.
    public mutating func defineName(_ name: String, refersTo formula: String) throws(XlsxError) {
        try XMLText.check(name, "defining name \(name)")
        try XMLText.check(formula, "defining name \(name)")
        // A name of no more bytes than the limit has no more characters (most names: ASCII).
        if name.utf8.count > XlsxWorkbook.definedNameLimit && name.unicodeScalars.count > XlsxWorkbook.definedNameLimit {
            throw XlsxError(.parameterValidation, operation: "defining name \(name)",
                            detail: "the name has \(name.unicodeScalars.count) characters; Excel allows \(XlsxWorkbook.definedNameLimit)")
        }
        guard definedNames.insert(name.lowercased()).inserted else {
            throw XlsxError(.parameterValidation, operation: "defining name \(name)", detail: "the workbook already defines this name")
        }
        try check(workbook_define_name(handle, name, formula), "defining name \(name)")
    }

    /// One workbook closes at a time in the process. libxlsxwriter 1.1.4 formats the document's
    /// creation date with `gmtime()`, whose result lives in one buffer shared by all threads: two
    /// workbooks closing at once on two threads could swap dates and break byte-identical output
    /// (seen in 85 of 24,000 batch-written workbooks when a batch ran on threads). A batch of
    /// cchc now spreads over processes, each closing its workbooks one after another, so the lock
    /// is never waited for there; it keeps any process that writes on several threads (a batch
    /// whose workers could not start, the tests, another program using this target) correct.
    private static let closing = Mutex(())

    /// Runs `body` while no workbook is being closed, and none can start closing: the library
    /// makes its working files (named, unlinked at once) only while closing, so a process that
    /// exits inside `body` leaves none of them half made. For a process ending on a signal.
    public static func whileNoneCloses<R>(_ body: () -> R) -> R {
        closing.withLock { _ in body() }
    }

    private static func serializedClose(_ handle: UnsafeMutablePointer<lxw_workbook>) -> lxw_error {
        closing.withLock { _ in workbook_close(handle) }
    }

    /// Writes the file and frees the workbook.
    public consuming func close() throws(XlsxError) {
        closed = true
        try check(XlsxWorkbook.serializedClose(handle), "writing the workbook")
    }
}

