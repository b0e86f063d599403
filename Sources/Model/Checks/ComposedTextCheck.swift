/// Texts the workbooks compose from the template and fields of the input fit a cell.
///
/// Every field of an input is checked on its own when it is read (`TextRules`: at most 32,767
/// characters). A text the workbook composes from several — a title line with `{unit}` and
/// `{province}`, the `Đơn vị báo cáo: <name> – <province>` line, the Ghi chú of a rate (its counts,
/// then the note), a comment, the lines of a submission's cover — can be longer than a cell holds
/// even when each field fits: libxlsxwriter would then refuse the cell, or, in a merged range,
/// leave it empty. Such a text is found here, before anything is written, in every language the
/// workbook may be written in (the tool's own words differ in length): `text.composed-too-long`,
/// an error at the input field it takes most from, naming what is composed, the fields it takes
/// and its length. A run with one writes no workbook, even with `--allow-errors`
/// (`Pipeline.decide`).
public enum ComposedTextCheck {
    /// The most characters (UTF-16 units, as Excel counts) a cell holds.
    public static let limit = TextRules.maximumCellCharacters

    /// A composed text: what it is, the input fields it takes, its row (an index of
    /// `Report.rows`), and the text.
    struct Piece {
        var what: ComposedText
        var fields: [Field]
        var row: Int?
        var text: String
        /// Whether the text is the same in every language (the template's own, filled with the
        /// input's fields): made and measured once, in the first language.
        var everyLanguage = false
    }

    // MARK: Findings

    /// The findings about the sheet of `report`: texts that take the unit or the period are
    /// reported at `$.unit` / `$.period` of `unitFile` (the input, or the submission whose unit
    /// the sheet prints), a Ghi chú or comment at the row's note in the report's own file.
    public static func findings(for report: Report, unitFile: String) -> [Finding] {
        let comments = mayHaveLongComment(report, place: report.notePlace)
        let languages = Language.allCases.enumerated().map { index, language in
            pieces(of: report, catalogue: Catalogue(language), allLanguages: index == 0, comments: comments)
        }
        return tooLong(languages).map { piece, length in
            let problem = Problem.composedTextTooLong(text: piece.what, fields: piece.fields, length: length, limit: limit)
            let row = piece.row.map { report.rows[$0].row }
            if piece.fields.contains(.note), let row {
                let notes = JSONPath(components: Array(report.valuesPath.components.dropLast()) + [.key("notes")])
                return Finding(.error, problem, at: Location(file: report.source, path: notes.child(row.id), row: row))
            }
            guard let path = path(of: piece.fields) else {
                // Only the template's own words: a problem of the template, shown at the input that uses it.
                return Finding(.error, problem, at: Location(file: report.source))
            }
            return Finding(.error, problem, at: Location(file: unitFile, path: path, row: row))
        }
    }

    /// The findings about the lines of the cover and of the `Kiểm tra` sheet of `submission`.
    public static func coverFindings(for submission: Submission) -> [Finding] {
        tooLong(Language.allCases.map { coverPieces(of: submission, catalogue: Catalogue($0)) }).map { piece, length in
            var where_ = path(of: piece.fields) ?? .root
            switch piece.what {
            case .coverIssuer(let line) where piece.fields == [.issuerLine]: where_ = JSONPath("report", "issuer").element(line - 1)
            case .coverRecipient(let line): where_ = JSONPath("recipients").element(line - 1)
            default: break
            }
            return Finding(.error, .composedTextTooLong(text: piece.what, fields: piece.fields, length: length, limit: limit),
                           at: Location(file: submission.source, path: where_))
        }
    }

    /// The pieces longer than a cell holds, with the longest length over the languages. The
    /// first language gives every piece; each other gives, in the same order, those that are not
    /// the same in every language.
    static func tooLong(_ languages: [[Piece]]) -> [(Piece, Int)] {
        guard let first = languages.first else { return [] }
        var out: [(Piece, Int)] = []
        var other = 0   // the index of the next piece of the other languages
        for piece in first {
            var length = TextRules.cellLength(piece.text)
            if !piece.everyLanguage {
                for language in languages.dropFirst() { length = max(length, TextRules.cellLength(language[other].text)) }
                other += 1
            }
            if length > limit { out.append((piece, length)) }
        }
        return out
    }

