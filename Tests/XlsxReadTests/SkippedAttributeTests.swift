import Foundation
import Model
import Testing
import XlsxRead

/// The sheet reader keeps the attributes of `row`, `c` and `mergeCell` only; every other
/// element's attributes (a data validation's prompt, a column's width) are still read and
/// checked, so that a workbook gives the same finding wherever the bad attribute stands.
@Suite("reader: attributes not kept are checked all the same")
struct SkippedAttributeTests {
    /// The hand-built workbook with its second sheet holding `<row …>` or `<col …>` (names of one
    /// length, so that every byte stands at the same place) with the attribute `x="value"`.
    func finding(element: String, value: String, limits: Limits) throws -> CCHCError? {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <\(element) x="\(value)"/><row r="2"><c r="A2" t="inlineStr"><is><t>cchc-workbook</t></is></c></row>\
            </sheetData></worksheet>
            """
        let document = try XlsxDocument(data: try HandBuiltWorkbookTests.build(sheetTwo: sheet), file: "tay.xlsx", limits: limits)
        do {
            let read = try #require(try document.sheet(named: "_cchc"))
            #expect(read["A2"]?.value == .text("cchc-workbook"))
            return nil
        } catch let error as CCHCError {
            return error
        }
    }

    @Test("a bad reference, a surrogate, text past the limit: the same finding on a kept and on a skipped attribute",
          arguments: ["Nh&#7853;p s&#7889;", "&bogus;", "&#xD800;", "&#0;", "a&#x+41;b", "&#-5;", "&#;", "&amp&lt;", "&#1114112;",
                      String(repeating: "&#7853;", count: 34), String(repeating: "ậ", count: 33), String(repeating: "a", count: 100) + "&#65;"])
    func same(_ value: String) throws {
        // Above the longest attribute of the other parts (a relationship's type, 82 bytes).
        let limits = Limits(maximumStringBytes: 100)
        let kept = try finding(element: "row", value: value, limits: limits)
        let skipped = try finding(element: "col", value: value, limits: limits)
        #expect(kept == skipped, "\(String(describing: kept)) against \(String(describing: skipped))")
    }

    @Test("the findings themselves: a reference that is none is malformed XML at its place; a long prompt is past the string limit")
    func findings() throws {
        let bad = try #require(try finding(element: "col", value: "&#xD800;", limits: .standard))
        guard case .workbookMalformedXML(let part, let line, _) = bad.problem else {
            Issue.record("\(bad.problem)")
            return
        }
        #expect(part == "book/sheets/two.xml" && line == 2)
        let long = try #require(try finding(element: "col", value: String(repeating: "&#7853;", count: 34), limits: Limits(maximumStringBytes: 100)))
        #expect(long.problem == .workbookTooLarge(.stringLength, maximum: 100, part: "book/sheets/two.xml"))
        #expect(try finding(element: "col", value: String(repeating: "&#7853;", count: 33), limits: Limits(maximumStringBytes: 100)) == nil)
    }
}
