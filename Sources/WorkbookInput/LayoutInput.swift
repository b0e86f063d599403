import Model
import XlsxRead

/// The input of a workbook read by the layout of its forms (`LayoutReader`): a `cchc fill` or
/// `cchc submit` workbook, whose map (`_cchc`, kind `fill`) names its templates and their sheets,
/// or a workbook without a map, whose form is the one `--template` names or the one its content
/// matches (`identify`).
enum LayoutInput {
    /// A workbook whose map is of kind `fill`.
    static func read(_ workbook: XlsxDocument, map: EntryMapReader) throws(CCHCError) -> InputDocument {
        var forms: [(Template, XlsxSheet)] = []
        for (template, name) in zip(map.templates, map.sheets) {
            guard let sheet = try workbook.sheet(named: name) else {
                throw CCHCError(Finding(.error, .workbookMapCell(sheet: name, reference: "A1"), at: Location(file: workbook.file)))
            }
            forms.append((template, sheet))
        }
        var cover: XlsxSheet?
        if let name = map.cover { cover = try workbook.sheet(named: name) }
        var document = try document(workbook, forms: forms, submission: map.cover != nil, cover: cover, year: map.year, findings: map.findings,
                                    ownComments: true)
        if let cover, !map.entries.isEmpty { document = coverFields(map.entries, cover: cover, into: document, date1904: workbook.date1904) }
        return document
    }

    /// A workbook without a map: the form `template` names, else the one its content matches,
    /// else (content matching no form, or several alike) the one `named` (a submission's
    /// appendix says which form it is).
    static func read(_ workbook: XlsxDocument, catalog: TemplateCatalog, template id: String?,
                     named: String? = nil) throws(CCHCError) -> InputDocument {
        var sheets: [XlsxSheet] = []
        for info in workbook.sheets where info.kind == .worksheet && info.visibility == .visible {
            if let sheet = try? workbook.sheet(info) { sheets.append(sheet) }
        }
        if sheets.isEmpty { throw CCHCError(.workbookNoSheets, file: workbook.file) }
        let template: Template
        if let id {
            template = try catalog.template(id: id)
        } else if let named {
            do throws(CCHCError) {
                template = try identify(sheets, catalog: catalog, file: workbook.file)
            } catch {
                guard error.findings.contains(where: { $0.code == .workbookTemplateUnclear }) else { throw error }
                template = try catalog.template(id: named)
            }
        } else {
            template = try identify(sheets, catalog: catalog, file: workbook.file)
        }
        let sheet = sheets.max { score($0, template: template) < score($1, template: template) } ?? sheets[0]
        return try document(workbook, forms: [(template, sheet)], submission: false, cover: nil, year: nil, findings: [])
    }

    /// How well `sheet` matches `template`: the share of its labels found on the sheet, and a
    /// little more for its title and sheet name.
    static func score(_ sheet: XlsxSheet, template: Template) -> Double {
        let texts = Set(sheet.cells.compactMap { LayoutText.text(of: $0) }.map(LayoutText.normalised))
        let labels = template.rows.map { LayoutText.normalised($0.label) }.filter { !$0.utf8.contains(UInt8(ascii: "{")) }
        guard !labels.isEmpty else { return 0 }
        var score = Double(labels.filter(texts.contains).count) / Double(labels.count)
        let titles = (template.title ?? []).map(LayoutText.normalised)
        if titles.contains(where: { title in texts.contains { LayoutText.match($0, pattern: title) != nil } }) { score += 0.1 }
        if LayoutText.normalised(sheet.name) == LayoutText.normalised(template.sheetName) { score += 0.05 }
        return score
    }

    /// The template whose labels the sheets hold, when one clearly does; else
    /// `workbook.template-unclear` with the candidates.
    static func identify(_ sheets: [XlsxSheet], catalog: TemplateCatalog, file: String) throws(CCHCError) -> Template {
        var scored: [(template: Template, score: Double)] = []
        for template in catalog.templates {
            let best = sheets.map { score($0, template: template) }.max() ?? 0
            if best >= 0.5 { scored.append((template, best)) }
        }
        scored.sort { a, b in a.score > b.score || (a.score == b.score && a.template.id < b.template.id) }
        guard let best = scored.first else {
            throw CCHCError(Finding(.error, .workbookTemplateUnclear(candidates: []), at: Location(file: file)))
        }
        let close = scored.filter { best.score - $0.score < 0.2 }
        guard close.count == 1 else {
            throw CCHCError(Finding(.error, .workbookTemplateUnclear(candidates: close.map { $0.template.id }), at: Location(file: file)))
        }
        return best.template
    }

