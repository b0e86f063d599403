/// One unit's report given to `cchc consolidate`: its file, the SHA-256 of the file's bytes,
/// the report and what the checks found in it.
public struct ConsolidationSource: Sendable {
    public var file: String
    public var digest: String
    public var report: Report
    public var findings: [Finding]

    public init(file: String, digest: String, report: Report, findings: [Finding] = []) {
        self.file = file
        self.digest = digest
        self.report = report
        self.findings = findings
    }

    /// The unit's name as the report gives it.
    public var unitName: String { report.unit.name }
}

/// The reports of many units of one template and period, added up row by row (see
/// `Aggregate`): counts summed, rates recomputed from the summed counts, coded answers and
/// Đạt/Không đạt counted by answer, text left per unit. Pure data: the consolidated input
/// (`document(…)`) and the workbook are written from it.
public struct Consolidation: Sendable {
    /// The form (as the first unit's report has it).
    public var template: Template
    public var period: Period
    public var valueColumns: [ValueColumn]
    /// The units' reports, in the order given.
    public var sources: [ConsolidationSource]
    /// One consolidated row per template row, in the template's order.
    public var rows: [ConsolidatedRow]
    /// What consolidating found: rates that could not use every unit, outlying figures.
    public var findings: [Finding]
}

/// One template row of a consolidation.
public struct ConsolidatedRow: Sendable {
    public var row: Row
    public var aggregate: Aggregate
    /// One per value column of the report.
    public var cells: [ConsolidatedCell]
}

/// One consolidated cell: the value, and which units it came from.
public struct ConsolidatedCell: Sendable, Equatable {
    /// The consolidated value: a sum, a fraction of sums, a rate of summed counts; blank when
    /// no unit reported, and for `tally` and `none` (which have no one value).
    public var value: Value = .blank
    /// The units (indices into `Consolidation.sources`) that reported a value in this cell.
    public var reporting: [Int] = []
    /// `tally`: for each answer in the legend's order (Đạt, Không đạt for `pass`), the units that gave it.
    public var tally: [TallyCount] = []
    /// `rate`: the units whose counts were summed, and those that gave the rate without its counts.
    public var rateUsed: [Int] = []
    public var rateWithoutCounts: [Int] = []

    /// A rate whose summed counts do not stand for every unit that reported the row.
    public var isPartialRate: Bool { !rateWithoutCounts.isEmpty }
}

/// How many units gave one answer of a coded or Đạt/Không đạt row.
public struct TallyCount: Sendable, Equatable {
    /// The answer as the legend names it (`Có`), or `Đạt` / `Không đạt`.
    public var label: String
    /// Its code, for a coded row; for `pass`, 1 for Đạt and 0 for Không đạt.
    public var code: Int
    public var count: Int
}

extension Consolidation {
    /// The result of consolidating: the consolidation when the inputs could be added up at all,
    /// and the findings that refuse the inputs (mixed templates or periods, a unit twice, a
    /// unit without a name), each naming both files.
    public struct Result: Sendable {
        public var consolidation: Consolidation?
        public var findings: [Finding]
    }

