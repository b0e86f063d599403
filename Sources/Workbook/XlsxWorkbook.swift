import Foundation
import Model
internal import CXlsxWriter

/// Document properties written into `docProps/`.
public struct DocumentProperties: Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?
    /// Creation time (seconds since 1970, UTC): fixed from the report so output is reproducible.
    public var created: Int

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                keywords: String? = nil, comments: String? = nil, created: Int) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}

/// Formats of one workbook, created on first use and owned by the workbook.
final class FormatCache {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, "Times New Roman")
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        switch style.align {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch style.valign {
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        }
        if style.wrap { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(min(style.indent, 15))) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        formats[style] = format
        return format
    }
}

/// An open workbook being written. `close()` writes the file and frees everything; the type is
/// non-copyable so that nothing can use the workbook after that.
public struct XlsxWorkbook: ~Copyable {
    let handle: UnsafeMutablePointer<lxw_workbook>
    let formats: FormatCache
    private var closed = false
    /// Strings handed to the C library that must live until `close()`.
    private var retained: [UnsafeMutablePointer<CChar>] = []
    private var sheetKeys: Set<String> = []

    /// Creates a workbook that `close()` will write to `path`.
    public init(path: String) throws(XlsxError) {
        guard let handle = workbook_new(path) else {
            throw XlsxError(code: -1, reason: "cannot create the workbook", operation: "creating \(path)")
        }
        self.handle = handle
        self.formats = FormatCache(workbook: handle)
    }

    deinit {
        if !closed {
            // Never closed (an error happened while filling it): free without writing a file the
            // caller will not use. libxlsxwriter writes on close, so close into the temporary path.
            _ = XlsxWorkbook.serializedClose(handle)
        }
    }

    /// Sets title, author, creation date and the like.
    public mutating func setProperties(_ properties: DocumentProperties) throws(XlsxError) {
        var props = lxw_doc_properties()
        func keep(_ text: String?) -> UnsafeMutablePointer<CChar>? {
            guard let text else { return nil }
            let copy = strdup(text)
            if let copy { retained.append(copy) }
            return copy
        }
        props.title = keep(properties.title)
        props.subject = keep(properties.subject)
        props.author = keep(properties.author)
        props.company = keep(properties.company)
        props.keywords = keep(properties.keywords)
        props.comments = keep(properties.comments)
        props.created = time_t(properties.created)
        try check(workbook_set_properties(handle, &props), "setting document properties")
    }

    /// Adds a worksheet and lets `body` fill it. The sheet cannot outlive the call.
    public mutating func addSheet<R>(named name: String, _ body: (inout XlsxSheet) throws -> R) throws -> R {
        if let problem = SheetName.problem(name) {
            throw XlsxError(code: -1, reason: problem, operation: "adding sheet \(name)")
        }
        let key = SheetName.comparisonKey(name)
        guard sheetKeys.insert(key).inserted else {
            throw XlsxError(code: -1, reason: "a sheet with this name (ignoring case) already exists", operation: "adding sheet \(name)")
        }
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XlsxError(code: -1, reason: "libxlsxwriter refused the sheet", operation: "adding sheet \(name)")
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
    private static let closeLock = NSLock()

    private static func serializedClose(_ handle: UnsafeMutablePointer<lxw_workbook>) -> lxw_error {
        closeLock.lock()
        defer { closeLock.unlock() }
        return workbook_close(handle)
    }

    /// Writes the file and frees the workbook.
    public consuming func close() throws(XlsxError) {
        closed = true
        let status = XlsxWorkbook.serializedClose(handle)
        for pointer in retained { free(pointer) }
        retained = []
        try check(status, "writing the workbook")
    }
}

