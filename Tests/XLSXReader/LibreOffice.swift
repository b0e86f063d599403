import Foundation

/// Drives a real spreadsheet application — LibreOffice, headless — to check workbooks the way a
/// user would see them: formulas recalculated by an independent engine, and printed pages.
///
/// Every call runs its own `soffice` process with a **private, throw-away user profile**
/// (`-env:UserInstallation=file:///tmp/…`), so calls may run concurrently and never touch a
/// user's own LibreOffice settings. The profile is pre-seeded with a
/// `registrymodifications.xcu` that
///
/// * sets `/org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode` to `0` ("always
///   recalculate"): by default LibreOffice shows the *cached* values stored in an `.xlsx`,
///   which for libxlsxwriter are `0` — useless for checking formulas;
/// * pins the locale (`/org.openoffice.Setup/L10N/ooSetupSystemLocale`) to `en-US`, so numbers
///   are exported with a `.` decimal separator whatever the machine's locale.
///
/// The child also runs with `LC_ALL=C.UTF-8` (Linux): under a non-UTF-8 C locale LibreOffice
/// 7.4 silently fails to write per-sheet CSV files for non-ASCII sheet names such as "Bảng 2"
/// (it prints `Writing sheet B?ng 2 -> …` and exits 0 without writing anything).
public enum LibreOffice {
    /// The CSV export filter used by `recalculatedCSV(of:)`. Tokens, in order:
    /// `44` field separator `,`; `34` text delimiter `"`; `76` UTF-8; `1` start at line 1;
    /// `` (empty) no column formats (export); `0` language: default; `false` quoted fields as text
    /// (import only); `true` detect special numbers (import only); `false` **save cell contents
    /// as shown** = off, i.e. raw values rather than formatted text (`2.33333333333333` for a
    /// cell shown as `2.3`, `1234.5` for one shown as `1,234.5`); `false` export formulas = off
    /// (export results); `false` remove spaces = off; `-1` export **every sheet** to its own file
    /// named `<base>-<sheet name>.csv`.
    ///
    /// "Raw" has limits (LibreOffice 7.4): numbers keep at most 15 significant digits, very
    /// large/small ones use `E` notation (`1E+020`), cells with a percent format come out as
    /// `12.5%`, dates in the en-US standard format (`01/21/2025`), booleans as `TRUE`/`FALSE`,
    /// errors as `#DIV/0!`, and a number format with a comma-decimal locale tag (`[$-42A]…`)
    /// gives a decimal comma. `CSV.number(_:)` / `rows.number(at:)` understand `%` and the
    /// decimal comma; for typed values use `recalculatedWorkbook(of:)` instead.
    public static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

    /// How long one conversion may take before the office process is killed.
    public static let timeout: TimeInterval = 120

    /// Path of `soffice`: the `SOFFICE` environment variable if set, else `soffice` or
    /// `libreoffice` on `PATH` (e.g. `/usr/bin/soffice`), else the usual install locations;
    /// `nil` if LibreOffice is not installed.
    public static var executable: String? {
        if let override = ProcessInfo.processInfo.environment["SOFFICE"], !override.isEmpty {
            return ProcessRunner.which(override)
        }
        for name in ["soffice", "libreoffice"] {
            if let found = ProcessRunner.which(name) { return found }
        }
        for path in ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                     "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }

    /// Opens the workbook in LibreOffice headless with a private profile that forces
    /// recalculation on load, and exports every sheet to CSV (UTF-8).
    ///
    /// - Returns: sheet name → rows of cell strings. Rows and columns start at `A1` (use
    ///   `rows.value(at: "D12")` / `rows.number(at: "D12")`). Values are raw, not formatted:
    ///   numbers with a `.` decimal point and up to 15 significant digits (see `csvFilter` for
    ///   the exceptions: percent, dates, locale-tagged formats), text as is, empty cells as
    ///   `""`, hidden rows and columns included; a sheet without cells (or a chartsheet) gives `[]`.
    /// - Throws: `XLSXReaderError.libreOfficeNotFound`, or `.toolFailed` with LibreOffice's
    ///   output when it fails, times out, or writes no CSV.
    public static func recalculatedCSV(of xlsx: URL) throws -> [String: [[String]]] {
        try withSession(input: xlsx) { session in
            let result = try session.convert(to: csvFilter)
            let outDir = session.outputDirectory
            var files: [String: URL] = [:]
            // LibreOffice 7.4 prints one line per sheet: "Writing sheet <name> -> <path>".
            for line in result.stdout.split(whereSeparator: \.isNewline) {
                let prefix = "Writing sheet "
                let arrow = " -> " + outDir.path + "/"
                guard line.hasPrefix(prefix), let arrowRange = line.range(of: arrow, options: .backwards) else { continue }
                let name = String(line[line.index(line.startIndex, offsetBy: prefix.count)..<arrowRange.lowerBound])
                let file = String(line[arrowRange.upperBound...])
                files[name] = outDir.appendingPathComponent(file)
            }
            // Fallback if the log format ever changes: "<base>-<sheet name>.csv".
            if files.isEmpty {
                let stem = session.inputStem + "-"
                for file in (try? FileManager.default.contentsOfDirectory(atPath: outDir.path)) ?? []
                where file.hasPrefix(stem) && file.hasSuffix(".csv") {
                    let name = String(file.dropFirst(stem.count).dropLast(".csv".count))
                    files[name] = outDir.appendingPathComponent(file)
                }
            }
            guard !files.isEmpty else {
                throw XLSXReaderError.toolFailed(
                    tool: "soffice", reason: "CSV export produced no per-sheet files in \(outDir.path)",
                    output: result.combinedOutput)
            }
            var sheets: [String: [[String]]] = [:]
            for (name, file) in files {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw XLSXReaderError.toolFailed(
                        tool: "soffice", reason: "announced \(file.lastPathComponent) for sheet \"\(name)\" but did not write it",
                        output: result.combinedOutput)
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw XLSXReaderError.toolFailed(
                        tool: "soffice", reason: "\(file.lastPathComponent) is not UTF-8", output: result.combinedOutput)
                }
                sheets[name] = CSV.parse(text)
            }
            return sheets
        }
    }