    /// Adds up `sources` (reports already read and checked). The first source fixes the
    /// template and the period; every other must have the same, and be of another unit
    /// (`UnitIdentity`). `output` names the consolidated report in findings about it.
    public static func consolidate(_ sources: [ConsolidationSource], output: String) -> Result {
        var refusals: [Finding] = []
        var seen: [String: String] = [:]
        guard let first = sources.first else { return Result(consolidation: nil, findings: []) }
        for source in sources {
            let report = source.report
            let location = Location(file: source.file, path: .root, unit: source.unitName)
            if report.template.id != first.report.template.id {
                refusals.append(Finding(.error, .consolidateMixedTemplates(template: report.template.id, other: first.report.template.id,
                                                                             otherFile: first.file), at: Location(file: source.file, path: JSONPath("template"), unit: source.unitName)))
                continue
            }
            if report.period != first.report.period || report.valueColumns != first.report.valueColumns {
                refusals.append(Finding(.error, .consolidateMixedPeriods(period: report.period, other: first.report.period, otherFile: first.file),
                                        at: Location(file: source.file, path: JSONPath("period"), unit: source.unitName)))
                continue
            }
            guard let key = UnitIdentity.key(of: report.unit) else {
                refusals.append(Finding(.error, .consolidateUnitUnnamed, at: Location(file: source.file, path: JSONPath("unit", "name"))))
                continue
            }
            if let earlier = seen[key] {
                refusals.append(Finding(.error, .consolidateDuplicateUnit(unit: source.unitName, otherFile: earlier), at: location))
                continue
            }
            seen[key] = source.file
        }
        guard refusals.isEmpty else { return Result(consolidation: nil, findings: refusals) }

        let template = first.report.template
        let columns = first.report.valueColumns
        var findings: [Finding] = []
        var rows: [ConsolidatedRow] = []
        for (index, row) in template.rows.enumerated() {
            let aggregate = template.aggregate(of: row)
            var cells: [ConsolidatedCell] = []
            for column in columns.indices {
                let values = sources.map { $0.report.rows[index].values[column] }
                let cell = consolidateCell(values, row: row, aggregate: aggregate)
                if cell.isPartialRate {
                    let year = columns[column].year
                    findings.append(Finding(.warning, .consolidateRateWithoutCounts(used: cell.rateUsed.count, reported: cell.reporting.count,
                                                                                   units: cell.rateWithoutCounts.map { sources[$0].unitName }),
                                            at: Location(file: output, path: first.report.path(ofRow: index, column: column), row: row, year: year,
                                                         column: columns[column].key)))
                }
                cells.append(cell)
            }
            rows.append(ConsolidatedRow(row: row, aggregate: aggregate, cells: cells))
        }
        var consolidation = Consolidation(template: template, period: first.report.period, valueColumns: columns, sources: sources,
                                          rows: rows, findings: [])
        findings += consolidation.outlierFindings()
        consolidation.findings = findings
        return Result(consolidation: consolidation, findings: [])
    }

    /// One cell of the consolidated report from the units' values of that cell.
    static func consolidateCell(_ values: [Value], row: Row, aggregate: Aggregate) -> ConsolidatedCell {
        var cell = ConsolidatedCell()
        cell.reporting = values.indices.filter { !values[$0].isBlank }
        switch aggregate {
        case .sum:
            var total = 0.0, numerator = 0.0, denominator = 0.0
            var fraction = false
            for i in cell.reporting {
                switch values[i] {
                case .number(let n): total += n
                case .fraction(let n, let d): numerator += n; denominator += d; fraction = true
                default: break
                }
            }
            if !cell.reporting.isEmpty { cell.value = fraction ? .fraction(numerator: numerator, denominator: denominator) : .number(total) }
        case .rate:
            var numerator = 0.0, denominator = 0.0
            var fromRow = (numerator: row.derived?.numerator.row != nil, denominator: row.derived?.denominator.row != nil)
            for i in cell.reporting {
                guard case .rate(let rate) = values[i] else { continue }
                fromRow = (rate.numeratorFromRow, rate.denominatorFromRow)
                if let n = rate.numerator, let d = rate.denominator {
                    numerator += n
                    denominator += d
                    cell.rateUsed.append(i)
                } else {
                    cell.rateWithoutCounts.append(i)
                }
            }
            if !cell.rateUsed.isEmpty {
                cell.value = .rate(Rate(numerator: numerator, denominator: denominator, numeratorFromRow: fromRow.numerator,
                                        denominatorFromRow: fromRow.denominator, reported: nil))
            }
        case .tally:
            var counts: [Int: Int] = [:]
            for i in cell.reporting {
                switch values[i] {
                case .code(let code, _): counts[code, default: 0] += 1
                case .pass(let passed): counts[passed ? 1 : 0, default: 0] += 1
                default: break
                }
            }
            if let legend = row.legend, row.kind == .code {
                cell.tally = legend.map { TallyCount(label: $0.label, code: $0.code, count: counts[$0.code] ?? 0) }
            } else {
                cell.tally = [TallyCount(label: CellText.passed, code: 1, count: counts[1] ?? 0),
                              TallyCount(label: CellText.failed, code: 0, count: counts[0] ?? 0)]
            }
        case .perUnit:
            break
        }
        return cell
    }
}