    /// The input document of the forms read on their sheets: one form's input, or a submission
    /// whose appendices are the forms (the unit and the report's number and date from the cover).
    /// `ownComments`: the workbook is cchc's own (`fill`, `submit`), so a form without a Ghi chú
    /// column keeps its notes as comments composed as fill composes them (`Ghi chú: …`), which
    /// are read back; a hand-made workbook's comments are the person's own, not the unit's notes.
    static func document(_ workbook: XlsxDocument, forms: [(Template, XlsxSheet)], submission: Bool, cover: XlsxSheet?,
                         year: Int?, findings: [Finding], ownComments: Bool = false) throws(CCHCError) -> InputDocument {
        let tree = DocumentTree()
        var findings = findings
        var cells: [(path: JSONPath, cell: InputDocument.Cell)] = []
        var readers: [LayoutReader] = []
        for (template, sheet) in forms {
            let comments = ownComments ? try workbook.comments(of: sheet.info) : [:]
            readers.append(try LayoutReader(sheet: sheet, template: template, file: workbook.file, date1904: workbook.date1904,
                                            comments: comments))
        }
        guard let first = readers.first else { throw CCHCError(.workbookNoSheets, file: workbook.file) }
        func setUnit(_ reader: LayoutReader) {
            tree.ensure(JSONPath("unit"))
            if let name = reader.unitName { tree.set(.string(name), at: JSONPath("unit").child("name")) }
            if let province = reader.province { tree.set(.string(province), at: JSONPath("unit").child("province")) }
            if let portal = readers.lazy.compactMap(\.portal).first { tree.set(.string(portal), at: JSONPath("unit").child("portal")) }
        }
        func setPeriod(_ period: Period) {
            let path = JSONPath("period")
            if let year = period.year { tree.set(.number(String(year)), at: path.child("year")) }
            if let from = period.from { tree.set(.number(String(from)), at: path.child("from")) }
            if let to = period.to { tree.set(.number(String(to)), at: path.child("to")) }
            if let cutoff = period.cutoff { tree.set(.string(cutoff.iso), at: path.child("cutoff")) }
        }
        func setForm(_ reader: LayoutReader, values: JSONPath, notes: JSONPath) {
            tree.ensure(values)
            for value in reader.values {
                let path = JSONPath(components: values.components + value.path.components)
                if let json = value.value { tree.set(json, at: path) }
                cells.append((path, InputDocument.Cell(sheet: reader.sheet.name, reference: value.reference.description)))
            }
            for note in reader.notes {
                tree.set(.string(note.note), at: notes.child(note.id))
                cells.append((notes.child(note.id), InputDocument.Cell(sheet: reader.sheet.name, reference: note.reference.description)))
            }
            findings += reader.findings.map { finding in
                var located = finding
                if let row = finding.location.row, let templateRow = reader.template.row(id: row) {
                    located.location.stt = templateRow.stt
                    located.location.label = templateRow.label
                }
                return located
            }
        }
        if submission {
            setUnit(first)
            if let cover { readCover(cover, into: tree, cells: &cells) }
            var period = Period()
            if readers.allSatisfy({ $0.period.from == nil }) { period.year = year }
            for reader in readers {
                period.year = period.year ?? reader.period.year
                period.from = period.from ?? reader.period.from
                period.to = period.to ?? reader.period.to
                period.cutoff = period.cutoff ?? reader.period.cutoff
            }
            tree.ensure(JSONPath("period"))
            setPeriod(period)
            for key in ["report", "signer"] { tree.ensure(JSONPath(key)) }
            tree.ensure(JSONPath("recipients"), array: true)
            for (index, reader) in readers.enumerated() {
                let appendix = JSONPath("appendices").element(index)
                tree.set(.string(reader.template.id), at: appendix.child("template"))
                setForm(reader, values: appendix.child("data").child("values"), notes: appendix.child("data").child("notes"))
            }
        } else {
            tree.set(.string(first.template.id), at: JSONPath("template"))
            setUnit(first)
            var period = first.period
            if period.year == nil && period.from == nil { period.year = year }
            if period.year != nil || period.from != nil {
                tree.ensure(JSONPath("period"))
                setPeriod(period)
            }
            setForm(first, values: JSONPath("values"), notes: JSONPath("notes"))
        }
        let document = tree.build()
        let located = cells.compactMap { item -> (path: JSONPath, cell: InputDocument.Cell)? in
            (tree.path(of: item.path) ?? item.path, item.cell)
        }
        return InputDocument(document: document, file: workbook.file, cells: located, findings: findings)
    }

