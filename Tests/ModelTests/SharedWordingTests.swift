@testable import Model
import Testing
import XLSXReader

/// The inputs of one template share the rows of their wording (`TemplateCatalog.wording`) when
/// their labels come out the same, and each still reads its own wording.
@Suite("the wording of a template shared by the inputs that give the same")
struct SharedWordingTests {
    static let portalRow = "i.3.tin-bai-chuyen-trang"

    func report(portal: String?, catalog: TemplateCatalog) throws -> Report {
        let unit = portal.map { #"{"name": "UBND xã Thử Nghiệm", "portal": "\#($0)"}"# } ?? #"{"name": "UBND xã Thử Nghiệm"}"#
        let input = #"{"template": "bang2-nam", "unit": \#(unit), "period": {"year": 2024}, "values": {"i.1.nhiem-vu-de-ra": 12}}"#
        return try #require(Pipeline.checkInput(bytes: Array(input.utf8), file: "x.json", catalog: catalog).report)
    }

    func base(_ rows: [Row]) -> UnsafeRawPointer? { rows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }

    @Test("inputs in any order of portals: each report's rows are its own wording, shared when the same as the last")
    func sharedAndRight() throws {
        let catalog = try Validation.bundled()
        let form = try #require(catalog.template(withID: "bang2-nam"))
        let index = try #require(form.rows.firstIndex { $0.id == Self.portalRow })
        var random = SeededGenerator(state: 0x1234_5678_9ABC_DEF1)
        let portals: [String?] = [nil, "chuyentrang.thu.example.vn", "cchc.khac.example.vn", form.defaults?.portal]
        var previous: (portal: String?, report: Report)?
        for _ in 0..<60 {
            let portal = portals[Int.random(in: 0..<portals.count, using: &random)]
            let report = try report(portal: portal, catalog: catalog)
            // The wording a report reads is the form's, its placeholders filled for this unit.
            let expected = form.resolvingLabels { Report.resolve($0, template: form, unit: report.unit, period: report.period, number: nil) }
            #expect(report.template.rows.map(\.label) == expected.rows.map(\.label))
            #expect(report.rows.map(\.row.label) == expected.rows.map(\.label))
            #expect(report.template.rows[index].label.hasSuffix("(\(portal ?? form.defaults?.portal ?? ""))"))
            // Everything but the labels is the form's.
            #expect(report.template.rows.map(\.id) == form.rows.map(\.id) && report.template.title == form.title)
            if let previous {
                let same = (previous.portal ?? form.defaults?.portal) == (portal ?? form.defaults?.portal)
                #expect((base(previous.report.template.rows) == base(report.template.rows)) == same, "\(String(describing: previous.portal)) → \(String(describing: portal))")
                // The whole template, not only its rows: a consolidation holds one per unit.
                #expect(previous.report.template.sharesFields(with: report.template) == same)
            }
            previous = (portal, report)
        }
    }

    @Test("a template without placeholders in its labels is the form itself")
    func noPlaceholders() throws {
        let catalog = try Validation.bundled()
        let form = try #require(catalog.template(withID: "can-bo-dau-moi"))
        #expect(!form.rows.contains { Placeholder.mayOccur(in: $0.label) })
        let wording = catalog.wording(of: form) { _ in "changed" }
        #expect(base(wording.rows) == base(form.rows))
    }
}
