import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The printed pages of every bundled form, as LibreOffice prints them: a page never ends on a
/// heading (a section, or an item whose rows follow), so every heading stands on the page of at
/// least its first row.
@Suite("printed pages: headings stay with their rows", .serialized)
struct PrintedPagesTests {
    static let bundledInputs = ["bang2-nam", "tong-ket-2011-2020", "muc-tieu-30c", "can-bo-dau-moi"]
    static let bundledSubmissions = ["bao-cao-nam/submission.json", "tong-ket-2011-2020/submission.json"]

    /// The text of each page of a PDF (`pdftotext -layout`, pages split at the form feed), NFC.
    static func pageTexts(of pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pdftotext \(pdf.path)")
        var pages = String(decoding: data, as: UTF8.self).precomposedStringWithCanonicalMapping
            .components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// Whether row `index` of `rows` heads other rows: a section or a header row, or an item whose
    /// next row is indented deeper (its sub-rows). Written here from the template's data, not
    /// asked of the renderer.
    static func isHeading(_ index: Int, in rows: [Row]) -> Bool {
        let row = rows[index]
        if row.kind == .section || row.kind == .header { return true }
        guard index + 1 < rows.count else { return false }
        return (rows[index + 1].indent ?? 0) > (row.indent ?? 0)
    }

    /// `text` without any white space (pdftotext spaces some letters with diacritics apart).
    static func squeezed(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
            .map(Character.init))
    }

    /// The page (index into `pages`) each row is printed on, found by reading the pages in order
    /// for the start of each row's label; nil for a row not found.
    static func pageOfEachRow(_ rows: [Row], pages: [String]) -> [Int?] {
        let texts = pages.map(squeezed)
        var page = 0
        var cursor = texts.first.map { $0.startIndex } ?? "".startIndex
        var found: [Int?] = []
        for row in rows {
            let key = String(squeezed(row.label).prefix(12))
            var located: Int?
            var p = page
            var from = cursor
            while p < texts.count, p <= page + 1 {
                let text = texts[p]
                if let range = text.range(of: key, range: from..<text.endIndex) {
                    located = p
                    page = p
                    cursor = range.upperBound
                    break
                }
                p += 1
                if p < texts.count { from = texts[p].startIndex }
            }
            found.append(located)
        }
        return found
    }

    /// Checks the pages of one form: every row found, and no page but the last ends on a heading.
    static func checkPages(_ pages: [String], rows: [Row], form: String) {
        let placed = pageOfEachRow(rows, pages: pages)
        let missing = rows.indices.filter { placed[$0] == nil }.map { rows[$0].id }
        #expect(missing.isEmpty, "\(form): rows not found on the printed pages: \(missing)")
        guard missing.isEmpty, let lastPage = placed.compactMap({ $0 }).max() else { return }
        for page in 0..<lastPage {
            guard let last = rows.indices.last(where: { placed[$0] == page }) else { continue }
            let endsOnHeading = isHeading(last, in: rows)
            #expect(!endsOnHeading, "\(form): page \(page + 1) ends on the heading \(rows[last].stt ?? "") \(rows[last].label)")
        }
    }

    @Test("fill: no page of a bundled form ends on a heading", arguments: bundledInputs)
    func filledForm(_ id: String) throws {
        let dir = try Repo.temporaryDirectory()
        let (report, url, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: dir)
        let (pdf, count) = try LibreOffice.convertToPDF(url, outputDirectory: dir)
        let pages = try Self.pageTexts(of: pdf)
        #expect(pages.count == count)
        Self.checkPages(pages, rows: report.rows.map(\.row), form: id)
    }

    @Test("submit: no page of an appendix ends on a heading", arguments: bundledSubmissions)
    func submission(_ path: String) throws {
        let (submission, url) = try SubmissionTests.write(path)
        let (pdf, count) = try LibreOffice.convertToPDF(url, outputDirectory: try Repo.temporaryDirectory())
        let pages = try Self.pageTexts(of: pdf)
        #expect(pages.count == count)
        for appendix in submission.appendices {
            let report = try #require(appendix.report)
            // Each page names its sheet in the footer: `<sheet> – Trang n/N`.
            let footer = "\(appendix.sheetName) – Trang".precomposedStringWithCanonicalMapping
            let own = pages.filter { $0.contains(footer) }
            #expect(!own.isEmpty, "no page of \(appendix.sheetName)")
            Self.checkPages(own, rows: report.rows.map(\.row), form: "\(path) \(appendix.sheetName)")
        }
    }
}
