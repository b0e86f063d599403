import Foundation
import Model
import XlsxRead

/// Reads a form's sheet by its layout, as a person reads it, without a map: the header row(s)
/// found by the template's column heads, each column told by its head (STT, the label, the unit,
/// `Số liệu`, one column per year by the year in its head, the keyed columns, the counts of rates
/// `Tử số`/`Mẫu số`, Ghi chú), each row matched to the template's row by its STT and label
/// (`LayoutText.normalised`), wherever it stands. What cannot be matched, or matches twice, is a
/// finding at its cell, never a guess. This reads `cchc fill` and `cchc submit` outputs (a person
/// may have inserted or moved rows, so no position is trusted) and forms made by hand.
struct LayoutReader {
    /// A value read, at its JSON path (below the form's `values`), and the cell it came from.
    struct Value {
        var path: JSONPath
        var value: JSONValue?
        var reference: CellReference
    }

    let sheet: XlsxSheet
    let template: Template
    let file: String
    let date1904: Bool
    /// The comments on the sheet's cells, read only in cchc's own workbooks: on a form without a
    /// Ghi chú column they hold the rows' notes (`NotePlace`).
    let comments: [CellReference: String]

    /// What the sheet gives.
    private(set) var values: [Value] = []
    /// The notes of the rows (row id → note, the cell).
    private(set) var notes: [(id: String, note: String, reference: CellReference)] = []
    /// The unit's name, province and portal, when the sheet shows them.
    private(set) var unitName: String?
    private(set) var province: String?
    private(set) var portal: String?
    /// The period the sheet shows: its year, or its range of years and cut-off.
    private(set) var period = Period()
    private(set) var findings: [Finding] = []

    /// The comparable texts of the sheet, by row and column, merged cells giving their text to
    /// every place they cover.
    private var grid: [Int: [Int: String]] = [:]
    private var lastRow = 0

    /// Reads `sheet` as a sheet of `template`; a sheet whose header or value columns cannot be
    /// found throws (`workbook.no-header`, `workbook.no-value-column`).
    init(sheet: XlsxSheet, template: Template, file: String, date1904: Bool, comments: [CellReference: String] = [:]) throws(CCHCError) {
        self.sheet = sheet
        self.comments = comments
        self.template = template
        self.file = file
        self.date1904 = date1904
        for cell in sheet.cells {
            guard let text = LayoutText.text(of: cell) else { continue }
            grid[cell.reference.row, default: [:]][cell.reference.column] = text
            lastRow = max(lastRow, cell.reference.row)
        }
        try read()
    }

    private func text(_ row: Int, _ column: Int) -> String {
        if let text = grid[row]?[column] { return text }
        guard let reference = CellReference(row: row, column: column), let range = sheet.merge(containing: reference) else { return "" }
        return grid[range.start.row]?[range.start.column] ?? ""
    }

    private func location(_ row: Int, _ column: Int, templateRow: Row? = nil) -> Location {
        let reference = CellReference(row: row, column: column)?.description ?? "A1"
        return Location(file: file, place: .cell(sheet: sheet.name, reference: reference), row: templateRow?.id, stt: templateRow?.stt,
                        label: templateRow?.label)
    }

    // MARK: Columns

    /// What a column of the sheet holds.
    private enum Content: Equatable {
        case stt, label, unit, note
        case value(ValueColumn)
        case count(ValueColumn, RateSide)
    }

    /// The heads of the template's columns other than the years (normalised, placeholders kept),
    /// each the lowest header cell over the column.
    private func templateHeads() -> [(head: String, role: Column.Role, key: String?)] {
        let placement = template.placeHeader(yearCount: 1)
        var heads: [(String, Column.Role, String?)] = []
        for (index, column) in template.columns.enumerated() where column.role != .years {
            let covering = placement.cells.filter { $0.col <= index && index < $0.col + $0.colSpan }
            guard let lowest = covering.max(by: { $0.row < $1.row }) else { continue }
            heads.append((LayoutText.normalised(template.header[lowest.headerRow][lowest.cell].text), column.role, column.key))
        }
        return heads
    }

