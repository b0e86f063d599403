import Foundation
import Model
import Testing

/// What a template may ask for: spans and counts within a sheet, a header that fits its table,
/// texts a cell can hold, sheet names by Excel's rules, legends whose answers differ, each
/// refused when the template is read with a finding at its JSON path.
@Suite("Template limits")
struct TemplateLimitTests {
    /// The findings of reading `json` as the template file `t.json` (none when it reads).
    static func findings(_ json: String) throws -> [Finding] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("t.json")
        try Data(json.utf8).write(to: url)
        do {
            _ = try Template.load(from: url)
            return []
        } catch {
            return error.findings
        }
    }

    /// The small template of one year (`Validation.smallTemplate`) as an object, changed by `change`.
    static func findings(changing change: (inout [String: Any]) -> Void, period: String = "year") throws -> [Finding] {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(Validation.smallTemplate(period: period).utf8)) as? [String: Any])
        change(&object)
        return try findings(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    static func header(_ cells: [[[String: Any]]]) -> (inout [String: Any]) -> Void { { $0["header"] = cells } }

    /// The one finding expected, with its path.
    static func only(_ findings: [Finding], sourceLocation: SourceLocation = #_sourceLocation) -> (Problem, String)? {
        #expect(findings.count == 1, "\(findings.shown)", sourceLocation: sourceLocation)
        return findings.first.map { ($0.problem, $0.location.placeText) }
    }

    // MARK: - Header

    @Test("a header row wider than the table: the cell past the last column, at its path (it trapped)")
    func headerWider() throws {
        let found = try Self.findings(changing: Self.header([[["text": "STT"], ["text": "Chỉ tiêu"], ["text": "ĐVT"], ["text": "Số liệu"],
                                                               ["text": "Ghi chú"], ["text": "Thêm"]]]))
        let (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateHeader(.beyondColumns(row: 1, cell: 6, end: 6, columns: 5, years: nil)))
        #expect(path == "$.header[0][5]")
    }

    @Test("spans beyond any sheet are refused before anything is laid out (they trapped, or ran without end)",
          arguments: [("cols", 70_000), ("cols", Int.max), ("rows", 5_000_000_000), ("rows", Int.max), ("rows", 2)])
    func hugeSpans(_ key: String, _ span: Int) throws {
        let found = try Self.findings(changing: Self.header([[["text": "STT"], ["text": "Chỉ tiêu"], ["text": "ĐVT"],
                                                               ["text": "Số liệu", key: span], ["text": "Ghi chú"]]]))
        let (problem, path) = try #require(Self.only(found))
        #expect(path == "$.header[0][3].\(key)")
        if key == "rows" {
            #expect(problem == .templateHeader(.beyondHeader(row: 1, cell: 4, rows: span, headerRows: 1)))
        } else {
            // The cell starts at column 4: it would end at 3 + its span (Int.max at most).
            let end = span == Int.max ? Int.max : 3 + span
            #expect(problem == .templateHeader(.beyondColumns(row: 1, cell: 4, end: end, columns: 5, years: nil)))
        }
    }

    @Test("a cell spanning rows into the data, a cell over another, an empty header, a span of 0")
    func headerShapes() throws {
        var found = try Self.findings(changing: Self.header([
            [["text": "STT", "rows": 2], ["text": "Chỉ tiêu", "rows": 2], ["text": "ĐVT", "rows": 2], ["text": "Số liệu", "cols": 2]],
            [["text": "A", "cols": 2]],
        ]))
        // Row 2 starts at column 4 (columns 1–3 are taken from above): "A" covers columns 4–5; fine.
        #expect(found.isEmpty, "\(found.shown)")
        found = try Self.findings(changing: Self.header([
            [["text": "STT"], ["text": "Chỉ tiêu", "rows": 2], ["text": "ĐVT"], ["text": "Số liệu"], ["text": "Ghi chú"]],
            [["text": "Gộp", "cols": 3]],
        ]))
        var (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateHeader(.overlaps(row: 2, cell: 1, column: 2, years: nil)) && path == "$.header[1][0]")
        (problem, path) = try #require(Self.only(try Self.findings(changing: Self.header([]))))
        #expect(problem == .templateHeader(.empty) && path == "$.header")
        (problem, path) = try #require(Self.only(try Self.findings(changing: Self.header([[["text": "STT", "cols": 0], ["text": "Chỉ tiêu"]]]))))
        #expect(problem == .templateHeader(.spanBelowOne(given: 0)) && path == "$.header[0][0].cols")
        (problem, path) = try #require(Self.only(try Self.findings(changing: Self.header([[["text": "STT", "rows": -1]]]))))
        #expect(problem == .templateHeader(.spanBelowOne(given: -1)) && path == "$.header[0][0].rows")
    }

    @Test("a per-year header is checked for every number of years a report may have")
    func perYearHeader() throws {
        // Fits: the year cells take as many columns as there are years.
        #expect(try Self.findings(changing: { _ in }, period: "years").isEmpty)
        // A cell after the years: one column more than the table has, whatever the years.
        let found = try Self.findings(changing: Self.header([[["text": "STT"], ["text": "Chỉ tiêu"], ["text": "Năm {y}", "repeats": "years"],
                                                               ["text": "Tổng"]]]), period: "years")
        let (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateHeader(.beyondColumns(row: 1, cell: 4, end: 4, columns: 3, years: 1)) && path == "$.header[0][3]")
        // The bundled ten-year review fits for 1 to 30 years.
        let review = try Validation.bundled().template(id: "tong-ket-2011-2020")
        for years in 1...InputReader.maximumYears {
            let placement = review.placeHeader(yearCount: years)
            #expect(placement.problems.isEmpty)
            #expect(placement.cells.count == 3 + years)
        }
    }

    // MARK: - Numbers

    @Test("widths that are not widths: 0, negative, 1e6, 1e300 (they came out as 174.4 and 0.71)", arguments: [0, -3, 255.5, 1e6, 1e300])
    func widths(_ width: Double) throws {
        let found = try Self.findings(changing: { object in
            var columns = object["columns"] as! [[String: Any]]
            columns[1]["width"] = width
            object["columns"] = columns
        })
        let (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateLimit(.columnWidth(given: width, limit: 255)) && path == "$.columns[1].width")
    }

    @Test("a width of 255 and of 0.5 characters is a width")
    func widthBounds() throws {
        for width in [255.0, 0.5] {
            #expect(try Self.findings(changing: { object in
                var columns = object["columns"] as! [[String: Any]]
                columns[1]["width"] = width
                object["columns"] = columns
            }).isEmpty)
        }
    }

    @Test("legend codes of more than 15 digits are refused: what Excel shows exactly is the bound (-2^63 was written -9.22E+18)",
          arguments: [Int.min, Int.max, 1_000_000_000_000_000, -1_000_000_000_000_000])
    func legendCodes(_ code: Int) throws {
        let found = try Self.findings(changing: { object in
            var rows = object["rows"] as! [[String: Any]]
            rows[4]["legend"] = [["code": code, "label": "Có"], ["code": 0, "label": "Không"]]
            object["rows"] = rows
        })
        let (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateLimit(.legendCode(given: code, limit: SheetLimits.legendCode)) && path == "$.rows[4].legend[0].code")
        #expect(Catalogue.vietnamese.message(problem).contains(String(code)))
    }

    @Test("the largest codes a cell shows exactly are accepted")
    func legendCodeBounds() throws {
        for code in [SheetLimits.legendCode, -SheetLimits.legendCode] {
            #expect(try Self.findings(changing: { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[4]["legend"] = [["code": code, "label": "Có"], ["code": 0, "label": "Không"]]
                object["rows"] = rows
            }).isEmpty)
        }
    }

    @Test("indentation outside 0–15, a negative tolerance, a chart of 256 series")
    func otherNumbers() throws {
        for indent in [-1, 16, Int.max] {
            let found = try Self.findings(changing: { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[0]["indent"] = indent
                object["rows"] = rows
            })
            let (problem, path) = try #require(Self.only(found))
            #expect(problem == .templateLimit(.indent(given: indent, limit: 15)) && path == "$.rows[0].indent")
        }
        var found = try Self.findings(changing: { $0["checks"] = [["id": "c", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error",
                                                                    "message": "m", "tolerance": -1]] })
        var (problem, path) = try #require(Self.only(found))
        #expect(problem == .templateLimit(.tolerance(given: -1)) && path == "$.checks[0].tolerance")
        found = try Self.findings(changing: { object in
            object["charts"] = [["type": "line", "title": "T", "valueAxis": "%", "series": (0..<256).map { _ in ["row": "a"] }]]
        }, period: "years")
        (problem, path) = try #require(found.first { $0.code == .templateLimit }.map { ($0.problem, $0.location.placeText) })
        #expect(problem == .templateLimit(.chartSeries(given: 256, limit: 255)) && path == "$.charts[0].series")
    }

    @Test("a header of 51 rows is refused, and not laid out")
    func tallHeader() throws {
        let rows: [[[String: Any]]] = [[["text": "STT"]]] + Array(repeating: [], count: 50)
        let (problem, path) = try #require(Self.only(try Self.findings(changing: Self.header(rows))))
        #expect(problem == .templateLimit(.headerRows(given: 51, limit: 50)) && path == "$.header")
    }

    // MARK: - Texts

    @Test("a control character or a non-character in any text of the template: template.text at its path (NUL cut the text; U+FFFE broke the XML)",
          arguments: ["\u{0}", "\u{7}", "\u{1B}", "\u{FFFE}", "\u{FFFF}", "\r"] + [0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF].map { String(Unicode.Scalar(UInt32($0))!) })
    func controlCharacters(_ bad: String) throws {
        let places: [(String, (inout [String: Any]) -> Void)] = [
            ("$.name", { $0["name"] = "Biểu" + bad }),
            ("$.title[0]", { $0["title"] = ["Tiêu đề" + bad] }),
            ("$.subtitle[0]", { $0["subtitle"] = ["Năm {year}" + bad] }),
            ("$.aboveTitle[0]", { $0["aboveTitle"] = ["BẢNG" + bad] }),
            ("$.footnotes[0]", { $0["footnotes"] = [bad + "Ghi chú"] }),
            ("$.header[0][1].text", { object in
                var header = object["header"] as! [[[String: Any]]]
                header[0][1]["text"] = "Chỉ" + bad + "tiêu"
                object["header"] = header
            }),
            ("$.rows[0].label", { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[0]["label"] = "Bảng" + bad + "2"
                object["rows"] = rows
            }),
            ("$.rows[4].legend[1].label", { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[4]["legend"] = [["code": 1, "label": "Có"], ["code": 0, "label": "Không" + bad]]
                object["rows"] = rows
            }),
            ("$.rows[8].derived.numerator.label", { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[8]["derived"] = ["numerator": ["label": "Số" + bad], "denominator": ["row": "b"]]
                object["rows"] = rows
            }),
            ("$.rows[0].instruction", { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[0]["instruction"] = "Ghi rõ" + bad
                object["rows"] = rows
            }),
            ("$.checks[0].message", { $0["checks"] = [["id": "c", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "Sai" + bad]] }),
            ("$.checks[0].translations.en", { $0["checks"] = [["id": "c", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error",
                                                               "message": "Sai", "translations": ["en": "Wrong" + bad]]] }),
        ]
        for (path, change) in places {
            let found = try Self.findings(changing: change)
            let (problem, place) = try #require(Self.only(found))
            let scalar = bad.unicodeScalars.first!.value
            #expect(problem == .templateText(.controlCharacter(scalar: scalar)) && place == path, "\(path): \(found.shown)")
            #expect(found[0].detail("reason") == .text("text.control-character"))
        }
    }

    @Test("the 66 Unicode non-characters, and nothing else of the planes, are refused by the one text rule of inputs, submissions and templates; their message does not call them control characters")
    func nonCharacters() throws {
        var nonCharacters: [UInt32] = Array(0xFDD0...0xFDEF)
        for plane in UInt32(0)...0x10 { nonCharacters += [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF] }
        #expect(nonCharacters.count == 66)
        for value in nonCharacters {
            let text = "Có" + String(Unicode.Scalar(value)!)
            #expect(TextRules.problem(text) == .controlCharacter(scalar: value), "U+\(String(value, radix: 16))")
        }
        // Their neighbours are characters (or private use), and stay allowed.
        for value: UInt32 in [0xFDCF, 0xFDF0, 0xFFFD, 0x1FFFD, 0x10FFFD, 0xE000, 0x1F600] {
            #expect(TextRules.problem("Có" + String(Unicode.Scalar(value)!)) == nil, "U+\(String(value, radix: 16))")
        }
        let line = Catalogue.vietnamese.message(.templateText(.controlCharacter(scalar: 0xFDD0)))
        #expect(line.contains("U+FDD0") && !line.contains("điều khiển"), "\(line)")
        #expect(Catalogue.vietnamese.message(.templateText(.controlCharacter(scalar: 7))).contains("điều khiển"))
        #expect(!Catalogue.vietnamese.message(.templateInvalid(.sheetName(name: "a", problem: .controlCharacter(scalar: 0xFFFF)))).contains("điều khiển"))
    }

    @Test("line breaks and tabs stay allowed in texts; a text longer than a cell is template.text too")
    func breaksAndLength() throws {
        #expect(try Self.findings(changing: { $0["title"] = ["Dòng một\nDòng hai\tcột"] }).isEmpty)
        let (problem, path) = try #require(Self.only(try Self.findings(changing: { $0["footnotes"] = [String(repeating: "ữ", count: 40_000)] })))
        #expect(problem == .templateText(.textTooLong(length: 40_000, limit: 32_767)) && path == "$.footnotes[0]")
    }

    // MARK: - Sheet names

    @Test("sheet names: NFC before counting (a decomposed name of 31 characters reads, of 32 is too long), Excel's characters, History")
    func sheetNames() throws {
        let composed31 = "Bảng thống kê số liệu cải cách "
        #expect(composed31.utf16.count == 31)
        let decomposed31 = composed31.decomposedStringWithCanonicalMapping
        #expect(decomposed31.unicodeScalars.count > 31)
        #expect(try Self.findings(changing: { $0["sheetName"] = decomposed31 }).isEmpty)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var object = try #require(try JSONSerialization.jsonObject(with: Data(Validation.smallTemplate().utf8)) as? [String: Any])
        object["sheetName"] = decomposed31
        try JSONSerialization.data(withJSONObject: object).write(to: directory.appendingPathComponent("t.json"))
        let loaded = try TemplateCatalog(directory: directory).template(id: "t")
        // Read in the form it is checked and written in: libxlsxwriter counts its scalars.
        #expect(loaded.sheetName.unicodeScalars.count == 31 && loaded.sheetName == composed31)

        let cases: [(String, SheetName.Problem)] = [
            ((composed31 + "h").decomposedStringWithCanonicalMapping, .tooLong(length: 32)),
            ("Bảng\u{7}", .controlCharacter(scalar: 7)), ("Bảng\u{0}2", .controlCharacter(scalar: 0)),
            ("Bảng\u{FFFE}", .controlCharacter(scalar: 0xFFFE)), ("Bảng\n2", .controlCharacter(scalar: 10)),
            ("Bảng" + String(Unicode.Scalar(UInt32(0xFDD0))!), .controlCharacter(scalar: 0xFDD0)), ("Bảng" + String(Unicode.Scalar(UInt32(0x10FFFE))!), .controlCharacter(scalar: 0x10FFFE)),
            ("History", .reserved), ("HISTORY", .reserved), ("Bảng 2/3", .forbiddenCharacter("/")), ("'Bảng'", .apostrophe), ("", .empty),
        ]
        for (name, expected) in cases {
            let (problem, path) = try #require(Self.only(try Self.findings(changing: { $0["sheetName"] = name })))
            #expect(problem == .templateInvalid(.sheetName(name: SheetName.normalized(name), problem: expected)) && path == "$.sheetName",
                    "\(name.debugDescription)")
        }
        #expect(SheetName.problem("Historys") == nil && SheetName.problem("Lịch sử") == nil)
        #expect(SheetName.comparisonKey(decomposed31) == SheetName.comparisonKey(composed31.uppercased()))
    }

    // MARK: - Legends

    @Test("a legend whose answers one input would match twice is refused (an input of \"có\" silently picked one)")
    func ambiguousLegends() throws {
        let cases: [([[String: Any]], String, LegendEntry, LegendEntry)] = [
            ([["code": 1, "label": "Có"], ["code": 2, "label": "có"]], "$.rows[4].legend[1].label",
             LegendEntry(code: 1, label: "Có"), LegendEntry(code: 2, label: "có")),
            ([["code": 1, "label": "Có"], ["code": 2, "label": " CÓ ".decomposedStringWithCanonicalMapping]], "$.rows[4].legend[1].label",
             LegendEntry(code: 1, label: "Có"), LegendEntry(code: 2, label: " CÓ ".decomposedStringWithCanonicalMapping)),
            ([["code": 1, "label": "Có"], ["code": 1, "label": "Không"]], "$.rows[4].legend[1].code",
             LegendEntry(code: 1, label: "Có"), LegendEntry(code: 1, label: "Không")),
            ([["code": 1, "label": "Có"], ["code": 0, "label": "1"]], "$.rows[4].legend[1].label",
             LegendEntry(code: 1, label: "Có"), LegendEntry(code: 0, label: "1")),
        ]
        for (legend, path, first, second) in cases {
            let found = try Self.findings(changing: { object in
                var rows = object["rows"] as! [[String: Any]]
                rows[4]["legend"] = legend
                object["rows"] = rows
            })
            let (problem, place) = try #require(Self.only(found))
            #expect(problem == .legendAmbiguous(row: "k", first: first, second: second) && place == path, "\(found.shown)")
        }
        // A label that is its own code, and labels that differ, are fine.
        #expect(try Self.findings(changing: { object in
            var rows = object["rows"] as! [[String: Any]]
            rows[4]["legend"] = [["code": 1, "label": "1"], ["code": 0, "label": "Không"], ["code": 2, "label": "Có, một phần"]]
            object["rows"] = rows
        }).isEmpty)
    }
}
