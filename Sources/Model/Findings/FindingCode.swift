/// The stable name of a kind of finding (`rate.mismatch`, `input.unknown-row`): what scripts match
/// on, what tests assert, what the catalogue keys its wording by. Never reworded, never reused.
///
/// Matching works with `~=`, so a `switch finding.code` or `case .rateMismatch` reads naturally.
public struct FindingCode: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: FindingCode, b: FindingCode) -> Bool { a.rawValue < b.rawValue }

    /// The family of the code: the part before the first dot (`rate`, `input`, `file` …).
    public var family: String { String(rawValue.prefix { $0 != "." }) }

    public static func ~= (code: FindingCode, finding: Finding) -> Bool { finding.code == code }

    // MARK: The file itself (nothing can be read: exit status 2)
    public static let fileNotFound = FindingCode(rawValue: "file.not-found")
    public static let fileIsDirectory = FindingCode(rawValue: "file.is-directory")
    public static let fileUnreadable = FindingCode(rawValue: "file.unreadable")
    public static let fileTooLarge = FindingCode(rawValue: "file.too-large")
    public static let fileEmpty = FindingCode(rawValue: "file.empty")
    public static let fileUTF16 = FindingCode(rawValue: "file.utf16")
    public static let fileNotUTF8 = FindingCode(rawValue: "file.not-utf8")
    public static let jsonSyntax = FindingCode(rawValue: "json.syntax")

    // MARK: A workbook (.xlsx) as a file (nothing can be read: exit status 2)
    public static let workbookEmpty = FindingCode(rawValue: "workbook.empty")
    public static let workbookLegacyXLS = FindingCode(rawValue: "workbook.xls")
    public static let workbookEncrypted = FindingCode(rawValue: "workbook.encrypted")
    public static let workbookODS = FindingCode(rawValue: "workbook.ods")
    public static let workbookText = FindingCode(rawValue: "workbook.text")
    public static let workbookUnknownFormat = FindingCode(rawValue: "workbook.unknown-format")
    public static let workbookNotSpreadsheet = FindingCode(rawValue: "workbook.not-spreadsheet")
    public static let workbookCorrupt = FindingCode(rawValue: "workbook.corrupt")
    public static let workbookMissingPart = FindingCode(rawValue: "workbook.missing-part")
    public static let workbookMalformedXML = FindingCode(rawValue: "workbook.malformed-xml")
    public static let workbookDTD = FindingCode(rawValue: "workbook.dtd")
    public static let workbookEncoding = FindingCode(rawValue: "workbook.encoding")
    public static let workbookTooLarge = FindingCode(rawValue: "workbook.too-large")
    public static let workbookZipBomb = FindingCode(rawValue: "workbook.zip-bomb")
    public static let workbookBadReference = FindingCode(rawValue: "workbook.bad-reference")
    public static let workbookSharedString = FindingCode(rawValue: "workbook.shared-string")
    public static let workbookBadValue = FindingCode(rawValue: "workbook.bad-value")
    public static let workbookNoSheets = FindingCode(rawValue: "workbook.no-sheets")
    public static let workbookNoMap = FindingCode(rawValue: "workbook.no-map")
    public static let workbookMapMalformed = FindingCode(rawValue: "workbook.map-malformed")
    public static let workbookMapCell = FindingCode(rawValue: "workbook.map-cell")
    // A workbook's cells (one cell, not the file: the rest is read)
    public static let workbookMapVersion = FindingCode(rawValue: "workbook.map-version")
    public static let workbookFormulaAsValue = FindingCode(rawValue: "workbook.formula-as-value")
    public static let workbookErrorValue = FindingCode(rawValue: "workbook.error-value")
    // A workbook read by its layout (no map): the form's header, its template, its rows
    public static let workbookNoHeader = FindingCode(rawValue: "workbook.no-header")
    public static let workbookNoValueColumn = FindingCode(rawValue: "workbook.no-value-column")
    public static let workbookTemplateUnclear = FindingCode(rawValue: "workbook.template-unclear")
    public static let workbookRowUnknown = FindingCode(rawValue: "workbook.row-unknown")
    public static let workbookRowDuplicate = FindingCode(rawValue: "workbook.row-duplicate")
    public static let workbookRowMissing = FindingCode(rawValue: "workbook.row-missing")

    // MARK: The shape of an input or submission
    public static let inputNotObject = FindingCode(rawValue: "input.not-object")
    public static let inputUnknownKey = FindingCode(rawValue: "input.unknown-key")
    public static let inputConsolidatedConflict = FindingCode(rawValue: "input.consolidated-conflict")
    public static let inputRepeatedKey = FindingCode(rawValue: "input.repeated-key")
    public static let inputMissing = FindingCode(rawValue: "input.missing")
    public static let inputEmptyText = FindingCode(rawValue: "input.empty-text")
    public static let inputWrongType = FindingCode(rawValue: "input.wrong-type")
    public static let inputUnknownTemplate = FindingCode(rawValue: "input.unknown-template")
    public static let inputUnknownRow = FindingCode(rawValue: "input.unknown-row")
    public static let inputHeadingValue = FindingCode(rawValue: "input.heading-value")
    public static let inputNoValues = FindingCode(rawValue: "input.no-values")
    public static let inputTooMany = FindingCode(rawValue: "input.too-many")

    // MARK: The period
    public static let periodNotAYear = FindingCode(rawValue: "period.not-a-year")
    public static let periodNotADate = FindingCode(rawValue: "period.not-a-date")
    public static let periodDateOutOfRange = FindingCode(rawValue: "period.date-out-of-range")
    public static let periodNeedsYear = FindingCode(rawValue: "period.needs-year")
    public static let periodNeedsRange = FindingCode(rawValue: "period.needs-range")
    public static let periodOneYear = FindingCode(rawValue: "period.one-year")
    public static let periodTooLong = FindingCode(rawValue: "period.too-long")
    public static let periodReversed = FindingCode(rawValue: "period.reversed")
    public static let periodYearNotEnd = FindingCode(rawValue: "period.year-not-end")
    public static let periodCutoffOutside = FindingCode(rawValue: "period.cutoff-outside")
    public static let yearKeyInvalid = FindingCode(rawValue: "year.key-invalid")
    public static let yearOutsideRange = FindingCode(rawValue: "year.outside-range")
    public static let yearJump = FindingCode(rawValue: "year.jump")

    // MARK: One value
    public static let valueWrongType = FindingCode(rawValue: "value.wrong-type")
    public static let valueNotACount = FindingCode(rawValue: "value.not-a-count")
    public static let valuePercentRange = FindingCode(rawValue: "value.percent-out-of-range")
    public static let valueUnknownAnswer = FindingCode(rawValue: "value.unknown-answer")
    public static let valueNotPass = FindingCode(rawValue: "value.not-pass")
    public static let valueNotFraction = FindingCode(rawValue: "value.not-fraction")
    public static let valueFractionAbove = FindingCode(rawValue: "value.fraction-above")
    public static let numberInvalid = FindingCode(rawValue: "number.invalid")
    public static let numberTooLarge = FindingCode(rawValue: "number.too-large")
    public static let numberTooSmall = FindingCode(rawValue: "number.too-small")
    public static let numberSpaceGroups = FindingCode(rawValue: "number.space-groups")
    public static let numberPercentSign = FindingCode(rawValue: "number.percent-sign")
    public static let numberAmbiguous = FindingCode(rawValue: "number.ambiguous")
    public static let numberMisread = FindingCode(rawValue: "number.misread")
    public static let textControlCharacter = FindingCode(rawValue: "text.control-character")
    public static let textTooLong = FindingCode(rawValue: "text.too-long")
    public static let textComposedTooLong = FindingCode(rawValue: "text.composed-too-long")
    public static let noteAsComment = FindingCode(rawValue: "note.as-comment")

    // MARK: Rates and checks
    public static let rateOperandConflict = FindingCode(rawValue: "rate.operand-conflict")
    public static let rateOperandInRow = FindingCode(rawValue: "rate.operand-in-row")
    public static let rateNumeratorAbove = FindingCode(rawValue: "rate.numerator-above-denominator")
    public static let rateMismatch = FindingCode(rawValue: "rate.mismatch")
    public static let rateTruncated = FindingCode(rawValue: "rate.truncated")
    public static let rateZeroDenominator = FindingCode(rawValue: "rate.zero-denominator")
    public static let checkFailed = FindingCode(rawValue: "check.failed")
    public static let checkUnknownTerms = FindingCode(rawValue: "check.unknown-terms")

    // MARK: Submissions
    public static let submissionNoAppendix = FindingCode(rawValue: "submission.no-appendix")
    public static let submissionDataAndFile = FindingCode(rawValue: "submission.data-and-file")
    public static let submissionNoData = FindingCode(rawValue: "submission.no-data")
    public static let submissionOwnField = FindingCode(rawValue: "submission.field-in-appendix")
    public static let submissionAppendixUnreadable = FindingCode(rawValue: "submission.appendix-unreadable")
    public static let submissionTemplateMismatch = FindingCode(rawValue: "submission.template-mismatch")
    public static let submissionUnitMismatch = FindingCode(rawValue: "submission.unit-mismatch")
    public static let submissionPeriodMismatch = FindingCode(rawValue: "submission.period-mismatch")
    public static let submissionNoNumber = FindingCode(rawValue: "submission.no-report-number")
    public static let sheetNameInvalid = FindingCode(rawValue: "sheet.name-invalid")
    public static let sheetNameReserved = FindingCode(rawValue: "sheet.name-reserved")
    public static let sheetNameTaken = FindingCode(rawValue: "sheet.name-taken")

    // MARK: Templates
    public static let templatesUnreadable = FindingCode(rawValue: "templates.unreadable")
    public static let templatesNotFound = FindingCode(rawValue: "templates.not-found")
    public static let templateUnknown = FindingCode(rawValue: "template.unknown")
    public static let templateIDMismatch = FindingCode(rawValue: "template.id-mismatch")
    public static let templateDecoding = FindingCode(rawValue: "template.decoding")
    public static let templateInvalid = FindingCode(rawValue: "template.invalid")
    public static let templateLimit = FindingCode(rawValue: "template.limit")
    public static let templateHeader = FindingCode(rawValue: "template.header")
    public static let templateText = FindingCode(rawValue: "template.text")
    public static let templateLegendAmbiguous = FindingCode(rawValue: "template.legend-ambiguous")

    // MARK: Consolidation
    public static let consolidateMixedTemplates = FindingCode(rawValue: "consolidate.mixed-templates")
    public static let consolidateMixedPeriods = FindingCode(rawValue: "consolidate.mixed-periods")
    public static let consolidateDuplicateUnit = FindingCode(rawValue: "consolidate.duplicate-unit")
    public static let consolidateUnitUnnamed = FindingCode(rawValue: "consolidate.unit-unnamed")
    public static let consolidateSubmission = FindingCode(rawValue: "consolidate.submission")
    public static let consolidateRateWithoutCounts = FindingCode(rawValue: "consolidate.rate-without-counts")
    public static let consolidateOutlier = FindingCode(rawValue: "consolidate.outlier")

    // MARK: Across the 2025 merger
    public static let mergerNotPredecessor = FindingCode(rawValue: "merger.not-predecessor")
    public static let mergerMissingPredecessor = FindingCode(rawValue: "merger.missing-predecessor")
    public static let mergerUnknownPast = FindingCode(rawValue: "merger.unknown-past")
    public static let mergerSubmission = FindingCode(rawValue: "merger.submission")
    public static let mergerEstimate = FindingCode(rawValue: "merger.estimate")

    // MARK: Running a command
    public static let runRefused = FindingCode(rawValue: "run.refused")
    public static let runUnwritable = FindingCode(rawValue: "run.unwritable")
    public static let outputFailed = FindingCode(rawValue: "output.failed")
    public static let outputClaimed = FindingCode(rawValue: "output.claimed")
    public static let diffImpossible = FindingCode(rawValue: "diff.impossible")
    public static let usage = FindingCode(rawValue: "usage")

    // MARK: The roster of units and the reporting status (a roster that cannot be used: exit status 2)
    public static let unitCodeInvalid = FindingCode(rawValue: "unit.code-invalid")
    public static let rosterDecoding = FindingCode(rawValue: "roster.decoding")
    public static let rosterDuplicateCode = FindingCode(rawValue: "roster.duplicate-code")
    public static let rosterValidityOverlap = FindingCode(rawValue: "roster.validity-overlap")
    public static let rosterValidityReversed = FindingCode(rawValue: "roster.validity-reversed")
    public static let rosterUnknownParent = FindingCode(rawValue: "roster.unknown-parent")
    public static let rosterParentCycle = FindingCode(rawValue: "roster.parent-cycle")
    public static let rosterParentNotValid = FindingCode(rawValue: "roster.parent-not-valid")
    public static let rosterUnknownPredecessor = FindingCode(rawValue: "roster.unknown-predecessor")
    public static let rosterOwnPredecessor = FindingCode(rawValue: "roster.own-predecessor")
    public static let rosterPredecessorCycle = FindingCode(rawValue: "roster.predecessor-cycle")
    public static let rosterShareInvalid = FindingCode(rawValue: "roster.share-invalid")
    public static let rosterSharesAboveOne = FindingCode(rawValue: "roster.shares-above-one")
    public static let statusUnknownUnit = FindingCode(rawValue: "status.unknown-unit")
    public static let statusAmbiguousName = FindingCode(rawValue: "status.ambiguous-name")
    public static let statusNotExpected = FindingCode(rawValue: "status.not-expected")
    public static let statusDuplicate = FindingCode(rawValue: "status.duplicate")
    public static let statusOtherYear = FindingCode(rawValue: "status.other-year")

    /// Every code, in the order of this file.
    public static let all: [FindingCode] = [
        .fileNotFound,
        .fileIsDirectory,
        .fileUnreadable,
        .fileTooLarge,
        .fileEmpty,
        .fileUTF16,
        .fileNotUTF8,
        .jsonSyntax,
        .workbookEmpty,
        .workbookLegacyXLS,
        .workbookEncrypted,
        .workbookODS,
        .workbookText,
        .workbookUnknownFormat,
        .workbookNotSpreadsheet,
        .workbookCorrupt,
        .workbookMissingPart,
        .workbookMalformedXML,
        .workbookDTD,
        .workbookEncoding,
        .workbookTooLarge,
        .workbookZipBomb,
        .workbookBadReference,
        .workbookSharedString,
        .workbookBadValue,
        .workbookNoSheets,
        .workbookNoMap,
        .workbookMapMalformed,
        .workbookMapCell,
        .workbookMapVersion,
        .workbookFormulaAsValue,
        .workbookErrorValue,
        .workbookNoHeader, .workbookNoValueColumn, .workbookTemplateUnclear, .workbookRowUnknown, .workbookRowDuplicate, .workbookRowMissing,
        .inputNotObject,
        .inputUnknownKey,
        .inputConsolidatedConflict,
        .inputRepeatedKey,
        .inputMissing,
        .inputEmptyText,
        .inputWrongType,
        .inputUnknownTemplate,
        .inputUnknownRow,
        .inputHeadingValue,
        .inputNoValues,
        .inputTooMany,
        .periodNotAYear,
        .periodNotADate,
        .periodDateOutOfRange,
        .periodNeedsYear,
        .periodNeedsRange,
        .periodOneYear,
        .periodTooLong,
        .periodReversed,
        .periodYearNotEnd,
        .periodCutoffOutside,
        .yearKeyInvalid,
        .yearOutsideRange,
        .yearJump,
        .valueWrongType,
        .valueNotACount,
        .valuePercentRange,
        .valueUnknownAnswer,
        .valueNotPass,
        .valueNotFraction,
        .valueFractionAbove,
        .numberInvalid,
        .numberTooLarge,
        .numberTooSmall,
        .numberSpaceGroups,
        .numberPercentSign,
        .numberAmbiguous,
        .numberMisread,
        .textControlCharacter,
        .textTooLong,
        .textComposedTooLong,
        .noteAsComment,
        .rateOperandConflict,
        .rateOperandInRow,
        .rateNumeratorAbove,
        .rateMismatch,
        .rateTruncated,
        .rateZeroDenominator,
        .checkFailed,
        .checkUnknownTerms,
        .submissionNoAppendix,
        .submissionDataAndFile,
        .submissionNoData,
        .submissionOwnField,
        .submissionAppendixUnreadable,
        .submissionTemplateMismatch,
        .submissionUnitMismatch,
        .submissionPeriodMismatch,
        .submissionNoNumber,
        .sheetNameInvalid,
        .sheetNameReserved,
        .sheetNameTaken,
        .templatesUnreadable,
        .templatesNotFound,
        .templateUnknown,
        .templateIDMismatch,
        .templateDecoding,
        .templateInvalid,
        .templateLimit,
        .templateHeader,
        .templateText,
        .templateLegendAmbiguous,
        .unitCodeInvalid,
        .rosterDecoding,
        .rosterDuplicateCode,
        .rosterValidityOverlap,
        .rosterValidityReversed,
        .rosterUnknownParent,
        .rosterParentCycle,
        .rosterParentNotValid,
        .rosterUnknownPredecessor,
        .rosterOwnPredecessor,
        .rosterPredecessorCycle,
        .rosterShareInvalid,
        .rosterSharesAboveOne,
        .statusUnknownUnit,
        .statusAmbiguousName,
        .statusNotExpected,
        .statusDuplicate,
        .statusOtherYear,
        .consolidateMixedTemplates,
        .consolidateMixedPeriods,
        .consolidateDuplicateUnit,
        .consolidateUnitUnnamed,
        .consolidateSubmission,
        .consolidateRateWithoutCounts,
        .consolidateOutlier,
        .mergerNotPredecessor,
        .mergerMissingPredecessor,
        .mergerUnknownPast,
        .mergerSubmission,
        .mergerEstimate,
        .runRefused,
        .runUnwritable,
        .outputFailed,
        .outputClaimed,
        .diffImpossible,
        .usage,
    ]
}
