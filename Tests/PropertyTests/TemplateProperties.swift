import Foundation
import Model
import PropertyBased
import Synchronization
import Testing
import Workbook
import XLSXReader

/// Property-based tests of templates (`FuzzTemplates`): every generated template is either
/// refused with findings (never a crash, never a library warning) or, with an input for it,
/// written to a workbook that the independent reader opens with the sheet, labels and values
/// where the layout says; a sample is opened in LibreOffice too.
///
/// `CCHC_PROPERTY_SCALE=10 swift test --filter TemplateProperties` for a longer run; a failure
/// prints the seed to replay with `.fixedSeed(…)`.
@Suite("Properties of templates")
struct TemplateProperties {
    static let scale = InputReaderProperties.scale

    /// A fresh scratch directory for the workbooks of one test.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-template-properties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What the independent reader finds wrong in the workbook of `report` at `url`.
    static func readBack(_ url: URL, report: Report) -> [String] {
        let file: XLSXFile
        do { file = try XLSXFile(url: url) } catch { return ["the reader cannot open the workbook: \(error)"] }
        guard let sheet = file.sheets.first else { return ["a workbook without a sheet"] }
        var problems: [String] = []
        if sheet.name != report.template.sheetName { problems.append("sheet \(sheet.name.debugDescription), not \(report.template.sheetName.debugDescription)") }
        let layout = FormLayout(report: report)
        if let labelColumn = layout.column(.label) {
            for (index, filled) in report.rows.enumerated() {
                let written = sheet.cell(row: layout.sheetRow(ofRow: index), col: labelColumn)?.text ?? ""
                if written != filled.row.label { problems.append("row \(index + 1): label \(written.debugDescription), not \(filled.row.label.debugDescription)") }
            }
        }
        for (index, filled) in report.rows.enumerated() {
            for (valueIndex, value) in filled.values.enumerated() {
                guard case .number(let number) = value, let col = layout.column(ofValue: valueIndex) else { continue }
                let written = sheet.cell(row: layout.sheetRow(ofRow: index), col: col)?.number
                if written != number { problems.append("row \(index + 1): \(String(describing: written)), not \(number)") }
            }
        }
        for cell in layout.headerCells where cell.row + cell.rowSpan > layout.headerRowCount || cell.col + cell.colSpan > layout.columns.count {
            problems.append("a header cell outside the header: \(cell)")
        }
        return problems
    }

    /// What the independent reader finds wrong in the submission workbook at `url`: sheet names
    /// Excel refuses or has twice, defined names given twice.
    static func readBackSubmission(_ url: URL) -> [String] {
        let file: XLSXFile
        do { file = try XLSXFile(url: url) } catch { return ["the reader cannot open the submission workbook: \(error)"] }
        var problems: [String] = []
        let names = file.sheetNames
        if Set(names.map(SheetName.comparisonKey)).count != names.count { problems.append("a sheet name twice: \(names)") }
        for name in names where SheetName.problem(name) != nil || name != SheetName.normalized(name) {
            problems.append("a sheet name Excel refuses: \(name.debugDescription)")
        }
        var seen: Set<String> = []
        for name in file.definedNames where !seen.insert("\(name.localSheetId ?? -1) \(name.name.lowercased())").inserted {
            problems.append("the defined name \(name.name) twice")
        }
        return problems
    }