    /// `document` with the fields the map lists on the cover (the issuer's lines, the title, the
    /// signer, the recipients, each a line of its own there), read from their cells; a recipient
    /// without the `- ` the cover puts before it.
    static func coverFields(_ entries: [EntryMapReader.Entry], cover: XlsxSheet, into document: InputDocument, date1904: Bool) -> InputDocument {
        guard case .object(var members) = document.document else { return document }
        var cells = document.cells
        var lists: [String: [JSONValue]] = [:]
        var objects: [String: [JSONValue.Member]] = [:]
        for entry in entries where entry.sheet == cover.name {
            let reading = CellReading.read(cover.cell(entry.reference), expected: .text, date1904: date1904)
            guard case .string(var text)? = reading.value else { continue }
            let components = entry.path.components
            guard case .key(let top)? = components.first else { continue }
            if top == "recipients" {
                if text.hasPrefix("- ") { text.removeFirst(2) }
                lists["recipients", default: []].append(.string(text))
            } else if components.count == 3, case .key("issuer") = components[1] {
                lists["issuer", default: []].append(.string(text))
            } else if components.count == 2, case .key(let key) = components[1] {
                objects[top, default: []].append(JSONValue.Member(key: key, value: .string(text), line: 0))
            } else {
                continue
            }
            cells.append((entry.path, InputDocument.Cell(sheet: cover.name, reference: entry.reference.description)))
        }
        if let issuer = lists["issuer"] { objects["report", default: []].append(JSONValue.Member(key: "issuer", value: .array(issuer), line: 0)) }
        for index in members.indices {
            let key = members[index].key
            if key == "recipients", let recipients = lists["recipients"] { members[index].value = .array(recipients) }
            if let added = objects[key], case .object(var own) = members[index].value {
                own += added
                members[index].value = .object(own)
            }
        }
        return InputDocument(document: .object(members), file: document.file, cells: cells, findings: document.findings)
    }

    /// The report's number and date from the facts of a submission's cover (label left, value in
    /// the third column), as `CoverSheet` writes them, in either language.
    static func readCover(_ cover: XlsxSheet, into tree: DocumentTree, cells: inout [(path: JSONPath, cell: InputDocument.Cell)]) {
        let facts: [(Phrase.CoverFact, JSONPath)] = [(.number, JSONPath("report").child("number")), (.date, JSONPath("report").child("date"))]
        for (fact, path) in facts {
            let labels = Set([Catalogue.vietnamese, Catalogue.english].map { LayoutText.normalised($0.phrase(.coverFact(fact))) })
            guard let label = cover.cells.first(where: { $0.reference.column == 0 && labels.contains(LayoutText.normalised(LayoutText.text(of: $0) ?? "")) }),
                  let reference = CellReference(row: label.reference.row, column: 2) else { continue }
            guard let text = LayoutText.text(of: cover.cell(reference)), !CellText.isBlank(text) else { continue }
            if fact == .date {
                let parts = text.split(separator: "/").compactMap { Int($0) }
                guard parts.count == 3 else { continue }
                tree.set(.string(DayDate(year: parts[2], month: parts[1], day: parts[0]).iso), at: path)
            } else {
                tree.set(.string(text), at: path)
            }
            cells.append((path, InputDocument.Cell(sheet: cover.name, reference: reference.description)))
        }
    }
}
