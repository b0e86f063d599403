import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The entry workbook of `cchc init -o form.xlsx`, read back with the independent reader: its
/// sheets, its map, its unlocked and validated cells, its protection, its formulas; LibreOffice
/// prints it as `fill` prints the form and recalculates its rates.
@Suite("entry workbook", .serialized)
struct EntryWorkbookTests {
    /// A bundled form with the period `cchc init` would be given.
    struct Case: CustomTestStringConvertible, Sendable {
        var ids: [String]
        var period: Period
        var submission: Bool
        var testDescription: String { (submission ? "submission " : "") + ids.joined(separator: "+") }
    }

    static let cases: [Case] = [
        Case(ids: ["bang2-nam"], period: Period(year: 2021), submission: false),
        Case(ids: ["tong-ket-2011-2020"], period: Period(from: 2011, to: 2020, cutoff: DayDate(year: 2020, month: 3, day: 31)), submission: false),
        Case(ids: ["muc-tieu-30c"], period: Period(), submission: false),
        Case(ids: ["can-bo-dau-moi"], period: Period(), submission: false),
        Case(ids: ["bang2-nam", "can-bo-dau-moi"], period: Period(year: 2021), submission: true),
        Case(ids: ["tong-ket-2011-2020", "muc-tieu-30c"], period: Period(from: 2016, to: 2020, cutoff: DayDate(year: 2020, month: 3, day: 31)), submission: true),
    ]

    static func templates(_ ids: [String]) throws -> [Template] {
        let catalog = try Repo.catalog()
        return try ids.map { try catalog.template(id: $0).defaultWording }
    }

    /// Writes the entry workbook of a case into a fresh directory, as `form.xlsx`.
    static func write(_ c: Case, catalogue: Catalogue = .vietnamese, directory: URL? = nil) throws -> URL {
        let url = try (directory ?? Repo.temporaryDirectory()).appendingPathComponent("form.xlsx")
        let templates = try templates(c.ids)
        if c.submission {
            try EntryWorkbookWriter.writeSubmission(templates: templates, period: c.period, to: url.path, catalogue: catalogue)
        } else {
            try EntryWorkbookWriter.write(template: templates[0], period: c.period, to: url.path, catalogue: catalogue)
        }
        return url
    }

    /// The map read from `_cchc`: the key/value rows and the (sheet, cell, path) rows.
    static func map(of file: XLSXFile) throws -> (keys: [(String, String)], entries: [(sheet: String, cell: String, path: String)]) {
        let sheet = try #require(file.sheet("_cchc"))
        #expect(sheet.cell("A1")?.text == "cchc-workbook")
        #expect(sheet.cell("A1").map { $0.type != .number } == true)
        #expect(sheet.cell("B1")?.number == 1)
        var keys: [(String, String)] = []
        var r = 1
        while let key = sheet.cell(row: r, col: 0)?.text, key != "sheet" {
            keys.append((key, sheet.cell(row: r, col: 1)?.text ?? ""))
            r += 1
        }
        #expect(sheet.cell(row: r, col: 1)?.text == "cell" && sheet.cell(row: r, col: 2)?.text == "path")
        r += 1
        var entries: [(String, String, String)] = []
        while let name = sheet.cell(row: r, col: 0)?.text {
            entries.append((name, sheet.cell(row: r, col: 1)?.text ?? "", sheet.cell(row: r, col: 2)?.text ?? ""))
            r += 1
        }
        return (keys, entries)
    }

    /// The paths of the JSON skeleton `cchc init` prints for a case, read with Foundation's own
    /// JSON reader: every value a unit gives (nulls, empty texts, numbers), without the comment
    /// keys, the template ids and the empty `notes`; an empty array (the issuer's lines, the
    /// recipients) is given as its own path.
    static func skeletonPaths(_ c: Case) throws -> (leaves: Set<String>, arrays: Set<String>) {
        let templates = try templates(c.ids)
        let text = c.submission ? Skeleton.submissionJSON(templates: templates, period: c.period)
                                : Skeleton.json(template: templates[0], period: c.period)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        var leaves: Set<String> = [], arrays: Set<String> = []
        func walk(_ value: Any, _ path: JSONPath) {
            switch value {
            case let object as [String: Any]:
                for (key, member) in object where !key.hasPrefix("//") && key != "template" && key != "notes" {
                    walk(member, path.child(key))
                }
            case let array as [Any]:
                if array.isEmpty { arrays.insert(path.description) }
                for (index, element) in array.enumerated() { walk(element, path.element(index)) }
            default:
                leaves.insert(path.description)
            }
        }
        walk(object, .root)
        return (leaves, arrays)
    }

