/// A named place of an input or a submission, as messages name it ("the unit's name").
public enum Field: String, Sendable, CaseIterable {
    /// A `fill` input as a whole.
    case input
    /// A submission file as a whole.
    case submission
    case template
    case unit
    case unitName
    case province
    /// The unit's code in the roster of units (`unit.code`).
    case unitCode
    /// The address of the province's administrative-reform portal (`unit.portal`).
    case portal
    case period
    case year
    case cutoff
    case values
    case notes
    case note
    case report
    case reportTitle
    case reportNumber
    case reportDate
    case reportPlace
    case issuer
    case issuerLine
    case signer
    case signerOnBehalf
    case signerSigningFor
    case signerTitle
    case signerName
    case recipients
    case recipient
    case appendices
    case appendix
    case appendixData
    case appendixFile
    case appendixSheet
    /// The object given for a derived rate (`numerator`, `denominator`, `value`).
    case rate
    /// The object given for a row of several keyed columns (a contact row).
    case keyedRow
    /// The `consolidated` block of a consolidated input, its `units`, one of its cells, its `status`.
    case consolidated
    case consolidatedUnits
    case consolidatedCell
    case consolidatedStatus
}

extension JSONValue {
    /// The kind of the value.
    public var type: JSONShape { JSONShape(self) }
}

/// What a row's value should have looked like, when it did not.
public enum ValueShape: Sendable, Equatable {
    case text
    case number
    /// An object keyed by year (`{ "2019": 134, "2020": 162 }`).
    case perYear
    /// An object with these keys (a row of a contact table).
    case keyed([String])
}

/// The two counts of a derived rate.
public enum RateSide: String, Sendable, Equatable, CaseIterable {
    case numerator, denominator
}

/// The figure a per-year check follows across the years.
public enum Series: Sendable, Equatable {
    /// The row's own count.
    case count
    /// A count given with a derived rate, with the label the template gives it.
    case component(side: RateSide, label: String)
}

/// The last year of a range cut off before its end: how much of it the figures cover.
public struct PartialYear: Sendable, Equatable {
    /// The cut-off date.
    public var cutoff: DayDate
    /// The factor beyond which a drop into the partial year is flagged.
    public var threshold: Double

    public init(cutoff: DayDate, threshold: Double) {
        self.cutoff = cutoff
        self.threshold = threshold
    }
}

/// A template check that does not hold: the check, both sides and what they add up to.
public struct CheckFailure: Sendable, Equatable {
    /// One term of a side: the name the check gives it (a row id, or `id.numerator`) and its value
    /// (nil when blank and counted as 0).
    public struct Term: Sendable, Equatable {
        public var name: String
        public var value: Double?
        public init(name: String, value: Double?) {
            self.name = name
            self.value = value
        }
    }

    public var check: String
    /// The template's message, in Vietnamese, and its translations by language code (`en`).
    public var message: String
    public var translations: [String: String]
    public var op: Check.Operator
    public var left: [Term]
    public var right: [Term]
    public var leftSum: Double
    public var rightSum: Double
    public var tolerance: Double

    public init(check: String, message: String, translations: [String: String], op: Check.Operator,
                left: [Term], right: [Term], leftSum: Double, rightSum: Double, tolerance: Double) {
        self.check = check
        self.message = message
        self.translations = translations
        self.op = op
        self.left = left
        self.right = right
        self.leftSum = leftSum
        self.rightSum = rightSum
        self.tolerance = tolerance
    }
}

/// What a refusal leaves the user to do.
public enum Remedy: String, Sendable, Equatable, CaseIterable {
    /// Fix the errors, or write anyway with `--allow-errors`.
    case fixOrAllow = "fix-or-allow"
    /// Fix the errors, or compare anyway with `--allow-errors`.
    case fixOrCompare = "fix-or-compare"
    /// Fix the errors: the input could not be made into a report, so even `--allow-errors` has
    /// nothing to write.
    case fix
}

/// Why a submission cannot be written even when errors are allowed.
public enum UnwritableReason: Sendable, Equatable {
    case noAppendix
    /// The appendix at this position (from 1) could not be read at all.
    case appendixUnread(number: Int, template: String)
    /// A text composed from the input would not fit a cell (`text.composed-too-long`): writing
    /// it would cut it, or leave the cell empty.
    case textTooLong
    /// The form cannot be laid out on a sheet for this report (`flaw` says why): the form
    /// `template`, of the appendix at position `appendix` (from 1) in a submission, nil for a
    /// `fill` input.
    case layout(template: String, appendix: Int?, flaw: LayoutFlaw)
    /// The sheet name of the appendix at position `appendix` (from 1) cannot name a sheet, or
    /// names one already there (`sheet.name-*`): the library would refuse it halfway through
    /// writing, in its own words.
    case sheetName(appendix: Int, name: String)
}

