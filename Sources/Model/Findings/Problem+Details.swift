/// One value a finding carries, by name, as `--format json` writes it under `details`.
public struct Detail: Sendable, Equatable {
    public var key: String
    public var value: DetailValue

    public init(_ key: String, _ value: DetailValue) {
        self.key = key
        self.value = value
    }
}

/// A typed value of a finding's details.
public indirect enum DetailValue: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case text(String)
    case bool(Bool)
    case list([DetailValue])
    case object([Detail])

    /// The number, for numbers and integers.
    public var number: Double? {
        switch self {
        case .number(let n): return n
        case .integer(let i): return Double(i)
        default: return nil
        }
    }
}

extension Problem {
    /// The values of the problem by name, in a fixed order: what scripts read instead of the
    /// message (`--format json`), and what the `Giá trị` column of `Kiểm tra` shows.
    public var details: [Detail] {
        func d(_ key: String, _ value: Double) -> Detail { Detail(key, .number(value)) }
        func i(_ key: String, _ value: Int) -> Detail { Detail(key, .integer(value)) }
        func t(_ key: String, _ value: String) -> Detail { Detail(key, .text(value)) }
        func ts(_ key: String, _ values: [String]) -> Detail { Detail(key, .list(values.map(DetailValue.text))) }
        switch self {
        case .fileNotFound, .fileIsDirectory, .fileUnreadable, .fileEmpty, .fileUTF16, .fileNotUTF8, .headingValue,
             .noValues, .noAppendix, .dataAndFile, .noData, .noReportNumber, .templatesUnreadable, .templatesNotFound:
            return []
        case .fileTooLarge(let limit): return [i("limit_bytes", limit)]
        case .workbookEmpty, .workbookLegacyXLS, .workbookEncrypted, .workbookODS, .workbookText, .workbookUnknownFormat,
             .workbookNoSheets:
            return []
        case .workbookNotSpreadsheet(let looksLike): return looksLike.map { [t("looks_like", $0)] } ?? []
        case .workbookCorrupt(let part): return part.map { [t("part", $0)] } ?? []
        case .workbookMissingPart(let part), .workbookDTD(let part): return [t("part", part)]
        case .workbookMalformedXML(let part, let line, let column): return [t("part", part), i("line", line), i("column", column)]
        case .workbookEncoding(let part, let encoding): return [t("part", part), t("encoding", encoding)]
        case .workbookTooLarge(let limit, let maximum, let part):
            return [t("limit", limit.rawValue), i("maximum", maximum)] + (part.map { [t("part", $0)] } ?? [])
        case .workbookZipBomb(let part, let ratio): return [t("part", part), i("ratio", ratio)]
        case .workbookBadReference(let reference): return [t("reference", reference)]
        case .workbookSharedString(let index, let count): return [t("index", index), i("count", count)]
        case .workbookBadValue(let type, let value): return [t("type", type), t("value", value)]
        case .workbookNoMap: return []
        case .workbookMapMalformed(let expected, let found): return [t("expected", expected), t("found", found)]
        case .workbookMapCell(let sheet, let reference): return [t("sheet", sheet), t("reference", reference)]
        case .workbookMapVersion(let template, let workbook, let installed):
            return [t("template", template), t("workbook", workbook), t("installed", installed)]
        case .workbookFormulaAsValue(let formula): return [t("formula", formula)]
        case .workbookErrorValue(let value): return [t("value", value)]
        case .workbookNoHeader(let sheet): return [t("sheet", sheet)]
        case .workbookNoValueColumn(let sheet, let headerRow): return [t("sheet", sheet), i("headerRow", headerRow)]
        case .workbookTemplateUnclear(let candidates): return [t("candidates", candidates.joined(separator: ", "))]
        case .workbookRowUnknown(let stt, let label): return [t("stt", stt), t("label", label)]
        case .workbookRowDuplicate(let first): return [t("first", first)]
        case .workbookRowMissing: return []
        case .jsonSyntax(let line, let column, let kind): return [i("line", line), i("column", column), t("syntax", kind.name)]
        case .notAnObject(let document, let found): return [t("document", document.rawValue), t("found", found.rawValue)]
        case .unknownKey(let key, let object, let allowed): return [t("key", key), t("in", object.rawValue), ts("allowed", allowed)]
        case .repeatedKey(let key, let firstLine, let line): return [t("key", key), i("first_line", firstLine), i("line", line)]
        case .missing(let field), .emptyText(let field), .fieldInAppendix(let field): return [t("field", field.rawValue)]
        case .wrongType(let field, let expected, let found):
            return [t("field", field.rawValue), t("expected", expected.rawValue), t("found", found.rawValue)]
        case .unknownTemplate(let id, let known, let nearest), .templateUnknown(let id, let known, let nearest):
            return [t("template", id), ts("known", known)] + (nearest.map { [t("nearest", $0)] } ?? [])
        case .unknownRow(let id, let template, let nearest): return [t("id", id), t("template", template), ts("nearest", nearest)]
        case .tooMany(let errors, let warnings, let listed): return [i("errors", errors), i("warnings", warnings), i("listed", listed)]
        case .dateOutOfRange(let given, let range):
            return [t("given", given), i("minimum", range.lowerBound), i("maximum", range.upperBound)]
        case .notAYear(let given, let range):
            return [t("given", given), i("minimum", range.lowerBound), i("maximum", range.upperBound)]
        case .notADate(let given), .notPass(let given), .notFraction(let given), .notANumber(let given), .numberTooLarge(let given),
             .numberTooSmall(let given), .numberSpaceGroups(let given):
            return [t("given", given)]
        case .periodNeedsYear(let template), .periodNeedsRange(let template): return template.map { [t("template", $0)] } ?? []
        case .periodOneYear(let template): return [t("template", template)]
        case .periodTooLong(let years, let limit): return [i("years", years), i("limit", limit)]
        case .periodReversed(let from, let to): return [i("from", from), i("to", to)]
        case .periodYearNotEnd(let year, let to): return [i("year", year), i("to", to)]
        case .periodCutoffOutside(let cutoff, let lastYear): return [t("cutoff", cutoff.iso), i("last_year", lastYear)]
        case .yearKeyInvalid(let key): return [t("key", key)]
        case .yearOutsideRange(let year, let from, let to): return [i("year", year), i("from", from), i("to", to)]
        case .yearJump(let series, let fromYear, let fromValue, let toYear, let toValue, let factor, let partial):
            var out: [Detail] = []
            if case .component(let side, let label) = series { out += [t("side", side.rawValue), t("component", label)] }
            out += [d(String(fromYear), fromValue), d(String(toYear), toValue), d("factor", factor)]
            if let partial { out += [t("cutoff", partial.cutoff.iso), d("threshold", partial.threshold)] }
            return out
        case .valueWrongType(let shape, let found):
            switch shape {
            case .keyed(let keys): return [t("expected", "object"), ts("keys", keys), t("found", found.rawValue)]
            case .perYear: return [t("expected", "object-by-year"), t("found", found.rawValue)]
            case .text: return [t("expected", "text"), t("found", found.rawValue)]
            case .number: return [t("expected", "number"), t("found", found.rawValue)]
            }
        case .notACount(let value, _, let side): return [d("value", value)] + (side.map { [t("side", $0.rawValue)] } ?? [])
        case .percentOutOfRange(let value): return [d("value", value)]
        case .fractionAbove(let numerator, let denominator, _): return [d("numerator", numerator), d("denominator", denominator)]
        case .unknownAnswer(let given, let legend):
            return [t("given", given), Detail("legend", .list(legend.map { .object([i("code", $0.code), t("label", $0.label)]) }))]
        case .percentSignOnCount(let given, _, _): return [t("given", given)]
        case .ambiguousNumber(let given, let read, let alternative, _), .misreadNumber(let given, let read, let alternative, _):
            return [t("given", given), d("read", read), d("alternative", alternative)]
        case .controlCharacter(let scalar): return [t("character", "U+" + PlainNumber.hex(scalar))]
        case .textTooLong(let length, let limit): return [i("length", length), i("limit", limit)]
        case .composedTextTooLong(let text, let fields, let length, let limit):
            return [t("text", text.name)] + (text.line.map { [i("line", $0)] } ?? [])
                + [ts("fields", fields.map(\.rawValue)), i("length", length), i("limit", limit)]
        case .noteAsComment(let column):
            switch column {
            case .year(let year)?: return [t("cell", "value"), i("year", year)]
            case .key(let key)?: return [t("cell", "value"), t("column", key)]
            case .single?: return [t("cell", "value")]
            case nil: return [t("cell", "label")]
            }
        case .rateOperandConflict(let side, let given, let rowValue, let rowID, _, _):
            return [t("side", side.rawValue), d("given", given), t("row", rowID), d("row_value", rowValue)]
        case .rateOperandInRow(let side, let rowID, _): return [t("side", side.rawValue), t("row", rowID)]
        case .numeratorAbove(let numerator, let denominator, _, _, let computed):
            return [d("numerator", numerator), d("denominator", denominator)] + (computed.map { [d("computed", $0)] } ?? [])
        case .rateMismatch(let reported, let computed, let numerator, let denominator, let difference, let digits):
            // rounded: the computed rate at the digits written, what the reported rate should have been.
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return [d("reported", reported), d("computed", computed), d("numerator", numerator), d("denominator", denominator),
                    d("difference", difference), i("digits", digits), d("rounded", rounded)]
        case .rateTruncated(let reported, let computed, let numerator, let denominator, let digits):
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return [d("reported", reported), d("computed", computed), d("numerator", numerator), d("denominator", denominator),
                    i("digits", digits), d("rounded", rounded)]
        case .rateZeroDenominator(let reported): return [d("reported", reported), d("numerator", 0), d("denominator", 0)]
        case .checkFailed(let failure):
            var out = [t("check", failure.check), t("op", failure.op.rawValue)]
            for term in failure.left + failure.right { if let value = term.value { out.append(d(term.name, value)) } }
            out += [d("left", failure.leftSum), d("right", failure.rightSum)]
            if failure.op != .notEqual { out.append(d("difference", failure.leftSum - failure.rightSum)) }
            return out
        case .checkUnknownTerms(let check, let terms, let template): return [t("check", check), ts("terms", terms), t("template", template)]
        case .appendixUnreadable(let file, let reason):
            return [t("file", file), t("reason", reason.code.rawValue)] + reason.details
        case .templateMismatch(let declared, let actual, let file): return [t("declared", declared), t("actual", actual), t("file", file)]
        case .unitMismatch(let appendix, let submission): return [t("appendix", appendix), t("submission", submission)]
        case .periodMismatch(let appendix, let submission):
            return [Detail("appendix", appendix.detailValue), Detail("submission", submission.detailValue)]
        case .sheetNameInvalid(let name, _), .sheetNameReserved(let name): return [t("name", name)]
        case .sheetNameTaken(let name, let first, let second): return [t("name", name), i("first", first), i("second", second)]
        case .templateIDMismatch(let id, let fileName): return [t("id", id), t("file_name", fileName)]
        case .templateDecoding(let problem):
            return [t("path", problem.path)] + (problem.line.map { [i("line", $0)] } ?? [])
        case .templateInvalid: return []
        case .templateLimit(let limit): return limit.details
        case .templateHeader(let problem): return problem.details
        case .templateText(let reason): return [t("reason", reason.code.rawValue)] + reason.details
        case .legendAmbiguous(let row, let first, let second):
            return [t("row", row), i("first_code", first.code), t("first_label", first.label),
                    i("second_code", second.code), t("second_label", second.label)]
        case .unitCodeInvalid(let given): return [t("given", given)]
        case .rosterDecoding(let problem):
            return [t("path", problem.path)] + (problem.line.map { [i("line", $0)] } ?? [])
        case .rosterDuplicateCode(let code, let first): return [t("code", code), i("first", first)]
        case .rosterValidityOverlap(let code, let first, let from, let to):
            return [t("code", code), i("first", first), t("valid_from", from.iso)] + (to.map { [t("valid_to", $0.iso)] } ?? [])
        case .rosterValidityReversed(let code, let from, let to): return [t("code", code), t("valid_from", from.iso), t("valid_to", to.iso)]
        case .rosterUnknownParent(let code, let parent): return [t("code", code), t("parent", parent)]
        case .rosterParentCycle(let cycle), .rosterPredecessorCycle(let cycle): return [ts("cycle", cycle)]
        case .rosterParentNotValid(let code, let parent, let gap): return [t("code", code), t("parent", parent), t("gap", gap.iso)]
        case .rosterUnknownPredecessor(let code, let predecessor): return [t("code", code), t("predecessor", predecessor)]
        case .rosterOwnPredecessor(let code): return [t("code", code)]
        case .rosterShareInvalid(let code, let predecessor, let share): return [t("code", code), t("predecessor", predecessor), d("share", share)]
        case .rosterSharesAboveOne(let predecessor, let total, let successors):
            return [t("predecessor", predecessor), d("total", total), ts("successors", successors)]
        case .statusUnknownUnit(let code, let name): return (code.map { [t("code", $0)] } ?? []) + [t("name", name)]
        case .statusAmbiguousName(let name, let candidates): return [t("name", name), ts("candidates", candidates)]
        case .statusNotExpected(let code, let cutoff, let from, let to):
            return [t("code", code), t("cutoff", cutoff.iso), t("valid_from", from.iso)] + (to.map { [t("valid_to", $0.iso)] } ?? [])
        case .statusDuplicate(let code, let first): return [t("code", code), t("first", first)]
        case .statusOtherYear(let year, let expected): return (year.map { [i("year", $0)] } ?? []) + [i("expected", expected)]
        case .consolidateMixedTemplates(let template, let other, let otherFile):
            return [t("template", template), t("other", other), t("other_file", otherFile)]
        case .consolidateMixedPeriods(let period, let other, let otherFile):
            return [Detail("period", period.detailValue), Detail("other", other.detailValue), t("other_file", otherFile)]
        case .consolidateDuplicateUnit(let unit, let otherFile): return [t("unit", unit), t("other_file", otherFile)]
        case .consolidateUnitUnnamed: return []
        case .consolidateSubmission(let isSubmission, let otherFile): return [Detail("submission", .bool(isSubmission)), t("other_file", otherFile)]
        case .consolidateRateWithoutCounts(let used, let reported, let units):
            return [i("used", used), i("reported", reported), ts("units", units)]
        case .consolidatedConflict(let conflict):
            switch conflict {
            case .reportingAboveUnits(let reporting, let units): return [t("conflict", "reporting-above-units"), i("reporting", reporting), i("units", units)]
            case .tallyNotReporting(let tallied, let reporting): return [t("conflict", "tally"), i("tallied", tallied), i("reporting", reporting)]
            case .rateUnits(let used, let without, let reporting):
                return [t("conflict", "rate-units"), i("used", used), i("without_counts", without), i("reporting", reporting)]
            case .rateCounts(let num, let den, let givenNum, let givenDen):
                return [t("conflict", "rate-counts"), d("numerator", num), d("denominator", den), d("given_numerator", givenNum),
                        d("given_denominator", givenDen)]
            case .perUnitNotReporting(let listed, let reporting): return [t("conflict", "per-unit"), i("listed", listed), i("reporting", reporting)]
            case .valueWithoutUnits(let reporting): return [t("conflict", "value"), i("reporting", reporting)]
            }
        case .consolidateOutlier(let unit, let value, let median, let deviation, let score):
            return [t("unit", unit), d("value", value), d("median", median), d("deviation", deviation), d("score", score)]
        case .mergerNotPredecessor(let unit, let code, let asked, let year):
            return [t("unit", unit), t("code", code), t("asked", asked), i("year", year)]
        case .mergerMissingPredecessor(let code, let name, let share, let year):
            return [t("code", code), t("name", name), d("share", share), i("year", year)]
        case .mergerUnknownPast(let code, let year): return [t("code", code), i("year", year)]
        case .mergerSubmission: return []
        case .mergerEstimate(let unit, let share, let rows): return [t("unit", unit), d("share", share), ts("rows", rows)]
        case .refused(let errors, let remedy): return [i("errors", errors), t("remedy", remedy.rawValue)]
        case .unwritable(.noAppendix), .unwritable(.textTooLong): return []
        case .unwritable(.appendixUnread(let number, let template)): return [i("appendix", number), t("template", template)]
        case .unwritable(.sheetName(let appendix, let name)): return [i("appendix", appendix), t("name", name)]
        case .unwritable(.layout(let template, let appendix, let flaw)):
            return [t("template", template)] + (appendix.map { [i("appendix", $0)] } ?? []) + [t("flaw", flaw.name)]
        case .outputFailed(.replacesInput(let path, let input)): return [t("path", path), t("input", input)]
        case .outputFailed(.readOnly(let path)): return [t("path", path)]
        case .outputFailed(.nameTooLong(let path, let length, let limit)): return [t("path", path), i("length", length), i("limit", limit)]
        case .outputFailed: return []
        case .outputClaimed(let path, let other), .outputNameShared(let path, let other): return [t("path", path), t("by", other)]
        case .diffImpossible, .usage: return []
        }
    }

