import Foundation
import Model
import Testing

/// The `charts` of a template: checked when the template is read.
@Suite("Template charts")
struct TemplateChartTests {
    /// The problems of the small template with these charts, or nil when it is accepted. Each is a
    /// `template.invalid` finding about the template's file.
    func problems(_ charts: String, period: String = "years") -> [TemplateProblem]? {
        var template = Validation.smallTemplate(period: period)
        let end = try! #require(template.range(of: "}", options: .backwards))
        template.replaceSubrange(end.lowerBound..<end.upperBound, with: ", \"charts\": \(charts)}")
        do {
            _ = try Validation.catalog(template: template)
            return nil
        } catch let error as CCHCError {
            #expect(error.findings.allSatisfy { $0.code == .templateInvalid && $0.file.hasSuffix("t.json") }, "\(error.findings.shown)")
            return error.findings.compactMap {
                if case .templateInvalid(let problem) = $0.problem { return problem }
                return nil
            }
        } catch {
            Issue.record("not a CCHCError: \(error)")
            return []
        }
    }

    @Test("the bundled ten-year review declares a line chart of rates and a column chart of counts")
    func bundled() throws {
        let template = try Validation.bundled().template(id: "tong-ket-2011-2020")
        let charts = try #require(template.charts)
        #expect(charts.map(\.type) == [.line, .column])
        #expect(charts[0].series.map(\.row) == ["5.ty-le-dung-han-tinh", "5.ty-le-dung-han-huyen", "5.ty-le-dung-han-xa"])
        #expect(template.effectiveCharts == charts)
        #expect(try Validation.bundled().template(id: "bang2-nam").effectiveCharts.isEmpty)
    }

    @Test("a chart of known number rows is accepted")
    func accepted() {
        #expect(problems(#"[{"type": "line", "title": "T", "valueAxis": "%", "series": [{"row": "r"}, {"row": "a", "name": "A"}]}]"#) == nil)
    }

    @Test("unknown rows, rows without numbers, repeated rows, empty titles and annual templates are refused")
    func refused() throws {
        let unknown = try #require(problems(#"[{"type": "line", "title": "T", "valueAxis": "%", "series": [{"row": "zz"}]}]"#))
        #expect(unknown == [.chartUnknownRow(chart: 1, row: "zz")])
        let code = try #require(problems(#"[{"type": "column", "title": "T", "valueAxis": "x", "series": [{"row": "k"}, {"row": "k"}]}]"#))
        #expect(code.contains(.chartRowNotNumeric(chart: 1, row: "k", kind: .code)) && code.contains(.chartRowTwice(chart: 1, row: "k")), "\(code)")
        let empty = try #require(problems(#"[{"type": "line", "title": " ", "valueAxis": "", "series": []}]"#))
        #expect(empty == [.chartTitleEmpty(chart: 1), .chartAxisEmpty(chart: 1), .chartNoSeries(chart: 1)])
        let second = try #require(problems(#"[{"type": "line", "title": "T", "valueAxis": "%", "series": [{"row": "r"}]}, {"type": "line", "title": "", "valueAxis": "%", "series": [{"row": "r"}]}]"#))
        #expect(second == [.chartTitleEmpty(chart: 2)])
        let annual = try #require(problems(#"[{"type": "line", "title": "T", "valueAxis": "%", "series": [{"row": "a"}]}]"#, period: "year"))
        #expect(annual.contains(.chartsNeedYears), "\(annual)")
    }
}