/// Why a report cannot be laid out on a sheet, whatever errors are allowed.
public enum LayoutFlaw: Sendable, Equatable {
    /// A per-year form without a range of years (missing, reversed): it has no column for its values.
    case noValueColumns
    /// A row whose values do not match the report's value columns.
    case rowValues(row: String, values: Int, columns: Int)
    /// A header cell from `column` (0-based) of header row `row` (0-based) that reaches outside
    /// the table's `columns` columns or below its header rows.
    case headerOutsideTable(row: Int, column: Int, columns: Int)
    /// Two header cells over the same place: header row `row`, column `column` (0-based).
    case headerOverlap(row: Int, column: Int)
    /// A cell past Excel's last row (1,048,576) or column (16,384): 0-based row and column.
    case beyondSheet(row: Int, column: Int)

    /// A stable name of the flaw, for `details`.
    public var name: String {
        switch self {
        case .noValueColumns: return "no-value-columns"
        case .rowValues: return "row-values"
        case .headerOutsideTable: return "header-outside-table"
        case .headerOverlap: return "header-overlap"
        case .beyondSheet: return "beyond-sheet"
        }
    }
}

/// Why an output could not be written.
public enum OutputProblem: Sendable, Equatable {
    case directoryMissing(String)
    case directoryNotWritable(String)
    case cannotCreateDirectory(String)
    case isDirectory(String)
    /// The library failed while writing; `reason` is its own explanation (English).
    case writeFailed(path: String, reason: String)
    /// The finished file could not be renamed into place; `reason` is the system's.
    case renameFailed(path: String, reason: String)
    case sameAsInput(String)
    /// Writing `path` would replace `input`, a file the run reads (an appendix file, a template,
    /// another input of the batch), under this name or through a link.
    case replacesInput(path: String, input: String)
    /// The file at this path exists and is read-only: it is not replaced.
    case readOnly(String)
    /// The output's file name is longer than the file system allows for one name (`limit`
    /// bytes, NAME_MAX; `length` is the name's own length in bytes).
    case nameTooLong(path: String, length: Int, limit: Int)
    case notXLSX(String)
    /// `cchc consolidate -o`: the output must end in .json or .xlsx.
    case notJSONOrXLSX(String)
    case mustBeDirectory(String)
}

/// Why two sides cannot be compared.
public enum DiffProblem: Sendable, Equatable {
    /// The two inputs fill different forms.
    case differentTemplates(oldFile: String, oldTemplate: String, oldVersion: String?,
                            newFile: String, newTemplate: String, newVersion: String?)
    /// The year asked for is not one of the report's year columns (or not its report year).
    case yearNotInReport(file: String, year: Int, available: [Int])
    /// A per-year input was given without saying which year to compare.
    case needsYear(file: String, template: String, available: [Int])
    /// `--years` on one input whose template has a single value column.
    case notPerYear(file: String, template: String)
    /// The same column compared with itself.
    case sameColumn(file: String, year: Int)
}

/// How a command was misused.
public enum UsageProblem: Sendable, Equatable {
    case noInputs
    case noMatch(pattern: String)
    case yearAndRange
    case fromAfterTo(from: Int, to: Int)
    case cutoffNotADate(String)
    case perYearTemplateNeedsRange(template: String)
    case oneYearTemplateNeedsYear(template: String)
    case yearsCount(Int)
    case diffNeedsInputs
    /// `cchc status` without `--year`, and no input gives a year.
    case statusNeedsYear
    /// `cchc consolidate --as` without `--roster`: only the roster says what the unit was.
    case asNeedsRoster
    /// `cchc consolidate --as <code>`: the roster has no unit of that code.
    case asUnknownUnit(code: String, roster: String)
    /// `cchc consolidate --as` with `--unit`: the unit is the roster's, named by its code.
    case asWithUnit
    case oldTemplatesNeedsTwoInputs
    case thresholdInvalid(String)
    case widthTooSmall(minimum: Int)
    /// A year option (`--years`, `--year`, `--from`, `--to`) given a year outside `range`.
    case yearOptionOutOfRange(option: String, given: Int, range: ClosedRange<Int>)
    case languageUnknown(String)
    /// `cchc init` was given this many templates (not one) without `--submission`.
    case initOneTemplate(given: Int)
    /// The templates of one submission need different periods: one year and a range of years.
    case submissionPeriodsDiffer(oneYear: String, perYear: String)
    /// A message of the argument parser itself (its wording is its own, in English).
    case parser(String)
}
