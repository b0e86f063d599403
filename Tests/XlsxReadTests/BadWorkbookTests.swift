import Foundation
import Model
import Testing
import XlsxRead
import ZIPFoundation

/// One case of `Tests/BadWorkbooks/manifest.json`.
struct BadWorkbook: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var code: String
    var sheet: String?
    var cell: String?
    var testDescription: String { file }

    static let all: [BadWorkbook] = {
        struct Manifest: Decodable { var cases: [BadWorkbook] }
        let url = Repo.badWorkbooks.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return manifest.cases
    }()
}

/// Opens a workbook and reads every sheet: the error it throws, and how long it took.
func readFully(path: String, limits: Limits = .standard) -> (CCHCError?, Duration) {
    let clock = ContinuousClock()
    var error: CCHCError?
    let elapsed = clock.measure {
        do {
            let document = try XlsxDocument(path: path, file: URL(fileURLWithPath: path).lastPathComponent, limits: limits)
            _ = try allSheets(document)
        } catch let thrown as CCHCError {
            error = thrown
        } catch {
            Issue.record("not a CCHCError: \(error)")
        }
    }
    return (error, elapsed)
}

@Suite("reader: bad workbooks are refused with their code, promptly")
struct BadWorkbookTests {
    @Test("the manifest lists every file of Tests/BadWorkbooks")
    func manifestIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.badWorkbooks.path).filter { $0.hasSuffix(".xlsx") }
        #expect(Set(files) == Set(BadWorkbook.all.map(\.file)))
        #expect(BadWorkbook.all.count >= 20)
    }

    @Test("each bad workbook gives its code", arguments: BadWorkbook.all)
    func refused(_ bad: BadWorkbook) throws {
        let path = Repo.badWorkbooks.appendingPathComponent(bad.file).path
        let (error, elapsed) = readFully(path: path)
        let thrown = try #require(error, "\(bad.file) was read without an error")
        #expect(thrown.finding.code.rawValue == bad.code, "\(bad.file): \(Catalogue.english.line(thrown.finding))")
        #expect(thrown.findings.count == 1)
        #expect(thrown.finding.location.file == bad.file)
        #expect(thrown.exitStatus == 2)
        if let sheet = bad.sheet {
            guard case .cell(let name, let reference) = thrown.finding.location.place else {
                Issue.record("\(bad.file): not located at a cell")
                return
            }
            #expect(name == sheet)
            #expect(reference.hasSuffix(bad.cell ?? ""))
        } else {
            #expect(thrown.finding.location.place == .file)
        }
        #expect(!Catalogue.vietnamese.message(thrown.problem).isEmpty)
        #expect(elapsed < .seconds(5), "\(bad.file) took \(elapsed)")
    }

    @Test("typed details of a few cases")
    func details() throws {
        func problem(_ file: String) -> Problem? { readFully(path: Repo.badWorkbooks.appendingPathComponent(file).path).0?.problem }
        #expect(problem("docx.xlsx") == .workbookNotSpreadsheet(looksLike: "docx"))
        #expect(problem("windows-1258.xlsx") == .workbookEncoding(part: "xl/worksheets/sheet1.xml", encoding: "windows-1258"))
        #expect(problem("doctype-entities.xlsx") == .workbookDTD(part: "xl/worksheets/sheet1.xml"))
        #expect(problem("missing-sheet.xlsx") == .workbookMissingPart(part: "xl/worksheets/sheet1.xml"))
        #expect(problem("deep-nesting.xlsx") == .workbookTooLarge(.nesting, maximum: 64, part: "xl/worksheets/sheet1.xml"))
        #expect(problem("long-string.xlsx") == .workbookTooLarge(.stringLength, maximum: 131_072, part: "xl/sharedStrings.xml"))
        #expect(problem("shared-string-index.xlsx") == .workbookSharedString(index: "7", count: 1))
        guard case .workbookMalformedXML(let part, let line, _)? = problem("malformed-xml.xlsx") else {
            Issue.record("malformed-xml.xlsx: not workbook.malformed-xml")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(line == 2)
    }

    /// A valid workbook whose sheet part is `size` bytes of one repeated byte: it deflates about
    /// a thousand times.
    static func zipBomb(size: Int, at url: URL) throws {
        let source = try Data(contentsOf: Repo.badWorkbooks.appendingPathComponent("shared-string-index.xlsx"))
        let original = try Archive(data: source, accessMode: .read)
        let archive = try Archive(url: url, accessMode: .create)
        for entry in original where entry.path != "xl/worksheets/sheet1.xml" {
            var data = Data()
            _ = try original.extract(entry) { data.append($0) }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, s in
                data.subdata(in: Int(p)..<Int(p) + s)
            }
        }
        let head = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet><sheetData>".utf8)
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(head.count + size),
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, length in
            position == 0 ? head : chunk.prefix(length)
        }
    }

    @Test("a zip bomb stops at the compression ratio, not after inflating it")
    func zipBomb() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bomb.xlsx")
        try Self.zipBomb(size: 64 << 20, at: url)
        let (error, elapsed) = readFully(path: url.path)
        #expect(error?.problem == .workbookZipBomb(part: "xl/worksheets/sheet1.xml", ratio: 500))
        #expect(elapsed < .seconds(5))
        // Under a part limit smaller than the bomb's first megabytes, the part limit stops it first.
        let (capped, _) = readFully(path: url.path, limits: Limits(maximumPartSize: 512 << 10))
        #expect(capped?.problem == .workbookTooLarge(.partSize, maximum: 512 << 10, part: "xl/worksheets/sheet1.xml"))
    }

    @Test("the limits on entries, sheets, cells, shared strings, the file and the total are checked")
    func limits() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Repo.write(example: "phu-thanh-dong-2023/submission.json", into: dir)
        let document = try XlsxDocument(path: url.path)
        let cells = try allSheets(document).map(\.cells.count)
        let largest = try #require(cells.max())
        func problem(_ limits: Limits) -> Problem? { readFully(path: url.path, limits: limits).0?.problem }
        #expect(problem(Limits(maximumEntries: 3)) == .workbookTooLarge(.entries, maximum: 3, part: nil))
        #expect(problem(Limits(maximumSheets: 1)) == .workbookTooLarge(.sheets, maximum: 1, part: nil))
        #expect(problem(Limits(maximumCellsPerSheet: largest - 1))?.code == .workbookTooLarge)
        #expect(problem(Limits(maximumCellsTotal: cells.reduce(0, +) - 1)) == .workbookTooLarge(.cellsTotal, maximum: cells.reduce(0, +) - 1, part: nil))
        #expect(problem(Limits(maximumSharedStrings: 2)) == .workbookTooLarge(.sharedStrings, maximum: 2, part: "xl/sharedStrings.xml"))
        #expect(problem(Limits(maximumFileSize: 1000)) == .workbookTooLarge(.fileSize, maximum: 1000, part: nil))
        #expect(problem(Limits(maximumTotalSize: 4096)) == .workbookTooLarge(.totalSize, maximum: 4096, part: nil))
        #expect(problem(Limits(maximumStyles: 2)) == .workbookTooLarge(.styles, maximum: 2, part: "xl/styles.xml"))
        #expect(problem(.standard) == nil)
    }

    @Test("a missing file, a directory: the file findings")
    func notAFile() throws {
        #expect(readFully(path: "/nonexistent/none.xlsx").0?.problem == .fileNotFound)
        #expect(readFully(path: Repo.badWorkbooks.path).0?.problem == .fileIsDirectory)
    }
}