    /// The paths of the notes a case's entry workbook has cells for, in order: on a form with a
    /// Ghi chú column, every row that holds a value but a free-text row spanning the Ghi chú
    /// column and a row showing the form's instruction there; `$.notes["<row id>"]`, or under
    /// `$.appendices[i].data` in a submission. From the templates' data.
    static func notePaths(_ c: Case) throws -> [String] {
        var out: [String] = []
        for (index, template) in try templates(c.ids).enumerated() where template.columns.contains(where: { $0.role == .note }) {
            let base = (c.submission ? JSONPath.root.child("appendices").element(index).child("data") : .root).child("notes")
            for row in template.rows where row.kind.holdsValue && row.spanNote != true && row.instruction == nil {
                out.append(base.child(row.id).description)
            }
        }
        return out
    }

    /// The skeleton paths of the rates computed from rows of the form (no count given with
    /// them): a formula in the workbook, not a cell a unit fills. From the templates' data.
    static func formulaOnlyRates(_ c: Case, leaves: Set<String>) throws -> Set<String> {
        var out: Set<String> = []
        for (index, template) in try templates(c.ids).enumerated() {
            for row in template.rows {
                guard let derived = row.derived, !derived.numerator.isComponent, !derived.denominator.isComponent else { continue }
                let base = (c.submission ? JSONPath.root.child("appendices").element(index).child("data") : .root).child("values").child(row.id)
                out.formUnion(leaves.filter { $0 == base.description || $0.hasPrefix(base.description + "[") })
            }
        }
        return out
    }

    @Test("sheets in order, the guide first and active, the map and the lists hidden, every sheet protected", arguments: cases)
    func sheets(_ c: Case) throws {
        let file = try XLSXFile(url: try Self.write(c))
        let templates = try Self.templates(c.ids)
        let expected = ["Hướng dẫn"] + (c.submission ? ["Thông tin chung"] : []) + templates.map(\.sheetName) + ["_ds", "_cchc"]
        #expect(file.sheetNames == expected)
        #expect(file.activeSheetIndex == 0)
        for sheet in file.sheets {
            #expect(sheet.isProtected, "\(sheet.name) not protected")
            #expect((sheet.state == .hidden) == sheet.name.hasPrefix("_"), "\(sheet.name): \(sheet.state)")
        }
        let (keys, _) = try Self.map(of: file)
        let expectedKeys = templates.flatMap { [("template", $0.id), ("templateVersion", $0.version ?? "")] } + [("kind", "entry"), ("language", "vi")]
        #expect(keys.map { "\($0.0)=\($0.1)" } == expectedKeys.map { "\($0.0)=\($0.1)" })
    }