    /// The heads of the counts of rates (`Tử số`, `Mẫu số`, with the year), in either language.
    private static let countHeads: [(head: String, side: RateSide)] = [Catalogue.vietnamese, Catalogue.english].flatMap { catalogue in
        [RateSide.numerator, .denominator].map { (LayoutText.normalised(catalogue.phrase(.helperHeading(side: $0, year: nil))), $0) }
    }

    private mutating func read() throws(CCHCError) {
        // The header starts on the first row holding two heads of the template's top header row.
        let top = Set(template.header.first?.map { LayoutText.normalised($0.text) }.filter { !$0.utf8.contains(UInt8(ascii: "{")) } ?? [])
        let needed = min(2, top.count)
        guard needed > 0, let headerStart = (0...min(lastRow, 200)).first(where: { row in
            (grid[row] ?? [:]).values.filter { top.contains(LayoutText.normalised($0)) }.count >= needed
        }) else {
            throw CCHCError(Finding(.error, .workbookNoHeader(sheet: sheet.name), at: Location(file: file, place: .cell(sheet: sheet.name, reference: "A1"))))
        }
        let headerRows = max(template.header.count, 1)
        let heads = templateHeads()
        var columns: [Int: Content] = [:]
        let lastColumn = (headerStart..<(headerStart + headerRows)).flatMap { (grid[$0] ?? [:]).keys }.max() ?? 0
        let spanEnd = sheet.merges.filter { $0.start.row < headerStart + headerRows && $0.end.row >= headerStart }.map(\.end.column).max() ?? 0
        var taken: Set<Int> = []
        for column in 0...max(lastColumn, spanEnd) {
            var head = ""
            for row in (headerStart..<(headerStart + headerRows)).reversed() where head.isEmpty {
                head = LayoutText.normalised(text(row, column))
            }
            guard !head.isEmpty else { continue }
            if let (index, found) = heads.enumerated().first(where: { !taken.contains($0.offset) && $0.element.head == head }) {
                taken.insert(index)
                switch found.role {
                case .stt: columns[column] = .stt
                case .label: columns[column] = .label
                case .unit: columns[column] = .unit
                case .note: columns[column] = .note
                case .value:
                    columns[column] = .value(found.key.map(ValueColumn.key) ?? .single)
                case .years: break
                }
                continue
            }
            if let (countHead, side) = Self.countHeads.first(where: { head.hasPrefix($0.head) }) {
                let rest = head.dropFirst(countHead.count).trimmingCharacters(in: .whitespaces)
                if rest.isEmpty {
                    columns[column] = .count(.single, side)
                } else if let year = Int(rest) {
                    columns[column] = .count(.year(year), side)
                }
                continue
            }
            if template.period == .years, let year = LayoutText.year(in: head), !columns.values.contains(.value(.year(year))) {
                columns[column] = .value(.year(year))
            }
        }
        let headerReference = headerStart + 1
        guard let labelColumn = columns.first(where: { $0.value == .label })?.key else {
            throw CCHCError(Finding(.error, .workbookNoHeader(sheet: sheet.name), at: location(headerStart, 0)))
        }
        // A keyed form has no single column; a form of one column no keyed ones (a count head of a
        // single column belongs to it).
        let valueColumns = columns.compactMap { column, content -> (Int, ValueColumn)? in
            if case .value(let valueColumn) = content { return (column, valueColumn) }
            return nil
        }.sorted { $0.0 < $1.0 }
        guard !valueColumns.isEmpty else {
            throw CCHCError(Finding(.error, .workbookNoValueColumn(sheet: sheet.name, headerRow: headerReference), at: location(headerStart, labelColumn)))
        }
        let sttColumn = columns.first(where: { $0.value == .stt })?.key
        let noteColumn = columns.first(where: { $0.value == .note })?.key
        func countColumn(_ valueColumn: ValueColumn, _ side: RateSide) -> Int? {
            columns.first(where: { $0.value == .count(valueColumn, side) })?.key
        }
        readUnitAndPeriod(above: headerStart, valueColumns: valueColumns.map(\.1))
        readRows(from: headerStart + headerRows, sttColumn: sttColumn, labelColumn: labelColumn, noteColumn: noteColumn,
                 valueColumns: valueColumns, countColumn: countColumn)
    }

