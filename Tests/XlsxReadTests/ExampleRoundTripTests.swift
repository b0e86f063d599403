import Foundation
import Model
import Testing
import XLSXReader
import XlsxRead

/// Every workbook the examples fill, read by the product's reader and by the independent test
/// reader: the same sheets, states, cells, values, formulas, number formats, merges and names.
@Suite("reader: the examples' workbooks as cchc writes them")
struct ExampleRoundTripTests {
    @Test("every cell equals what the independent reader reads", arguments: Repo.exampleFiles)
    func sameAsIndependentReader(example: String) throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Repo.write(example: example, into: dir)
        let independent = try XLSXFile(url: url)
        let document = try XlsxDocument(path: url.path)

        #expect(document.sheets.map(\.name) == independent.sheetNames)
        #expect(document.sheets.map(\.visibility.rawValue) == independent.sheets.map(\.state.rawValue))
        #expect(document.date1904 == false)
        let globalNames = independent.definedNames.filter { $0.localSheetId == nil }
        #expect(document.definedNames.map(\.name) == globalNames.map(\.name))
        #expect(document.definedNames.map(\.formula) == globalNames.map(\.refersTo))

        for (info, expected) in zip(document.sheets, independent.sheets) {
            let sheet = try document.sheet(info)
            #expect(info.kind == (expected.kind == .chartsheet ? .chartsheet : .worksheet))
            let kept = expected.cells.values.filter { $0.type != .blank || $0.formula != nil }
            #expect(sheet.cells.count == kept.count, "\(info.name): \(sheet.cells.count) cells, the independent reader \(kept.count)")
            for cell in kept {
                let reference = try #require(CellReference(row: cell.ref.row, column: cell.ref.col))
                let mine = try #require(sheet.cell(reference), "\(info.name)!\(reference) missing")
                #expect(mine.value == independentValue(cell), "\(info.name)!\(reference)")
                #expect(mine.formula == cell.formula, "\(info.name)!\(reference) formula")
                #expect(mine.numberFormat.code == (independent.numberFormat(of: cell) ?? "General"), "\(info.name)!\(reference) format")
                #expect(sheet[reference.description] == mine)
            }
            #expect(sheet.merges.map(\.description).sorted() == expected.merges.map { CellRange($0)?.description ?? $0 }.sorted())
        }
    }

    @Test("percentages and plain numbers are told apart by their number format", arguments: ["bang2-nam.json"])
    func formatKinds(example: String) throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Repo.write(example: example, into: dir)
        let document = try XlsxDocument(path: url.path)
        let cells = try allSheets(document).flatMap(\.cells)
        let kinds = Set(cells.filter { $0.number != nil }.map(\.numberFormat.kind))
        #expect(kinds.contains(.number) || kinds.contains(.general))
    }
}
