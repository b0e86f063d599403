import Foundation

/// English, on request (`--lang en`, or an `en` locale). Numbers are written `10,300`, `98.8 %`.
struct English: LanguagePack {
    let numbers = NumberText.english

    // MARK: Pieces shared by the messages

    func quoted(_ text: String) -> String { "\"" + TextLimit.shortened(text) + "\"" }
    func n(_ value: Double) -> String { numbers.show(value) }
    func percent(_ value: Double) -> String { numbers.percent(value) }
    /// A rate as written to `digits` decimals: `91.70 %`.
    func writtenPercent(_ value: Double, _ digits: Int) -> String { numbers.fixed(value, decimals: digits) + " %" }
    /// A computed rate beside one written to `digits` decimals: two more decimals (at least two), so the difference shows.
    func computedPercent(_ value: Double, _ digits: Int) -> String { numbers.format(value, maxFractionDigits: max(2, digits + 2)) + " %" }
    /// "rounded to 1 decimal".
    func rounding(_ digits: Int) -> String {
        switch digits {
        case 0: return "rounded to a whole number"
        case 1: return "rounded to 1 decimal"
        default: return "rounded to \(digits) decimals"
        }
    }

    func type(_ type: JSONShape) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return "true/false"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    func field(_ field: Field) -> String {
        switch field {
        case .input: return "an input"
        case .submission: return "a submission"
        case .template: return "\"template\""
        case .unit: return "\"unit\""
        case .unitName: return "the unit's name"
        case .province: return "the province"
        case .unitCode: return "the unit's code"
        case .portal: return "the portal address (\"portal\")"
        case .period: return "\"period\""
        case .year: return "the year"
        case .cutoff: return "the cut-off"
        case .values: return "\"values\""
        case .notes: return "\"notes\""
        case .note: return "a note"
        case .report: return "\"report\""
        case .reportTitle: return "the report's title"
        case .reportNumber: return "the report's number"
        case .reportDate: return "the date of the report"
        case .reportPlace: return "the place"
        case .issuer: return "\"issuer\""
        case .issuerLine: return "a line of the issuer"
        case .signer: return "\"signer\""
        case .signerOnBehalf: return "the signer's \"TM.\" line"
        case .signerSigningFor: return "the signer's \"KT.\" line"
        case .signerTitle: return "the signer's title"
        case .signerName: return "the signer's name"
        case .recipients: return "\"recipients\""
        case .recipient: return "a recipient"
        case .appendices: return "\"appendices\""
        case .appendix: return "an appendix"
        case .appendixData: return "\"data\""
        case .appendixFile: return "\"file\""
        case .appendixSheet: return "\"sheet\""
        case .rate: return "a rate"
        case .keyedRow: return "this row"
        case .consolidated: return "the consolidated figures (\"consolidated\")"
        case .consolidatedUnits: return "the number of units consolidated (\"units\")"
        case .consolidatedCell: return "a cell of the consolidated figures"
        case .consolidatedStatus: return "the reporting status (\"status\")"
        }
    }

    func side(_ side: RateSide) -> String { side.rawValue }

    func period(_ period: Period) -> String {
        var text: String
        if let from = period.from, let to = period.to { text = "\(from)–\(to)" } else { text = period.year.map(String.init) ?? "no period" }
        if let cutoff = period.cutoff { text += " (cut-off \(cutoff.iso))" }
        return text
    }