    // MARK: Unit and period

    private static let unitPrefixes = [Catalogue.vietnamese, Catalogue.english].map { LayoutText.normalised($0.phrase(.reportingUnit(""))) }

    private mutating func readUnitAndPeriod(above headerStart: Int, valueColumns: [ValueColumn]) {
        let titleTexts = (0..<headerStart).flatMap { row in (grid[row] ?? [:]).sorted { $0.key < $1.key }.map(\.value) }
        for text in titleTexts {
            let folded = text.precomposedStringWithCanonicalMapping
            for prefix in Self.unitPrefixes where LayoutText.normalised(folded).hasPrefix(prefix) {
                // `Đơn vị báo cáo: <name> – <province>`, as written (not normalised).
                guard let colon = folded.firstIndex(of: ":") else { continue }
                let rest = folded[folded.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                let parts = rest.components(separatedBy: " – ")
                unitName = parts[0]
                if parts.count > 1 { province = parts.dropFirst().joined(separator: " – ") }
            }
            if let date = Self.cutoff(in: folded) { period.cutoff = date }
        }
        let years = valueColumns.compactMap(\.year)
        if template.period == .years, let first = years.min(), let last = years.max() {
            period.from = first
            period.to = last
        } else {
            let lines = (template.title ?? []) + (template.subtitle ?? [])
            for line in lines where line.contains("{year}") {
                let pattern = LayoutText.normalised(line)
                for text in titleTexts {
                    if let captured = LayoutText.match(LayoutText.normalised(text), pattern: pattern),
                       let year = captured.compactMap({ Int($0) }).first, InputReader.yearRange.contains(year) {
                        period.year = year
                    }
                }
            }
        }
    }

    /// The cut-off of a line `Số liệu tính đến ngày 31/03/2020` (`Figures up to 2020-03-31`).
    static func cutoff(in text: String) -> DayDate? {
        let normal = LayoutText.normalised(text)
        for catalogue in [Catalogue.vietnamese, Catalogue.english] {
            let sample = DayDate(year: 2020, month: 3, day: 31)
            let pattern = LayoutText.normalised(catalogue.phrase(.figuresTo(sample)))
            let written = [sample.vietnamese, sample.iso].first { pattern.hasSuffix($0) } ?? ""
            guard !written.isEmpty else { continue }
            let prefix = String(pattern.dropLast(written.count))
            guard normal.hasPrefix(prefix) else { continue }
            let date = String(normal.dropFirst(prefix.count))
            let parts = date.split(whereSeparator: { $0 == "/" || $0 == "-" }).compactMap { Int($0) }
            guard parts.count == 3 else { continue }
            let (day, month, year) = written == sample.iso ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2])
            let iso = String(format: "%04d-%02d-%02d", year, month, day)
            if let valid = DayDate(iso: iso) { return valid }
        }
        return nil
    }

    // MARK: Rows

    private mutating func readRows(from firstRow: Int, sttColumn: Int?, labelColumn: Int, noteColumn: Int?,
                                   valueColumns: [(Int, ValueColumn)], countColumn: (ValueColumn, RateSide) -> Int?) {
        let rows = template.rows
        var byLabel: [String: [Int]] = [:]
        var patterns: [(index: Int, pattern: String)] = []
        for (index, row) in rows.enumerated() {
            let label = LayoutText.normalised(row.label)
            if label.utf8.contains(UInt8(ascii: "{")) { patterns.append((index, label)) } else { byLabel[label, default: []].append(index) }
        }
        // The heading (section or item) above each template row, to tell apart rows of one label.
        var headingAbove: [Int?] = []
        var heading: Int?
        for (index, row) in rows.enumerated() {
            headingAbove.append(heading)
            if !row.kind.holdsValue { heading = index }
        }
        let tally = Set([Catalogue.vietnamese, Catalogue.english].map { LayoutText.normalised($0.phrase(.tallyLabel)) })
        var matched: [Int: Int] = [:]  // template row → sheet row
        var order: [(sheetRow: Int, templateRow: Int)] = []
        var currentHeading: Int?
        if firstRow <= lastRow {
            for sheetRow in firstRow...lastRow {
                let label = LayoutText.normalised(text(sheetRow, labelColumn))
                guard !label.isEmpty, !tally.contains(label) else { continue }
                let stt = sttColumn.map { LayoutText.normalised(text(sheetRow, $0)) } ?? ""
                var candidates = byLabel[label] ?? []
                var captured: String?
                if candidates.isEmpty {
                    for (index, pattern) in patterns {
                        if let parts = LayoutText.match(label, pattern: pattern) {
                            candidates.append(index)
                            captured = parts.first
                        }
                    }
                }
                candidates = candidates.filter { index in
                    let own = LayoutText.normalised(rows[index].stt ?? "")
                    return stt.isEmpty || own.isEmpty || own == stt
                }
                if candidates.count > 1 { candidates = candidates.filter { headingAbove[$0] == currentHeading } }
                guard candidates.count == 1, let index = candidates.first else {
                    findings.append(Finding(.error, .workbookRowUnknown(stt: sttColumn.map { text(sheetRow, $0) } ?? "", label: text(sheetRow, labelColumn)),
                                            at: location(sheetRow, labelColumn)))
                    continue
                }
                if let first = matched[index] {
                    let reference = CellReference(row: first, column: labelColumn)?.description ?? ""
                    findings.append(Finding(.error, .workbookRowDuplicate(first: reference), at: location(sheetRow, labelColumn, templateRow: rows[index])))
                    continue
                }
                matched[index] = sheetRow
                order.append((sheetRow, index))
                if !rows[index].kind.holdsValue { currentHeading = index }
                if let captured, portal == nil, !captured.isEmpty {
                    // The portal the label names: the unit's own when it is not the template's.
                    let original = captured
                    if let own = originalText(of: rows[index].label, sheetText: text(sheetRow, labelColumn)), LayoutText.normalised(own) == original {
                        if own != template.defaults?.portal { portal = own }
                    }
                }
            }
        }
        for (index, row) in rows.enumerated() where row.kind.holdsValue && matched[index] == nil {
            var place = location(firstRow > 0 ? firstRow - 1 : 0, labelColumn, templateRow: row)
            place.row = row.id
            findings.append(Finding(.warning, .workbookRowMissing, at: place))
        }
        for (sheetRow, index) in order where rows[index].kind.holdsValue {
            readRow(rows[index], sheetRow: sheetRow, noteColumn: noteColumn, valueColumns: valueColumns, countColumn: countColumn)
        }
        resolveNotes()
    }

    /// The text a placeholder stands for in `sheetText`, as written (case kept).
    private func originalText(of label: String, sheetText: String) -> String? {
        guard let open = label.range(of: "{portal}") else { return nil }
        let before = String(label[..<open.lowerBound]), after = String(label[open.upperBound...])
        var text = sheetText.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = text.lowercased()
        guard lowered.hasPrefix(before.lowercased()) else { return nil }
        text = String(text.dropFirst(before.count))
        let trimmedAfter = after.trimmingCharacters(in: .whitespaces)
        if text.lowercased().hasSuffix(trimmedAfter.lowercased()) { text = String(text.dropLast(trimmedAfter.count)) }
        return text
    }

    private mutating func readRow(_ row: Row, sheetRow: Int, noteColumn: Int?, valueColumns: [(Int, ValueColumn)],
                                  countColumn: (ValueColumn, RateSide) -> Int?) {
        var counts: (Double?, Double?) = (nil, nil)
        var reportedRate = false
        for (offset, (column, valueColumn)) in valueColumns.enumerated() {
            var path = JSONPath.root.child(row.id)
            switch valueColumn {
            case .single: break
            case .year(let year): path = path.child(String(year))
            case .key(let key): path = path.child(key)
            }
            let reference = CellReference(row: sheetRow, column: column)!
            if let derived = row.derived {
                let sides = [(derived.numerator, RateSide.numerator), (derived.denominator, .denominator)].filter { $0.0.isComponent }
                let helpers = sides.compactMap { side -> (RateSide, CellReference)? in
                    countColumn(valueColumn, side.1).flatMap { CellReference(row: sheetRow, column: $0) }.map { (side.1, $0) }
                }
                let given = helpers.filter { sheet.cell($0.1)?.value != nil }
                if !given.isEmpty {
                    for (side, cellReference) in helpers {
                        let value = take(sheet.cell(cellReference), path: path.child(side.rawValue), reference: cellReference, row: row)
                        if offset == 0, case .number(let literal)? = value {
                            if side == .numerator { counts.0 = Double(literal) } else { counts.1 = Double(literal) }
                        }
                    }
                    continue
                }
                let cell = sheet.cell(reference)
                if cell?.formula != nil {
                    // The live formula of a rate whose counts are elsewhere: nothing typed here.
                    values.append(Value(path: path, value: nil, reference: reference))
                    continue
                }
                let value = take(cell, path: path, reference: reference, row: row)
                if offset == 0, value != nil { reportedRate = true }
                continue
            }
            if row.spanNote == true, valueColumns.count == 1 {
                // The answer takes the note column too; the note fill wrote after it is its
                // last block (`Ghi chú: …`, `Note: …`).
                if case .string(let text)? = take(sheet.cell(reference), path: path, reference: reference, row: row),
                   let (answer, note) = Self.splitNoteBlock(text) {
                    values[values.count - 1].value = answer.isEmpty ? nil : .string(answer)
                    notes.append((row.id, note, reference))
                }
                return
            }
            _ = take(sheet.cell(reference), path: path, reference: reference, row: row)
        }
        if noteColumn == nil, !comments.isEmpty {
            readCommentNote(row, sheetRow: sheetRow, valueColumns: valueColumns)
            return
        }
        guard let noteColumn, let reference = CellReference(row: sheetRow, column: noteColumn) else { return }
        // The note cell's own text: a merged range over it (the answer of a row that takes the
        // note column) is no note.
        let written = (grid[sheetRow]?[noteColumn] ?? "").precomposedStringWithCanonicalMapping
        guard !CellText.isBlank(written) else { return }
        if let instruction = row.instruction, LayoutText.match(LayoutText.normalised(written), pattern: LayoutText.normalised(instruction)) != nil {
            return
        }
        pendingNotes.append(PendingNote(row: row, text: written, reference: reference, counts: counts, reportedRate: reportedRate,
                                        firstColumn: valueColumns.first?.1 ?? .single))
    }

    /// The note of `row` on a form without a Ghi chú column: the last block (`Ghi chú: …`, or
    /// `Note: …` in an English workbook) of the comment fill put on the row's cell that
    /// `NotePlace` names (its last year on a per-year form, else its first value column), after
    /// the remark on a reported rate that may come before it.
    private mutating func readCommentNote(_ row: Row, sheetRow: Int, valueColumns: [(Int, ValueColumn)]) {
        guard !valueColumns.isEmpty else { return }
        let place = valueColumns.last.map { if case .year = $0.1 { return valueColumns.count - 1 } else { return 0 } } ?? 0
        guard let reference = CellReference(row: sheetRow, column: valueColumns[place].0), let text = comments[reference] else { return }
        if let (_, note) = Self.noteBlock(in: text, opening: "") { notes.append((row.id, note, reference)) }
    }

    /// A free-text answer and the note block fill wrote after it (`Ghi chú: …` after a blank
    /// line, or after one line break when the answer is blank; `Note: …` in an English
    /// workbook), or nil when the text has none. An answer that merely begins with `Ghi chú:`
    /// stays the answer.
    static func splitNoteBlock(_ text: String) -> (answer: String, note: String)? {
        noteBlock(in: text, opening: "\n").map { (answer: $0.before, note: $0.note) }
    }

    /// The last note block fill wrote in `text` (`Ghi chú: …`, `Note: …` in an English
    /// workbook) and what comes before it: the block after a blank line, or the whole text
    /// when it begins with `opening` and the block.
    static func noteBlock(in text: String, opening: String) -> (before: String, note: String)? {
        for catalogue in [Catalogue.vietnamese, Catalogue.english] {
            let head = opening + catalogue.phrase(.noteComment(""))
            if text.hasPrefix(head) { return ("", String(text.dropFirst(head.count))) }
            if let range = text.range(of: "\n\n" + catalogue.phrase(.noteComment("")), options: .backwards) {
                return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
            }
        }
        return nil
    }

    /// A note as written, before the part fill composed is taken off it.
    private struct PendingNote {
        var row: Row
        var text: String
        var reference: CellReference
        var counts: (Double?, Double?)
        var reportedRate: Bool
        var firstColumn: ValueColumn
    }

    private var pendingNotes: [PendingNote] = []

    /// The unit's notes: each note without what fill composes before it, the counts of the rate
    /// (`10.243/10.248 hồ sơ`, from the counts read with it or from the rows they come from) or
    /// the remark that the rate was reported without them, followed by `; `.
    private mutating func resolveNotes() {
        var read: [JSONPath: Double] = [:]
        for value in values {
            if case .number(let literal)? = value.value, let number = Double(literal) { read[value.path] = number }
        }
        for pending in pendingNotes {
            var counts = pending.counts
            if let derived = pending.row.derived {
                func fromRow(_ operand: Operand) -> Double? {
                    guard let id = operand.row else { return nil }
                    var path = JSONPath.root.child(id)
                    switch pending.firstColumn {
                    case .single: break
                    case .year(let year): path = path.child(String(year))
                    case .key(let key): path = path.child(key)
                    }
                    return read[path]
                }
                counts.0 = counts.0 ?? fromRow(derived.numerator)
                counts.1 = counts.1 ?? fromRow(derived.denominator)
            }
            var composed: [String] = []
            if let numerator = counts.0, let denominator = counts.1,
               let text = CellText.counts(numerator: numerator, denominator: denominator, unit: pending.row.derived?.noteUnit) {
                composed.append(text)
            } else if pending.reportedRate {
                composed += [Catalogue.vietnamese, Catalogue.english].map { $0.phrase(.reportedRateNote) }
            }
            var note: String? = pending.text
            for part in composed {
                if pending.text == part {
                    note = nil
                    break
                }
                if pending.text.hasPrefix(part + "; ") {
                    note = String(pending.text.dropFirst(part.count + 2))
                    break
                }
            }
            if let note { notes.append((pending.row.id, note, pending.reference)) }
        }
    }

    /// Reads `cell` for a value of `row`, keeps it (blank included, for its cell) and any finding.
    private mutating func take(_ cell: XlsxCell?, path: JSONPath, reference: CellReference, row: Row) -> JSONValue? {
        let reading = CellReading.read(cell, expected: .value, date1904: date1904)
        if let (severity, problem) = reading.problem {
            findings.append(Finding(severity, problem, at: location(reference.row, reference.column, templateRow: row)))
        }
        values.append(Value(path: path, value: reading.value, reference: reference))
        return reading.value
    }
}