    /// Opens the workbook in LibreOffice headless (private profile, recalculation forced on
    /// load), saves it back as `.xlsx` ("Calc Office Open XML") and reads that with `XLSXFile`.
    ///
    /// The formula cells of the result carry LibreOffice's freshly computed values as typed
    /// cached values (`cell.number`, `cell.text`, `.boolean`, `.error`), unaffected by number
    /// formats — the most precise way to compare computed numbers (LibreOffice stores 15
    /// significant digits). Only values are meaningful here: styles, names, validations… are
    /// LibreOffice's re-encoding, not the original's.
    public static func recalculatedWorkbook(of xlsx: URL) throws -> XLSXFile {
        try withSession(input: xlsx) { session in try XLSXFile(url: try savedXLSX(session)) }
    }

    /// The formula cells of `sheets` in the workbook at `xlsx` against LibreOffice's
    /// recalculation of it: how many there are, and each whose recalculated value differs from
    /// the cached one (a number by more than 1e-9, a text at all), described. A sheet missing
    /// from either side is a difference too.
    public static func recalculationDifferences(of xlsx: URL, sheets: [String]) throws -> (formulas: Int, differences: [String]) {
        let book = try XLSXFile(url: xlsx), recalculated = try recalculatedWorkbook(of: xlsx)
        var formulas = 0, differences: [String] = []
        for name in sheets {
            guard let sheet = book.sheet(name), let after = recalculated.sheet(name) else {
                differences.append("\(name): no such sheet")
                continue
            }
            for cell in sheet.cells.values where cell.hasFormula {
                formulas += 1
                let again = after.cell(cell.ref.description)
                if let number = cell.number {
                    if !(abs((again?.number ?? .nan) - number) < 1e-9) {
                        differences.append("\(name)!\(cell.ref) \(cell.formula ?? ""): \(number) → \(again?.displayValue ?? "")")
                    }
                } else if (again?.text ?? "") != (cell.text ?? "") {
                    differences.append("\(name)!\(cell.ref) \(cell.formula ?? ""): \(cell.text ?? "") → \(again?.displayValue ?? "")")
                }
            }
        }
        return (formulas, differences)
    }

    /// The `.xlsx` LibreOffice saves of the session's input ("Calc Office Open XML").
    private static func savedXLSX(_ session: Session) throws -> URL {
        let result = try session.convert(to: "xlsx:Calc Office Open XML")
        let produced = session.outputDirectory.appendingPathComponent(session.inputStem + ".xlsx")
        guard FileManager.default.fileExists(atPath: produced.path) else {
            throw XLSXReaderError.toolFailed(
                tool: "soffice", reason: "xlsx export wrote no \(produced.lastPathComponent)",
                output: result.combinedOutput)
        }
        return produced
    }

