/// The numbers of a template against what a worksheet holds (`SheetLimits`).
extension Template {
    /// Every number of the template beyond a sheet's limits, at its JSON path. Arithmetic only:
    /// nothing here allocates by a count or a span the template gives.
    func limitProblems() -> [(problem: TemplateLimit, path: JSONPath)] {
        var problems: [(problem: TemplateLimit, path: JSONPath)] = []
        for (i, column) in columns.enumerated() {
            if let width = column.width, !(width > 0 && width <= SheetLimits.columnWidth) {
                problems.append((.columnWidth(given: width, limit: SheetLimits.columnWidth), JSONPath("columns").element(i).child("width")))
            }
        }
        let neededColumns = sheetColumnsNeeded
        if neededColumns > SheetLimits.columns {
            problems.append((.sheetColumns(needed: neededColumns, limit: SheetLimits.columns), JSONPath("columns")))
        }
        if header.count > SheetLimits.headerRows {
            problems.append((.headerRows(given: header.count, limit: SheetLimits.headerRows), JSONPath("header")))
        }
        let neededRows = sheetRowsNeeded
        if neededRows > SheetLimits.rows {
            problems.append((.sheetRows(needed: neededRows, limit: SheetLimits.rows), JSONPath("rows")))
        }
        for (i, row) in rows.enumerated() {
            if let indent = row.indent, !(0...SheetLimits.indent).contains(indent) {
                problems.append((.indent(given: indent, limit: SheetLimits.indent), JSONPath("rows").element(i).child("indent")))
            }
            for (j, entry) in (row.legend ?? []).enumerated() where entry.code.magnitude > UInt(SheetLimits.legendCode) {
                problems.append((.legendCode(given: entry.code, limit: SheetLimits.legendCode),
                                 JSONPath("rows").element(i).child("legend").element(j).child("code")))
            }
        }
        for (i, check) in (checks ?? []).enumerated() {
            if let tolerance = check.tolerance, !(tolerance >= 0) {
                problems.append((.tolerance(given: tolerance), JSONPath("checks").element(i).child("tolerance")))
            }
        }
        for (i, chart) in (charts ?? []).enumerated() where chart.series.count > SheetLimits.chartSeries {
            problems.append((.chartSeries(given: chart.series.count, limit: SheetLimits.chartSeries),
                             JSONPath("charts").element(i).child("series")))
        }
        return problems
    }

    /// Columns of the widest sheet the template can give: the visible table for the most years
    /// a report may cover, the hidden helper columns of rates given with their counts (two per
    /// value column), and the hidden legend columns of a submission's drop-down lists (two per
    /// distinct legend, one for Đạt / Không đạt).
    var sheetColumnsNeeded: Int {
        let years = InputReader.maximumYears
        let visible = tableColumnCount(yearCount: years)
        let valueColumnCount = isPerYear ? years : max(columns.filter { $0.role == .value }.count, 1)
        let hasComponents = rows.contains { $0.derived.map { $0.numerator.isComponent || $0.denominator.isComponent } ?? false }
        var legends: Set<[LegendEntry]> = []
        for row in rows { if let legend = row.legend { legends.insert(legend) } }
        return visible + (hasComponents ? 2 * valueColumnCount : 0) + 2 * legends.count + 1
    }

    /// Rows of the longest sheet the template can give: the lines above the table (the unit's
    /// line and the cut-off line among them), a blank line, the header, the rows, the tally, a
    /// blank line and the footnotes; or, if longer, the cells of its longest legend.
    var sheetRowsNeeded: Int {
        let above = (aboveTitle?.count ?? 0) + (title?.count ?? 0) + (subtitle?.count ?? 0) + 2 + 1
        let below = rows.count + 1 + 1 + (footnotes?.count ?? 0)
        let longestLegend = rows.reduce(2) { max($0, $1.legend?.count ?? 0) }
        return above + header.count + max(below, longestLegend)
    }
}