    /// Where in the input a text that takes these fields is best shown: the unit (or its name or
    /// province alone), the period, the report's number or place; nil for none of them.
    static func path(of fields: [Field]) -> JSONPath? {
        let unit = JSONPath("unit")
        switch fields.first {
        case .unitName?: return fields.contains(.province) ? unit : unit.child("name")
        case .province?: return unit.child("province")
        case .period?, .cutoff?: return JSONPath("period")
        case .reportNumber?: return JSONPath("report", "number")
        case .reportPlace?: return JSONPath("report", "place")
        default: return nil
        }
    }

    // MARK: The texts

    /// The input fields a template text takes through its placeholders.
    static func fields(in text: String) -> [Field] {
        var out: [Field] = []
        guard Placeholder.mayOccur(in: text) else { return out }
        if Placeholder.occurs("{unit}", in: text) { out.append(.unitName) }
        if Placeholder.occurs("{province}", in: text) { out.append(.province) }
        if ["{year}", "{from}", "{to}", "{cutoff}", "{y}"].contains(where: { Placeholder.occurs($0, in: text) }) { out.append(.period) }
        return out
    }

    /// Every composed text of the form's sheet of `report`, in the words of `catalogue`; without
    /// `allLanguages`, only those whose words differ between languages; without `comments`, the
    /// comments left out (none can be too long: `mayHaveLongComment`).
    static func pieces(of report: Report, catalogue: Catalogue, allLanguages: Bool = true, comments: Bool = true) -> [Piece] {
        let template = report.template
        var out: [Piece] = []
        let longest = longestReplacement(in: report)
        func lines(_ texts: [String]?, _ what: (Int) -> ComposedText) {
            guard allLanguages else { return }
            for (i, line) in (texts ?? []).enumerated() where !fits(line, longestReplacement: longest) {
                out.append(Piece(what: what(i + 1), fields: fields(in: line), text: report.resolve(line), everyLanguage: true))
            }
        }
        lines(template.aboveTitle, ComposedText.aboveTitle)
        lines(template.title, ComposedText.title)
        let unitFields = (report.unit.name.isEmpty ? [] : [Field.unitName]) + (report.unit.province == nil ? [] : [.province])
        for (what, text) in report.subtitleLines(catalogue: catalogue) {
            let fields: [Field]
            switch what {
            case .subtitle(let line): fields = self.fields(in: template.subtitle?[line - 1] ?? "")
            case .unitLine: fields = unitFields
            default: fields = [.cutoff]
            }
            out.append(Piece(what: what, fields: fields, text: text))
        }
        for (r, cells) in template.header.enumerated() where allLanguages {
            for cell in cells {
                // A cell repeated per year takes a four-digit year, and the last may take another text.
                for text in [cell.text, cell.lastWithCutoff].compactMap({ $0 }) where !fits(text, longestReplacement: longest) {
                    out.append(Piece(what: .header(row: r + 1), fields: fields(in: text),
                                     text: report.resolve(text, year: report.period.reportYear ?? InputReader.yearRange.upperBound),
                                     everyLanguage: true))
                }
            }
        }
        lines(template.footnotes, ComposedText.footnote)
        let place = report.notePlace
        func hasNote(_ row: Int) -> Bool { !(report.rows[row].note ?? "").isEmpty }
        // A Ghi chú puts a rate's counts before the note.
        for index in report.rows.indices where place == .noteColumn && hasNote(index) {
            if let text = report.rows[index].noteText(catalogue: catalogue) {
                out.append(Piece(what: .note, fields: [.note], row: index, text: text))
            }
        }
        // The comments as `cchc submit` writes them, with the remarks on reported rates: the longest.
        for comment in comments ? report.comments(catalogue: catalogue, reportedRates: true) : [] {
            let takesNote = hasNote(comment.row) && comment.valueColumn == place.valueColumn
            out.append(Piece(what: .comment, fields: takesNote ? [.note] : [], row: comment.row, text: comment.text))
        }
        return out
    }

