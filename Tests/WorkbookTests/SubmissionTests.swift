import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The submission workbook (`cchc submit`), read back with the independent reader and opened in
/// LibreOffice.
@Suite("submit: the submission workbook", .serialized)
struct SubmissionTests {
    /// The bundled examples and what their workbooks hold.
    struct Example: Sendable, CustomStringConvertible {
        var path: String
        var sheets: [String]
        /// Printed pages per sheet, as the layout intends (see `pagesPerSheet`).
        var pages: [String: Int]
        /// The place and date line of the heading, as the cover writes it.
        var placeAndDate: String
        var description: String { path }
    }

    static let annual = Example(
        path: "bao-cao-nam/submission.json",
        sheets: ["Thông tin chung", "Bảng 1", "Bảng 2", "Kiểm tra"],
        // Cover: one portrait page. Bảng 1: five officials, one landscape page. Bảng 2: 179 rows,
        // fit to the width of a portrait page, broken where Excel's pages end (its scale, 80 %,
        // with Calibri's column widths) and never after a heading: six pages. LibreOffice without
        // Calibri draws the columns wider and scales the table further down, so its pages are
        // not full; they still break where the sheet says (before the breaks: four fuller pages,
        // one of them ending on the heading IV.3). Kiểm tra: "Không có sai sót", one page.
        pages: ["Thông tin chung": 1, "Bảng 1": 1, "Bảng 2": 6, "Kiểm tra": 1],
        placeAndDate: "Tân Hòa Đông, ngày 20 tháng 12 năm 2021")
    static let review = Example(
        path: "tong-ket-2011-2020/submission.json",
        sheets: ["Thông tin chung", "Phụ lục 2", "Phụ lục 3", "Kiểm tra", "Biểu đồ"],
        // Phụ lục 2: 31 rows × 10 years on landscape pages, broken where Excel's pages end and never
        // after a heading: three pages (before: two, the first ending on the heading 5.). Phụ lục 3:
        // the 16 targets, two portrait pages at Excel's scale. Biểu đồ: two charts, fit to one
        // landscape page.
        pages: ["Thông tin chung": 1, "Phụ lục 2": 3, "Phụ lục 3": 2, "Kiểm tra": 1, "Biểu đồ": 1],
        placeAndDate: "Tân Hòa Đông, ngày 15 tháng 4 năm 2020")
    static let examples = [annual, review]

    /// Reads a submission file and writes its workbook into a fresh directory.
    static func write(_ relative: String, name: String = "submission.xlsx") throws -> (Submission, URL) {
        let submission = try read(Repo.examples.appendingPathComponent(relative).path)
        let url = try Repo.temporaryDirectory().appendingPathComponent(name)
        try SubmissionWriter.write(submission, to: url.path)
        return (submission, url)
    }

    /// Reads and checks a submission file through the pipeline every command uses.
    static func read(_ path: String) throws -> Submission {
        let checked = Pipeline.checkSubmission(at: path, catalog: try Repo.catalog())
        #expect(!checked.findings.hasUnreadableFile, "\(checked.findings.map(\.code))")
        return try #require(checked.submission, "\(checked.findings.map(Catalogue.english.line))")
    }

    /// `'Bảng 2'!D45` → ("Bảng 2", D45).
    static func parse(location: String) -> (sheet: String, cell: CellRef)? {
        guard let bang = location.range(of: "!", options: .backwards) else { return nil }
        var sheet = String(location[..<bang.lowerBound])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") && sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        guard let cell = CellRef(String(location[bang.upperBound...]).replacingOccurrences(of: "$", with: "")) else { return nil }
        return (sheet, cell)
    }

    /// The sheet and template row of a report row, found by reading the label column.
    static func cell(of rowID: String, valueIndex: Int, report: Report, in sheet: Worksheet) throws -> CellRef {
        let rows = try SheetRows(sheet: sheet, template: report.template)
        let index = try #require(report.template.rows.firstIndex { $0.id == rowID })
        let firstValue = try #require(report.template.columns.firstIndex { $0.role == .value || $0.role == .years })
        return CellRef(row: rows.row(of: index), col: firstValue + valueIndex)
    }

    // MARK: Sheets