    /// The figures of the problem (its numeric details), for a column of values.
    public var figures: [(key: String, value: Double)] {
        details.compactMap { detail in
            guard case .number(let value) = detail.value else { return nil }
            return (detail.key, value)
        }
    }
}

extension Period {
    /// The period as a detail: `{ "year": 2021 }` or `{ "from": …, "to": …, "cutoff": … }`.
    var detailValue: DetailValue {
        var members: [Detail] = []
        if let year { members.append(Detail("year", .integer(year))) }
        if let from { members.append(Detail("from", .integer(from))) }
        if let to { members.append(Detail("to", .integer(to))) }
        if let cutoff { members.append(Detail("cutoff", .text(cutoff.iso))) }
        return .object(members)
    }
}

extension JSONSyntaxError.Kind {
    /// A stable name of the kind, for `details`.
    public var name: String {
        switch self {
        case .empty: return "empty"
        case .truncated: return "truncated"
        case .trailingContent: return "trailing-content"
        case .notANumberLiteral: return "nan-or-infinity"
        case .unexpectedCharacter: return "unexpected-character"
        case .unexpectedWord: return "unexpected-word"
        case .expectedKey: return "expected-key"
        case .expectedColon: return "expected-colon"
        case .expectedSeparator: return "expected-separator"
        case .numberNeedsDigits: return "number-needs-digits"
        case .leadingZero: return "leading-zero"
        case .unquotedVietnameseNumber: return "unquoted-vietnamese-number"
        case .tooDeep: return "too-deep"
        case .invalidUTF8: return "invalid-utf8"
        case .invalidUnicodeEscape: return "invalid-unicode-escape"
        case .invalidEscape: return "invalid-escape"
        case .controlCharacter: return "control-character"
        }
    }
}

