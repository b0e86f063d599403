import Foundation
import Model
import Testing
import Workbook
import Xlsx
import XLSXReader

/// Fills every bundled example and checks the workbook with an independent reader and LibreOffice.
@Suite("fill, end to end", .serialized)
struct FillEndToEndTests {
    static let bundled = ["bang2-nam", "tong-ket-2011-2020", "muc-tieu-30c", "can-bo-dau-moi"]

    @Test("labels, STT and units in the template's order", arguments: bundled)
    func labelsInOrder(_ id: String) throws {
        let dir = try Repo.temporaryDirectory()
        let (report, url, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: dir)
        let file = try XLSXFile(url: url)
        #expect(file.sheetNames == [report.template.sheetName, EntryMap.sheetName])  // the form, then the hidden map
        let sheet = try #require(file.sheet(report.template.sheetName))
        let rows = try SheetRows(sheet: sheet, template: report.template)
        let sttColumn = report.template.columns.firstIndex { $0.role == .stt }
        let unitColumn = report.template.columns.firstIndex { $0.role == .unit }
        for (i, row) in report.template.rows.enumerated() {
            let r = rows.row(of: i)
            #expect(sheet.cell(row: r, col: rows.labelColumn)?.text == row.label, "row \(i) \(row.id)")
            #expect(sheet.cell(row: r, col: rows.labelColumn)?.type != .number)
            if let sttColumn {
                #expect((sheet.cell(row: r, col: sttColumn)?.text ?? "") == (row.stt ?? ""), "STT of \(row.id)")
            }
            if let unitColumn {
                #expect((sheet.cell(row: r, col: unitColumn)?.text ?? "") == (row.unit ?? ""), "unit of \(row.id)")
            }
            // Sub-rows are indented, labels wrap.
            let style = file.style(of: try #require(sheet.cell(row: r, col: rows.labelColumn)))
            #expect(style.indent == (row.indent ?? 0), "indent of \(row.id)")
            #expect(style.wrapText)
        }
        // Below the table: nothing (the tally of Đạt answers is not a line of the official form;
        // see FormWordingTests).
        let after = sheet.cell(row: rows.row(of: report.template.rows.count), col: rows.labelColumn)?.text
        #expect(after == nil)
    }

    @Test("plain values are numeric cells equal to the input, blanks stay blank", arguments: ["bang2-nam", "tong-ket-2011-2020"])
    func valuesAreNumbers(_ id: String) throws {
        let filled = try FilledExample(id)
        let (report, example, file, sheet, rows) = (filled.report, filled.example, filled.file, filled.sheet, filled.rows)
        let firstValueColumn = filled.firstValueColumn
        let years = report.period.years
        var checked = 0, blanks = 0
        for (i, row) in report.template.rows.enumerated() where row.derived == nil && row.kind.holdsValue {
            let r = rows.row(of: i)
            var expectations: [(Int, Any?)] = []
            if years.isEmpty {
                expectations.append((firstValueColumn, example.values[row.id]))
            } else {
                let perYear = example.values[row.id] as? [String: Any] ?? [:]
                for (offset, year) in years.enumerated() { expectations.append((firstValueColumn + offset, perYear[String(year)])) }
            }
            for (col, given) in expectations {
                let cell = sheet.cell(row: r, col: col)
                if given == nil || given is NSNull {
                    #expect(cell?.rawValue == nil, "\(row.id) col \(col) should be blank, is \(String(describing: cell))")
                    blanks += 1
                    continue
                }
                switch row.kind {
                case .count, .decimal, .percent:
                    let expected = try #require(ExampleInput.number(given), "\(row.id): \(String(describing: given))")
                    #expect(cell?.isNumeric == true, "\(row.id) is not a numeric cell: \(String(describing: cell))")
                    #expect(cell?.number == expected, "\(row.id)")
                    let format = file.numberFormat(of: try #require(cell))
                    #expect(format == (row.kind == .count ? "#,##0" : row.kind == .percent ? "0.00" : "#,##0.00"), "\(row.id) format \(String(describing: format))")
                    checked += 1
                case .code:
                    #expect(cell?.isNumeric == true, "\(row.id) code is not numeric")
                    let legend = row.legend ?? []
                    let expected = ExampleInput.number(given).map(Int.init) ?? legend.first { $0.label == given as? String }?.code
                    #expect(cell?.number.map(Int.init) == expected, "\(row.id)")
                    checked += 1
                case .fraction:
                    // `12/12` as the form shows it: text, centred, both numbers kept.
                    #expect(cell?.isNumeric == false && cell?.text == given as? String, "\(row.id): \(String(describing: cell))")
                    checked += 1
                default:
                    break
                }
            }
        }
        #expect(checked > 20)
        #expect(blanks > 0, "the example should leave some rows blank")
    }

    @Test("derived rates are formulas over their counts, cached with the computed value", arguments: ["bang2-nam", "tong-ket-2011-2020"])
    func derivedRates(_ id: String) throws {
        let filled = try FilledExample(id)
        let (report, example, sheet, rows) = (filled.report, filled.example, filled.sheet, filled.rows)
        let firstValueColumn = filled.firstValueColumn
        let rowNumber = Dictionary(uniqueKeysWithValues: report.template.rows.enumerated().map { ($0.element.id, $0.offset) })
        let years: [Int?] = report.period.years.isEmpty ? [nil] : report.period.years
        var formulas = 0, reported = 0
        for (i, row) in report.template.rows.enumerated() {
            guard let derived = row.derived else { continue }
            for (offset, year) in years.enumerated() {
                let col = firstValueColumn + offset
                var given = example.values[row.id]
                if let year { given = (given as? [String: Any])?[String(year)] }
                func count(_ operand: Operand, _ key: String) -> Double? {
                    if let ref = operand.row {
                        var v = example.values[ref]
                        if let year { v = (v as? [String: Any])?[String(year)] }
                        return ExampleInput.number(v)
                    }
                    return ExampleInput.number((given as? [String: Any])?[key])
                }
                let numerator = count(derived.numerator, "numerator")
                let denominator = count(derived.denominator, "denominator")
                let cell = sheet.cell(row: rows.row(of: i), col: col)
                if let numerator, let denominator {
                    let formula = try #require(cell?.formula, "\(row.id) \(String(describing: year)) should be a formula")
                    #expect(formula.contains("/"), "\(formula)")
                    // The formula refers to the cells holding the counts: those cells hold the counts.
                    let refs = formula.matches(of: /[A-Z]+[0-9]+/).map { String($0.output) }
                    let referenced = Set(refs.compactMap { sheet.cell($0)?.number })
                    #expect(referenced.contains(numerator) && referenced.contains(denominator), "\(row.id): \(formula) over \(refs)")
                    if denominator == 0 {
                        #expect(cell?.number == nil)
                    } else {
                        let expected = numerator / denominator * 100
                        #expect(abs((cell?.number ?? -1) - expected) < 1e-9, "\(row.id) cached \(String(describing: cell?.number)) vs \(expected)")
                    }
                    if let refRow = derived.denominator.row.flatMap({ rowNumber[$0] }) {
                        #expect(refs.contains(CellRef(row: rows.row(of: refRow), col: col).a1), "\(row.id) should use row \(derived.denominator.row!)")
                    }
                    formulas += 1
                } else if let value = ExampleInput.number((given as? [String: Any])?["value"]) ?? ExampleInput.number(given) {
                    #expect(cell?.formula == nil)
                    #expect(cell?.number == value, "\(row.id) reported")
                    reported += 1
                }
            }
        }
        #expect(formulas >= 3, "\(id): \(formulas) formulas")
        #expect(reported >= 1, "\(id): \(reported) reported rates")
    }

    @Test("header: merged cells, year columns and the cut-off label")
    func headers() throws {
        let dir = try Repo.temporaryDirectory()
        let (b2, b2url, _) = try Repo.fill(Repo.examples.appendingPathComponent("bang2-nam.json"), into: dir)
        let sheet = try #require(try XLSXFile(url: b2url).sheet(b2.template.sheetName))
        func find(_ text: String) -> CellRef? { sheet.orderedCells.first { $0.text == text }?.ref }
        let stt = try #require(find("STT"))
        let result = try #require(find("Kết quả thống kê"))
        let unit = try #require(find("Đơn vị tính"))
        let value = try #require(find("Số liệu"))
        #expect(sheet.merges.contains("\(stt.a1):\(CellRef(row: stt.row + 1, col: stt.col).a1)"), "\(sheet.merges)")
        #expect(sheet.merges.contains("\(result.a1):\(CellRef(row: result.row, col: result.col + 1).a1)"), "\(sheet.merges)")
        #expect(unit.row == stt.row + 1 && unit.col == result.col && value.col == result.col + 1)
        #expect(find("NĂM 2021") != nil, "title with the year")
        #expect(find("PHỤ LỤC 2") != nil)

        let (tk, tkurl, _) = try Repo.fill(Repo.examples.appendingPathComponent("tong-ket-2011-2020.json"), into: dir)
        let ten = try #require(try XLSXFile(url: tkurl).sheet(tk.template.sheetName))
        let years = (2011...2019).map { "Năm \($0)" } + ["Năm 2020 (Tính đến 31/3)"]
        let cells = years.map { y in ten.orderedCells.first { $0.text == y }?.ref }
        #expect(cells.allSatisfy { $0 != nil }, "\(years)")
        let refs = cells.compactMap { $0 }
        #expect(Set(refs.map(\.row)).count == 1)
        #expect(refs.map(\.col) == Array(refs[0].col..<(refs[0].col + 10)))
        let group = try #require(ten.orderedCells.first { $0.text == "Các đơn vị, địa phương thuộc tỉnh" }?.ref)
        #expect(ten.merges.contains("\(group.a1):\(CellRef(row: group.row, col: group.col + 9).a1)"), "\(ten.merges)")
        #expect(ten.orderedCells.contains { $0.text == "SỐ LIỆU KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GIAI ĐOẠN 2011 - 2020" })
    }

    @Test("ready to print: paper, fit to width, repeated header, page numbers, frozen panes", arguments: bundled)
    func printSetup(_ id: String) throws {
        let dir = try Repo.temporaryDirectory()
        let (report, url, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: dir)
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        #expect(sheet.pageSetup["paperSize"] == "9")
        #expect(sheet.pageSetup["fitToWidth"] == nil || sheet.pageSetup["fitToWidth"] == "1")
        #expect(sheet.pageSetup["fitToHeight"] == "0")
        #expect(sheet.pageSetup["fitToPage"] == "1")
        #expect(sheet.pageSetup["orientation"] == (report.template.page?.orientation ?? "portrait"))
        #expect(sheet.printTitles != nil)
        #expect(sheet.headerFooter["oddFooter"]?.contains("&P") == true)
        // The print area is the visible table, from column A to the last visible column: hidden
        // helper columns would otherwise shrink LibreOffice's fit-to-width scale.
        let book = try XLSXFile(url: url)
        let area = try #require(book.definedNames.first { $0.name == "_xlnm.Print_Area" }, "no print area")
        let layout = FormLayout(report: report)
        let lastColumn = CellAddress.column(layout.visibleColumnCount - 1)
        let lastRow = max(layout.footnoteRow + (report.template.footnotes?.count ?? 0), layout.endRow)
        #expect(area.refersTo.hasSuffix("!$A$1:$\(lastColumn)$\(lastRow)"), "\(area.refersTo)")
        #expect(!layout.columns.dropFirst(layout.visibleColumnCount).contains { !$0.hidden })
        let pane = try #require(sheet.frozenPane)
        let rows = try SheetRows(sheet: sheet, template: report.template)
        #expect(pane.row == rows.firstRow)
        #expect(pane.col == rows.labelColumn + 1)
    }

    @Test("the same input gives identical bytes", arguments: bundled)
    func deterministic(_ id: String) throws {
        let a = try Repo.temporaryDirectory(), b = try Repo.temporaryDirectory()
        let (_, first, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: a)
        let (_, second, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: b)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test("LibreOffice recalculates every formula to its cached value", arguments: bundled)
    func libreOfficeAgrees(_ id: String) throws {
        let dir = try Repo.temporaryDirectory()
        let (report, url, _) = try Repo.fill(Repo.examples.appendingPathComponent("\(id).json"), into: dir)
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        let csv = try LibreOffice.recalculatedCSV(of: url)
        let grid = try #require(csv[report.template.sheetName], "sheets: \(csv.keys.sorted())")
        var compared = 0
        for cell in sheet.orderedCells where cell.type == .number || cell.formula != nil {
            let r = cell.ref.row, c = cell.ref.col
            let text = r < grid.count && c < grid[r].count ? grid[r][c] : ""
            if let cached = cell.number {
                let recalculated = try #require(Double(text), "\(cell.ref.a1): LibreOffice gave \"\(text)\" for \(cell.formula ?? "a number")")
                #expect(abs(recalculated - cached) < 1e-9 * max(1, abs(cached)), "\(cell.ref.a1) \(cell.formula ?? ""): \(recalculated) vs \(cached)")
            } else {
                #expect(text == (cell.text ?? ""), "\(cell.ref.a1): cached \"\(cell.text ?? "")\", LibreOffice gave \"\(text)\"")
            }
            if cell.formula != nil { compared += 1 }
        }
        let hasDerived = report.template.rows.contains { $0.derived != nil }
        #expect(!hasDerived || compared > 0)
    }

    @Test("a zero denominator gives a blank rate that stays blank after recalculation")
    func zeroDenominator() throws {
        let dir = try Repo.temporaryDirectory()
        let catalog = try Repo.catalog()
        let template = try catalog.template(id: "bang2-nam")
        let rate = try #require(template.rows.first { $0.derived.map { $0.numerator.isComponent && $0.denominator.isComponent } ?? false })
        let input = try Repo.writeInput("""
        { "template": "bang2-nam", "unit": { "name": "UBND xã Thử Nghiệm" }, "period": { "year": 2022 },
          "values": { "\(rate.id)": { "numerator": 0, "denominator": 0 } } }
        """, named: "zero.json", in: dir)
        let (report, url, _) = try Repo.fill(input, into: dir)
        let sheet = try #require(try XLSXFile(url: url).sheet(report.template.sheetName))
        let rows = try SheetRows(sheet: sheet, template: template)
        let index = try #require(template.rows.firstIndex { $0.id == rate.id })
        let col = template.columns.firstIndex { $0.role == .value }!
        let cell = try #require(sheet.cell(row: rows.row(of: index), col: col))
        #expect(cell.formula != nil)
        #expect(cell.number == nil)
        #expect((cell.text ?? "") == "")
        let grid = try #require(try LibreOffice.recalculatedCSV(of: url)[template.sheetName])
        #expect(grid[cell.ref.row][cell.ref.col] == "")
    }
}
