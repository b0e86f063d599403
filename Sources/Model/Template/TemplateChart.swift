import Foundation

/// A chart of a per-year template: some of its rows drawn across the years, as lines or columns.
///
/// `cchc submit` draws the charts of every per-year appendix on a `Biểu đồ` sheet, each series
/// reading the row's cells of the appendix sheet (so the chart follows an edit in Excel). Like
/// everything about a form, which rows are drawn is data of the template (`templates/README.md`).
public struct TemplateChart: Codable, Sendable, Equatable {
    /// How the series are drawn.
    public var type: ChartType
    /// The chart's title; placeholders as in the template's title (`{from}`, `{to}`, `{unit}` …).
    public var title: String
    /// Title of the value (vertical) axis, e.g. `Tỷ lệ (%)`, `Số thủ tục`.
    public var valueAxis: String
    /// Title of the category (horizontal) axis; `Năm` when absent.
    public var categoryAxis: String?
    /// The rows drawn, in legend order.
    public var series: [Series]

    /// How a chart draws its series.
    public enum ChartType: String, Codable, Sendable, CaseIterable {
        /// One line per row, a point per year (rates).
        case line
        /// Clustered columns, one colour per row (counts).
        case column
    }

    /// One row drawn as a series.
    public struct Series: Codable, Sendable, Equatable {
        /// The row's id.
        public var row: String
        /// The legend's name for it (short: `Cấp huyện`); the row's label when absent.
        public var name: String?

        public init(row: String, name: String? = nil) {
            self.row = row
            self.name = name
        }
    }

    public init(type: ChartType, title: String, valueAxis: String, categoryAxis: String? = nil, series: [Series]) {
        self.type = type
        self.title = title
        self.valueAxis = valueAxis
        self.categoryAxis = categoryAxis
        self.series = series
    }
}

extension Template {
    /// What is wrong with the template's `charts`; rows are looked up in `index` (`rowIndex`).
    func chartProblems(index: [String: Int]) -> [TemplateProblem] {
        guard let charts else { return [] }
        var problems: [TemplateProblem] = []
        if !charts.isEmpty && period != .years { problems.append(.chartsNeedYears) }
        for (offset, chart) in charts.enumerated() {
            let number = offset + 1
            if chart.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.chartTitleEmpty(chart: number)) }
            if chart.valueAxis.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.chartAxisEmpty(chart: number)) }
            if chart.series.isEmpty { problems.append(.chartNoSeries(chart: number)) }
            var seen: Set<String> = []
            for series in chart.series {
                guard let row = index[series.row].map({ rows[$0] }) else {
                    problems.append(.chartUnknownRow(chart: number, row: series.row)); continue
                }
                if ![.count, .decimal, .percent].contains(row.kind) {
                    problems.append(.chartRowNotNumeric(chart: number, row: series.row, kind: row.kind))
                }
                if !seen.insert(series.row).inserted { problems.append(.chartRowTwice(chart: number, row: series.row)) }
            }
        }
        return problems
    }

    /// The charts to draw for a per-year template: its own, or, when it declares none, one line
    /// chart of its derived percentages (nothing for a template without them).
    public var effectiveCharts: [TemplateChart] {
        if let charts { return charts }
        guard period == .years else { return [] }
        let rates = rows.filter { $0.derived != nil }.map { TemplateChart.Series(row: $0.id) }
        guard !rates.isEmpty else { return [] }
        return [TemplateChart(type: .line, title: "Tỷ lệ qua các năm", valueAxis: "Tỷ lệ (%)", series: rates)]
    }
}