    /// The most UTF-8 bytes a placeholder of `report`'s texts is replaced with (`Report.resolve`):
    /// a field of the unit, the template's default portal, the document's number, or a number
    /// the tool writes (a year, a day and month: `41` bytes hold any two integers).
    static func longestReplacement(in report: Report) -> Int {
        max(41, report.unit.name.utf8.count, report.unit.province?.utf8.count ?? 0, report.unit.portal?.utf8.count ?? 0,
            report.template.defaults?.portal?.utf8.count ?? 0, (report.reportNumber ?? Report.numberToFillIn).utf8.count)
    }

    /// Whether a text of the template fits a cell whatever its placeholders are replaced with,
    /// without replacing them: a placeholder takes at least three bytes (`{y}`), so a text of `n`
    /// bytes has at most `n / 3` of them, and is at most `n + n / 3 × longestReplacement` bytes
    /// once resolved, never fewer than its UTF-16 units. A template's texts are short, and most
    /// of an input's texts need not be made to be measured.
    static func fits(_ text: String, longestReplacement: Int) -> Bool {
        let bytes = text.utf8.count
        return bytes + bytes / 3 * longestReplacement <= limit
    }

    /// The most UTF-8 bytes a remark of a comment takes, in any language, beyond the one text it
    /// quotes (a note), or the two (the labels of a rate's missing counts): its words, the rate
    /// as a number, the blank line between remarks. `ComposedTextTests` holds every language to it.
    static let remarkWords = 1_000

    /// Whether a comment of `report` could be longer than a cell holds. A comment is made of
    /// remarks (`Report.comments`): on each rate reported without its formula, and on the note
    /// where notes are comments. Counted in UTF-8 bytes, never fewer than UTF-16 units, each
    /// remark at most `remarkWords` and what it quotes; when no row comes near the limit, the
    /// comments of neither language need to be made to be measured.
    static func mayHaveLongComment(_ report: Report, place: NotePlace) -> Bool {
        // By index, not `for filled in report.rows`: a copy of each row retains every text of it.
        let rows = report.rows
        var longestLabel: Int?
        func labels() -> Int {
            if let longestLabel { return longestLabel }
            var longest = 0
            for index in rows.indices {
                longest = max(longest, rows[index].row.label.utf8.count, rows[index].row.derived?.numerator.label?.utf8.count ?? 0,
                              rows[index].row.derived?.denominator.label?.utf8.count ?? 0)
            }
            longestLabel = longest
            return longest
        }
        let notesAreComments = place != .noteColumn
        for index in rows.indices {
            var bytes = 0
            if rows[index].row.derived != nil {
                for value in rows[index].values where Report.remarkedRate(value) != nil { bytes += remarkWords + 2 * labels() }
            }
            if notesAreComments, let count = rows[index].note?.utf8.count, count > 0 { bytes += remarkWords + count }
            if bytes > limit { return true }
        }
        return false
    }

    /// Every composed text of a submission's cover and `Kiểm tra` sheet, in the words of `catalogue`.
    static func coverPieces(of submission: Submission, catalogue: Catalogue) -> [Piece] {
        let report = submission.report, unit = submission.unit
        var out: [Piece] = []
        for (i, line) in submission.issuerLines.enumerated() {
            out.append(Piece(what: .coverIssuer(line: i + 1), fields: report.issuer.isEmpty ? [.unitName] : [.issuerLine], text: line))
        }
        out.append(Piece(what: .coverNumber, fields: [.reportNumber], text: catalogue.phrase(.numberLine(report.number))))
        out.append(Piece(what: .coverPlaceAndDate, fields: [.reportPlace],
                         text: catalogue.phrase(.placeAndDate(place: report.place, date: report.date))))
        out.append(Piece(what: .coverAttached, fields: [.unitName, .reportNumber],
                         text: catalogue.phrase(.coverAttached(number: report.number, date: report.date, unit: unit.name))))
        for (i, line) in submission.recipientLines.enumerated() {
            out.append(Piece(what: .coverRecipient(line: i + 1), fields: [.recipient], text: line))
        }
        out.append(Piece(what: .checkSheetUnit, fields: [.unitName, .province, .reportNumber],
                         text: catalogue.phrase(.checkSheetAbout(unit: unit.fullName, number: report.number, date: report.date))))
        return out
    }
}
