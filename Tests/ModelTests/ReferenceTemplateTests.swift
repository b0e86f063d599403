import Foundation
import Model
import Testing

/// The bundled templates against the reference row lists in `Fixtures/reference-templates/*.md`
/// (the official forms' row lists as given to the project): every row of the official form, in
/// order, with the form's own wording.
@Suite("Bundled templates match the reference forms")
struct ReferenceTemplateTests {
    /// The package root: Tests/ModelTests/ReferenceTemplateTests.swift → up three levels.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templatesDirectory = root.appendingPathComponent("templates")
    /// The reference files, beside this test file: a clone of the repository has everything it needs.
    static let referenceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/reference-templates")

    static let bundledIDs = ["bang2-nam", "can-bo-dau-moi", "muc-tieu-30c", "tong-ket-2011-2020"]

    func catalog() throws -> TemplateCatalog {
        try TemplateCatalog(directory: Self.templatesDirectory)
    }

    /// The text of a reference file; fails (never skips) when the fixture is missing.
    func reference(_ name: String) throws -> String {
        let url = Self.referenceDirectory.appendingPathComponent(name)
        try #require(
            FileManager.default.fileExists(atPath: url.path),
            "reference file missing: \(url.path) — it belongs in Tests/ModelTests/Fixtures/reference-templates"
        )
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The body rows of the first Markdown table whose header line starts with `headerPrefix`,
    /// each as its trimmed cells (the separator row `|---|` is skipped).
    func table(in text: String, headerPrefix: String) -> [[String]] {
        var rows: [[String]] = []
        var inTable = false
        for line in text.components(separatedBy: "\n") {
            if !inTable {
                inTable = line.hasPrefix(headerPrefix)
                continue
            }
            guard line.hasPrefix("|") else { break }
            if line.hasPrefix("|---") { continue }
            var cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            cells.removeFirst()  // before the leading "|"
            cells.removeLast()   // after the trailing "|"
            rows.append(cells)
        }
        return rows
    }

    /// Compares row counts and then, row by row, one field; records one issue per differing row.
    func expectSame(_ templateID: String, _ field: String, template: [String], reference: [String]) {
        #expect(template.count == reference.count, "\(templateID): \(template.count) rows in the template, \(reference.count) in the reference")
        for (index, (mine, theirs)) in zip(template, reference).enumerated() where mine != theirs {
            Issue.record("\(templateID) row \(index + 1): \(field) is \"\(mine)\", the reference says \"\(theirs)\"")
        }
    }

    // MARK: - (a) loading

    @Test("the four reference files are in the repository")
    func fixturesPresent() throws {
        for id in Self.bundledIDs {
            let url = Self.referenceDirectory.appendingPathComponent("\(id).md")
            #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(url.path)")
        }
    }

    @Test("all four bundled templates load without structural problems")
    func bundledTemplatesLoad() throws {
        let catalog = try catalog()
        #expect(catalog.templates.map(\.id) == Self.bundledIDs)
        for template in catalog.templates {
            #expect(template.structuralProblems().isEmpty, "\(template.id): \(template.structuralProblems())")
        }
    }

    // MARK: - (b) rows against the reference