    /// Opens the workbook in LibreOffice headless (private profile, recalculation on load) and
    /// saves it as `.xlsx` at `destination`, untouched otherwise: the file an officer sends back
    /// after opening and saving a workbook (LibreOffice's shared strings, styles, cached values).
    public static func saveAsXLSX(_ xlsx: URL, to destination: URL) throws {
        try withSession(input: xlsx) { session in
            let produced = try savedXLSX(session)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: produced, to: destination)
        }
    }

    /// Converts the workbook to PDF with LibreOffice (same private, recalculating profile) and
    /// counts its pages with `pdfinfo` (poppler-utils).
    ///
    /// - Parameter outputDirectory: where the PDF is written (created if needed), as
    ///   `<input base name>.pdf`.
    /// - Returns: the PDF's URL and its page count.
    public static func convertToPDF(_ xlsx: URL, outputDirectory: URL) throws -> (pdf: URL, pages: Int) {
        let pdf: URL = try withSession(input: xlsx) { session in
            let result = try session.convert(to: "pdf")
            let produced = session.outputDirectory.appendingPathComponent(session.inputStem + ".pdf")
            guard FileManager.default.fileExists(atPath: produced.path) else {
                throw XLSXReaderError.toolFailed(
                    tool: "soffice", reason: "PDF export wrote no \(produced.lastPathComponent)",
                    output: result.combinedOutput)
            }
            let fileManager = FileManager.default
            try fileManager.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
            let destination = outputDirectory.appendingPathComponent(
                xlsx.deletingPathExtension().lastPathComponent + ".pdf")
            if fileManager.fileExists(atPath: destination.path) { try fileManager.removeItem(at: destination) }
            try fileManager.moveItem(at: produced, to: destination)
            return destination
        }
        return (pdf, try pageCount(ofPDF: pdf))
    }

    /// The page count of a PDF, from `pdfinfo`'s `Pages:` line.
    public static func pageCount(ofPDF pdf: URL) throws -> Int {
        guard let pdfinfo = ProcessRunner.which("pdfinfo") else {
            throw XLSXReaderError.toolFailed(
                tool: "pdfinfo", reason: "not found on PATH; install poppler-utils", output: "")
        }
        let work = try makeTemporaryDirectory(prefix: "cchc-pdfinfo")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try ProcessRunner.run(pdfinfo, arguments: [pdf.path], workingDirectory: work, timeout: 60)
        for line in result.stdout.split(whereSeparator: \.isNewline) where line.hasPrefix("Pages:") {
            if let pages = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) {
                return pages
            }
        }
        throw XLSXReaderError.toolFailed(
            tool: "pdfinfo", reason: "no Pages: line for \(pdf.path) (exit \(result.status))",
            output: result.combinedOutput)
    }

    /// The contents of the private profile's `user/registrymodifications.xcu`.
    public static let registryModifications = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
        xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
        </oor:items>

        """

    // MARK: - One conversion

    /// A private working directory with a seeded profile, a copy of the input and an output dir.
    struct Session {
        var soffice: String
        var root: URL
        var profile: URL
        var input: URL
        var outputDirectory: URL
        var inputStem: String { input.deletingPathExtension().lastPathComponent }

        /// Runs `soffice --convert-to <filter>` on the input copy; throws on timeout or a
        /// non-zero exit.
        func convert(to filter: String) throws -> ProcessRunner.Result {
            let profileURL = profile.absoluteURL.absoluteString  // file:///tmp/…
            var environment: [String: String] = [:]
            #if os(Linux)
            environment["LC_ALL"] = "C.UTF-8"
            environment["LANG"] = "C.UTF-8"
            #endif
            let result = try ProcessRunner.run(
                soffice,
                arguments: ["-env:UserInstallation=\(profileURL)", "--headless", "--norestore", "--nologo",
                            "--nodefault", "--nolockcheck", "--convert-to", filter,
                            "--outdir", outputDirectory.path, input.path],
                workingDirectory: root, environment: environment, timeout: LibreOffice.timeout,
                killMarker: profile.path)
            if result.timedOut {
                throw XLSXReaderError.toolFailed(
                    tool: "soffice", reason: "timed out after \(Int(LibreOffice.timeout)) s converting to \(filter)",
                    output: result.combinedOutput)
            }
            if result.status != 0 {
                throw XLSXReaderError.toolFailed(
                    tool: "soffice", reason: "exit status \(result.status) converting to \(filter)",
                    output: result.combinedOutput)
            }
            return result
        }
    }

    static func withSession<T>(input xlsx: URL, _ body: (Session) throws -> T) throws -> T {
        guard let soffice = executable else { throw XLSXReaderError.libreOfficeNotFound }
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: xlsx.path) else { throw XLSXReaderError.missingPart(xlsx.path) }
        let root = try makeTemporaryDirectory(prefix: "cchc-libreoffice")
        defer { try? fileManager.removeItem(at: root) }
        let profile = root.appendingPathComponent("profile", isDirectory: true)
        let userDir = profile.appendingPathComponent("user", isDirectory: true)
        let inputDir = root.appendingPathComponent("in", isDirectory: true)
        let outputDir = root.appendingPathComponent("out", isDirectory: true)
        for dir in [userDir, inputDir, outputDir] {
            try fileManager.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        try Data(registryModifications.utf8).write(to: userDir.appendingPathComponent("registrymodifications.xcu"))
        // Convert a copy with a plain ASCII name: output names are predictable and no lock file
        // or backup can appear next to the caller's file.
        let input = inputDir.appendingPathComponent("book.xlsx")
        try fileManager.copyItem(at: xlsx, to: input)
        return try body(Session(soffice: soffice, root: root, profile: profile, input: input, outputDirectory: outputDir))
    }

    static func makeTemporaryDirectory(prefix: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)",
                                    isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