    @Test("generated templates (500): refused with findings, or written (alone and twice in a submission) and read back as laid out")
    func generated() async throws {
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let counts = Mutex((accepted: 0, written: 0, submissions: 0))
        await propertyCheck(count: 500 * Self.scale, input: InputReaderProperties.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let text = FuzzTemplates.template(&r)
            let (template, problems) = FuzzTemplates.check(template: Array(text.utf8))
            #expect(problems.isEmpty, "\(problems)\n\(text.prefix(3_000))")
            guard let template else { return }
            let input = FuzzTemplates.input(&r, template: template)
            let output = scratch.appendingPathComponent("\(seed).xlsx")
            let (report, renderProblems) = FuzzTemplates.render(template: template, input: input, to: output)
            #expect(renderProblems.isEmpty, "\(renderProblems)\n\(text.prefix(3_000))\n\(input.prefix(2_000))")
            counts.withLock { $0.accepted += 1 }
            guard let report, renderProblems.isEmpty else { return }
            counts.withLock { $0.written += 1 }
            let readProblems = Self.readBack(output, report: report)
            #expect(readProblems.isEmpty, "\(readProblems)\n\(text.prefix(3_000))\n\(input.prefix(2_000))")
            try? FileManager.default.removeItem(at: output)
            // The same template twice in a submission: names the workbook adds are told apart.
            let submission = FuzzTemplates.submission(&r, template: template)
            let (written, submissionProblems) = FuzzTemplates.renderSubmission(template: template, text: submission, to: output)
            #expect(submissionProblems.isEmpty, "\(submissionProblems)\n\(text.prefix(3_000))\n\(submission.prefix(2_000))")
            guard written != nil, submissionProblems.isEmpty else { return }
            counts.withLock { $0.submissions += 1 }
            let submissionRead = Self.readBackSubmission(output)
            #expect(submissionRead.isEmpty, "\(submissionRead)\n\(text.prefix(3_000))\n\(submission.prefix(3_000))")
            try? FileManager.default.removeItem(at: output)
        }
        // The generator reaches both sides: refusals, and workbooks.
        let (accepted, written, submissions) = counts.withLock { ($0.accepted, $0.written, $0.submissions) }
        #expect(accepted > 150 * Self.scale && written > 100 * Self.scale && submissions > 50 * Self.scale,
                "accepted \(accepted), written \(written), submissions \(submissions)")
        #expect(accepted < 400 * Self.scale, "accepted \(accepted): too few hostile templates")
    }

    @Test("mutated generated templates (1,500): no crash; refused with findings or accepted with nothing a sheet cannot hold")
    func mutated() async throws {
        await propertyCheck(count: 1_500 * Self.scale, input: InputReaderProperties.seed) { seed in
            var r = FuzzRandom(seed: seed)
            let bytes = FuzzInputs.mutate(Array(FuzzTemplates.template(&r).utf8), &r)
            let (_, problems) = FuzzTemplates.check(template: bytes)
            #expect(problems.isEmpty, "\(problems)\n\(String(decoding: bytes.prefix(3_000), as: UTF8.self))")
        }
    }

    @Test("a sample of generated workbooks (5) opens in LibreOffice with its sheet and every label whole")
    func libreOffice() async throws {
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Every 50th seed from a fixed start whose template is written, up to five.
        var samples: [(URL, Report)] = []
        var seed: UInt64 = 0x00C0_FFEE
        var tried = 0
        while samples.count < 5 && tried < 3_000 {
            seed &+= 50
            tried += 1
            var r = FuzzRandom(seed: seed)
            let text = FuzzTemplates.template(&r)
            guard let template = FuzzTemplates.check(template: Array(text.utf8)).template else { continue }
            let output = scratch.appendingPathComponent("sample-\(samples.count).xlsx")
            let (report, problems) = FuzzTemplates.render(template: template, input: FuzzTemplates.input(&r, template: template), to: output)
            #expect(problems.isEmpty, "\(problems)")
            if let report, problems.isEmpty { samples.append((output, report)) }
        }
        try #require(samples.count == 5)
        let found = await withTaskGroup(of: [String].self) { group in
            for (url, report) in samples {
                group.addTask {
                    let sheets: [String: [[String]]]
                    do { sheets = try LibreOffice.recalculatedCSV(of: url) } catch { return ["\(url.lastPathComponent): LibreOffice: \(error)"] }
                    guard let rows = sheets[report.template.sheetName] ?? (sheets.count == 1 ? sheets.first?.value : nil) else {
                        return ["\(url.lastPathComponent): no sheet \(report.template.sheetName.debugDescription) in \(sheets.keys.sorted())"]
                    }
                    let cells = Set(rows.joined())
                    return report.rows.map(\.row.label).filter { !$0.isEmpty && !cells.contains($0) }
                        .map { "\(url.lastPathComponent): LibreOffice lost the label \($0.debugDescription)" }
                }
            }
            var all: [String] = []
            for await problems in group { all += problems }
            return all
        }
        #expect(found.isEmpty, "\(found)")
    }
}