    func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "none" }
        return years.count > 2 && last - first + 1 == years.count ? "\(first)–\(last)" : years.map(String.init).joined(separator: ", ")
    }

    func list(_ items: [String]) -> String { items.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Units named in one cell or line: the first `Catalogue.namedUnits`, then how many more.
    func units(_ names: [String]) -> String {
        let shown = names.prefix(Catalogue.namedUnits).joined(separator: ", ")
        return names.count > Catalogue.namedUnits ? shown + " and \(n(Double(names.count - Catalogue.namedUnits))) other units" : shown
    }

    /// How to save a spreadsheet as .xlsx, in Excel and in LibreOffice.
    var saveAsXLSX: String { "open it and " + saveAsXLSXTail }

    var saveAsXLSXTail: String {
        "save it as .xlsx: in Excel choose \"File › Save As\", type \"Excel Workbook (*.xlsx)\"; "
            + "in LibreOffice Calc choose \"File › Save As\", type \"Excel 2007-365 (.xlsx)\""
    }

    func workbookLimit(_ limit: WorkbookLimit, _ maximum: Int, _ part: String?) -> String {
        let mib = maximum / 1024 / 1024
        let place = part.map { "the part `\($0)`" } ?? "the workbook"
        switch limit {
        case .fileSize: return "the file is larger than \(mib) MiB"
        case .entries: return "the zip has more than \(maximum) entries"
        case .partSize: return "\(place) is larger than \(mib) MiB uncompressed"
        case .totalSize: return "the parts of the workbook are larger than \(mib) MiB uncompressed"
        case .sheets: return "the workbook has more than \(maximum) sheets"
        case .cellsPerSheet: return "\(place) has more than \(maximum) cells with data"
        case .cellsTotal: return "the workbook has more than \(maximum) cells with data"
        case .sharedStrings: return "the shared-string table has more than \(maximum) strings"
        case .stringLength: return "\(place) has a text longer than \(maximum) bytes"
        case .nesting: return "\(place) nests XML elements deeper than \(maximum) levels"
        case .styles: return "\(place) has more than \(maximum) styles"
        }
    }

    // MARK: Problems

    func message(_ problem: Problem) -> String {
        switch problem {
        case .fileNotFound: return "no such file"
        case .fileIsDirectory: return "is a directory, not a file"
        case .fileUnreadable: return "cannot open the file (permission?)"
        case .fileTooLarge(let limit): return "the file is larger than \(limit / 1024 / 1024) MiB; an input of one form is a few kilobytes"
        case .fileEmpty: return "the file is empty"
        case .fileUTF16: return "the file is UTF-16; save it as UTF-8"
        case .fileNotUTF8:
            return "the file is not valid UTF-8 (was it saved in another encoding, e.g. Windows-1258 or TCVN3?); save it as UTF-8"
        case .jsonSyntax(let line, let column, let kind):
            return "not valid JSON: line \(line), column \(column): " + syntax(kind)
        case .workbookEmpty: return "the file is empty, not an Excel workbook; " + saveAsXLSX
        case .workbookLegacyXLS:
            return "the file is a legacy Excel workbook (.xls, Excel 97–2003); only .xlsx is read; " + saveAsXLSX
        case .workbookEncrypted:
            return "the workbook is password-protected (encrypted) and cannot be read; open it with its password, remove the password, and " + saveAsXLSXTail
        case .workbookODS:
            return "the file is an OpenDocument spreadsheet (.ods, LibreOffice's own format), not an .xlsx workbook; " + saveAsXLSX
        case .workbookText:
            return "the file is text (CSV or similar) named like a workbook, not an .xlsx workbook; open it in Excel or LibreOffice Calc and " + saveAsXLSXTail
        case .workbookUnknownFormat:
            return "the file is not an .xlsx workbook (unrecognised format); " + saveAsXLSX
        case .workbookNotSpreadsheet(let looksLike):
            let what = looksLike == "docx" ? " — it is a Word document (.docx)" : looksLike == "pptx" ? " — it is a PowerPoint presentation (.pptx)" : ""
            return "this zip file is not an Excel workbook (it has no `xl/workbook.xml`)\(what); send the spreadsheet itself, and " + saveAsXLSXTail
        case .workbookCorrupt(let part):
            let place = part.map { " (part `\($0)`)" } ?? ""
            return "the .xlsx file is damaged or incomplete\(place), perhaps from an unfinished download or e-mail; get the file again, or let Excel repair it and save it again"
        case .workbookMissingPart(let part):
            return "the workbook has no part `\(part)`; the file is damaged or was made incorrectly by another program; " + saveAsXLSX
        case .workbookMalformedXML(let part, let line, let column):
            return "the part `\(part)` of the workbook is not well-formed XML (line \(line), column \(column)); the file is damaged; " + saveAsXLSX
        case .workbookDTD(let part):
            return "the part `\(part)` declares a DOCTYPE or XML entities, which no real workbook has (the file may be malicious); it is not read"
        case .workbookEncoding(let part, let encoding):
            return "the part `\(part)` is encoded as \(quoted(encoding)), not UTF-8; " + saveAsXLSX
        case .workbookTooLarge(let limit, let maximum, let part):
            return workbookLimit(limit, maximum, part) + "; a form needs a few thousand cells, so the file is not read further"
        case .workbookZipBomb(let part, let ratio):
            return "the part `\(part)` inflates to more than \(ratio) times its compressed size (a zip bomb); it is not inflated further"
        case .workbookBadReference(let reference):
            return "the cell reference \(quoted(reference)) is invalid or beyond Excel's limits (column XFD, row 1,048,576); the file is damaged"
        case .workbookSharedString(let index, let count):
            return "a cell points at shared string \(quoted(index)) but the shared-string table has \(count) strings; the file is damaged"
        case .workbookBadValue(let type, let value):
            return "a cell declared as \(quoted(type)) holds \(quoted(value)), which is not of that type; the file is damaged"
        case .workbookNoSheets: return "the workbook has no sheet"
        case .workbookNoMap:
            return "the workbook has no hidden sheet `_cchc` (the map of which cell holds which value, written by `cchc init … -o form.xlsx`), "
                + "so it is not known where its values are; type the figures into a workbook made by `cchc init <template> -o form.xlsx`"
        case .workbookMapMalformed(let expected, let found):
            return "the hidden sheet `_cchc` was edited or is damaged: this cell must hold \(quoted(expected)) but holds \(quoted(found)); "
                + "do not edit `_cchc`; make the workbook again with `cchc init … -o form.xlsx` and copy the figures over"
        case .workbookMapCell(let sheet, let reference):
            return "the hidden sheet `_cchc` points at cell \(quoted(reference)) of sheet \(quoted(sheet)), which the workbook does not have "
                + "(was a sheet renamed or deleted?); keep the sheet names of the workbook `cchc init` made"
        case .workbookMapVersion(let template, let workbook, let installed):
            return "the workbook was made from template \(quoted(template)) version \(quoted(workbook)), the installed template is version "
                + "\(quoted(installed)); rows may have changed, check them or make the workbook again with `cchc init`"
        case .workbookFormulaAsValue(let formula):
            return "a cell meant for a typed value holds the formula \(quoted("=" + formula)); its value as last calculated was read; "
                + "type the figure into the cell instead"
        case .workbookErrorValue(let value):
            return "a cell meant for a typed value holds Excel's error value \(quoted(value)); type the figure, or leave the cell empty when it is not reported"
        case .workbookNoHeader(let sheet):
            return "no header row of the form (the \"STT\" and label columns) was found on sheet \(quoted(sheet)); keep the form's header row, "
                + "or type the figures into a workbook made by `cchc init <template> -o form.xlsx`"
        case .workbookNoValueColumn(let sheet, let headerRow):
            return "header row \(headerRow) of sheet \(quoted(sheet)) has no value column of the form (\"Số liệu\", the years, the form's "
                + "columns), so no value can be read; keep the column heads as the form has them"
        case .workbookTemplateUnclear(let candidates):
            if candidates.isEmpty {
                return "the workbook matches no form (neither the title nor the rows of any template); name the form with "
                    + "`--template <id>` (see `cchc templates`)"
            }
            return "the workbook's form cannot be told: it matches \(candidates.map(quoted).joined(separator: ", ")) about as well; "
                + "name the form with `--template <id>`"
        case .workbookRowUnknown(let stt, let label):
            return "the row \(stt.isEmpty ? "" : "numbered \(quoted(stt)) ")\(quoted(label)) matches no row of the form and is not read; "
                + "write the number and label as the form has them, or delete the added row"
        case .workbookRowDuplicate(let first):
            return "this row repeats the row already read at \(quoted(first)) (same number and label) and is not read; delete one of them"
        case .workbookRowMissing:
            return "the sheet does not have this row of the form, so its values count as blank; put the row back as the form has it"

        case .notAnObject(let document, let found):
            if document == .submission {
                return "a submission must be a JSON object ({ \"unit\": …, \"period\": …, \"report\": …, \"signer\": …, \"appendices\": […] }), not \(type(found))"
            }
            return "the input must be a JSON object ({ \"template\": …, \"unit\": …, \"period\": …, \"values\": … }), not \(type(found))"
        case .unknownKey(let key, let object, let allowed):
            return "unknown key \(quoted(key)); \(field(object)) has: \(allowed.joined(separator: ", "))"
        case .repeatedKey(let key, let firstLine, let line):
            return "the key \(quoted(key)) is given twice in the same object (lines \(firstLine) and \(line)); only one can be right — remove the other"
        case .missing(let field):
            return "missing \(self.field(field))" + example(field)
        case .emptyText(let field):
            return "\(self.field(field).capitalizedFirst) is empty"
        case .wrongType(let field, let expected, let found):
            return "\(self.field(field).capitalizedFirst) must be \(type(expected)), not \(type(found))" + example(field)
        case .unknownTemplate(let id, let known, let nearest), .templateUnknown(let id, let known, let nearest):
            var text = "unknown template \(quoted(id)); known templates: \(known.joined(separator: ", "))"
            if let nearest { text += " (did you mean \"\(nearest)\"?)" }
            return text + " (see `cchc templates`)"
        case .unknownRow(let id, let template, let nearest):
            var text = "unknown row id \(quoted(id)) in template \(template)"
            if !nearest.isEmpty { text += "; nearest known ids: " + list(nearest) }
            return text + " (see `cchc templates show \(template)`)"
        case .headingValue: return "this is a heading and holds no value; give the values of the rows under it"
        case .noValues: return "no \"values\": the workbook will be an empty form"
        case .tooMany(let errors, let warnings, let listed):
            return "\(errors + warnings) more problems (\(errors) errors, \(warnings) warnings) were found and not listed after the first \(listed); fix these and run again"

        case .notAYear(let given, let range): return "\(quoted(given)) is not a year between \(range.lowerBound) and \(range.upperBound)"
        case .dateOutOfRange(let given, let range):
            return "the date \(quoted(given)) has a year outside \(range.lowerBound)–\(range.upperBound); check the year"
        case .notADate(let given): return "\(quoted(given)) is not a date written YYYY-MM-DD (e.g. \"2020-03-31\")"
        case .periodNeedsYear(let template?): return "the template \(template) needs the report year: \"period\": { \"year\": 2021 }"
        case .periodNeedsYear(nil):
            return "the period needs \"year\" (an annual report) or \"from\" and \"to\" (a review of several years)"
        case .periodNeedsRange(let template?):
            return "the template \(template) has one column per year: give \"period\": { \"from\": 2011, \"to\": 2020 }"
        case .periodNeedsRange(nil): return "a range of years needs both \"from\" and \"to\""
        case .periodOneYear(let template): return "the template \(template) covers one year; give \"year\", not \"from\"/\"to\""
        case .periodTooLong(let years, let limit): return "a range of \(years) years is more than the \(limit) columns a form can hold"
        case .periodReversed(let from, let to): return "the period starts (\(from)) after it ends (\(to))"
        case .periodYearNotEnd(let year, let to): return "\"year\" (\(year)) differs from the end of the range (\(to)); leave it out"
        case .periodCutoffOutside(let cutoff, let lastYear): return "the cut-off \(cutoff.iso) is not in the report's last year \(lastYear)"
        case .yearKeyInvalid(let key): return "\(quoted(key)) is not a year; per-year values are keyed by year, e.g. \"2019\""
        case .yearOutsideRange(let year, let from, let to): return "year \(year) is outside the report's range \(from)–\(to)"
        case .yearJump(let series, let fromYear, let fromValue, let toYear, let toValue, let factor, let partial):
            let what: String
            switch series {
            case .count: what = "The count"
            case .component(let side, let label): what = "The \(side.rawValue) (\(label))"
            }
            var text = "\(what) \(toValue > fromValue ? "rises" : "falls") from \(n(fromValue)) in \(fromYear) to \(n(toValue)) in \(toYear), ×\(n((factor * 10).rounded() / 10))"
            if let partial {
                text += "; \(toYear) is counted to \(partial.cutoff.dayMonth) only, so a drop is flagged beyond ×\(n((partial.threshold * 10).rounded() / 10))"
            }
            return text + "; a slipped digit, or a number written in the other notation (1.130 is 1130, 1,130 is 1.13)?"

        case .valueWrongType(let shape, let found):
            switch shape {
            case .text: return "expected text, not \(type(found))"
            case .number: return "expected a number, not \(type(found))"
            case .perYear:
                return "this template has one column per year: give an object keyed by year, e.g. { \"2019\": 134, \"2020\": 162 }, not \(type(found))"
            case .keyed(let keys): return "this row takes an object with the keys \(keys.joined(separator: ", ")), not \(type(found))"
            }
        case .notACount(let value, let unit, let side):
            if let side { return "\(n(value)) is not a count: the \(side.rawValue) takes a whole number ≥ 0" }
            return "\(n(value)) is not a count: \(unit ?? "this row") takes a whole number ≥ 0"
        case .percentOutOfRange(let value): return "\(n(value)) is not a percentage between 0 and 100"
        case .unknownAnswer(let given, let legend):
            return "\(given) is not one of the answers of this row: " + legend.map { "\($0.code) (\($0.label))" }.joined(separator: ", ")
        case .notPass(let given): return "expected \"Đạt\" or \"Không đạt\", not \(given)"
        case .notFraction(let given): return "expected a fraction of two whole numbers written like \"24/24\", not \(given)"
        case .fractionAbove(let numerator, let denominator, let unit):
            let what = unit.map { " (\($0))" } ?? ""
            return "\(CellText.fraction(numerator: numerator, denominator: denominator)): the first number counts the units\(what) that did it, the second all of them, so \(n(numerator)) cannot be larger than \(n(denominator))"
        case .notANumber(let given):
            return "\(given) is not a number in Vietnamese (1.130 / 99,95) or international (1130 / 99.95) notation"
        case .numberTooLarge(let given): return "\(given) is beyond the 15 significant digits a spreadsheet keeps"
        case .numberTooSmall(let given):
            return "\(given) is not zero but too small for a spreadsheet to keep: it would become 0; if it is 0, write 0"
        case .numberSpaceGroups(let given):
            return "\(given): digit groups separated by spaces must have three digits (like 10 248); remove the spaces or correct the number"
        case .percentSignOnCount(let given, let unit, let isRateCount):
            return isRateCount ? "\(given) has a % sign but the numerator and denominator of a rate are counts"
                : "\(given) has a % sign but the row counts \(unit ?? "units")"
        case .ambiguousNumber(let given, let read, let alternative, let commaIsDecimal):
            return "\(given) was read as \(PlainNumber.text(read)) (\(commaIsDecimal ? "the comma is the decimal mark" : "the dot groups thousands")); it could also mean \(PlainNumber.text(alternative)); write it as a JSON number to be sure"
        case .misreadNumber(let given, let read, let alternative, let commaIsDecimal):
            return "\(given) was read as \(PlainNumber.text(read)) (\(commaIsDecimal ? "the comma is the decimal mark" : "the dot groups thousands")), which this row cannot hold; if you meant \(PlainNumber.text(alternative)), write \(PlainNumber.text(alternative))"
        case .controlCharacter(let scalar) where TextRules.isNonCharacter(scalar):
            return "the text contains U+\(PlainNumber.hex(scalar)), a Unicode non-character, which a spreadsheet cell cannot hold"
        case .controlCharacter(let scalar):
            return "the text contains the control character U+\(PlainNumber.hex(scalar)), which a spreadsheet cell cannot hold"
        case .textTooLong(let length, let limit):
            return "the text has \(n(Double(length))) characters; a spreadsheet cell holds at most \(n(Double(limit)))"
        case .composedTextTooLong(let text, let fields, let length, let limit):
            let parts = fields.map(field).joined(separator: " and ")
            let source = fields.isEmpty ? " of the template" : " composed from \(parts)"
            let remedy = fields.isEmpty ? "correct the template" : "shorten \(parts)"
            return "\(composed(text).capitalizedFirst)\(source) would have \(n(Double(length))) characters, more than the \(n(Double(limit))) a spreadsheet cell holds, so it cannot be written whole; \(remedy)"
        case .noteAsComment(let column):
            let cell: String
            switch column {
            case .year(let year)?: cell = "this row's cell for \(year)"
            case .key(let key)?: cell = "this row's cell in column \(quoted(key))"
            case .single?: cell = "this row's value cell"
            case nil: cell = "this row's label"
            }
            return "the form has no Ghi chú (notes) column, so the note is kept word for word as a comment on \(cell)"

        case .rateOperandConflict(let side, let given, let rowValue, _, let rowSTT, let rowLabel):
            let row = [rowSTT, quoted(rowLabel)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return "the \(side.rawValue) \(n(given)) differs from row \(row) (\(n(rowValue))), which this rate takes it from; give it in one place"
        case .rateOperandInRow(let side, let rowID, let rowLabel):
            return "the \(side.rawValue) of this rate is row \(quoted(rowLabel)) (\(rowID)); give the count there, not here"
        case .numeratorAbove(let numerator, let denominator, let numeratorName, let denominatorName, let computed):
            var text = "the numerator \(n(numerator)) (\(numeratorName)) is larger than the denominator \(n(denominator)) (\(denominatorName))"
            if let computed { text += ": the rate would be \(percent(computed))" }
            return text
        case .rateMismatch(let reported, let computed, let numerator, let denominator, let difference, let digits):
            let counts = "\(n(numerator))/\(n(denominator))"
            if Rate.claimsAllOrNone(reported: reported, numerator: numerator, denominator: denominator) {
                let meaning = reported == 100 ? "means all" : "means none"
                guard let better = Rate.firstNotAllOrNone(numerator: numerator, denominator: denominator, from: digits) else {
                    return "the reported rate \(writtenPercent(reported, digits)) \(meaning), but the counts are \(counts); correct the rate or the counts"
                }
                return "the reported rate \(writtenPercent(reported, digits)) \(meaning), but the counts are \(counts) (\(computedPercent(computed, better.decimals))); write \(writtenPercent(better.rounded, better.decimals)) (\(rounding(better.decimals))) or correct the counts"
            }
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return "the reported rate \(writtenPercent(reported, digits)) differs from \(computedPercent(computed, digits)) computed from its counts \(counts) (\(rounding(digits)): \(writtenPercent(rounded, digits))) by \(n(difference)) percentage points; correct the rate or the counts, or give only the counts"
        case .rateTruncated(let reported, let computed, let numerator, let denominator, let digits):
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return "the reported rate \(writtenPercent(reported, digits)) is the rate \(computedPercent(computed, digits)) computed from its counts \(n(numerator))/\(n(denominator)) cut off, not rounded; \(rounding(digits)) it is \(writtenPercent(rounded, digits))"
        case .rateZeroDenominator(let reported):
            return "the counts are 0/0, so the rate is left blank; the reported \(percent(reported)) is not written (leave the rate out, or give the counts that it comes from)"
        case .checkFailed(let failure): return checkFailure(failure)
        case .checkUnknownTerms(let check, let terms, let template):
            let what = terms.isEmpty ? "no row" : "unknown terms " + list(terms)
            return "the template's check \"\(check)\" refers to \(what), so it was not applied; fix the template \(template)"

        case .noAppendix:
            return "the submission has no appendix; list them: [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }, …]"
        case .dataAndFile: return "an appendix gives its data either inline (\"data\") or as a file (\"file\"), not both"
        case .noData: return "the appendix has no data: give \"data\": { \"values\": { … } } or \"file\": \"….json\""
        case .fieldInAppendix(.template):
            return "the template of an appendix is given once, as \"template\" beside \"data\"; remove it here"
        case .fieldInAppendix(let field):
            return "an appendix takes \(self.field(field)) from the submission (at the top of the file); remove it here"
        case .appendixUnreadable(let file, let reason): return "cannot read the appendix \(file): " + message(reason)
        case .templateMismatch(let declared, let actual, let file):
            return "the appendix names the template \"\(declared)\" but \(file) is a \(quoted(actual)) input"
        case .unitMismatch(let appendix, let submission):
            return "this appendix is for \"\(appendix)\" but the submission is for \"\(submission)\"; an appendix belongs to the submission's unit"
        case .periodMismatch(let appendix, let submission):
            return "this appendix covers \(period(appendix)) but the submission covers \(period(submission)); leave \"period\" out of the file, or make them agree"
        case .noReportNumber: return "no report number: the cover leaves \"Số:\" blank"
        case .sheetNameInvalid(let name, let reason): return "sheet name \(quoted(name)) " + sheetName(reason)
        case .sheetNameReserved(let name):
            return "the sheet name \(quoted(name)) is the submission's own; give the appendix another with \"sheet\""
        case .sheetNameTaken(let name, let first, let second):
            return "appendices \(first) and \(second) would both be the sheet \(quoted(name)); give one another name with \"sheet\""

        case .templatesUnreadable: return "cannot read the templates directory"
        case .templatesNotFound: return "cannot find the bundled templates/ directory; pass --templates <dir> or set CCHC_TEMPLATES"
        case .templateIDMismatch(let id, let fileName): return "id \"\(id)\" differs from the file name \"\(fileName)\""
        case .templateDecoding(let issue): return templateDecoding(issue)
        case .templateInvalid(let problem): return templateProblem(problem)
        case .templateLimit(let limit): return templateLimit(limit)
        case .templateHeader(let problem): return templateHeader(problem)
        case .templateText(let reason): return "a text of the template: " + message(reason)
        case .legendAmbiguous(let row, let first, let second):
            return "row \"\(row)\": the answers \(first.code) = \(quoted(first.label)) and \(second.code) = \(quoted(second.label)) of the legend read alike (or share a code): an input could mean either; make them differ"

        case .unitCodeInvalid(let given):
            return "the unit code \(quoted(given)) is not valid: a code is 1 to 32 ASCII letters, digits, '.', '-', '_', without spaces"
        case .rosterDecoding(let issue):
            return "roster: " + templateDecoding(issue)
        case .rosterDuplicateCode(let code, let first):
            return "the unit \"\(code)\" is listed twice with the same start date (first at $.units[\(first)]); remove one"
        case .rosterValidityOverlap(let code, let first, let from, let to):
            return "the code \"\(code)\" has two periods of validity that overlap (with $.units[\(first)]), from \(from.iso)\(to.map { " to \($0.iso)" } ?? ""); on any day a code belongs to one unit"
        case .rosterValidityReversed(let code, let from, let to):
            return "the unit \"\(code)\": validTo \(to.iso) is before validFrom \(from.iso)"
        case .rosterUnknownParent(let code, let parent):
            return "the unit \"\(code)\" has the parent \"\(parent)\", which is not in the roster"
        case .rosterParentCycle(let cycle):
            return "the units \(cycle.joined(separator: " → ")) are each other's parents in a cycle; correct \"parent\""
        case .rosterParentNotValid(let code, let parent, let gap):
            return "the unit \"\(code)\" has the parent \"\(parent)\", which does not exist on \(gap.iso); a parent must be valid over the whole validity of its child"
        case .rosterUnknownPredecessor(let code, let predecessor):
            return "the unit \"\(code)\" has the predecessor \"\(predecessor)\", which is not in the roster"
        case .rosterOwnPredecessor(let code):
            return "the unit \"\(code)\" is listed as its own predecessor"
        case .rosterPredecessorCycle(let cycle):
            return "the units \(cycle.joined(separator: " → ")) are each other's predecessors in a cycle; correct \"predecessors\""
        case .rosterShareInvalid(let code, let predecessor, let share):
            return "the unit \"\(code)\": its share of \"\(predecessor)\" is \(n(share)); a share is above 0 and at most 1 (the whole unit)"
        case .rosterSharesAboveOne(let predecessor, let total, let successors):
            return "the unit \"\(predecessor)\" is shared among \(list(successors)) with shares adding up to \(n(total)), more than 1 (the whole unit)"
        case .statusUnknownUnit(let code?, let name):
            return "the unit code \"\(code)\" (\(quoted(name))) is not in the roster"
        case .statusUnknownUnit(nil, let name):
            return "the unit name \(quoted(name)) is not in the roster; give the unit's roster code (\"unit.code\"), or correct the name"
        case .statusAmbiguousName(let name, let candidates):
            return "the unit name \(quoted(name)) fits several units of the roster (codes \(list(candidates))); give the unit's code (\"unit.code\")"
        case .statusNotExpected(let code, let cutoff, let from, let to):
            return "the unit \"\(code)\" is valid from \(from.iso)\(to.map { " to \($0.iso)" } ?? ""), not on the cut-off \(cutoff.iso), so it is not expected to report for this year"
        case .statusDuplicate(let code, let first):
            return "the unit \"\(code)\" has already reported in \(first); one report per unit"
        case .statusOtherYear(let year?, let expected):
            return "a report for \(year), not \(expected); not counted"
        case .statusOtherYear(nil, let expected):
            return "a report without a year, so not counted for \(expected)"
        case .refused(let errors, .fixOrAllow):
            return "\(errors) error\(errors == 1 ? "" : "s") found; nothing was written (fix them, or use --allow-errors to write anyway)"
        case .refused(let errors, .fixOrCompare):
            return "\(errors) error\(errors == 1 ? "" : "s") found; nothing was compared (fix them, or use --allow-errors to compare anyway)"
        case .refused(let errors, .fix):
            return "the figures could not be read, so there is nothing to write; fix the \(errors) error\(errors == 1 ? "" : "s") first"
        case .unwritable(.textTooLong):
            return "a text composed from the input is longer than a spreadsheet cell holds (`text.composed-too-long`); nothing was written, even with --allow-errors"
        case .unwritable(.noAppendix): return "the submission has no appendix; nothing was written, even with --allow-errors"
        case .unwritable(.appendixUnread(let number, let template)):
            return "appendix \(number) (\(template.isEmpty ? "no template" : template)) could not be read; nothing was written, even with --allow-errors"
        case .unwritable(.sheetName(let appendix, let name)):
            return "the sheet name \(quoted(name)) of appendix \(appendix) cannot be used (see `sheet.name-*`); nothing was written, even with --allow-errors"
        case .unwritable(.layout(let template, let appendix, let flaw)):
            let which = appendix.map { "appendix \($0) (template \(template))" } ?? "the form \(template)"
            return "cannot lay out the sheet of \(which): " + layoutFlaw(flaw) + "; nothing was written, even with --allow-errors"
        case .outputFailed(let problem): return output(problem)
        case .outputNameShared(let path, let other):
            return "would write \(path), which \(other) (earlier in the list, of the same name) writes; rename one of the two inputs, or fill them separately with another -o"
        case .outputClaimed(let path, let other):
            return "would write \(path), which \(other) writes too; give the submissions different units, reports or years"
        case .consolidateMixedTemplates(let template, let other, let otherFile):
            return "this file is of template \"\(template)\" but \(otherFile) is of \"\(other)\"; only reports of one template can be consolidated"
        case .consolidateMixedPeriods(let period, let other, let otherFile):
            return "this file covers \(self.period(period)) but \(otherFile) covers \(self.period(other)); only reports of one period can be consolidated"
        case .consolidateDuplicateUnit(let unit, let otherFile):
            return "unit \"\(unit)\" already reported in \(otherFile); each unit counts once, leave one of the two files out"
        case .consolidateSubmission(let isSubmission, let otherFile):
            return isSubmission
                ? "this is a submission, but \(otherFile) is a single form; submissions are consolidated appendix by appendix, with submissions only: give the units' submissions, or their appendix files (one form each)"
                : "this is a single form, but \(otherFile) is a submission; submissions are consolidated appendix by appendix, with submissions only: give every unit's submission"
        case .consolidateUnitUnnamed:
            return "the report names no unit (\"unit.name\"): it cannot be told from the others, so it cannot be consolidated"
        case .consolidateRateWithoutCounts(let used, let reported, let units):
            return "the consolidated rate uses the counts of \(used)/\(reported) units only; \(units.count) units gave the rate, or one of its counts, without both its numerator and denominator, which cannot be added up: \(self.units(units))"
        case .consolidatedConflict(let conflict):
            let tail = "; the \"consolidated\" block is written by consolidate, do not edit it by hand (consolidate the units' files again)"
            switch conflict {
            case .reportingAboveUnits(let reporting, let units):
                return "this cell says \(reporting) units reported, more than the units consolidated (\(units))" + tail
            case .tallyNotReporting(let tallied, let reporting):
                return "the units per answer add up to \(tallied), not to the units that reported (\(reporting))" + tail
            case .rateUnits(let used, let without, let reporting):
                return "the rate says \(used) units gave both counts and \(without) did not, which does not match the \(reporting) units that reported (or a count is given without the other)" + tail
            case .rateCounts(let n, let d, let gn, let gd):
                return "the summed counts are \(self.n(n))/\(self.n(d)) but the values give \(self.n(gn))/\(self.n(gd))" + tail
            case .perUnitNotReporting(let listed, let reporting):
                return "\(listed) units are listed but \(reporting) reported" + tail
            case .valueWithoutUnits(let reporting):
                return reporting == 0 ? "the cell has a value but no unit is said to have reported it" + tail : "\(reporting) units are said to have reported, but the cell has no value" + tail
            }
        case .consolidateOutlier(let unit, let value, let median, _, let score):
            return "the figure of \(unit) (\(n(value))) is far from the other units' (median \(n(median)), \(numbers.format(score, maxFractionDigits: 1)) median absolute deviations away); check it"
        case .mergerNotPredecessor(let unit, let code, let asked, let year):
            return "\(unit) (code \"\(code)\") is not a predecessor of unit \"\(asked)\" in \(year) according to the roster; leave this file out"
        case .mergerMissingPredecessor(let code, let name, let share, let year):
            return "no \(year) report of \(name) (code \"\(code)\"\(share < 1 - 1e-9 ? ", \(percent(share * 100)) of it went into the new unit" : "")): the history is partial"
        case .mergerUnknownPast(let code, let year):
            return "the roster does not say which units code \"\(code)\" was made of in \(year): the history is partial"
        case .mergerSubmission:
            return "this is a whole submission; --as builds one form at a time from the predecessors' reports: give the files of one appendix (one form each)"
        case .mergerEstimate(let unit, let share, let rows):
            return "only \(percent(share * 100)) of \(unit) went into the new unit: its counts were multiplied by that share and rounded to whole units, so \(rows.count) rows are estimates (\(rows.joined(separator: ", ")))"
        case .diffImpossible(let problem): return diff(problem)
        case .usage(let problem): return usage(problem)
        }
    }

    func syntax(_ kind: JSONSyntaxError.Kind) -> String {
        switch kind {
        case .empty: return "the file is empty"
        case .truncated(let place):
            switch place {
            case .document: return "unexpected end of file (the file is truncated)"
            case .object: return "unexpected end of file inside an object (the file is truncated)"
            case .array: return "unexpected end of file inside an array (the file is truncated)"
            case .string: return "unexpected end of file inside a string (the file is truncated)"
            case .escape: return "unexpected end of file in an escape (the file is truncated)"
            }
        case .trailingContent: return "unexpected content after the end of the JSON value"
        case .notANumberLiteral: return "NaN and Infinity are not numbers in JSON; leave the value out or write null"
        case .unexpectedCharacter(let c): return "unexpected character \(c); expected a JSON value"
        case .unexpectedWord(let expected): return "unexpected word; expected \(expected)"
        case .expectedKey: return "expected a key in double quotes"
        case .expectedColon(let key): return "expected ':' after the key \(quoted(key))"
        case .expectedSeparator(.array, let found): return "expected ',' or ']' in an array, found \(found)"
        case .expectedSeparator(_, let found): return "expected ',' or '}' in an object, found \(found)"
        case .numberNeedsDigits: return "a number needs digits"
        case .leadingZero: return "numbers cannot start with 0 in JSON"
        case .unquotedVietnameseNumber:
            return "a number in Vietnamese notation must be written as a string, e.g. \"1.130\" or \"99,95\""
        case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
        case .invalidUTF8: return "the string is not valid UTF-8 (save the file as UTF-8)"
        case .invalidUnicodeEscape: return "an invalid \\u escape"
        case .invalidEscape(let c): return "invalid escape \\\(c)"
        case .controlCharacter(let c): return "a control character (\(c)) inside a string; write it as an escape or remove it"
        }
    }

    /// A text the workbook composes, as a message names it.
    func composed(_ text: ComposedText) -> String {
        switch text {
        case .aboveTitle(let line): return "line \(line) above the form's title"
        case .title(let line): return "title line \(line) of the form"
        case .subtitle(let line): return "line \(line) under the form's title"
        case .unitLine: return "the \"Đơn vị báo cáo: …\" (reporting unit) line under the form's title"
        case .cutoffLine: return "the cut-off line under the form's title"
        case .header(let row): return "a cell of header row \(row)"
        case .footnote(let line): return "footnote line \(line)"
        case .note: return "this row's Ghi chú (note) cell, with the counts of its rate"
        case .comment: return "the comment on this row's cell"
        case .coverIssuer(let line): return "line \(line) of the issuer on the cover"
        case .coverNumber: return "the cover's \"Số: …\" (number) line"
        case .coverPlaceAndDate: return "the cover's place and date line"
        case .coverAttached: return "the cover's \"(Kèm theo Báo cáo số … của …)\" line"
        case .coverRecipient(let line): return "recipient line \(line) on the cover"
        case .checkSheetUnit: return "the unit and report line of the Kiểm tra sheet"
        }
    }

    func example(_ field: Field) -> String {
        switch field {
        case .template: return ": the id of the form, e.g. \"bang2-nam\" (see `cchc templates`)"
        case .unit: return ": { \"name\": \"UBND huyện Tân Hòa\", \"province\": \"Tỉnh Phú An\" }"
        case .unitName: return " (e.g. \"UBND huyện Tân Hòa\")"
        case .period: return ": { \"year\": 2021 }, or { \"from\": 2011, \"to\": 2020, \"cutoff\": \"2020-03-31\" }"
        case .cutoff: return ": \"YYYY-MM-DD\", e.g. \"2020-03-31\""
        case .values, .notes: return ": an object keyed by row id, e.g. { \"i.1.nhiem-vu-de-ra\": 12 }"
        case .report: return ": { \"number\": \"215/BC-UBND\", \"date\": \"2021-12-20\", \"place\": \"Tân Hòa Đông\" }"
        case .reportDate: return " (\"date\": \"2021-12-20\"); it is printed on the cover and dates the workbook"
        case .signer:
            return ": { \"onBehalf\": \"TM. ỦY BAN NHÂN DÂN\", \"signingFor\": \"KT. CHỦ TỊCH\", \"title\": \"PHÓ CHỦ TỊCH\", \"name\": \"…\" }"
        case .signerTitle: return " (e.g. \"PHÓ CHỦ TỊCH\")"
        case .appendices: return ": the list of appendices, e.g. [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }]"
        case .appendix: return ": { \"template\": …, \"data\": { … } } or { \"file\": \"….json\" }"
        case .appendixData: return ": { \"values\": { … }, \"notes\": { … } }"
        case .appendixFile: return ": the path of a `fill` input, relative to the submission file"
        case .issuer, .recipients: return ": a list of lines of text"
        default: return ""
        }
    }

    func sheetName(_ problem: SheetName.Problem) -> String {
        switch problem {
        case .empty: return "is empty"
        case .tooLong(let length): return "has \(length) characters; Excel allows \(SheetName.maximumLength)"
        case .forbiddenCharacter(let c): return "contains \"\(c)\", which Excel does not allow in a sheet name"
        case .apostrophe: return "starts or ends with an apostrophe"
        case .controlCharacter(let scalar) where TextRules.isNonCharacter(scalar):
            return "contains U+\(PlainNumber.hex(scalar)), a Unicode non-character, which a workbook cannot hold"
        case .controlCharacter(let scalar): return "contains the control character U+\(PlainNumber.hex(scalar)), which a workbook cannot hold"
        case .reserved: return "is a name Excel keeps for itself"
        }
    }

    /// A number of a template as given: grouped when it is of a usual size, else as written.
    private func given(_ value: Double) -> String { abs(value) < 1e15 ? n(value) : "\(value)" }

    func templateLimit(_ limit: TemplateLimit) -> String {
        switch limit {
        case .sheetColumns(let needed, let limit):
            return "the form needs \(n(Double(needed))) columns (for \(InputReader.maximumYears) years, with its hidden columns); a sheet has \(n(Double(limit)))"
        case .sheetRows(let needed, let limit): return "the form needs \(n(Double(needed))) rows; a sheet has \(n(Double(limit)))"
        case .headerRows(let given, let limit):
            return "a header of \(n(Double(given))) rows; at most \(limit), since the header is printed again at the top of every page"
        case .columnWidth(let value, let limit):
            return "a column width of \(given(value)) characters; a width is above 0 and at most \(n(limit))"
        case .indent(let value, let limit): return "an indentation of \(value); it goes from 0 to \(limit)"
        case .legendCode(let code, _): return "the code \(code) has more than 15 digits, more than a cell shows exactly"
        case .tolerance(let value): return "the tolerance \(given(value)) is negative"
        case .chartSeries(let count, let limit): return "a chart of \(n(Double(count))) series; a chart holds at most \(limit)"
        }
    }

    func templateHeader(_ problem: TemplateHeaderProblem) -> String {
        func forYears(_ years: Int?) -> String { years.map { " (for a report of \($0) years)" } ?? "" }
        switch problem {
        case .empty: return "the header has no rows"
        case .spanBelowOne(let value): return "a span of \(value): a header cell takes at least 1 row and 1 column"
        case .beyondHeader(let row, let cell, let rows, let headerRows):
            return "cell \(cell) of header row \(row) spans \(rows) rows, past the header's \(headerRows): it would cover the first data rows and hide their numbers"
        case .beyondColumns(let row, let cell, let end, let columns, let years):
            return "cell \(cell) of header row \(row) would end at column \(end), past the table's \(columns) columns\(forYears(years))"
        case .overlaps(let row, let cell, let column, let years):
            return "cell \(cell) of header row \(row) would cover column \(column), taken by a cell above that spans rows\(forYears(years))"
        }
    }

    func checkFailure(_ failure: CheckFailure) -> String {
        var text = (failure.translations["en"] ?? failure.message).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { text = "check \(failure.check) does not hold." }
        func side(_ terms: [CheckFailure.Term], _ sum: Double) -> String {
            let shown = terms.map { $0.value.map(n) ?? "0 (blank)" }
            return terms.count == 1 ? shown[0] : shown.joined(separator: " + ") + " = " + n(sum)
        }
        var requirement = "\(n(failure.leftSum)) \(failure.op.symbol) \(n(failure.rightSum))"
        if failure.tolerance > 0 && (failure.op == .equal || failure.op == .notEqual) {
            requirement += " (tolerance \(n(failure.tolerance)))"
        }
        var detail = "left: \(side(failure.left, failure.leftSum)); right: \(side(failure.right, failure.rightSum)); the check requires \(requirement)"
        if failure.op != .notEqual { detail += ", difference \(n(failure.leftSum - failure.rightSum))" }
        return "\(text) [\(detail)]"
    }

    func templateDecoding(_ problem: JSONDecodingProblem) -> String {
        var text = problem.path
        if let line = problem.line { text += " (line \(line))" }
        text += ": "
        switch problem.kind {
        case .repeatedKey(let key, let firstLine): return text + "the key \(quoted(key)) is given twice (first on line \(firstLine))"
        case .unknownKey(let key, let known, let suggestion):
            var notes: [String] = []
            if let suggestion { notes.append("did you mean \"\(suggestion)\"?") }
            if !known.isEmpty { notes.append("known keys: " + known.joined(separator: ", ")) }
            return text + "unknown key \(quoted(key))" + (notes.isEmpty ? "" : " (" + notes.joined(separator: " ") + ")")
        case .missingKey(let key): return text + "the required key \"\(key)\" is missing"
        case .wrongType(let expected, let found): return text + "expected \(type(expected)), found \(type(found))"
        case .notAnInteger(let literal): return text + "expected a whole number, found \(literal)"
        case .numberOutOfRange(let literal): return text + "the number \(literal) is out of range"
        case .invalidValue(let found, let allowed):
            if allowed.isEmpty { return text + "\(quoted(found)) is not a valid value" }
            return text + "\(quoted(found)) is not one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }

    func templateProblem(_ problem: TemplateProblem) -> String {
        let idRule = "must be lowercase ASCII letters, digits, '.', '-', '_'"
        switch problem {
        case .invalidID(let id): return "template id \(quoted(id)) \(idRule)"
        case .sheetName(let name, let problem): return "sheet name \(quoted(name)) " + sheetName(problem)
        case .invalidRowID(let id): return "row id \(quoted(id)) \(idRule)"
        case .repeatedRowID(let id): return "row id \(quoted(id)) is used twice"
        case .legendMissing(let row): return "row \"\(row)\": a code row needs a legend"
        case .derivedNotPercent(let row): return "row \"\(row)\": only percent rows can be derived"
        case .operandUnknownRow(let row, let side, let target): return "row \"\(row)\": \(side.rawValue) refers to unknown row \"\(target)\""
        case .operandNotCount(let row, let side, let target): return "row \"\(row)\": \(side.rawValue) row \"\(target)\" is not a count"
        case .operandUndefined(let row, let side): return "row \"\(row)\": \(side.rawValue) needs a row or a label"
        case .noValueColumn: return "the template has no value column"
        case .yearsAndValueColumns: return "a template has either one `years` column or `value` columns, not both"
        case .yearsNeedPeriod: return "a `years` column needs \"period\": \"years\""
        case .columnKeyMissing: return "with several value columns each needs a \"key\""
        case .repeatedColumnKey(let key): return "value column key \"\(key)\" is used twice"
        case .repeatedCheckID(let id): return "check id \"\(id)\" is used twice"
        case .checkUnknownTerm(let check, let term): return "check \"\(check)\": unknown term \"\(term)\""
        case .chartsNeedYears: return "charts are drawn across the years: only a template with \"period\": \"years\" can have \"charts\""
        case .chartTitleEmpty(let chart): return "chart \(chart): the title is empty"
        case .chartAxisEmpty(let chart): return "chart \(chart): \"valueAxis\" is empty"
        case .chartNoSeries(let chart): return "chart \(chart): no series"
        case .chartUnknownRow(let chart, let row): return "chart \(chart): unknown row \"\(row)\""
        case .chartRowNotNumeric(let chart, let row, let kind): return "chart \(chart): row \"\(row)\" holds no number (kind \(kind.rawValue))"
        case .chartRowTwice(let chart, let row): return "chart \(chart): row \"\(row)\" is drawn twice"
        case .aggregateNotFit(let row, let aggregate, let kind):
            return "row \"\(row)\": \"aggregate\": \"\(aggregate.rawValue)\" does not apply to a row of kind \(kind.rawValue) (sum: count, decimal, fraction; rate: a derived percent; tally: code, pass; none: any row with a value)"
        case .spanNoteNotText(let row):
            return "row \"\(row)\": \"spanNote\" is for a text row of a form with one value column and a note column"
        }
    }

    func layoutFlaw(_ flaw: LayoutFlaw) -> String {
        switch flaw {
        case .noValueColumns:
            return "the form has one column per year but the period gives no year (\"from\"/\"to\" missing, or the first year after the last); correct the period"
        case .rowValues(let row, let values, let columns):
            return "row \"\(row)\" has \(n(Double(values))) values for \(n(Double(columns))) value columns"
        case .headerOutsideTable(let row, let column, let columns):
            return "the header cell at row \(row + 1), column \(column + 1) reaches outside the table (\(n(Double(columns))) columns) or below the header; correct the template's \"header\""
        case .headerOverlap(let row, let column):
            return "two header cells lie over each other at row \(row + 1), column \(column + 1) of the header; correct the template's \"header\""
        case .beyondSheet(let row, let column):
            return "a cell at row \(n(Double(row + 1))), column \(n(Double(column + 1))) lies beyond a worksheet's limits (1,048,576 rows, 16,384 columns)"
        }
    }

    func output(_ problem: OutputProblem) -> String {
        switch problem {
        case .directoryMissing(let dir): return "\(dir): the output directory does not exist"
        case .directoryNotWritable(let dir): return "\(dir): the output directory is not writable"
        case .cannotCreateDirectory(let dir): return "\(dir): cannot create the output directory"
        case .isDirectory(let path): return "\(path): is a directory"
        case .writeFailed(let path, let reason): return "\(path): could not write the file: \(reason)"
        case .renameFailed(let path, let reason): return "\(path): could not move the finished workbook into place: \(reason)"
        case .sameAsInput(let path): return "the output \(path) is the input file; choose another name"
        case .notXLSX(let path): return "the output \(path) should end in .xlsx"
        case .notJSONOrXLSX(let path): return "the output \(path) should end in .json (the consolidated input) or .xlsx (the consolidated workbook)"
        case .replacesInput(let path, let input):
            return "writing \(path) would replace \(input), a file this run reads; choose another output name or directory"
        case .readOnly(let path):
            return "\(path) exists and is read-only, so it was not replaced; choose another name, or make it writable if it is meant to be replaced"
        case .nameTooLong(let path, let length, let limit):
            return "\(path): the file name is \(n(Double(length))) bytes long, over the file system's limit of \(n(Double(limit))) bytes for one name, so it cannot be written; choose a shorter name"
        case .mustBeDirectory(let path): return "-o \(path) must be a directory when there are several inputs"
        }
    }

    func diff(_ problem: DiffProblem) -> String {
        func named(_ template: String, _ version: String?) -> String { version.map { "\(template) (version \($0))" } ?? template }
        switch problem {
        case let .differentTemplates(oldFile, oldTemplate, oldVersion, newFile, newTemplate, newVersion):
            return "cannot compare different forms: \(oldFile) fills \(named(oldTemplate, oldVersion)) but \(newFile) fills \(named(newTemplate, newVersion)); compare two inputs of the same template"
        case let .yearNotInReport(file, year, available):
            return "\(file) has no figures for \(year): its years are \(years(available))"
        case let .needsYear(file, template, available):
            return "\(file) fills \(template), which has one column per year (\(years(available))): say which years to compare with --years, e.g. --years \(available.dropLast().last ?? 2019) \(available.last ?? 2020)"
        case let .notPerYear(file, template):
            return "\(file) fills \(template), which has one column of figures, not one per year: compare two inputs instead (cchc diff <old.json> <new.json>)"
        case let .sameColumn(file, year): return "both sides are \(year) of \(file): give two different years"
        }
    }

    func usage(_ problem: UsageProblem) -> String {
        switch problem {
        case .noInputs: return "no input files"
        case .noMatch(let pattern): return "no file matches \(pattern)"
        case .yearAndRange: return "give either --year, or --from and --to"
        case .fromAfterTo(let from, let to): return "--from \(from) is after --to \(to)"
        case .cutoffNotADate(let given): return "--cutoff \(given) is not a date YYYY-MM-DD"
        case .perYearTemplateNeedsRange(let template): return "\(template) has one column per year: use --from and --to instead of --year"
        case .oneYearTemplateNeedsYear(let template): return "\(template) covers one year: use --year instead of --from/--to"
        case .yearsCount(let count): return "--years takes two years, the older first (e.g. --years 2019 2020); got \(count)"
        case .statusNeedsYear: return "no input gives a year: give the year with --year (cchc status roster.json --year 2025 inputs/)"
        case .asNeedsRoster: return "--as needs the roster (--roster roster.json): only the roster says which units the new one was made of"
        case .asWithUnit: return "--as takes the unit's name from the roster: do not give --unit with it"
        case .asUnknownUnit(let code, let roster): return "unit code \(quoted(code)) (--as) is not in the roster \(roster)"
        case .diffNeedsInputs: return "give two inputs (cchc diff <old.json> <new.json>), or one per-year input and --years <a> <b>"
        case .oldTemplatesNeedsTwoInputs: return "--old-templates needs two inputs: it is the templates the older input is read with"
        case .thresholdInvalid(let given): return "--threshold takes a percentage ≥ 0, like 10 or 12,5; got \(quoted(given))"
        case .widthTooSmall(let minimum): return "--width must be at least \(minimum)"
        case .yearOptionOutOfRange(let option, let given, let range):
            return "\(option) takes a year from \(range.lowerBound) to \(range.upperBound); got \(given)"
        case .languageUnknown(let given): return "--lang takes vi (Vietnamese) or en (English), not \(quoted(given))"
        case .initOneTemplate(let given):
            return "cchc init takes one template, got \(given); for a submission of several appendices, add --submission"
        case .submissionPeriodsDiffer(let oneYear, let perYear):
            return "\(oneYear) covers one year but \(perYear) has one column per year: a submission has one period, make two submissions"
        case .parser(let message): return message
        }
    }
}
