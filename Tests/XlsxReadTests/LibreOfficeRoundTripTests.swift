import Foundation
import Model
import Testing
import XLSXReader
import XlsxRead

/// The examples' workbooks opened and saved by LibreOffice (the file an officer sends back:
/// LibreOffice's shared strings, styles and cached formula values) read to the same values.
@Suite("reader: the examples' workbooks after LibreOffice saved them", .enabled(if: LibreOffice.executable != nil))
struct LibreOfficeRoundTripTests {
    @Test("the same sheets and values as the original", arguments: Repo.exampleFiles)
    func sameValues(example: String) throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try Repo.write(example: example, into: dir)
        let saved = dir.appendingPathComponent("saved.xlsx")
        try LibreOffice.saveAsXLSX(original, to: saved)

        let before = try XlsxDocument(path: original.path)
        let after = try XlsxDocument(path: saved.path)
        #expect(after.sheets.map(\.name) == before.sheets.map(\.name))
        #expect(after.sheets.map(\.visibility) == before.sheets.map(\.visibility))
        // LibreOffice writes shared strings where libxlsxwriter did too, and its own styles.
        let independent = try XLSXFile(url: saved)
        for (info, savedInfo) in zip(before.sheets, after.sheets) where info.kind == .worksheet {
            let old = try before.sheet(info)
            let new = try after.sheet(savedInfo)
            for cell in old.cells {
                let value = new.cell(cell.reference)?.value
                switch cell.value {
                case .number(let n)?:
                    let m = try #require(value.flatMap { if case .number(let m) = $0 { m } else { nil } },
                                         "\(info.name)!\(cell.reference): \(String(describing: value))")
                    #expect(abs(m - n) <= 1e-9 * max(1, abs(n)), "\(info.name)!\(cell.reference)")
                case .text(let t)? where !t.isEmpty:
                    #expect(value == .text(t), "\(info.name)!\(cell.reference)")
                case .bool(let b)?:
                    #expect(value == .bool(b), "\(info.name)!\(cell.reference)")
                default:
                    break
                }
                if cell.formula != nil, cell.value != nil {
                    #expect(new.cell(cell.reference)?.formula != nil, "\(info.name)!\(cell.reference) lost its formula")
                }
                if cell.number != nil {
                    #expect(new.cell(cell.reference)?.numberFormat.kind == cell.numberFormat.kind, "\(info.name)!\(cell.reference) format")
                }
            }
            // And the independent reader agrees with the product's reader on LibreOffice's file.
            let sheet = try #require(independent.sheet(savedInfo.name))
            for cell in sheet.cells.values where cell.type != .blank {
                let reference = try #require(CellReference(row: cell.ref.row, column: cell.ref.col))
                #expect(new.cell(reference)?.value == independentValue(cell), "\(info.name)!\(reference)")
            }
        }
    }
}
