import Foundation
import Model
import Testing
import XlsxRead
import XLSXReader
import ZIPFoundation

/// The property: whatever a valid workbook is mutated into, the reader reads it or throws one
/// `workbook.*` finding — never a crash, a trap, another kind of error, or a hang.
@Suite("reader: mutated workbooks never crash it")
struct MutatedWorkbookTests {
    /// Pieces that SpreadsheetML and hostile files are made of, spliced into parts.
    static let tokens = [
        "<c r=\"XFD1048576\"><v>1</v></c>", "<c r=\"XFE1\"><v>1</v></c>", "<c r=\"A0\">", "t=\"s\"", "t=\"b\"", "t=\"e\"", "t=\"x\"",
        "<v>99999999</v>", "<v>1e309</v>", "<v>-0</v>", "<v></v>", "&#0;", "&#x110000;", "&amp;", "&lt;", "&bogus;",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<![CDATA[x]]>", "<!-- -->", "<?pi x?>", "</row>", "</sheetData>", "<row>",
        "<row r=\"0\">", "<row r=\"1048577\">", "<mergeCell ref=\"A1:XFE2\"/>", "<f t=\"shared\" si=\"0\"/>", "<is><t>x</t></is>",
        "s=\"999999\"", "s=\"-1\"", "\u{0}", "\u{FEFF}", "\u{FFFE}", "\"", "'", "<", ">", "=", "é", "Đạt",
        "<si><t>x</t></si>", "<xf numFmtId=\"9\"/>", "<numFmt numFmtId=\"164\" formatCode=\"0%\"/>",
        "<sheet name=\"x\" sheetId=\"9\" r:id=\"rId9\"/>", "state=\"veryHidden\"", "<definedName name=\"n\">A1</definedName>",
    ]

    /// The parts of a workbook, in zip order.
    static func parts(of url: URL) throws -> [(String, Data)] {
        let archive = try Archive(url: url, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    /// The parts zipped again, stored (the reader's inflating is exercised by the other test).
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { p, s in
                data.subdata(in: Int(p)..<Int(p) + s)
            }
        }
        return try #require(archive.data)
    }

    static func mutate(_ bytes: inout [UInt8], _ random: inout SeededGenerator) {
        guard !bytes.isEmpty else { return }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
        case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
        case 2: bytes.insert(contentsOf: Array(tokens.randomElement(using: &random)!.utf8), at: at)
        case 3:
            let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
            bytes.insert(contentsOf: bytes[at..<end], at: at)
        case 4: bytes.removeSubrange(at...)
        default:
            // A digit changed: references, indexes and numbers move.
            if let digit = bytes[at...].firstIndex(where: { $0 >= 48 && $0 <= 57 }) { bytes[digit] = UInt8.random(in: 48...57, using: &random) }
        }
    }

    /// Reads everything: whether it was refused, and what broke the property (or `nil`).
    static func check(_ data: Data) -> (refused: Bool, broken: String?) {
        do {
            let document = try XlsxDocument(data: data, file: "mutated.xlsx")
            for info in document.sheets { _ = try document.sheet(info) }
        } catch {
            return (true, error.finding.code.family == "workbook" ? nil : "code \(error.finding.code)")
        }
        return (false, nil)
    }

    @Test("XML mutated inside a valid zip: read or refused with a workbook finding", arguments: [1, 2, 3, 4])
    func mutatedXML(seed: UInt64) throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Repo.write(example: seed % 2 == 0 ? "bang2-nam.json" : "can-bo-dau-moi.json", into: dir)
        let original = try Self.parts(of: url)
        var random = SeededGenerator(state: seed)
        var refused = 0
        let clock = ContinuousClock()
        let start = clock.now
        for round in 0..<100 {
            var parts = original
            let index = Int.random(in: 0..<parts.count, using: &random)
            var bytes = [UInt8](parts[index].1)
            for _ in 0..<Int.random(in: 1...4, using: &random) { Self.mutate(&bytes, &random) }
            parts[index].1 = Data(bytes)
            let data = try Self.zip(parts)
            let result = Self.check(data)
            if let broken = result.broken { Issue.record("seed \(seed), round \(round), part \(parts[index].0): \(broken)") }
            if result.refused { refused += 1 }
        }
        #expect(refused > 0, "no mutation was refused: the mutations do not reach the reader")
        #expect(clock.now - start < .seconds(60))
    }

    @Test("zip bytes mutated: read or refused with a workbook finding", arguments: [11, 12])
    func mutatedZip(seed: UInt64) throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Repo.write(example: "muc-tieu-30c.json", into: dir)
        let original = [UInt8](try Data(contentsOf: url))
        var random = SeededGenerator(state: seed)
        for round in 0..<100 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) { Self.mutate(&bytes, &random) }
            if let broken = Self.check(Data(bytes)).broken { Issue.record("seed \(seed), round \(round): \(broken)") }
        }
    }
}
