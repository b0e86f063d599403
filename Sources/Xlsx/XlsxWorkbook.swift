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

    /// Creates a workbook that `close()` will write to `path`.
    public init(path: String) throws(XlsxError) {
        guard let handle = workbook_new(path) else {
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

    /// Sets title, author, creation date and the like.
    public mutating func setProperties(_ properties: DocumentProperties) throws(XlsxError) {
        // The library copies every string into a structure of its own, so the pointers need only
        // live during the call.
        var props = lxw_doc_properties()
        props.created = time_t(properties.created)
        let strings = [properties.title, properties.subject, properties.author,
                       properties.company, properties.keywords, properties.comments]
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

    /// Defines a workbook-level name (`TyLe_DungHen_2019` → `'Phụ lục 2'!$D$12`).
    public mutating func defineName(_ name: String, refersTo formula: String) throws(XlsxError) {
        try check(workbook_define_name(handle, name, formula), "defining name \(name)")
    }

    /// One workbook closes at a time in the process. libxlsxwriter 1.1.4 formats the document's
    /// creation date with `gmtime()`, whose result lives in one buffer shared by all threads: two
    /// workbooks closing at once in a batch could swap dates and break byte-identical output (seen
    /// in 85 of 24,000 batch-written workbooks). Filling sheets still runs in parallel.
    private static let closing = Mutex(())

    private static func serializedClose(_ handle: UnsafeMutablePointer<lxw_workbook>) -> lxw_error {
        closing.withLock { _ in workbook_close(handle) }
    }

    /// Writes the file and frees the workbook.
    public consuming func close() throws(XlsxError) {
        closed = true
        try check(XlsxWorkbook.serializedClose(handle), "writing the workbook")
    }
}

