import Foundation
import Model
import Testing

/// The `charts` of a template: checked when the template is read.
@Suite("Template charts")
struct TemplateChartTests {
    func problems(_ charts: String, period: String = "years") -> String? {
        var template = Validation.smallTemplate(period: period)
        let end = try! #require(template.range(of: "}", options: .backwards))
        template.replaceSubrange(end.lowerBound..<end.upperBound, with: ", \"charts\": \(charts)}")
        do {
            _ = try Validation.catalog(template: template)
            return nil
        } catch {
            return "\(error)"
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
        #expect(unknown.contains("unknown row \"zz\""))
        let code = try #require(problems(#"[{"type": "column", "title": "T", "valueAxis": "x", "series": [{"row": "k"}, {"row": "k"}]}]"#))
        #expect(code.contains("holds no number") && code.contains("drawn twice"))
        let empty = try #require(problems(#"[{"type": "line", "title": " ", "valueAxis": "", "series": []}]"#))
        #expect(empty.contains("title is empty") && empty.contains("valueAxis") && empty.contains("no series"))
        let annual = try #require(problems(#"[{"type": "line", "title": "T", "valueAxis": "%", "series": [{"row": "a"}]}]"#, period: "year"))
        #expect(annual.contains("period"))
    }
}
