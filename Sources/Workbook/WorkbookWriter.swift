import Foundation
import Model
import Xlsx

/// Writes workbooks atomically: into a file without a name beside the target (or, where the file
/// system has none, a hidden temporary one), put in place only when the whole workbook was
/// written (`OutputFile`), so that neither a failure nor a signal leaves half a file behind.
public enum WorkbookWriter {
    /// Writes the filled form as a one-sheet workbook at `path`, the texts the tool adds in the
    /// catalogue's language, followed by the hidden map `_cchc` of kind `fill` (the template, its
    /// sheet, the year) so that the workbook can be read back (`cchc fill` of it next year).
    public static func write(report: Report, to path: String, catalogue: Catalogue = .vietnamese) throws(CCHCError) {
        try writeAtomically(to: path) { workbook in
            try workbook.setProperties(properties(for: report))
            try workbook.addSheet(named: report.template.sheetName) { sheet in
                try FormRenderer(report: report, catalogue: catalogue).render(on: &sheet)
            }
            // What the workbook is, for reading it back (`cchc fill out.xlsx` next year).
            try EntryMap.filled(templates: [report.template], sheets: [report.template.sheetName],
                                year: report.period.year, language: catalogue.language.rawValue).addSheet(to: &workbook)
        }
    }

    /// Document properties of a report: title and subject from the form, author the unit,
    /// company the province, the period among the keywords (`2011-2020`: where the period of a
    /// form that prints none, such as Phụ lục 3, is kept), and a creation date fixed from the
    /// report's period.
    public static func properties(for report: Report) -> DocumentProperties {
        let title = (report.template.title ?? [report.template.name]).map { report.resolve($0) }.joined(separator: " ")
        return DocumentProperties(
            title: title,
            subject: report.template.name,
            author: report.unit.name.isEmpty ? nil : report.unit.name,
            company: report.unit.province,
            keywords: ["CCHC", report.template.id, report.period.label].compactMap { $0 }.joined(separator: ", "),
            comments: "cchc",
            created: fixedCreationTime(report.period))
    }

    /// Midnight UTC of the cut-off date, else of 31 December of the report year, else 1 January 2000.
    public static func fixedCreationTime(_ period: Period) -> Int {
        let date = period.cutoff ?? period.reportYear.map { DayDate(year: $0, month: 12, day: 31) } ?? DayDate(year: 2000, month: 1, day: 1)
        return date.midnightUTC
    }

    /// Builds a workbook in a file next to `path` that has no name until it is complete, then puts
    /// it in place (`OutputFile`).
    public static func writeAtomically(to path: String, _ build: (inout XlsxWorkbook) throws -> Void) throws(CCHCError) {
        let file = try prepareOutput(path)
        do {
            var workbook = try XlsxWorkbook(path: file.writePath, temporaryDirectory: TemporaryFiles.libraryDirectory())
            try build(&workbook)
            try workbook.close()
        } catch let error as CCHCError {
            throw error
        } catch {
            throw CCHCError(.outputFailed(.writeFailed(path: path, reason: "\(error)")))
        }
        try file.commit()
    }

    /// Writes `bytes` (a JSON skeleton, an exported input) at `path` the way workbooks are
    /// written: checked first, in a file without a name until complete, then put in place.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(CCHCError) {
        try writeFile(to: path) { put in bytes.withUnsafeBytes(put) }
    }

    /// Writes `text` as UTF-8 at `path`, as `writeAtomically(_:to:)` writes bytes, without a
    /// copy of it.
    public static func writeAtomically(text: String, to path: String) throws(CCHCError) {
        var text = text
        try writeFile(to: path) { put in text.withUTF8 { put(UnsafeRawBufferPointer($0)) } }
    }

    /// Writes `document` as JSON text and a newline (`JSONValue.fileText`) at `path`, as
    /// `writeAtomically(_:to:)` writes bytes, a part at a time as the text is made: a country's
    /// consolidated input (megabytes) is never held whole besides the document itself.
    public static func writeAtomically(json document: JSONValue, to path: String) throws(CCHCError) {
        try writeFile(to: path) { put in withoutActuallyEscaping(put) { put in
            var text = ""
            text.reserveCapacity(JSONValue.flushSize * 2)
            func flush(_ part: inout String) {
                part.withUTF8 { put(UnsafeRawBufferPointer($0)) }
                part.removeAll(keepingCapacity: true)
            }
            document.write(into: &text, flush: flush)
            text += "\n"
            flush(&text)
        } }
    }

    /// Writes at `path`, checked first (`prepareOutput`), in a file without a name until complete
    /// (`OutputFile`), what `produce` hands to `put`, in order; after a failed write the rest is
    /// not written and the file is not put in place. Not FileManager.createFile: it writes a
    /// temporary file and renames it over the path, which for an unnamed file
    /// (`/proc/self/fd/<n>`) is no file to rename over.
    private static func writeFile(to path: String, _ produce: (_ put: (UnsafeRawBufferPointer) -> Void) -> Void) throws(CCHCError) {
        let file = try prepareOutput(path)
        let descriptor = open(file.writePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw CCHCError(.outputFailed(.writeFailed(path: path, reason: String(cString: strerror(errno)))))
        }
        var failure: Int32 = 0
        produce { bytes in
            var offset = 0
            while failure == 0 && offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written >= 0 { offset += written } else if errno != EINTR { failure = errno }
            }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            throw CCHCError(.outputFailed(.writeFailed(path: path, reason: String(cString: strerror(failure)))))
        }
        try file.commit()
    }

    /// Checks that a file can be written at `path` (its directory exists and is writable, its name
    /// fits the file system, it is no directory and no read-only file) and prepares its `OutputFile`.
    private static func prepareOutput(_ path: String) throws(CCHCError) -> OutputFile {
        func fail(_ problem: OutputProblem) -> CCHCError { CCHCError(.outputFailed(problem)) }
        // The directory as `URL(fileURLWithPath: path).deletingLastPathComponent().path` names
        // it, through the C library (`FileSystem`): URL and FileManager cost some 400,000
        // instructions here at a run's start.
        let target = FileSystem.absolute(path)
        let directory = FileSystem.parent(target)
        guard FileSystem.isDirectory(directory) else {
            throw fail(.directoryMissing(directory))
        }
        guard access(directory, W_OK) == 0 else {
            throw fail(.directoryNotWritable(directory))
        }
        // A name the file system cannot hold: said plainly, before the library's "Error creating
        // output xlsx file. Usually a permissions error." or the system's "File name too long".
        let name = FileSystem.name(target).utf8.count, limit = nameLimit(directory)
        if name > limit { throw fail(.nameTooLong(path: path, length: name, limit: limit)) }
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw fail(.isDirectory(path)) }
            // Renaming over a file needs only the directory's permission: a read-only workbook
            // would be replaced without a word.
            if isReadOnly(path) { throw fail(.readOnly(path)) }
        }
        return try OutputFile(target: path, directory: directory)
    }

    /// The longest file name, in bytes, the file system of `directory` holds (NAME_MAX, 255 on
    /// the usual ones, also when it cannot say).
    static func nameLimit(_ directory: String) -> Int {
        let limit = pathconf(directory, Int32(_PC_NAME_MAX))
        return limit > 0 ? limit : 255
    }

    /// Whether the existing file at `path` is read-only: no write permission for anyone, or none
    /// for this process (`access`; root has every permission, so the mode bits decide for it).
    static func isReadOnly(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & 0o222 == 0 || access(path, W_OK) != 0
    }
}