extension TemplateLimit {
    /// What is limited (`column-width`, `sheet-rows` …), the value given and the limit.
    var details: [Detail] {
        func i(_ key: String, _ value: Int) -> Detail { Detail(key, .integer(value)) }
        func d(_ key: String, _ value: Double) -> Detail { Detail(key, .number(value)) }
        let what = Detail("limit_of", .text(name))
        switch self {
        case .sheetColumns(let needed, let limit), .sheetRows(let needed, let limit): return [what, i("needed", needed), i("limit", limit)]
        case .headerRows(let given, let limit), .indent(let given, let limit), .legendCode(let given, let limit),
             .chartSeries(let given, let limit):
            return [what, i("given", given), i("limit", limit)]
        case .columnWidth(let given, let limit): return [what, d("given", given), d("limit", limit)]
        case .tolerance(let given): return [what, d("given", given)]
        }
    }

    /// A stable name of what is limited, for `details`.
    public var name: String {
        switch self {
        case .sheetColumns: return "sheet-columns"
        case .sheetRows: return "sheet-rows"
        case .headerRows: return "header-rows"
        case .columnWidth: return "column-width"
        case .indent: return "indent"
        case .legendCode: return "legend-code"
        case .tolerance: return "tolerance"
        case .chartSeries: return "chart-series"
        }
    }
}

