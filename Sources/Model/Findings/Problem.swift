/// What a finding says, as typed data: the kind of problem and the values it is about.
///
/// A problem carries no sentence. `Catalogue` renders it in the user's language (Vietnamese by
/// default), `details` lists its values for `--format json`, and `code` names it stably. Where a
/// problem stands (file, JSON path or cell, row, year) is the finding's `Location`, not part of
/// the problem.
public indirect enum Problem: Sendable, Equatable {
    // MARK: The file itself

    /// `file.not-found`
    case fileNotFound
    /// `file.is-directory`
    case fileIsDirectory
    /// `file.unreadable`: the file exists but cannot be opened (permissions).
    case fileUnreadable
    /// `file.too-large`: larger than `limit` bytes.
    case fileTooLarge(limit: Int)
    /// `file.empty`
    case fileEmpty
    /// `file.utf16`
    case fileUTF16
    /// `file.not-utf8`
    case fileNotUTF8
    /// `json.syntax`: not JSON, at this line and column.
    case jsonSyntax(line: Int, column: Int, kind: JSONSyntaxError.Kind)

    // MARK: A workbook (.xlsx) as a file

    /// `workbook.empty`: an empty file given as a workbook.
    case workbookEmpty
    /// `workbook.xls`: a legacy Excel 97–2003 workbook (an OLE compound file).
    case workbookLegacyXLS
    /// `workbook.encrypted`: a password-protected (encrypted) .xlsx, an OLE compound file.
    case workbookEncrypted
    /// `workbook.ods`: an OpenDocument spreadsheet (LibreOffice's own format).
    case workbookODS
    /// `workbook.text`: a text file (CSV, TSV, HTML …) named like a workbook.
    case workbookText
    /// `workbook.unknown-format`: neither a zip nor any format recognised.
    case workbookUnknownFormat
    /// `workbook.not-spreadsheet`: a zip without `xl/workbook.xml`; `looksLike` names what it
    /// is when recognised (`docx`, `pptx`).
    case workbookNotSpreadsheet(looksLike: String?)
    /// `workbook.corrupt`: a zip that is truncated or damaged (`part` when one entry is).
    case workbookCorrupt(part: String?)
    /// `workbook.missing-part`: a part the workbook refers to (or must have) is not in the zip.
    case workbookMissingPart(part: String)
    /// `workbook.malformed-xml`: a part is not well-formed XML, at this line and column.
    case workbookMalformedXML(part: String, line: Int, column: Int)
    /// `workbook.dtd`: a part declares a DTD (`<!DOCTYPE`, entities), which no workbook needs.
    case workbookDTD(part: String)
    /// `workbook.encoding`: a part in another encoding than UTF-8 (or UTF-16 with a byte order mark).
    case workbookEncoding(part: String, encoding: String)
    /// `workbook.too-large`: a limit of the reader exceeded (`part`: where, when one part).
    case workbookTooLarge(WorkbookLimit, maximum: Int, part: String?)
    /// `workbook.zip-bomb`: a part that inflates more than `ratio` times its compressed size.
    case workbookZipBomb(part: String, ratio: Int)
    /// `workbook.bad-reference`: a cell or range reference that is not A1 or is beyond XFD1048576.
    case workbookBadReference(reference: String)
    /// `workbook.shared-string`: a cell pointing past the end of the shared-string table.
    case workbookSharedString(index: String, count: Int)
    /// `workbook.bad-value`: a cell whose stored value does not fit its declared type.
    case workbookBadValue(type: String, value: String)
    /// `workbook.no-sheets`: a workbook without any sheet.
    case workbookNoSheets
    /// `workbook.no-map`: a workbook without the hidden map sheet `_cchc` of an entry workbook
    /// (`cchc init -o form.xlsx`), so nothing says which cell holds which value.
    case workbookNoMap
    /// `workbook.map-malformed`: a cell of the map does not hold what the map's layout puts there
    /// (`expected`, e.g. `cchc-workbook`, `1`, `template`, `sheet`, a JSON path); `found` as read.
    case workbookMapMalformed(expected: String, found: String)
    /// `workbook.map-cell`: a row of the map names a sheet the workbook does not have, or a cell
    /// that is not an A1 reference.
    case workbookMapCell(sheet: String, reference: String)
    /// `workbook.map-version`: the workbook was made from another version of the template than the
    /// one installed (a warning: rows may have changed since).
    case workbookMapVersion(template: String, workbook: String, installed: String)
    /// `workbook.formula-as-value`: a cell where a value is typed holds a formula; its cached
    /// value is read (a warning).
    case workbookFormulaAsValue(formula: String)
    /// `workbook.error-value`: a cell where a value is typed holds an error (`#DIV/0!`, `#N/A`).
    case workbookErrorValue(value: String)
    /// `workbook.no-header`: a sheet of a workbook without a map where no header row of the
    /// form (the STT / label heads of the template) is found.
    case workbookNoHeader(sheet: String)
    /// `workbook.no-value-column`: the header row of a form (`headerRow`, 1-based) has no column
    /// of values (`Số liệu`, the years, the keyed columns), so nothing can be read.
    case workbookNoValueColumn(sheet: String, headerRow: Int)
    /// `workbook.template-unclear`: a workbook without a map whose form cannot be told from its
    /// content: `candidates` are the templates that match best (none: no template matches).
    case workbookTemplateUnclear(candidates: [String])
    /// `workbook.row-unknown`: a row of a form read by its layout whose STT and label match no
    /// row of the template; its cells are not read.
    case workbookRowUnknown(stt: String, label: String)
    /// `workbook.row-duplicate`: a second row of the sheet matches the template row already read
    /// at `first` (an A1 reference); the second is not read.
    case workbookRowDuplicate(first: String)
    /// `workbook.row-missing`: a row of the template that holds values is not on the sheet (its
    /// values are blank).
    case workbookRowMissing

    // MARK: The shape of an input or submission

    /// `input.not-object`: the document is not a JSON object.
    case notAnObject(document: Field, found: JSONShape)
    /// `input.unknown-key`: a key the object `in` does not have.
    case unknownKey(key: String, in: Field, allowed: [String])
    /// `input.repeated-key`: a key given twice in one object.
    case repeatedKey(key: String, firstLine: Int, line: Int)
    /// `input.missing`: a required field is absent (or null).
    case missing(Field)
    /// `input.empty-text`: a required text is empty.
    case emptyText(Field)
    /// `input.wrong-type`: a field holds another kind of JSON value than it takes.
    case wrongType(Field, expected: JSONShape, found: JSONShape)
    /// `input.unknown-template`: no template has this id.
    case unknownTemplate(id: String, known: [String], nearest: String?)
    /// `input.unknown-row`: the template has no row with this id.
    case unknownRow(id: String, template: String, nearest: [String])
    /// `input.heading-value`: a value given for a section or item heading.
    case headingValue
    /// `input.no-values`: the input gives no values at all (warning).
    case noValues
    /// `input.too-many`: more problems than are listed.
    case tooMany(errors: Int, warnings: Int, listed: Int)

    // MARK: The period

    /// `period.not-a-year`: a year that is not a whole number in the accepted range.
    case notAYear(given: String, range: ClosedRange<Int>)
    /// `period.not-a-date`: a date not written `YYYY-MM-DD`.
    case notADate(given: String)
    /// `period.date-out-of-range`: a real date, but in a year outside `range` (a report dated
    /// 0999-12-31, 9999-01-01): not plausible, and not a date every workbook can hold.
    case dateOutOfRange(given: String, range: ClosedRange<Int>)
    /// `period.needs-year`: a one-year template, or a submission, without its year.
    case periodNeedsYear(template: String?)
    /// `period.needs-range`: a per-year template without `from`/`to` (or only one of them).
    case periodNeedsRange(template: String?)
    /// `period.one-year`: `from`/`to` given to a one-year template.
    case periodOneYear(template: String)
    /// `period.too-long`: more years than a form has columns for.
    case periodTooLong(years: Int, limit: Int)
    /// `period.reversed`: the range starts after it ends.
    case periodReversed(from: Int, to: Int)
    /// `period.year-not-end`: `year` given with a range, and not its last year.
    case periodYearNotEnd(year: Int, to: Int)
    /// `period.cutoff-outside`: a cut-off date outside the report's last year.
    case periodCutoffOutside(cutoff: DayDate, lastYear: Int)
    /// `year.key-invalid`: a per-year value keyed by something other than a year.
    case yearKeyInvalid(key: String)
    /// `year.outside-range`: a per-year value for a year outside the report's range.
    case yearOutsideRange(year: Int, from: Int, to: Int)
    /// `year.jump`: a count that changes more than `threshold` times between reported years.
    case yearJump(series: Series, fromYear: Int, fromValue: Double, toYear: Int, toValue: Double,
                  factor: Double, partialYear: PartialYear?)

    // MARK: One value

    /// `value.wrong-type`: a value of another kind than the row takes.
    case valueWrongType(expected: ValueShape, found: JSONShape)
    /// `value.not-a-count`: a count that is negative or has decimals.
    case notACount(value: Double, unit: String?, side: RateSide?)
    /// `value.percent-out-of-range`
    case percentOutOfRange(value: Double)
    /// `value.unknown-answer`: not one of the answers of a coded row.
    case unknownAnswer(given: String, legend: [LegendEntry])
    /// `value.not-pass`: not Đạt / Không đạt.
    case notPass(given: String)
    /// `value.not-fraction`: not two whole numbers written `24/24`.
    case notFraction(given: String)
    /// `value.fraction-above`: a fraction (`24/24`: the units that did it / all units) whose
    /// first number is larger than its second; `unit` is the row's.
    case fractionAbove(numerator: Double, denominator: Double, unit: String?)
    /// `number.invalid`: text that is not a number in either notation.
    case notANumber(given: String)
    /// `number.too-large`: beyond what a spreadsheet keeps (15 significant digits, or not finite).
    case numberTooLarge(given: String)
    /// `number.too-small`: a number that is not zero but so close to it that it cannot be kept
    /// (below 2,2 × 10⁻³⁰⁸, the smallest a spreadsheet holds): it would be read as 0.
    case numberTooSmall(given: String)
    /// `number.space-groups`: digits separated by spaces in groups that are not thousands
    /// (`12 34`, `1 13 0`): only `10 248` (groups of three after the first) is a grouping.
    case numberSpaceGroups(given: String)
    /// `number.percent-sign`: a `%` on a count.
    case percentSignOnCount(given: String, unit: String?, isRateCount: Bool)
    /// `number.ambiguous`: text that reads as `read` but could mean `alternative` (warning).
    case ambiguousNumber(given: String, read: Double, alternative: Double, commaIsDecimal: Bool)
    /// `number.misread`: text that reads as a number the row cannot hold, though the other
    /// reading would fit.
    case misreadNumber(given: String, read: Double, alternative: Double, commaIsDecimal: Bool)
    /// `text.control-character`
    case controlCharacter(scalar: UInt32)
    /// `text.too-long`: more characters than a cell holds.
    case textTooLong(length: Int, limit: Int)
    /// `text.composed-too-long`: a text the workbook composes from the template and input
    /// fields (a title with the unit's name, the Ghi chú of a rate, a line of the cover) longer
    /// than a cell holds, although each field fits (see `ComposedTextCheck`).
    case composedTextTooLong(text: ComposedText, fields: [Field], length: Int, limit: Int)
    /// `note.as-comment`: the form has no Ghi chú column, so the row's note is kept as a comment
    /// on the row's cell in this value column (nil: on the row's label) (warning).
    case noteAsComment(column: ValueColumn?)

    // MARK: Rates and checks

    /// `rate.operand-conflict`: a count given with a rate that also stands in another row, differently.
    case rateOperandConflict(side: RateSide, given: Double, rowValue: Double, rowID: String, rowSTT: String?, rowLabel: String)
    /// `rate.operand-in-row`: a count given with a rate whose count is another row (left blank there).
    case rateOperandInRow(side: RateSide, rowID: String, rowLabel: String)
    /// `rate.numerator-above-denominator`
    case numeratorAbove(numerator: Double, denominator: Double, numeratorName: String, denominatorName: String, computed: Double?)
    /// `rate.mismatch`: a reported rate that its own counts do not give at the `digits` decimals
    /// it was written with (neither rounded nor cut off), or 0 % / 100 % when the counts are not
    /// none / all.
    case rateMismatch(reported: Double, computed: Double, numerator: Double, denominator: Double, difference: Double, digits: Int)
    /// `rate.truncated`: a reported rate that is its counts' rate cut off at the `digits` decimals
    /// it was written with, where rounding gives another value (warning).
    case rateTruncated(reported: Double, computed: Double, numerator: Double, denominator: Double, digits: Int)
    /// `rate.zero-denominator`: a rate reported with the counts 0/0 (warning).
    case rateZeroDenominator(reported: Double)
    /// `check.failed`: a relation the template declares does not hold.
    case checkFailed(CheckFailure)
    /// `check.unknown-terms`: a template check names rows the template does not have.
    case checkUnknownTerms(check: String, terms: [String], template: String)

    // MARK: Submissions

    /// `submission.no-appendix`
    case noAppendix
    /// `submission.data-and-file`: an appendix gives its data both inline and as a file.
    case dataAndFile
    /// `submission.no-data`: an appendix gives neither data nor a file.
    case noData
    /// `submission.field-in-appendix`: a field an appendix takes from the submission (`unit`,
    /// `period`, `template`) given again inside its data.
    case fieldInAppendix(Field)
    /// `submission.appendix-unreadable`: the appendix file cannot be read.
    case appendixUnreadable(file: String, reason: Problem)
    /// `submission.template-mismatch`: the appendix names one template, its file fills another.
    case templateMismatch(declared: String, actual: String, file: String)
    /// `submission.unit-mismatch`
    case unitMismatch(appendix: String, submission: String)
    /// `submission.period-mismatch`
    case periodMismatch(appendix: Period, submission: Period)
    /// `submission.no-report-number` (warning)
    case noReportNumber
    /// `sheet.name-invalid`
    case sheetNameInvalid(name: String, reason: SheetName.Problem)
    /// `sheet.name-reserved`: the submission workbook uses the name for itself.
    case sheetNameReserved(name: String)
    /// `sheet.name-taken`: two appendices would be the same sheet.
    case sheetNameTaken(name: String, first: Int, second: Int)

    // MARK: Templates

    /// `templates.unreadable`: the templates directory cannot be read.
    case templatesUnreadable
    /// `templates.not-found`: no templates directory was found.
    case templatesNotFound
    /// `template.unknown`: a command names a template that does not exist.
    case templateUnknown(id: String, known: [String], nearest: String?)
    /// `template.id-mismatch`: a template's id differs from its file name.
    case templateIDMismatch(id: String, fileName: String)
    /// `template.decoding`: a template file that is not a template (type, key, value).
    case templateDecoding(JSONDecodingProblem)
    /// `template.invalid`: a template that is well-formed JSON but cannot be used.
    case templateInvalid(TemplateProblem)
    /// `template.limit`: a number of a template beyond what a sheet holds or the tool accepts
    /// (`SheetLimits`): a width, an indentation, a legend code, the rows or columns it needs.
    case templateLimit(TemplateLimit)
    /// `template.header`: a header cell that does not fit the table (past its last column, past
    /// the header's rows, over another cell).
    case templateHeader(TemplateHeaderProblem)
    /// `template.text`: a text of a template that a cell cannot hold; `reason` is what
    /// `TextRules` says of it (`text.control-character`, `text.too-long`).
    case templateText(Problem)
    /// `template.legend-ambiguous`: two answers of a coded row's legend that one input would
    /// match (labels alike but for case or Unicode form, one code twice, a label that is
    /// another answer's code).
    case legendAmbiguous(row: String, first: LegendEntry, second: LegendEntry)

    // MARK: The roster of units and the reporting status

    /// `unit.code-invalid`: a unit's code (in an input's `unit.code` or a roster) that is empty or
    /// not 1–32 ASCII letters, digits, `.`, `-`, `_` (`RosterCode`).
    case unitCodeInvalid(given: String)
    /// `roster.decoding`: a roster file that is not a roster (type, key, value).
    case rosterDecoding(JSONDecodingProblem)
    /// `roster.duplicate-code`: the same unit listed twice (same code, same `validFrom`);
    /// `first` is the index of the first entry.
    case rosterDuplicateCode(code: String, first: Int)
    /// `roster.validity-overlap`: two entries of one code (a unit renamed keeps its code) whose
    /// validity overlaps; `first` is the index of the other entry.
    case rosterValidityOverlap(code: String, first: Int, from: DayDate, to: DayDate?)
    /// `roster.validity-reversed`: `validTo` before `validFrom`.
    case rosterValidityReversed(code: String, from: DayDate, to: DayDate)
    /// `roster.unknown-parent`: a parent code no unit of the roster has.
    case rosterUnknownParent(code: String, parent: String)
    /// `roster.parent-cycle`: a unit that is (through its parents) its own parent; `cycle` lists
    /// the codes in order, the first repeated at the end.
    case rosterParentCycle(cycle: [String])
    /// `roster.parent-not-valid`: the parent does not exist over the whole of the child's
    /// validity (from `from` to `to`, nil: still valid); `gap` is the first day it lacks.
    case rosterParentNotValid(code: String, parent: String, gap: DayDate)
    /// `roster.unknown-predecessor`: a predecessor code no unit of the roster has.
    case rosterUnknownPredecessor(code: String, predecessor: String)
    /// `roster.own-predecessor`: a unit listed among its own predecessors.
    case rosterOwnPredecessor(code: String)
    /// `roster.predecessor-cycle`: units that are, through their predecessors, their own
    /// predecessor; `cycle` as for `rosterParentCycle`.
    case rosterPredecessorCycle(cycle: [String])
    /// `roster.share-invalid`: a predecessor's share not above 0 and at most 1.
    case rosterShareInvalid(code: String, predecessor: String, share: Double)
    /// `roster.shares-above-one`: the shares one predecessor gives to its successors add up to
    /// more than 1 (more than the whole unit).
    case rosterSharesAboveOne(predecessor: String, total: Double, successors: [String])
    /// `status.unknown-unit`: an input whose unit (by `code`, else by its normalised name) is
    /// not in the roster.
    case statusUnknownUnit(code: String?, name: String)
    /// `status.ambiguous-name`: an input without a code whose normalised name fits several
    /// units of the roster (`candidates`: their codes); nothing is guessed.
    case statusAmbiguousName(name: String, candidates: [String])
    /// `status.not-expected`: an input of a unit the roster has, but that is not expected for
    /// the year (not valid at the cut-off `cutoff`).
    case statusNotExpected(code: String, cutoff: DayDate, from: DayDate, to: DayDate?)
    /// `status.duplicate`: a second input for the same unit (`first`: the file of the first).
    case statusDuplicate(code: String, first: String)
    /// `status.other-year`: an input of another year than the status's.
    case statusOtherYear(year: Int?, expected: Int)
    // MARK: Consolidation (`cchc consolidate`)

    /// `consolidate.mixed-templates`: this input is of another template than the first input.
    case consolidateMixedTemplates(template: String, other: String, otherFile: String)
    /// `consolidate.mixed-periods`: this input covers another period than the first input.
    case consolidateMixedPeriods(period: Period, other: Period, otherFile: String)
    /// `consolidate.duplicate-unit`: this input is of the same unit as an earlier one (names
    /// compared after `UnitIdentity` normalises them).
    case consolidateDuplicateUnit(unit: String, otherFile: String)
    /// `consolidate.unit-unnamed`: an input without a unit name cannot be told from the others.
    case consolidateUnitUnnamed
    /// `consolidate.submission`: a submission among single forms (`isSubmission`), or a single
    /// form among submissions: submissions are consolidated appendix by appendix, with
    /// submissions only; `otherFile` is the first input of the other kind.
    case consolidateSubmission(isSubmission: Bool, otherFile: String)
    /// `consolidate.rate-without-counts`: units gave this rate without its counts; the
    /// consolidated rate uses the `used` units (of `reported` that gave the row) and lists the others.
    case consolidateRateWithoutCounts(used: Int, reported: Int, units: [String])
    /// `input.consolidated-conflict`: the `consolidated` block of a consolidated input
    /// contradicts itself or the values (a next level would add up what it says).
    case consolidatedConflict(ConsolidatedConflict)
    /// `consolidate.outlier`: a unit's figure far from the other units' (more than
    /// `Outliers.threshold` scaled median absolute deviations from their median).
    case consolidateOutlier(unit: String, value: Double, median: Double, deviation: Double, score: Double)

    // MARK: Across the 2025 merger (`cchc consolidate --as`)

    /// `merger.not-predecessor`: the input's unit (`code`, as the roster names it) is not among
    /// the units that made up `asked` on `year`'s cut-off.
    case mergerNotPredecessor(unit: String, code: String, asked: String, year: Int)
    /// `merger.missing-predecessor`: no input of a unit that made up the asked unit on `year`'s
    /// cut-off (`share` of it came in): the history is partial.
    case mergerMissingPredecessor(code: String, name: String, share: Double, year: Int)
    /// `merger.unknown-past`: a part of the asked unit that the roster cannot trace back to
    /// `year` (neither existing on its cut-off nor with predecessors): the history is partial.
    case mergerUnknownPast(code: String, year: Int)
    /// `merger.submission`: a whole submission given to `consolidate --as`, which builds one
    /// form at a time: its appendices' files are to be given instead.
    case mergerSubmission
    /// `merger.estimate`: only `share` of this unit came into the asked one; its counts were
    /// multiplied by the share (rounded to whole units), so the `rows` they enter are estimates.
    case mergerEstimate(unit: String, share: Double, rows: [String])

    // MARK: Running a command

    /// `run.refused`: errors remain, so nothing was written (or compared); `remedy` says whether
    /// `--allow-errors` would have let it through.
    case refused(errors: Int, remedy: Remedy)
    /// `run.unwritable`: the submission cannot be written even when errors are allowed.
    case unwritable(UnwritableReason)
    /// `output.failed`: the output could not be written.
    case outputFailed(OutputProblem)
    /// `output.claimed`: in a batch, another input writes the same file.
    case outputClaimed(path: String, by: String)
    /// `output.claimed`: in a `fill` batch, an input earlier in the list has the same file name
    /// (`huyen-a/bao-cao.json`, `huyen-b/bao-cao.json`), so writes the same workbook.
    case outputNameShared(path: String, by: String)
    /// `diff.impossible`: the two sides cannot be compared.
    case diffImpossible(DiffProblem)
    /// `usage`: the command was misused.
    case usage(UsageProblem)
}

