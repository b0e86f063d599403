/// What makes a template unusable although it is well-formed: each names the row, column, check
/// or chart concerned.
public enum TemplateProblem: Sendable, Equatable {
    /// The template id is not lowercase ASCII letters, digits, `.`, `-`, `_`.
    case invalidID(String)
    case sheetName(name: String, problem: SheetName.Problem)
    /// A row id that is not lowercase ASCII letters, digits, `.`, `-`, `_`.
    case invalidRowID(String)
    case repeatedRowID(String)
    /// A coded row without its legend.
    case legendMissing(row: String)
    /// A derived row that is not a percentage.
    case derivedNotPercent(row: String)
    /// A side of a derived rate that names a row the template does not have.
    case operandUnknownRow(row: String, side: RateSide, target: String)
    /// A side of a derived rate that names a row that holds no count.
    case operandNotCount(row: String, side: RateSide, target: String)
    /// A side of a derived rate with neither a row nor a label.
    case operandUndefined(row: String, side: RateSide)
    case noValueColumn
    case yearsAndValueColumns
    case yearsNeedPeriod
    /// Several value columns, one without a key.
    case columnKeyMissing
    case repeatedColumnKey(String)
    case repeatedCheckID(String)
    case checkUnknownTerm(check: String, term: String)
    /// Charts on a template whose period is not `years`.
    case chartsNeedYears
    /// Chart `chart` (from 1) has an empty title.
    case chartTitleEmpty(chart: Int)
    case chartAxisEmpty(chart: Int)
    case chartNoSeries(chart: Int)
    case chartUnknownRow(chart: Int, row: String)
    case chartRowNotNumeric(chart: Int, row: String, kind: ValueKind)
    case chartRowTwice(chart: Int, row: String)
    /// `spanNote` on a row that is not free text, or on a form without a note column or with
    /// several value columns.
    case spanNoteNotText(row: String)
    /// An `aggregate` that cannot apply to the row's cells (`sum` of a coded answer, `rate` of a
    /// row without counts, `tally` of a count, any aggregate on a heading).
    case aggregateNotFit(row: String, aggregate: Aggregate, kind: ValueKind)
}