    @Test("bang2-nam: STT, labels and units as in the reference")
    func bang2Rows() throws {
        let template = try catalog().template(id: "bang2-nam")
        let reference = table(in: try reference("bang2-nam.md"), headerPrefix: "| STT")
        try #require(!reference.isEmpty, "no table with a \"| STT\" header in bang2-nam.md")
        // The wording printed for a unit that gives no portal of its own: the form's, Sóc Trăng's
        // address in I.3 being the template's default for `{portal}`.
        #expect(template.rows.contains { $0.label.contains("{portal}") })
        let rows = template.resolvingLabels {
            Report.resolve($0, template: template, unit: UnitInfo(name: ""), period: Period(), number: nil)
        }.rows
        expectSame(template.id, "STT", template: rows.map { $0.stt ?? "" }, reference: reference.map { $0[0] })
        expectSame(template.id, "label", template: rows.map(\.label), reference: reference.map { $0[1] })
        let units = reference.map { $0[2].trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
        expectSame(template.id, "unit", template: rows.map { $0.unit ?? "" }, reference: units)
    }

    @Test("tong-ket-2011-2020: STT and labels as in the reference")
    func tongKetRows() throws {
        let template = try catalog().template(id: "tong-ket-2011-2020")
        let reference = table(in: try reference("tong-ket-2011-2020.md"), headerPrefix: "| STT | Chỉ tiêu | source | kind")
        try #require(!reference.isEmpty, "no table with columns STT | Chỉ tiêu | source | kind in tong-ket-2011-2020.md")
        let rows = template.rows
        expectSame(template.id, "STT", template: rows.map { $0.stt ?? "" }, reference: reference.map { $0[0] })
        expectSame(template.id, "label", template: rows.map(\.label), reference: reference.map { $0[1] })
        // Rows the reference calls reconstructed say so (the heading of item 4 included).
        for (row, ref) in zip(rows, reference) where ref[2].hasPrefix("reconstructed") {
            #expect(row.source == "reconstructed", "\(row.id) should be marked reconstructed")
        }
    }

    @Test("muc-tieu-30c: the 16 targets, numbered, to the letter")
    func mucTieuRows() throws {
        let template = try catalog().template(id: "muc-tieu-30c")
        let reference = table(in: try reference("muc-tieu-30c.md"), headerPrefix: "| STT")
        try #require(!reference.isEmpty, "no table with a \"| STT\" header in muc-tieu-30c.md")
        let rows = template.rows
        expectSame(template.id, "STT", template: rows.map { $0.stt ?? "" }, reference: reference.map { $0[0] })
        expectSame(template.id, "label", template: rows.map(\.label), reference: reference.map { $0[1] })
        #expect(rows.allSatisfy { $0.kind == .pass })
    }

    @Test("can-bo-dau-moi: the five fixed rows, numbered 1–5")
    func canBoRows() throws {
        let template = try catalog().template(id: "can-bo-dau-moi")
        let text = try reference("can-bo-dau-moi.md")
        let fixed = try #require(text.range(of: "Fixed rows"), "no \"Fixed rows\" list in can-bo-dau-moi.md")
        let labels = text[fixed.upperBound...].components(separatedBy: "\n").compactMap { line -> String? in
            guard let dot = line.range(of: ". "), !line[..<dot.lowerBound].isEmpty,
                  line[..<dot.lowerBound].allSatisfy(\.isNumber) else { return nil }
            return String(line[dot.upperBound...])
        }
        try #require(!labels.isEmpty, "no numbered rows under \"Fixed rows\" in can-bo-dau-moi.md")
        expectSame(template.id, "label", template: template.rows.map(\.label), reference: labels)
        expectSame(template.id, "STT", template: template.rows.map { $0.stt ?? "" },
                   reference: labels.indices.map { String($0 + 1) })
    }

    // MARK: - (c) references inside the templates

    @Test("derived operands and check terms name rows of the same template")
    func referencesResolve() throws {
        for template in try catalog().templates {
            let ids = Set(template.rows.map(\.id))
            #expect(ids.count == template.rows.count, "\(template.id): duplicate row ids")
            let derivedIDs = Set(template.rows.filter { $0.derived != nil }.map(\.id))
            for row in template.rows {
                guard let derived = row.derived else { continue }
                for operand in [derived.numerator, derived.denominator] {
                    if let ref = operand.row {
                        #expect(ids.contains(ref), "\(template.id) row \(row.id): unknown operand row \(ref)")
                    } else {
                        #expect(!(operand.label ?? "").isEmpty, "\(template.id) row \(row.id): component without a label")
                    }
                }
            }
            for check in template.checks ?? [] {
                for term in check.left + check.right where !ids.contains(term) {
                    let base = term.split(separator: ".").dropLast().joined(separator: ".")
                    let side = term.split(separator: ".").last.map(String.init) ?? ""
                    #expect(["numerator", "denominator"].contains(side) && derivedIDs.contains(base),
                            "\(template.id) check \(check.id): unknown term \(term)")
                }
            }
        }
    }
}
