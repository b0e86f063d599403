import Foundation
import Model
import Workbook

// Generated templates, shared by the property tests (this target) and the libFuzzer harness
// `Fuzz/TemplateFuzzer.swift` (built by `scripts/fuzz.sh` against the Model, Xlsx and Workbook
// modules). Uses `FuzzRandom` of FuzzInputs.swift.

/// Builds template files that are mostly plausible, with every kind of hostile value mixed in:
/// spans and counts past a sheet, widths, sheet names, texts of every Unicode class, ids that
/// collide, checks and charts naming rows that are not there.
enum FuzzTemplates {
    // MARK: - Pieces

    static let words = ["Số hồ sơ", "thủ tục hành chính", "Tỷ lệ", "đúng hạn", "CCHC", "năm {year}", "của {unit}", "Năm {y}",
                        "(Tính đến {cutoff})", "{portal}", "{", "}", "{from}–{to}", "Đạt", "1", "-", "I", "%"]
    /// One of every class of Unicode a text can hold, or not: controls, non-characters, marks,
    /// astral characters, formatting characters, private use, and what XML and Excel treat apart.
    static let strays = ["\u{0}", "\u{7}", "\u{1B}", "\r", "\n", "\t", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFF}",
                         "\u{FEFF}", "\u{202E}", "\u{200D}", "\u{E000}", "\u{301}", "e\u{301}", "o\u{302}\u{303}",
                         "😀", "👨‍👩‍👧", "𝕏", "\u{10FFFD}", "\"", "\\", "'", "[", "]", ":", "*", "?", "/", "<b>&amp;</b>", "=SUM(A1)", " "]
        + [0xFDD0, 0x1FFFE, 0x10FFFF].map { String(Character(Unicode.Scalar($0)!)) }  // non-characters a literal may not hold

    /// Which classes of hostile values one template carries. Half the templates carry none, so
    /// that about half are accepted and written; the others carry one or two classes, so that a
    /// refusal is usually for one reason, the one the class tests.
    struct Hostility {
        var texts = false, sheetName = false, header = false, widths = false
        var ids = false, legends = false, references = false, numbers = false

        init(_ r: inout FuzzRandom) {
            guard r.chance(0.5) else { return }
            for _ in 0..<(1 + r.below(2)) {
                switch r.below(8) {
                case 0: texts = true
                case 1: sheetName = true
                case 2: header = true
                case 3: widths = true
                case 4: ids = true
                case 5: legends = true
                case 6: references = true
                default: numbers = true
                }
            }
        }

        var any: Bool { texts || sheetName || header || widths || ids || legends || references || numbers }
    }

    /// A text: Vietnamese words, and when `hostile`, now and then a stray of any class, rarely
    /// more than a cell holds.
    static func text(_ r: inout FuzzRandom, hostile: Bool = false) -> String {
        var out = ""
        for index in 0..<(1 + r.below(4)) {
            if index > 0 { out += " " }
            out += hostile && r.chance(0.1) ? r.pick(strays) : r.pick(words)
        }
        if hostile && r.chance(0.002) { out += String(repeating: "ữ", count: 32_768) }
        return out
    }

    /// A sheet name: a short one, one of Excel's 31 UTF-16 units (composed, decomposed, astral);
    /// when `hostile`, mostly one Excel refuses.
    static func sheetName(_ r: inout FuzzRandom, hostile: Bool) -> String {
        let long = "Bảng thống kê số liệu cải cách hành chính"
        guard hostile && r.chance(0.8) else {
            switch r.below(8) {
            case 0: return String(long.prefix(31))
            case 1: return String(long.prefix(31)).decomposedStringWithCanonicalMapping
            case 2: return String(long.prefix(29)) + "😀"
            case 3: return "Bảng 2 (năm)"
            default: return r.pick(["Bảng 1", "Bảng 2", "Phụ lục 3", "Thống kê", "Kiểm tra"])
            }
        }
        switch r.below(8) {
        case 0: return String(long.prefix(32 + r.below(3)))
        case 1: return String(long.prefix(32 + r.below(3))).decomposedStringWithCanonicalMapping
        case 2: return String(long.prefix(30 + r.below(3))) + "😀"
        case 3: return r.pick(["History", "history", "HISTORY", "hıstory"])
        case 4: return "Bảng" + r.pick(["[", "]", ":", "*", "?", "/", "\\"]) + "2"
        case 5: return r.pick(["'Bảng 2", "Bảng 2'", "'", "", " "])
        case 6: return "Bảng" + r.pick(strays)
        default: return String(repeating: "ả", count: 25 + r.below(10))
        }
    }

    /// A hostile span or count: small, zero, negative or past any sheet.
    static func hostileSpan(_ r: inout FuzzRandom) -> Int {
        r.pick([1, 2, 3, 0, -1, 16_384, 16_385, 70_000, 1_048_577, 5_000_000_000, Int.max, Int.min])
    }

    static func width(_ r: inout FuzzRandom, hostile: Bool) -> String? {
        guard r.chance(0.8) else { return nil }
        if hostile && r.chance(0.5) { return r.pick(["0", "-1", "255.0001", "1e6", "1e300", "-0", "1e-300"]) }
        if r.chance(0.9) { return String(6 + r.below(50)) }
        return r.pick(["0.1", "255", "12.5", "1E1"])
    }

    /// Row ids from a small pool, so that they collide after mapping to a defined name (`a.b`
    /// and `a-b`); when `hostile`, ids that are not ids, and ids given twice.
    static let rowIDs = ["a", "b", "c", "d", "e", "f", "g", "h", "i.1", "i.2", "a.b", "a-b", "a_b", "1", "x.numerator"]
    static let strayIDs = ["A", "", "x y", "ạ", "a/b", "-a"]

    static func quote(_ text: String) -> String { FuzzInputs.quote(text) }

    static func number(_ value: Int) -> String { String(value) }

    // MARK: - Templates

    /// A whole template file with the id `id`.
    static func template(_ r: inout FuzzRandom, id: String = "t") -> String {
        let h = Hostility(&r)
        var members: [String] = []
        let period = r.pick(["year", "year", "years", "years", "none"])
        members.append("\"id\": \(quote(!h.ids || r.chance(0.7) ? id : r.pick(["T", "t t", ""])))")
        members.append("\"name\": \(quote(text(&r, hostile: h.texts)))")
        members.append("\"sheetName\": \(quote(sheetName(&r, hostile: h.sheetName)))")
        members.append("\"period\": \(quote(period))")
        if r.chance(0.5) { members.append("\"aboveTitle\": [\(quote(text(&r, hostile: h.texts)))]") }
        if r.chance(0.7) { members.append("\"title\": [\((0..<(1 + r.below(2))).map { _ in quote(text(&r, hostile: h.texts)) }.joined(separator: ", "))]") }
        if r.chance(0.4) { members.append("\"subtitle\": [\(quote(text(&r, hostile: h.texts)))]") }
        if r.chance(0.2) { members.append("\"defaults\": {\"portal\": \(quote(text(&r, hostile: h.texts)))}") }

        // Columns: stt, label, then value columns (keyed when several), unit and note now and then.
        var columns: [String] = []
        var roles: [String] = []
        func column(_ role: String, _ extra: String = "") {
            var fields = ["\"role\": \(quote(role))"]
            if let width = width(&r, hostile: h.widths) { fields.append("\"width\": \(width)") }
            if !extra.isEmpty { fields.append(extra) }
            columns.append("{" + fields.joined(separator: ", ") + "}")
            roles.append(role)
        }
        column("stt")
        column("label")
        if r.chance(0.5) { column("unit") }
        let keyed = period != "years" && r.chance(0.25)
        if period == "years" && (!h.references || r.chance(0.8)) {
            column("years")
        } else if keyed {
            for index in 0..<(2 + r.below(3)) {
                column("value", "\"key\": \(quote(!h.ids || r.chance(0.7) ? "k\(index)" : "k0"))" + (r.chance(0.5) ? ", \"kind\": \"text\"" : ""))
            }
        } else {
            column("value")
        }
        if r.chance(0.4) { column("note") }
        members.append("\"columns\": [\(columns.joined(separator: ", "))]")
        members.append("\"header\": \(header(&r, roles: roles, hostile: h.header, hostileTexts: h.texts))")

        // Rows of every kind, their ids unique (or not, when hostile); derived rates over count rows.
        var rows: [String] = []
        var ids: [String] = []
        var kindOf: [String: String] = [:]
        var pool = rowIDs
        let kinds = ["section", "header", "count", "count", "decimal", "percent", "percent", "code", "pass", "fraction", "text"]
        for _ in 0..<(1 + r.below(10)) {
            var rowID: String
            if h.ids && r.chance(0.3) {
                rowID = r.chance(0.5) ? r.pick(strayIDs) : (ids.isEmpty ? r.pick(rowIDs) : r.pick(ids))
            } else {
                rowID = pool.remove(at: r.below(pool.count))
            }
            if kindOf[rowID] != nil && !h.ids { rowID += "-\(ids.count)" }
            let kind = !h.ids || r.chance(0.95) ? r.pick(kinds) : "counts"
            ids.append(rowID)
            kindOf[rowID] = kind
            var fields = ["\"id\": \(quote(rowID))", "\"label\": \(quote(text(&r, hostile: h.texts)))", "\"kind\": \(quote(kind))"]
            if r.chance(0.7) { fields.append("\"stt\": \(quote(r.chance(0.9) ? String(1 + r.below(20)) : text(&r, hostile: h.texts)))") }
            if r.chance(0.5) { fields.append("\"unit\": \(quote(text(&r, hostile: h.texts)))") }
            if r.chance(0.3) {
                fields.append("\"indent\": \(!h.numbers || r.chance(0.5) ? String(r.below(4)) : number(r.pick([-1, 15, 16, Int.max, Int.min])))")
            }
            if kind == "code" && (!h.legends || r.chance(0.9)) {
                fields.append("\"legend\": \(legend(&r, hostile: h.legends, hostileTexts: h.texts))")
            }
            let counts = ids.filter { kindOf[$0] == "count" || kindOf[$0] == "decimal" }
            if kind == "percent" && r.chance(0.7) {
                func operand() -> String {
                    if h.references && r.chance(0.4) { return "{\"row\": \(quote(r.chance(0.5) ? r.pick(ids) : r.pick(rowIDs)))}" }
                    if let target = counts.isEmpty ? nil : r.pick(counts), r.chance(0.6) { return "{\"row\": \(quote(target))}" }
                    return "{\"label\": \(quote(text(&r, hostile: h.texts)))}"
                }
                fields.append("\"derived\": {\"numerator\": \(operand()), \"denominator\": \(operand())\(r.chance(0.5) ? ", \"noteUnit\": \"hồ sơ\"" : "")}")
                kindOf[rowID] = "derived"
            }
            if kind == "text" && r.chance(0.2) { fields.append("\"spanNote\": true") }
            if r.chance(0.1) { fields.append("\"instruction\": \(quote(text(&r, hostile: h.texts)))") }
            rows.append("{" + fields.joined(separator: ", ") + "}")
        }
        members.append("\"rows\": [\(rows.joined(separator: ",\n"))]")
        if r.chance(0.4) { members.append("\"footnotes\": [\(quote(text(&r, hostile: h.texts)))]") }

        // Checks over count rows and the counts of derived rates; when hostile, over anything.
        let terms = ids.filter { kindOf[$0] == "count" || kindOf[$0] == "decimal" }
            + ids.filter { kindOf[$0] == "derived" }.flatMap { [$0 + ".numerator", $0 + ".denominator"] }
        if r.chance(0.5) && (!terms.isEmpty || h.references) {
            var checks: [String] = []
            for index in 0..<(1 + r.below(3)) {
                func term() -> String {
                    quote(h.references && (terms.isEmpty || r.chance(0.3)) ? r.pick(rowIDs) + r.pick(["", ".numerator", ".denominator"]) : r.pick(terms))
                }
                var fields = ["\"id\": \(quote(!h.ids || r.chance(0.7) ? "k\(index)" : "k0"))", "\"left\": [\(term())]", "\"op\": \(quote(r.pick(["<=", ">=", "==", "!="])))",
                              "\"right\": [\(term()), \(term())]", "\"severity\": \(quote(r.pick(["error", "warning"])))", "\"message\": \(quote(text(&r, hostile: h.texts)))"]
                if r.chance(0.2) { fields.append("\"tolerance\": \(h.numbers && r.chance(0.5) ? r.pick(["-1", "-0.5"]) : r.pick(["0", "0.5", "1e308"]))") }
                if r.chance(0.2) { fields.append("\"translations\": {\"en\": \(quote(text(&r, hostile: h.texts)))}") }
                checks.append("{" + fields.joined(separator: ", ") + "}")
            }
            members.append("\"checks\": [\(checks.joined(separator: ", "))]")
        }
        let numeric = ids.filter { ["count", "decimal", "percent", "derived"].contains(kindOf[$0] ?? "") }
        if (period == "years" || h.references) && r.chance(0.5) && (!numeric.isEmpty || h.references) {
            let count = h.numbers && r.chance(0.3) ? 256 : 1 + r.below(min(3, max(numeric.count, 1)))
            var chosen = numeric
            let series = (0..<count).map { _ in
                let row: String
                if h.references && (chosen.isEmpty || r.chance(0.3)) {
                    row = r.pick(rowIDs)
                } else if chosen.isEmpty {
                    row = r.pick(numeric.isEmpty ? rowIDs : numeric)
                } else {
                    row = chosen.remove(at: r.below(chosen.count))
                }
                return "{\"row\": \(quote(row))\(r.chance(0.3) ? ", \"name\": \(quote(text(&r, hostile: h.texts)))" : "")}"
            }
            members.append("\"charts\": [{\"type\": \(quote(r.pick(["line", "column"]))), \"title\": \(quote(text(&r, hostile: h.texts))), \"valueAxis\": \(quote(text(&r, hostile: h.texts))), \"series\": [\(series.joined(separator: ", "))]}]")
        }
        if r.chance(0.3) { members.append("\"page\": {\"orientation\": \(quote(r.pick(["landscape", "portrait"]))), \"paper\": \(quote(r.pick(["A4", "A3"])))}") }
        if r.chance(0.2) { members.append("\"tally\": true") }
        return "{" + members.joined(separator: ",\n") + "}"
    }

    /// A header for columns of `roles`: one to three rows laid out to fit (a column either spans
    /// every header row or has a cell in each; the years column spanned over the years, then
    /// repeated once a year). When `hostile`, spans and counts past the table, cells too many or
    /// too few, no header row or more than a sheet prints.
    static func header(_ r: inout FuzzRandom, roles: [String], hostile: Bool, hostileTexts: Bool) -> String {
        let height = hostile && r.chance(0.1) ? r.pick([0, 51]) : 1 + r.below(3)
        var whole: [Bool] = roles.map { $0 != "years" && r.chance(0.6) }
        if height == 1 { whole = roles.map { _ in false } }
        var grid: [[[String]]] = Array(repeating: [], count: height)
        for h in 0..<height {
            for (c, role) in roles.enumerated() {
                var fields = ["\"text\": \(quote(text(&r, hostile: hostileTexts)))"]
                if role == "years" {
                    if h == 0 && height > 1 {
                        fields.append("\"span\": \"years\"")
                    } else if h == 0 || h == 1 {
                        fields.append("\"repeats\": \"years\"")
                        if h == 1 && height > 2 { fields.append("\"rows\": \(height - 1)") }
                        if r.chance(0.3) { fields.append("\"lastWithCutoff\": \(quote("Năm {y} (Tính đến {cutoff})"))") }
                    } else {
                        continue
                    }
                } else if whole[c] {
                    guard h == 0 else { continue }
                    fields.append("\"rows\": \(height)")
                }
                grid[h].append(fields)
            }
        }
        if hostile {
            for _ in 0..<(1 + r.below(2)) {
                guard !grid.isEmpty else { break }
                let h = r.below(grid.count)
                switch r.below(4) {
                case 0 where !grid[h].isEmpty: grid[h][r.below(grid[h].count)].append("\"rows\": \(number(hostileSpan(&r)))")
                case 1 where !grid[h].isEmpty: grid[h][r.below(grid[h].count)].append("\"cols\": \(number(hostileSpan(&r)))")
                case 2: grid[h].append(["\"text\": \"thêm\""])
                default: if !grid[h].isEmpty { grid[h].removeLast() }
                }
            }
        }
        let rows = grid.map { cells in "[" + cells.map { "{" + $0.joined(separator: ", ") + "}" }.joined(separator: ", ") + "]" }
        return "[" + rows.joined(separator: ", ") + "]"
    }

    /// A legend of one to four answers, their labels apart and their codes within what a cell
    /// shows; when `hostile`, labels alike but for case, Unicode form or spaces, a code twice, a
    /// label that is a code, codes past 15 digits.
    static func legend(_ r: inout FuzzRandom, hostile: Bool, hostileTexts: Bool) -> String {
        var labels = ["Có", "Không", "Trực tuyến", "Phát phiếu", "Kết hợp", "Chưa có (năm {year})"]
        var entries: [String] = []
        let large = r.chance(0.1)
        for index in 0..<(1 + r.below(4)) {
            var code = large ? [999_999_999_999_999, -999_999_999_999_999, 0, 1][index] : index
            var label = labels.remove(at: r.below(labels.count))
            if hostileTexts && r.chance(0.2) { label = text(&r, hostile: true) }
            if hostile && r.chance(0.3) {
                label = index > 0 ? r.pick(["có", " Có ", "C\u{F3}", "Co\u{301}", "Có\u{A0}", "0", "1", ""]) : label
                if r.chance(0.3) { code = r.pick([0, -1, 1_000_000_000_000_000, -1_000_000_000_000_000, Int.min, Int.max]) }
            }
            entries.append("{\"code\": \(number(code)), \"label\": \(quote(label))}")
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }

    /// An input for `template`: a valid period (the template's kind, one to five years), and
    /// values for some of its rows, right or wrong for their kinds.
    static func input(_ r: inout FuzzRandom, template: Template) -> String {
        let (period, values) = inputParts(&r, template: template)
        let unit = quote(r.chance(0.9) ? "UBND xã Thử Nghiệm" : text(&r, hostile: false))
        return "{\"template\": \(quote(template.id)),\n\"unit\": {\"name\": \(unit)},\n\"period\": \(period),\n\"values\": \(values)}"
    }

    /// The period and the values of an input for `template`, as JSON texts.
    static func inputParts(_ r: inout FuzzRandom, template: Template) -> (period: String, values: String) {
        var years: [Int] = []
        let period: String
        switch template.period {
        case .years:
            let from = 2015 + r.below(5), to = from + r.below(5)
            years = Array(from...to)
            period = "{\"from\": \(from), \"to\": \(to)\(r.chance(0.3) ? ", \"cutoff\": \"\(to)-03-31\"" : "")}"
        case .year, .none:
            period = "{\"year\": 2022}"
        }
        var values: [String] = []
        for row in template.rows where row.kind.holdsValue && r.chance(0.7) {
            values.append("\(quote(row.id)): \(FuzzInputs.value(&r, row: row, years: years))")
        }
        return (period, "{\(values.joined(separator: ",\n"))}")
    }

    /// A submission of `template` twice (the second on the sheet `Phụ lục B`), with values
    /// generated for each: two appendices of one template share its row ids, so every defined
    /// name and every chart sheet name the workbook adds must be told apart.
    static func submission(_ r: inout FuzzRandom, template: Template) -> String {
        let (period, first) = inputParts(&r, template: template)
        let second = inputParts(&r, template: template).values
        return """
        {"unit": {"name": "UBND huyện Thử Nghiệm", "province": "Tỉnh Phú An"},
         "report": {"number": "1/BC-UBND", "date": "2022-12-20", "place": "Thử Nghiệm", "title": \(quote(text(&r)))},
         "period": \(period),
         "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},
         "appendices": [{"template": \(quote(template.id)), "data": {"values": \(first)}},
                        {"template": \(quote(template.id)), "sheet": "Phụ lục B", "data": {"values": \(second)}}]}
        """
    }

    // MARK: - Invariants

    /// Reads template bytes as the file `t.json`; returns the template when it is accepted, and
    /// what breaks an invariant: a refused template is refused with error findings about its file,
    /// each a known code with a Vietnamese message on one line; an accepted one has nothing a
    /// sheet cannot hold.
    static func check(template bytes: [UInt8]) -> (template: Template?, problems: [String]) {
        var problems: [String] = []
        let file = "t.json"
        let template: Template
        do {
            template = try Template.read(bytes: bytes, file: file)
        } catch {
            if error.findings.isEmpty { problems.append("refused without a finding") }
            for finding in error.findings {
                let line = Catalogue.vietnamese.line(finding)
                if finding.severity != .error { problems.append("a refusal that is not an error: \(line)") }
                if finding.file != file { problems.append("a finding about another file: \(line)") }
                if !FindingCode.all.contains(finding.code) { problems.append("an unknown code \(finding.code)") }
                if !["template", "file", "json"].contains(finding.code.family) && finding.code != .inputTooMany {
                    problems.append("a refusal of a template with a code not of templates: \(line)")
                }
                if !finding.problem.isUnreadableFile && finding.code != .inputTooMany { problems.append("a template finding that does not stop a run: \(line)") }
                if [FindingCode.templateLimit, .templateHeader, .templateText, .templateLegendAmbiguous].contains(finding.code) && finding.path == nil {
                    problems.append("a template finding without its JSON path: \(line)")
                }
                if line.contains("\n") || line.contains("\r") { problems.append("a finding on several lines: \(line.debugDescription)") }
            }
            return (nil, problems)
        }
        // Accepted: nothing past a sheet, no text a cell cannot hold.
        if let problem = SheetName.problem(template.sheetName) { problems.append("accepted sheet name \(template.sheetName.debugDescription): \(problem)") }
        if template.sheetName != SheetName.normalized(template.sheetName) { problems.append("a sheet name kept decomposed") }
        for years in 1...InputReader.maximumYears {
            let placement = template.placeHeader(yearCount: years)
            if !placement.problems.isEmpty { problems.append("accepted header does not fit \(years) years: \(placement.problems.map(\.problem))") }
        }
        if template.header.isEmpty || template.header.count > SheetLimits.headerRows { problems.append("accepted header of \(template.header.count) rows") }
        for column in template.columns {
            if let width = column.width, !(width > 0 && width <= SheetLimits.columnWidth) { problems.append("accepted width \(width)") }
        }
        var texts = template.rows.flatMap { [$0.label, $0.stt ?? "", $0.unit ?? "", $0.instruction ?? ""] + ($0.legend ?? []).map(\.label) }
        texts += [template.name] + (template.title ?? []) + (template.subtitle ?? []) + (template.aboveTitle ?? []) + (template.footnotes ?? [])
        texts += template.header.flatMap { $0.flatMap { [$0.text, $0.lastWithCutoff ?? ""] } }
        texts += (template.checks ?? []).flatMap { [$0.message] + ($0.translations ?? [:]).values }
        texts += (template.charts ?? []).flatMap { [$0.title, $0.valueAxis, $0.categoryAxis ?? ""] + $0.series.compactMap(\.name) }
        for text in texts where TextRules.problem(text) != nil { problems.append("accepted text \(text.prefix(80).debugDescription)") }
        for row in template.rows {
            if let indent = row.indent, !(0...SheetLimits.indent).contains(indent) { problems.append("accepted indent \(indent)") }
            let legend = row.legend ?? []
            if legend.contains(where: { $0.code.magnitude > UInt(SheetLimits.legendCode) }) { problems.append("accepted legend code of \(row.id)") }
            if Set(legend.map(\.code)).count != legend.count { problems.append("accepted a code twice in \(row.id)") }
            let labels = legend.map { $0.label.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased() }
            if Set(labels).count != labels.count { problems.append("accepted labels alike in \(row.id)") }
        }
        return (template, problems)
    }

    /// Checks `input` against `template` and, when a workbook may be written with errors
    /// allowed, writes it to `output`: what breaks an invariant (the writer throws, or writes
    /// nothing). Returns the report written, if any.
    static func render(template: Template, input: String, to output: URL) -> (report: Report?, problems: [String]) {
        let catalog = TemplateCatalog(directory: URL(fileURLWithPath: "/nonexistent"), templates: [template])
        let checked = Pipeline.checkInput(bytes: Array(input.utf8), file: "in.json", catalog: catalog)
        guard checked.decision(allowingErrors: true) == .write, let report = checked.report else { return (nil, []) }
        do {
            try WorkbookWriter.write(report: report, to: output.path)
        } catch {
            return (report, ["an accepted template and a writable report, and the writer failed: \(error)"])
        }
        guard FileManager.default.fileExists(atPath: output.path) else { return (report, ["no workbook written"]) }
        return (report, [])
    }

    /// Checks the submission `text` of `template` and, when a workbook may be written with
    /// errors allowed, writes it to `output`: what breaks an invariant. Returns the submission
    /// written, if any.
    static func renderSubmission(template: Template, text: String, to output: URL) -> (submission: Submission?, problems: [String]) {
        let catalog = TemplateCatalog(directory: URL(fileURLWithPath: "/nonexistent"), templates: [template])
        let document: JSONValue
        do { document = try JSONParser.parse(Array(text.utf8)) } catch { return (nil, ["a generated submission is not JSON: \(error)"]) }
        let checked = Pipeline.checkSubmission(document: document, file: "sub.json", catalog: catalog)
        guard checked.decision(allowingErrors: true) == .write, let submission = checked.submission else { return (nil, []) }
        do {
            try SubmissionWriter.write(submission, to: output.path)
        } catch {
            return (submission, ["an accepted template and a writable submission, and the writer failed: \(error.findings.map(Catalogue.english.line))"])
        }
        guard FileManager.default.fileExists(atPath: output.path) else { return (submission, ["no workbook written"]) }
        return (submission, [])
    }
}