    @Test("the map's cells are exactly the unlocked cells, and its paths exactly the JSON skeleton's", arguments: cases)
    func mapMatchesSkeleton(_ c: Case) throws {
        let file = try XLSXFile(url: try Self.write(c))
        let (_, entries) = try Self.map(of: file)
        #expect(!entries.isEmpty)
        // Unlocked cells (a merged range counts by its first cell), on every visible sheet.
        var unlocked: Set<String> = []
        for sheet in file.sheets where sheet.state != .hidden {
            for cell in sheet.orderedCells where !file.style(of: cell).locked {
                let a1 = cell.ref.description
                if let merge = sheet.merge(containing: a1), !merge.hasPrefix(a1 + ":") { continue }
                unlocked.insert("\(sheet.name)!\(a1)")
            }
        }
        let mapped = entries.map { "\($0.sheet)!\($0.cell)" }
        #expect(Set(mapped).count == mapped.count, "a cell mapped twice")
        #expect(Set(mapped) == unlocked, "unlocked but not mapped: \(unlocked.subtracting(mapped).sorted()); mapped but locked: \(Set(mapped).subtracting(unlocked).sorted())")
        // Paths: each once; every one a value of the skeleton (or a line of one of its arrays, or
        // a row's note), and every value of the skeleton a cell, but the rates computed from rows.
        var paths = entries.map(\.path)
        #expect(Set(paths).count == paths.count, "a path mapped twice")
        let notes = paths.filter { $0.range(of: #"^(\$|\$\.appendices\[[0-9]+\]\.data)\.notes\["#, options: .regularExpression) != nil }
        #expect(notes == (try Self.notePaths(c)))
        paths.removeAll { notes.contains($0) }
        let (leaves, arrays) = try Self.skeletonPaths(c)
        let lines = Set(paths.filter { path in arrays.contains { path.hasPrefix($0 + "[") } })
        #expect(Set(paths).subtracting(lines) == leaves.subtracting(try Self.formulaOnlyRates(c, leaves: leaves)))
        for array in arrays { #expect(lines.contains(array + "[0]"), "\(array) has no cell") }
    }

    @Test("every entry cell is validated for its kind, with an input message and an error message", arguments: cases)
    func validations(_ c: Case) throws {
        let file = try XLSXFile(url: try Self.write(c))
        let (_, entries) = try Self.map(of: file)
        let templates = try Self.templates(c.ids)
        for entry in entries {
            let sheet = try #require(file.sheet(entry.sheet))
            let rules = sheet.dataValidations(at: entry.cell)
            #expect(rules.count == 1, "\(entry.sheet)!\(entry.cell): \(rules.count) validations")
            guard let rule = rules.first else { continue }
            #expect(rule.allowBlank)
            #expect(rule.errorStyle == nil || rule.errorStyle == "stop")
            for text in [rule.promptTitle, rule.prompt, rule.errorTitle, rule.error] { #expect(!(text ?? "").isEmpty, "\(entry.cell): a message missing") }
            #expect((rule.promptTitle ?? "").unicodeScalars.count <= 32 && (rule.errorTitle ?? "").unicodeScalars.count <= 32)
            #expect((rule.prompt ?? "").unicodeScalars.count <= 255 && (rule.error ?? "").unicodeScalars.count <= 255)
            // What the cell takes, from the template's row of its path.
            let local = entry.path.replacingOccurrences(of: #"^\$\.appendices\[[0-9]+\]\.data"#, with: "$", options: .regularExpression)
            let row = templates.flatMap(\.rows).first { row in
                let base = JSONPath("values", row.id).description
                return local == base || local.hasPrefix(base + ".") || local.hasPrefix(base + "[")
            }
            guard let row else {
                #expect(["textLength", "whole", "date"].contains(rule.type ?? ""), "\(entry.path): \(rule.type ?? "any")")
                continue
            }
            #expect(rule.prompt?.contains(String(row.label.prefix(20))) == true, "\(entry.cell): the message does not name its row")
            let isCount = entry.path.hasSuffix(".numerator") || entry.path.hasSuffix(".denominator")
            let kind = templates.flatMap(\.columns).first { $0.key.map { entry.path.hasSuffix("." + $0) } ?? false }?.kind ?? row.kind
            switch isCount ? .count : kind {
            case .count:
                #expect(rule.type == "whole" && rule.operator == "greaterThanOrEqual" && rule.formula1 == "0", "\(entry.cell)")
            case .percent:
                #expect(rule.type == "decimal" && (rule.operator ?? "between") == "between" && rule.formula1 == "0" && rule.formula2 == "100")
            case .decimal:
                #expect(rule.type == "decimal")
            case .code, .pass:
                // A drop-down of the legend's labels, from the hidden list sheet.
                #expect(rule.type == "list" && rule.formula1?.hasPrefix("'_ds'!") == true, "\(entry.cell): \(rule.formula1 ?? "")")
                let labels = kind == .pass ? ["Đạt", "Không đạt"] : (row.legend ?? []).map(\.label)
                let lists = try #require(file.sheet("_ds"))
                let range = try #require(CellRange(String((rule.formula1 ?? "").dropFirst("'_ds'!".count)).replacingOccurrences(of: "$", with: "")))
                let items = (range.first.row...range.last.row).map { lists.cell(row: $0, col: range.first.col)?.text ?? "" }
                #expect(items == labels)
            case .text, .fraction:
                #expect(rule.type == "textLength" && rule.formula1 == "32767")
                #expect(file.numberFormat(of: try #require(sheet.cell(entry.cell))) == "@", "\(entry.cell): not formatted as text")
            case .section, .header:
                Issue.record("\(entry.path): a heading mapped")
            }
        }
    }

    @Test("derived rates are live formulas over the mapped counts, cached empty, locked")
    func rateFormulas() throws {
        let c = Self.cases[0]
        let file = try XLSXFile(url: try Self.write(c))
        let (_, entries) = try Self.map(of: file)
        let template = try Self.templates(c.ids)[0]
        let sheet = try #require(file.sheet(template.sheetName))
        let cellOf = Dictionary(entries.map { ($0.path, $0.cell) }, uniquingKeysWith: { a, _ in a })
        let formulas = sheet.orderedCells.filter(\.hasFormula)
        #expect(formulas.count == template.rows.filter { $0.derived != nil }.count)
        for row in template.rows {
            guard let derived = row.derived else { continue }
            let base = JSONPath("values", row.id)
            let n = derived.numerator.row.map { cellOf[JSONPath("values", $0).description] } ?? cellOf[base.child("numerator").description]
            let d = derived.denominator.row.map { cellOf[JSONPath("values", $0).description] } ?? cellOf[base.child("denominator").description]
            let (numerator, denominator) = (try #require(n), try #require(d))
            let formula = try #require(formulas.first { $0.formula?.contains("\(numerator)/\(denominator)*100") == true }, "\(row.id)")
            #expect(formula.text ?? "" == "" && formula.number == nil)
            #expect(file.style(of: formula).locked)
            #expect(numerator.first != denominator.first || numerator != denominator)
        }
        // The count columns are visible, right of the printed table.
        for entry in entries where entry.path.hasSuffix("numerator") || entry.path.hasSuffix("denominator") {
            let letters = String(entry.cell.prefix { $0.isLetter })
            #expect(!sheet.isColumnHidden(letters), "\(entry.cell) hidden")
        }
    }

    @Test("the same form twice in a submission: a sheet each, the map naming each")
    func sameFormTwice() throws {
        let c = Case(ids: ["can-bo-dau-moi", "can-bo-dau-moi"], period: Period(), submission: true)
        let file = try XLSXFile(url: try Self.write(c))
        #expect(file.sheetNames == ["Hướng dẫn", "Thông tin chung", "Bảng 1", "Bảng 1 (2)", "_ds", "_cchc"])
        let entries = try Self.map(of: file).entries
        #expect(Set(entries.map(\.sheet)) == ["Thông tin chung", "Bảng 1", "Bảng 1 (2)"])
        #expect(entries.filter { $0.sheet == "Bảng 1 (2)" }.allSatisfy { $0.path.hasPrefix("$.appendices[1].") })
    }

    @Test("the same command gives the same bytes", arguments: [cases[1], cases[4]])
    func deterministic(_ c: Case) throws {
        let first = try Data(contentsOf: try Self.write(c))
        let second = try Data(contentsOf: try Self.write(c))
        #expect(first == second)
    }

    @Test("in English with --lang en: the guide and the messages, the same map")
    func english() throws {
        let c = Self.cases[0]
        let vietnamese = try XLSXFile(url: try Self.write(c))
        let english = try XLSXFile(url: try Self.write(c, catalogue: .english))
        #expect(english.sheetNames.first == Catalogue.english.phrase(.entry(.guideSheet)))
        #expect(english.sheetNames.first != vietnamese.sheetNames.first)
        #expect(try Self.map(of: english).entries.map(\.path) == Self.map(of: vietnamese).entries.map(\.path))
        #expect(try Self.map(of: english).keys.last?.1 == "en")
    }

    // MARK: LibreOffice

    @Test("LibreOffice prints each form as fill prints it: the same rows on the same pages", arguments: [cases[0], cases[1], cases[2], cases[3]])
    func printedAsFill(_ c: Case) throws {
        let dir = try Repo.temporaryDirectory()
        let url = try Self.write(c, directory: dir)
        let template = try Self.templates(c.ids)[0]
        // The same blank form through `fill`'s writer.
        let columns = Skeleton.valueColumns(template: template, period: c.period)
        let report = Report(template: template, unit: UnitInfo(name: ""), period: c.period, valueColumns: columns,
                            rows: template.rows.map { FilledRow(row: $0, values: Array(repeating: .blank, count: columns.count)) }, source: "")
        let filled = dir.appendingPathComponent("filled.xlsx")
        try WorkbookWriter.write(report: report, to: filled.path)
        let entryPages = try PrintedPagesTests.pageTexts(of: LibreOffice.convertToPDF(url, outputDirectory: dir).pdf)
        let fillPages = try PrintedPagesTests.pageTexts(of: LibreOffice.convertToPDF(filled, outputDirectory: dir).pdf)
        let guide = "Hướng dẫn – Trang".precomposedStringWithCanonicalMapping
        let formPages = entryPages.filter { !$0.contains(guide) }
        #expect(formPages.count == fillPages.count, "\(template.id): \(formPages.count) pages, fill prints \(fillPages.count)")
        let rows = template.rows
        #expect(PrintedPagesTests.pageOfEachRow(rows, pages: formPages) == PrintedPagesTests.pageOfEachRow(rows, pages: fillPages))
        PrintedPagesTests.checkPages(formPages, rows: rows, form: template.id)
        #expect(entryPages.count > formPages.count, "no page of the guide")
    }

    @Test("LibreOffice recalculates the rates: blank while their counts are blank, n/d × 100 once typed")
    func recalculated() throws {
        let c = Self.cases[0]
        let dir = try Repo.temporaryDirectory()
        let url = try Self.write(c, directory: dir)
        let file = try XLSXFile(url: url)
        let (_, entries) = try Self.map(of: file)
        let template = try Self.templates(c.ids)[0]
        let sheet = try #require(file.sheet(template.sheetName))
        let blank = try LibreOffice.recalculatedWorkbook(of: url)
        let rates = sheet.orderedCells.filter(\.hasFormula).map { $0.ref.description }
        for rate in rates {
            let cell = blank.sheet(template.sheetName)?.cell(rate)
            #expect(cell?.type != .error && cell?.number == nil, "\(rate): \(cell?.displayValue ?? "")")
        }
        // Type the counts of one rate given with its row (9 of 12), as a person would, and let
        // LibreOffice compute it.
        let rowID = "i.3.ty-le-tuyen-truyen"
        let numerator = try #require(entries.first { $0.path == JSONPath("values", rowID, "numerator").description }?.cell)
        let denominator = try #require(entries.first { $0.path == JSONPath("values", rowID, "denominator").description }?.cell)
        let typed = dir.appendingPathComponent("typed.xlsx")
        try Self.setNumbers([numerator: 9, denominator: 12], inPart: sheet.partPath, of: file, to: typed)
        let computed = try LibreOffice.recalculatedWorkbook(of: typed)
        let rateRow = try #require(CellRef(numerator)).row
        let rate = try #require(rates.first { CellRef($0)?.row == rateRow })
        #expect(computed.sheet(template.sheetName)?.cell(rate)?.number == 75)
    }

    /// A copy of `file` with numbers in blank cells of one sheet part (`<c r="F20" s="5"/>` →
    /// `<c r="F20" s="5"><v>9</v></c>`), as a person typing them would leave them.
    static func setNumbers(_ numbers: [String: Double], inPart part: String, of file: XLSXFile, to url: URL) throws {
        var parts = file.parts
        var xml = String(decoding: try #require(parts[part]), as: UTF8.self)
        for (cell, number) in numbers {
            let pattern = try NSRegularExpression(pattern: "<c r=\"\(cell)\"( s=\"[0-9]+\")?/>")
            let range = NSRange(xml.startIndex..., in: xml)
            #expect(pattern.firstMatch(in: xml, range: range) != nil, "\(cell) is not a blank cell")
            xml = pattern.stringByReplacingMatches(in: xml, range: range, withTemplate: "<c r=\"\(cell)\"$1><v>\(number)</v></c>")
        }
        parts[part] = Data(xml.utf8)
        try XLSXFixture.write(dataParts: parts, to: url)
    }
}