extension TemplateHeaderProblem {
    /// What does not fit (`beyond-columns` …) and where, for `details`.
    var details: [Detail] {
        func i(_ key: String, _ value: Int) -> Detail { Detail(key, .integer(value)) }
        let what = Detail("header", .text(name))
        func yearsDetail(_ years: Int?) -> [Detail] { years.map { [i("years", $0)] } ?? [] }
        switch self {
        case .empty: return [what]
        case .spanBelowOne(let given): return [what, i("given", given)]
        case .beyondHeader(let row, let cell, let rows, let headerRows):
            return [what, i("row", row), i("cell", cell), i("rows", rows), i("header_rows", headerRows)]
        case .beyondColumns(let row, let cell, let end, let columns, let years):
            return [what, i("row", row), i("cell", cell), i("end", end), i("columns", columns)] + yearsDetail(years)
        case .overlaps(let row, let cell, let column, let years):
            return [what, i("row", row), i("cell", cell), i("column", column)] + yearsDetail(years)
        }
    }

    /// A stable name of the kind, for `details`.
    public var name: String {
        switch self {
        case .empty: return "empty"
        case .spanBelowOne: return "span-below-one"
        case .beyondHeader: return "beyond-header"
        case .beyondColumns: return "beyond-columns"
        case .overlaps: return "overlaps"
        }
    }
}