extension Problem {
    /// The stable code of the problem.
    public var code: FindingCode {
        switch self {
        case .fileNotFound: return .fileNotFound
        case .fileIsDirectory: return .fileIsDirectory
        case .fileUnreadable: return .fileUnreadable
        case .fileTooLarge: return .fileTooLarge
        case .fileEmpty: return .fileEmpty
        case .fileUTF16: return .fileUTF16
        case .fileNotUTF8: return .fileNotUTF8
        case .jsonSyntax: return .jsonSyntax
        case .workbookEmpty: return .workbookEmpty
        case .workbookLegacyXLS: return .workbookLegacyXLS
        case .workbookEncrypted: return .workbookEncrypted
        case .workbookODS: return .workbookODS
        case .workbookText: return .workbookText
        case .workbookUnknownFormat: return .workbookUnknownFormat
        case .workbookNotSpreadsheet: return .workbookNotSpreadsheet
        case .workbookCorrupt: return .workbookCorrupt
        case .workbookMissingPart: return .workbookMissingPart
        case .workbookMalformedXML: return .workbookMalformedXML
        case .workbookDTD: return .workbookDTD
        case .workbookEncoding: return .workbookEncoding
        case .workbookTooLarge: return .workbookTooLarge
        case .workbookZipBomb: return .workbookZipBomb
        case .workbookBadReference: return .workbookBadReference
        case .workbookSharedString: return .workbookSharedString
        case .workbookBadValue: return .workbookBadValue
        case .workbookNoSheets: return .workbookNoSheets
        case .workbookNoMap: return .workbookNoMap
        case .workbookMapMalformed: return .workbookMapMalformed
        case .workbookMapCell: return .workbookMapCell
        case .workbookMapVersion: return .workbookMapVersion
        case .workbookFormulaAsValue: return .workbookFormulaAsValue
        case .workbookErrorValue: return .workbookErrorValue
        case .workbookNoHeader: return .workbookNoHeader
        case .workbookNoValueColumn: return .workbookNoValueColumn
        case .workbookTemplateUnclear: return .workbookTemplateUnclear
        case .workbookRowUnknown: return .workbookRowUnknown
        case .workbookRowDuplicate: return .workbookRowDuplicate
        case .workbookRowMissing: return .workbookRowMissing
        case .notAnObject: return .inputNotObject
        case .unknownKey: return .inputUnknownKey
        case .repeatedKey: return .inputRepeatedKey
        case .missing: return .inputMissing
        case .emptyText: return .inputEmptyText
        case .wrongType: return .inputWrongType
        case .unknownTemplate: return .inputUnknownTemplate
        case .unknownRow: return .inputUnknownRow
        case .headingValue: return .inputHeadingValue
        case .noValues: return .inputNoValues
        case .tooMany: return .inputTooMany
        case .notAYear: return .periodNotAYear
        case .notADate: return .periodNotADate
        case .dateOutOfRange: return .periodDateOutOfRange
        case .periodNeedsYear: return .periodNeedsYear
        case .periodNeedsRange: return .periodNeedsRange
        case .periodOneYear: return .periodOneYear
        case .periodTooLong: return .periodTooLong
        case .periodReversed: return .periodReversed
        case .periodYearNotEnd: return .periodYearNotEnd
        case .periodCutoffOutside: return .periodCutoffOutside
        case .yearKeyInvalid: return .yearKeyInvalid
        case .yearOutsideRange: return .yearOutsideRange
        case .yearJump: return .yearJump
        case .valueWrongType: return .valueWrongType
        case .notACount: return .valueNotACount
        case .percentOutOfRange: return .valuePercentRange
        case .unknownAnswer: return .valueUnknownAnswer
        case .notPass: return .valueNotPass
        case .notFraction: return .valueNotFraction
        case .fractionAbove: return .valueFractionAbove
        case .notANumber: return .numberInvalid
        case .numberTooLarge: return .numberTooLarge
        case .numberTooSmall: return .numberTooSmall
        case .numberSpaceGroups: return .numberSpaceGroups
        case .percentSignOnCount: return .numberPercentSign
        case .ambiguousNumber: return .numberAmbiguous
        case .misreadNumber: return .numberMisread
        case .controlCharacter: return .textControlCharacter
        case .textTooLong: return .textTooLong
        case .composedTextTooLong: return .textComposedTooLong
        case .noteAsComment: return .noteAsComment
        case .rateOperandConflict: return .rateOperandConflict
        case .rateOperandInRow: return .rateOperandInRow
        case .numeratorAbove: return .rateNumeratorAbove
        case .rateMismatch: return .rateMismatch
        case .rateTruncated: return .rateTruncated
        case .rateZeroDenominator: return .rateZeroDenominator
        case .checkFailed: return .checkFailed
        case .checkUnknownTerms: return .checkUnknownTerms
        case .noAppendix: return .submissionNoAppendix
        case .dataAndFile: return .submissionDataAndFile
        case .noData: return .submissionNoData
        case .fieldInAppendix: return .submissionOwnField
        case .appendixUnreadable: return .submissionAppendixUnreadable
        case .templateMismatch: return .submissionTemplateMismatch
        case .unitMismatch: return .submissionUnitMismatch
        case .periodMismatch: return .submissionPeriodMismatch
        case .noReportNumber: return .submissionNoNumber
        case .sheetNameInvalid: return .sheetNameInvalid
        case .sheetNameReserved: return .sheetNameReserved
        case .sheetNameTaken: return .sheetNameTaken
        case .templatesUnreadable: return .templatesUnreadable
        case .templatesNotFound: return .templatesNotFound
        case .templateUnknown: return .templateUnknown
        case .templateIDMismatch: return .templateIDMismatch
        case .templateDecoding: return .templateDecoding
        case .templateInvalid: return .templateInvalid
        case .templateLimit: return .templateLimit
        case .templateHeader: return .templateHeader
        case .templateText: return .templateText
        case .legendAmbiguous: return .templateLegendAmbiguous
        case .unitCodeInvalid: return .unitCodeInvalid
        case .rosterDecoding: return .rosterDecoding
        case .rosterDuplicateCode: return .rosterDuplicateCode
        case .rosterValidityOverlap: return .rosterValidityOverlap
        case .rosterValidityReversed: return .rosterValidityReversed
        case .rosterUnknownParent: return .rosterUnknownParent
        case .rosterParentCycle: return .rosterParentCycle
        case .rosterParentNotValid: return .rosterParentNotValid
        case .rosterUnknownPredecessor: return .rosterUnknownPredecessor
        case .rosterOwnPredecessor: return .rosterOwnPredecessor
        case .rosterPredecessorCycle: return .rosterPredecessorCycle
        case .rosterShareInvalid: return .rosterShareInvalid
        case .rosterSharesAboveOne: return .rosterSharesAboveOne
        case .statusUnknownUnit: return .statusUnknownUnit
        case .statusAmbiguousName: return .statusAmbiguousName
        case .statusNotExpected: return .statusNotExpected
        case .statusDuplicate: return .statusDuplicate
        case .statusOtherYear: return .statusOtherYear
        case .refused: return .runRefused
        case .unwritable: return .runUnwritable
        case .outputFailed: return .outputFailed
        case .consolidateMixedTemplates: return .consolidateMixedTemplates
        case .consolidateMixedPeriods: return .consolidateMixedPeriods
        case .consolidateDuplicateUnit: return .consolidateDuplicateUnit
        case .consolidateUnitUnnamed: return .consolidateUnitUnnamed
        case .consolidateSubmission: return .consolidateSubmission
        case .consolidateRateWithoutCounts: return .consolidateRateWithoutCounts
        case .consolidatedConflict: return .inputConsolidatedConflict
        case .consolidateOutlier: return .consolidateOutlier
        case .mergerNotPredecessor: return .mergerNotPredecessor
        case .mergerMissingPredecessor: return .mergerMissingPredecessor
        case .mergerUnknownPast: return .mergerUnknownPast
        case .mergerSubmission: return .mergerSubmission
        case .mergerEstimate: return .mergerEstimate
        case .outputClaimed, .outputNameShared: return .outputClaimed
        case .diffImpossible: return .diffImpossible
        case .usage: return .usage
        }
    }

    /// Whether the problem means a file could not be read at all (exit status 2, not 1): the
    /// input itself, or the template it names, which cannot be used (`template.*`, but not
    /// `template.unknown`, a name given on the command line).
    public var isUnreadableFile: Bool {
        switch self {
        case .workbookMapVersion, .workbookFormulaAsValue, .workbookErrorValue, .workbookRowUnknown, .workbookRowDuplicate, .workbookRowMissing: return false  // one cell, not the file
        default: break
        }
        switch code.family {
        case "file", "json", "workbook", "templates", "roster": return true
        case "template": return code != .templateUnknown
        default: return false
        }
    }
}