    @Test("sheet names and order: cover, appendices, Kiểm tra, Biểu đồ for the per-year one", arguments: examples)
    func sheetOrder(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        // The visible sheets, then the hidden map of what the workbook is (`_cchc`).
        #expect(file.sheetNames == example.sheets + [EntryMap.sheetName])
        #expect(file.worksheetNames == example.sheets + [EntryMap.sheetName])
        #expect(file.activeSheetIndex == 0)
        #expect(try SubmissionWriter.sheetNames(for: submission) == example.sheets)
        for sheet in file.sheets where sheet.name != EntryMap.sheetName {
            #expect(sheet.headerFooter["oddFooter"]?.contains("&A") == true, "\(sheet.name): the footer names the sheet")
        }
    }

    @Test("the cover: report heading, unit, period, signer, and links to every sheet that resolve", arguments: examples)
    func cover(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        let cover = try #require(file.sheet("Thông tin chung"))
        let texts = Set(cover.orderedCells.compactMap(\.text))
        for expected in [submission.unit.name, submission.unit.province!, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Số: " + submission.report.number!, example.placeAndDate, submission.report.date!.vietnamese,
                         submission.signer.name, "Không có sai sót"] + submission.signer.lines + submission.report.issuer {
            #expect(texts.contains(expected), "cover lacks \(expected)")
        }
        #expect(texts.contains(submission.period.cutoff!.vietnamese))
        #expect(texts.contains { $0.hasPrefix("Năm 2021") || $0.hasPrefix("Giai đoạn 2011 – 2020") })
        #expect(texts.contains { $0.hasPrefix("Không có sai sót") })
        // Every sheet but the cover is linked, and every link lands on a sheet and cell that exist.
        var linked: Set<String> = []
        for link in cover.hyperlinks {
            #expect(link.isInternal, "\(link)")
            let (sheet, cell) = try #require(Self.parse(location: link.location ?? ""), "\(link)")
            let target = try #require(file.sheet(sheet), "link to missing sheet \(sheet)")
            #expect(cell.row < 1_048_576 && cell.col < CellRef.maxColumns)
            #expect(target.kind == .worksheet)
            linked.insert(sheet)
            if let text = cover.cell(link.ref)?.text, example.sheets.contains(text) { #expect(text == sheet) }
        }
        #expect(linked == Set(example.sheets.dropFirst()))
    }

    @Test("document properties: title, subject, author the unit, company the province, keywords, the report's date")
    func properties() throws {
        let (_, url) = try Self.write(Self.annual.path)
        let file = try XLSXFile(url: url)
        #expect(file.coreProperties["dc:title"] == "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021 (số 215/BC-UBND)")
        #expect(file.coreProperties["dc:subject"]?.contains("Bảng 1, Bảng 2") == true)
        #expect(file.coreProperties["dc:creator"] == "UBND huyện Tân Hòa Đông")
        #expect(file.appProperties["Company"] == "Tỉnh Phú An")
        #expect(file.coreProperties["cp:keywords"] == "CCHC, can-bo-dau-moi, bang2-nam, 2021")
        #expect(file.coreProperties["dcterms:created"] == "2021-12-20T00:00:00Z")
    }

    @Test("the same submission gives identical bytes", arguments: examples)
    func deterministic(_ example: Example) throws {
        let (_, first) = try Self.write(example.path)
        let (_, second) = try Self.write(example.path)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    // MARK: Appendix decorations

    @Test("drop-down lists on every coded and Đạt/Không đạt cell, over a range of legend cells, with the legend as input message", arguments: examples)
    func dropDowns(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        var checked = 0
        for appendix in submission.appendices {
            let report = try #require(appendix.report)
            let sheet = try #require(file.sheet(appendix.sheetName))
            for validation in sheet.dataValidations {
                #expect(validation.type == "list")
                #expect(validation.listItems == nil, "an inline list: \(validation.formula1 ?? "")")
            }
            for filled in report.rows where filled.row.kind == .code || filled.row.kind == .pass {
                for valueIndex in report.valueColumns.indices {
                    let cell = try Self.cell(of: filled.row.id, valueIndex: valueIndex, report: report, in: sheet)
                    let rules = sheet.dataValidations(at: cell.a1)
                    let rule = try #require(rules.first, "\(appendix.sheetName) \(filled.row.id) \(cell.a1) has no drop-down")
                    let (_, range) = try #require(Self.parse(location: "'\(sheet.name)'!" + (rule.formula1 ?? "").split(separator: ":").first.map(String.init)!))
                    let last = try #require(CellRef((rule.formula1 ?? "").split(separator: ":").last.map { String($0).replacingOccurrences(of: "$", with: "") } ?? ""))
                    let items = (range.row...last.row).map { sheet.cell(row: $0, col: range.col) }
                    #expect(sheet.isColumnHidden(CellRef.columnLetters(range.col)), "the legend cells are in a hidden column")
                    if filled.row.kind == .pass {
                        #expect(items.map { $0?.text } == ["Đạt", "Không đạt"])
                        #expect(rule.prompt?.contains("Đạt") == true && rule.prompt?.contains("Không đạt") == true)
                    } else {
                        let legend = try #require(filled.row.legend)
                        #expect(items.map { $0?.number.map(Int.init) } == legend.map { Optional($0.code) }, "\(filled.row.id)")
                        let labels = (range.row...last.row).map { sheet.cell(row: $0, col: range.col + 1)?.text }
                        #expect(labels == legend.map { Optional($0.label) }, "\(filled.row.id)")
                        for entry in legend { #expect(rule.prompt?.contains("\(entry.code) = \(entry.label)") == true, "\(rule.prompt ?? "")") }
                    }
                    #expect(rule.showInputMessage && rule.promptTitle != nil)
                    #expect(rule.error != nil)
                    checked += 1
                }
            }
        }
        #expect(checked >= 16, "\(checked) coded or Đạt/Không đạt cells")
    }

    @Test("conditional formats: Không đạt shaded, and every value column watched for impossible counts and rates", arguments: examples)
    func conditionalFormats(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        for appendix in submission.appendices {
            let report = try #require(appendix.report)
            let sheet = try #require(file.sheet(appendix.sheetName))
            for filled in report.rows {
                let kinds: [ValueKind] = [.pass, .count, .percent]
                guard kinds.contains(filled.row.kind) else { continue }
                for valueIndex in report.valueColumns.indices {
                    let cell = try Self.cell(of: filled.row.id, valueIndex: valueIndex, report: report, in: sheet)
                    let rules = sheet.conditionalFormats(at: cell.a1)
                    #expect(!rules.isEmpty, "\(appendix.sheetName) \(cell.a1) (\(filled.row.id)) has no conditional format")
                    for rule in rules {
                        #expect(rule.type == "expression")
                        let style = try #require(rule.dxfId.flatMap(file.dxf))
                        #expect(style.fillColor != nil)
                    }
                    if filled.row.kind == .pass {
                        #expect(rules.contains { $0.formulas.first?.contains("\"Không đạt\"") == true })
                    }
                }
            }
        }
    }

    @Test("a comment on every rate reported rather than computed, and on no other cell", arguments: examples)
    func comments(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        var reported = 0
        for appendix in submission.appendices {
            let report = try #require(appendix.report)
            let sheet = try #require(file.sheet(appendix.sheetName))
            var expected: Set<String> = []
            for filled in report.rows where filled.row.derived != nil {
                for (valueIndex, value) in filled.values.enumerated() {
                    guard case .rate(let rate) = value, !rate.isFormula, let number = rate.reported else { continue }
                    let cell = try Self.cell(of: filled.row.id, valueIndex: valueIndex, report: report, in: sheet)
                    expected.insert(cell.a1)
                    #expect(sheet.cell(cell.a1)?.formula == nil)
                    #expect(sheet.cell(cell.a1)?.number == number)
                    let text = try #require(sheet.comments[cell.a1], "\(filled.row.id) \(cell.a1)")
                    #expect(text.contains("do đơn vị báo cáo") && text.contains(VietnameseNumber.format(number)), "\(text)")
                }
            }
            #expect(Set(sheet.comments.keys) == expected, "\(appendix.sheetName)")
            reported += expected.count
        }
        #expect(reported >= 2)
    }

    @Test("defined names for every derived rate (each year) and every year's column", arguments: examples)
    func definedNames(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        var rates = 0, years = 0
        for appendix in submission.appendices {
            let report = try #require(appendix.report)
            let sheet = try #require(file.sheet(appendix.sheetName))
            let prefix = report.template.id.replacingOccurrences(of: "-", with: "_")
            for filled in report.rows where filled.row.derived != nil {
                for (valueIndex, column) in report.valueColumns.enumerated() {
                    var name = "TyLe_\(prefix)_" + filled.row.id.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")
                    if let year = column.year { name += "_\(year)" }
                    let defined = try #require(file.definedName(name), "missing \(name)")
                    let (target, cell) = try #require(Self.parse(location: defined.refersTo))
                    #expect(target == appendix.sheetName)
                    #expect(cell == (try Self.cell(of: filled.row.id, valueIndex: valueIndex, report: report, in: sheet)), "\(name)")
                    rates += 1
                }
            }
            for column in report.valueColumns {
                guard let year = column.year else { continue }
                let defined = try #require(file.definedName("Nam\(year)_\(prefix)"))
                let range = try #require(CellRange(String(defined.refersTo.split(separator: "!").last!).replacingOccurrences(of: "$", with: "")))
                let header = sheet.cells(inColumn: range.first.col).first { $0.text?.hasPrefix("Năm \(year)") == true }
                #expect(header != nil, "the column of Nam\(year) is headed Năm \(year)")
                let rows = try SheetRows(sheet: sheet, template: report.template)
                #expect(range.first.row == rows.firstRow && range.last.row == rows.row(of: report.rows.count - 1))
                years += 1
            }
        }
        #expect(rates >= 15)
        #expect(years == (example.path == Self.review.path ? 10 : 0))
    }

    // MARK: Chart

    @Test("Biểu đồ: the on-time rates by level as lines and the one-stop and online counts as columns, titled in Vietnamese")
    func chart() throws {
        let (submission, url) = try Self.write(Self.review.path)
        let file = try XLSXFile(url: url)
        let parts = try file.chartParts(inSheet: "Biểu đồ")
        #expect(parts.count == 2)
        let report = try #require(submission.appendices[0].report)
        let sheet = try #require(file.sheet("Phụ lục 2"))
        let texts = try parts.map { String(decoding: try #require(file.parts[$0]), as: UTF8.self) }
        #expect(texts[0].contains("<c:lineChart>"))
        #expect(texts[1].contains("<c:barChart>") && texts[1].contains("<c:barDir val=\"col\"/>"))
        for text in ["Tỷ lệ đúng hạn (%)", "Năm", "Cấp huyện", "Cấp xã", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn theo cấp, 2011 - 2020"] {
            #expect(texts[0].contains(text), "line chart lacks \(text)")
        }
        for text in ["Số thủ tục", "Năm", "Một cửa cấp huyện", "DVC trực tuyến mức độ 3"] {
            #expect(texts[1].contains(text), "column chart lacks \(text)")
        }
        #expect(texts.allSatisfy { $0.contains("<c:legend>") })
        // The rates' axis runs from 0 to 100 %, whatever the rates: a dip of a point does not fill the chart.
        #expect(texts[0].contains("<c:max val=\"100\"/>") && texts[0].contains("<c:min val=\"0\"/>"), "the rate axis is cut")
        #expect(texts[0].contains("<c:majorUnit val=\"20\"/>"))
        // The province's rates were not reported: that series is not drawn.
        #expect(!texts[0].contains("Cấp tỉnh"))
        // Every series reads the appendix sheet, its name quoted, and caches what the cells show.
        for text in texts {
            let series = text.components(separatedBy: "<c:ser>").dropFirst()
            #expect(!series.isEmpty)
            for item in series {
                let formulas = item.matches(of: /<c:f>([^<]*)<\/c:f>/).map { String($0.output.1) }
                #expect(formulas.count == 2)
                #expect(formulas.allSatisfy { $0.hasPrefix("'Phụ lục 2'!$") }, "\(formulas)")
                let (_, first) = try #require(Self.parse(location: formulas[1].components(separatedBy: ":")[0]))
                let values = item.components(separatedBy: "<c:val>").last ?? ""
                let points = Dictionary(uniqueKeysWithValues: values.matches(of: /<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/).map { (Int($0.output.1)!, Double($0.output.2)!) })
                for year in 0..<report.valueColumns.count {
                    let cell = sheet.cell(row: first.row, col: first.col + year)
                    if let number = cell?.number {
                        #expect(abs((points[year] ?? -1) - number) < 1e-9, "\(formulas[1]) year \(year): cache \(points[year] ?? -1), cell \(number)")
                    } else {
                        #expect(points[year] == nil, "a blank cell is not cached as 0")
                    }
                }
            }
        }
    }

    @Test("no Biểu đồ without a per-year appendix")
    func noChart() throws {
        let (_, url) = try Self.write(Self.annual.path)
        let file = try XLSXFile(url: url)
        for sheet in file.sheetNames { #expect(try file.chartParts(inSheet: sheet).isEmpty) }
    }

    // MARK: LibreOffice

    /// Which sheet each page of a PDF belongs to, read from the footer every sheet prints
    /// (`<sheet> – Trang n/N`).
    static func pagesPerSheet(pdf: URL, pages: Int, sheets: [String]) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for page in 1...pages {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["pdftotext", "-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", pdf.path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let text = String(decoding: data, as: UTF8.self).precomposedStringWithCanonicalMapping
            let owners = sheets.filter { text.contains("\($0.precomposedStringWithCanonicalMapping) – Trang") }
            #expect(owners.count == 1, "page \(page) belongs to \(owners)")
            if let owner = owners.first { counts[owner, default: 0] += 1 }
        }
        return counts
    }

    @Test("LibreOffice converts the workbook to PDF, with the pages per sheet the layout intends", arguments: examples)
    func pdf(_ example: Example) throws {
        let (_, url) = try Self.write(example.path)
        let (pdf, pages) = try LibreOffice.convertToPDF(url, outputDirectory: try Repo.temporaryDirectory())
        #expect(pages == example.pages.values.reduce(0, +))
        #expect(try Self.pagesPerSheet(pdf: pdf, pages: pages, sheets: example.sheets) == example.pages)
    }

    @Test("LibreOffice recalculates every formula of the appendices to its cached value", arguments: examples)
    func recalculation(_ example: Example) throws {
        let (submission, url) = try Self.write(example.path)
        let file = try XLSXFile(url: url)
        let csv = try LibreOffice.recalculatedCSV(of: url)
        var compared = 0
        for appendix in submission.appendices {
            let sheet = try #require(file.sheet(appendix.sheetName))
            let grid = try #require(csv[appendix.sheetName])
            for cell in sheet.orderedCells where cell.formula != nil {
                let text = cell.ref.row < grid.count && cell.ref.col < grid[cell.ref.row].count ? grid[cell.ref.row][cell.ref.col] : ""
                if let cached = cell.number {
                    let value = try #require(Double(text), "\(cell.ref.a1): \(text)")
                    #expect(abs(value - cached) < 1e-9 * max(1, abs(cached)))
                } else if cell.type != .formulaString {
                    #expect(text == "" || cell.text == text, "\(cell.ref.a1): \(text)")
                }
                compared += 1
            }
        }
        #expect(compared > 0)
    }

    // MARK: Seeded contradictions

    /// The columns of `Kiểm tra`: the printed ones, then the hidden source (file and JSON path).
    static let checkColumns = ["STT", "Mức độ", "Phụ lục", "STT dòng", "Chỉ tiêu", "Năm", "Giá trị", "Nội dung", "Ô"]
    static let sourceColumn = 9

    /// The sheet row (0-based) of the column headers of `Kiểm tra`.
    static func checkHeader(_ check: Worksheet) throws -> Int {
        try #require(check.orderedCells.first { $0.text == "Nội dung" }?.ref.row)
    }

    /// Every line of `Kiểm tra` links to the offending cell, which holds one of the finding's values.
    static func checkLinks(_ submission: Submission, _ file: XLSXFile) throws -> Int {
        let check = try #require(file.sheet("Kiểm tra"))
        let header = try checkHeader(check)
        #expect((0..<checkColumns.count).map { check.cell(row: header, col: $0)?.text } == checkColumns.map(Optional.some))
        let findings = submission.findings
        var linked = 0
        for (i, finding) in findings.enumerated() {
            let row = header + 1 + i
            let location = finding.location
            #expect(check.cell(row: row, col: 0)?.text == String(i + 1))
            #expect(check.cell(row: row, col: 1)?.text == (finding.severity == .error ? "Lỗi" : "Cảnh báo"))
            #expect((check.cell(row: row, col: 3)?.text ?? "") == (location.stt ?? ""))
            let label = location.label.map { $0 + (location.column.map { " (\($0))" } ?? "") } ?? ""
            #expect((check.cell(row: row, col: 4)?.text ?? "") == label)
            #expect((check.cell(row: row, col: 5)?.text ?? "") == (finding.year.map(String.init) ?? ""))
            #expect(check.cell(row: row, col: 7)?.text == Catalogue.vietnamese.message(finding.problem))
            // The hidden source says where in which file.
            let source = check.cell(row: row, col: sourceColumn)?.text ?? ""
            #expect(source.hasPrefix((finding.file as NSString).lastPathComponent + ": ") && source.hasSuffix(location.placeText), "\(source)")
            let link = try #require(check.hyperlink(at: CellRef(row: row, col: 8).a1), "finding \(i + 1) has no link")
            let (sheetName, cell) = try #require(Self.parse(location: link.location ?? ""))
            let sheet = try #require(file.sheet(sheetName), "finding \(i + 1) links to a missing sheet \(sheetName)")
            #expect(cell.row < 1_048_576 && cell.col < CellRef.maxColumns)
            guard finding.row != nil else { continue }
            let appendix = try #require(submission.appendices.first { $0.sheetName == sheetName })
            let report = try #require(appendix.report)
            // The link lands on the finding's row (its label) and a cell that holds an offending value.
            let rows = try SheetRows(sheet: sheet, template: report.template)
            #expect(sheet.cell(row: cell.row, col: rows.labelColumn)?.text == location.label, "\(link.location ?? "")")
            let number = try #require(sheet.cell(cell.a1)?.number, "\(link.location ?? "") holds no number")
            let figures = finding.problem.figures.map(\.value)
            #expect(figures.contains { abs($0 - number) < 1e-9 }, "\(number) is not among \(finding.problem.figures)")
            if let year = finding.year {
                let header = sheet.cells(inColumn: cell.col).first { $0.text?.hasPrefix("Năm \(year)") == true }
                #expect(header != nil, "\(link.location ?? "") is not in the column of \(year)")
            }
            // …and the cell is shaded while it holds it.
            let shades = sheet.conditionalFormats(at: cell.a1).filter { $0.formulas.first?.contains(cell.a1) == true }
            #expect(shades.contains { $0.dxfId.flatMap(file.dxf)?.fillColor != nil }, "\(cell.a1) not shaded")
            linked += 1
        }
        return linked
    }

    /// English words that have no place in the Vietnamese text of a workbook (none is a
    /// Vietnamese word without its diacritics).
    static let englishWords: Set<String> = [
        "the", "is", "not", "must", "expected", "row", "value", "numerator", "larger", "differs", "error", "warning", "file",
        "given", "than",
    ]

    /// The English words of `text`, outside quoted text (`"…"`, `“…”`, `` `…` ``), which stays as the user typed it.
    static func englishWords(in text: String) -> [String] {
        var stripped = text
        for pattern in [#""[^"]*""#, #"“[^”]*”"#, #"`[^`]*`"#] {
            stripped = stripped.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return stripped.lowercased().split { !$0.isLetter }.map(String.init).filter(englishWords.contains)
    }

    @Test("a submission with seeded contradictions lists each in Kiểm tra with a working link, and the cover warns in red")
    func seeded() throws {
        let (submission, url) = try Self.write("invalid/submission/submission-contradictions.json")
        #expect(submission.findings.errorCount == 5)
        #expect(Set(submission.findings.map(\.code)) == [.checkFailed, .rateNumeratorAbove, .rateMismatch], "\(submission.findings.map(\.code))")
        let file = try XLSXFile(url: url)
        #expect(try Self.checkLinks(submission, file) == 5)
        let cover = try #require(file.sheet("Thông tin chung"))
        let warning = try #require(cover.orderedCells.first { $0.text?.hasPrefix("BÁO CÁO CÒN 5 LỖI") == true })
        #expect(file.style(of: warning).fontColor?.hasSuffix("FF0000") == true)
        #expect(file.style(of: warning).bold)
        let text = try #require(warning.text).lowercased()
        #expect(text.contains("còn 5 lỗi"), "\(text)")
        #expect(!cover.orderedCells.contains { $0.text?.contains("--allow-errors") == true || $0.text?.contains("allow") == true })
        #expect(file.sheet("Kiểm tra")?.orderedCells.contains { $0.text == "Tổng cộng: 5 lỗi" } == true)
        // A clean submission has no such line.
        let (_, clean) = try Self.write(Self.annual.path)
        #expect(try XLSXFile(url: clean).sheet("Thông tin chung")?.orderedCells.contains { $0.text?.hasPrefix("BÁO CÁO CÒN") == true } == false)
    }

    @Test("Kiểm tra speaks Vietnamese: no JSON path on the page, the source column hidden, no English, Vietnamese numbers")
    func checkSheetInVietnamese() throws {
        let (submission, url) = try Self.write("invalid/submission/submission-contradictions.json")
        let file = try XLSXFile(url: url)
        let check = try #require(file.sheet("Kiểm tra"))
        let header = try Self.checkHeader(check)
        // The source (file and JSON path) is in the last column, hidden; no printed column shows a path.
        #expect(check.isColumnHidden(CellRef.columnLetters(Self.sourceColumn)))
        for c in 0..<Self.checkColumns.count { #expect(!check.isColumnHidden(CellRef.columnLetters(c)), "column \(c) hidden") }
        #expect(check.cells(inColumn: Self.sourceColumn).contains { $0.text?.contains("$.") == true }, "the source keeps the JSON paths")
        let printed = check.orderedCells.filter { $0.ref.col < Self.checkColumns.count }
        for cell in printed {
            let text = cell.text ?? ""
            #expect(!text.contains("$."), "\(cell.ref.a1) shows a JSON path: \(text)")
            #expect(Self.englishWords(in: text).isEmpty, "\(cell.ref.a1) has English \(Self.englishWords(in: text)): \(text)")
        }
        // Numbers in Vietnamese notation: the seeded rate (98,8 % reported, 1.204/1.210) and the numerator 10.300 > 10.248.
        let rows = submission.findings.enumerated().map { (index: $0.offset, finding: $0.element) }
        let mismatch = try #require(rows.first { $0.finding.code == .rateMismatch })
        let mismatchMessage = try #require(check.cell(row: header + 1 + mismatch.index, col: 7)?.text)
        #expect(mismatchMessage.contains("98,8 %") && mismatchMessage.contains("1.204/1.210"), "\(mismatchMessage)")
        let mismatchValues = try #require(check.cell(row: header + 1 + mismatch.index, col: 6)?.text)
        #expect(mismatchValues.contains("Tỷ lệ báo cáo = 98,8") && mismatchValues.contains("Tử số = 1.204")
                && mismatchValues.contains("Mẫu số = 1.210"), "\(mismatchValues)")
        #expect(!mismatchValues.contains("98.8") && !mismatchValues.contains("1,204"), "\(mismatchValues)")
        let above = try #require(rows.first { $0.finding.code == .rateNumeratorAbove })
        let aboveMessage = try #require(check.cell(row: header + 1 + above.index, col: 7)?.text)
        #expect(aboveMessage.contains("10.300") && aboveMessage.contains("10.248"), "\(aboveMessage)")
        // Every link resolves: to a sheet of the workbook, and to a cell of it, shown as sheet!cell.
        var links = 0
        for link in check.hyperlinks {
            #expect(link.isInternal, "\(link)")
            let (sheetName, cell) = try #require(Self.parse(location: link.location ?? ""), "\(link)")
            #expect(file.sheetNames.contains(sheetName), "\(link.location ?? "")")
            #expect(cell.row < 1_048_576 && cell.col < CellRef.maxColumns)
            let shown = check.cell(link.ref)?.text ?? ""
            #expect(shown == sheetName || shown == "\(sheetName)!\(cell.a1)", "\(link.ref) shows \(shown) for \(link.location ?? "")")
            links += 1
        }
        #expect(links == submission.findings.count)
        // The word list does find English: the same sheet written with the English catalogue trips it.
        let english = try Repo.temporaryDirectory().appendingPathComponent("english.xlsx")
        try SubmissionWriter.write(submission, to: english.path, catalogue: .english)
        let englishCheck = try #require(try XLSXFile(url: english).sheet("Kiểm tra"))
        #expect(englishCheck.orderedCells.contains { !Self.englishWords(in: $0.text ?? "").isEmpty })
    }

    @Test("LibreOffice shows Kiểm tra as written: Vietnamese messages and numbers")
    func checkSheetInLibreOffice() throws {
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let (submission, url) = try Self.write("invalid/submission/submission-contradictions.json")
        let check = try #require(try XLSXFile(url: url).sheet("Kiểm tra"))
        let grid = try #require(try LibreOffice.recalculatedCSV(of: url)["Kiểm tra"])
        var compared = 0
        for cell in check.orderedCells where cell.ref.col < Self.checkColumns.count && cell.type != .number {
            let shown = grid.value(at: cell.ref.a1) ?? ""
            #expect(shown == (cell.text ?? ""), "\(cell.ref.a1): LibreOffice shows \"\(shown)\", the file holds \"\(cell.text ?? "")\"")
            compared += 1
        }
        #expect(compared > 5 * submission.findings.count)
        #expect(grid.joined().contains { $0.contains("98,8 %") })
    }

    @Test("per-year contradictions link to the year's column")
    func seededPerYear() throws {
        let directory = try Repo.temporaryDirectory()
        let path = directory.appendingPathComponent("review.json")
        try Data("""
        {
          "unit": {"name": "UBND xã Thử Nghiệm", "province": "Tỉnh Phú An"},
          "report": {"number": "9/BC-UBND", "date": "2020-04-01"},
          "period": {"from": 2016, "to": 2020},
          "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
          "appendices": [{"template": "tong-ket-2011-2020", "data": {"values": {
            "3.tiep-nhan": {"2018": 12, "2019": 10},
            "3.da-xu-ly": {"2018": 12, "2019": 11},
            "5.ty-le-dung-han-xa": {"2017": {"numerator": 4460, "denominator": 4452}},
            "6.ho-so-truc-tuyen": {"2016": 37, "2017": 1640}
          }}}]
        }
        """.utf8).write(to: path)
        let submission = try Self.read(path.path)
        #expect(Set(submission.findings.compactMap(\.year)) == [2017, 2019], "\(submission.findings.map(Catalogue.english.line))")
        #expect(Set(submission.findings.map(\.code)) == [.checkFailed, .rateNumeratorAbove, .yearJump], "\(submission.findings.map(\.code))")
        let url = directory.appendingPathComponent("review.xlsx")
        try SubmissionWriter.write(submission, to: url.path)
        #expect(try Self.checkLinks(submission, try XLSXFile(url: url)) == submission.findings.count)
    }

    @Test("the default file name: unit, template or report number, year, in ASCII")
    func defaultName() throws {
        let (annual, _) = try Self.write(Self.annual.path)
        #expect(SubmissionWriter.defaultFileName(for: annual) == "ubnd-huyen-tan-hoa-dong_215-bc-ubnd_2021.xlsx")
        let (review, _) = try Self.write(Self.review.path)
        #expect(SubmissionWriter.defaultFileName(for: review) == "ubnd-huyen-tan-hoa-dong_58-bc-ubnd_2011-2020.xlsx")
        var single = annual
        single.appendices = [annual.appendices[1]]
        single.unit.name = "UBND huyện Mỹ Tú"
        #expect(SubmissionWriter.defaultFileName(for: single) == "ubnd-huyen-my-tu_bang2-nam_2021.xlsx")
        // However long the unit's name and the report's number, the name stays far below the
        // 255 bytes of a file name (it was over them, and the submission could not be written).
        var long = annual
        long.unit.name = "UBND huyện " + String(repeating: "Thử Nghiệm Rất Dài ", count: 14)
        long.report.number = "12/BC-UBND-" + String(repeating: "X", count: 300)
        let name = SubmissionWriter.defaultFileName(for: long)
        #expect(name.utf8.count <= 180 && name.hasPrefix("ubnd-huyen-thu-nghiem-rat-dai-") && name.hasSuffix("_2021.xlsx"), "\(name)")
        #expect(!name.contains("-_") && !name.contains("_-"), "\(name)")
    }
}
