import Foundation

extension Pipeline {
    /// Many units' inputs read, checked and added up (`cchc consolidate`).
    public struct CheckedConsolidation: Sendable {
        /// The addition, when every input could be read and they can be added up.
        public var consolidation: Consolidation?
        /// The consolidated input (the shape `fill` reads), and the report read back from it.
        public var document: JSONValue?
        public var report: Report?
        /// Every finding: the refusals (a file that cannot be read, mixed templates or periods,
        /// a unit twice), each unit's own findings with its name, the consolidation's (rates
        /// that could not use every unit, outliers), and the checks of the consolidated report.
        public var findings: [Finding]

        /// What may be done with it.
        public func decision(allowingErrors: Bool) -> Decision {
            let flaw = report?.layoutFlaw.map { UnwritableReason.layout(template: report?.template.id ?? "", appendix: nil, flaw: $0) }
            return Pipeline.decide(findings: findings, hasResult: report != nil, allowingErrors: allowingErrors, unwritable: flaw)
        }
    }

    /// Reads and checks each of `paths` (read by `loader`), adds them up, and reads the
    /// consolidated input back as a report of the parent unit (`unitName`, else the inputs'
    /// common province), checked like any input. `output` names it in findings; its notes are in
    /// `catalogue`'s language. `status`, the reporting status against a roster, is carried in
    /// the consolidated input (`consolidated.status`).
    public static func consolidate(paths: [String], catalog: TemplateCatalog, loader: InputLoader = .json, output: String,
                                   unitName: String?, catalogue: Catalogue, status: ReportingStatus? = nil) -> CheckedConsolidation {
        var findings: [Finding] = []
        var sources: [ConsolidationSource] = []
        for path in paths {
            if let input = try? loader.load(path, catalog), DocumentKind(of: input.document) == .submission {
                let form = paths.first { $0 != path && (try? loader.load($0, catalog)).map { DocumentKind(of: $0.document) } == .input }
                findings.append(Finding(.error, .consolidateSubmission(isSubmission: true, otherFile: form ?? ""), at: Location(file: path)))
                continue
            }
            let checked = checkInput(at: path, catalog: catalog, loader: loader)
            let unit = checked.report?.unit.name
            findings += checked.findings.map { finding in
                var finding = finding
                if let unit, !unit.isEmpty { finding.location.unit = unit }
                return finding
            }
            guard let report = checked.report else { continue }
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            sources.append(ConsolidationSource(file: path, digest: SHA256.hex(bytes), report: report, findings: checked.findings))
        }
        guard sources.count == paths.count else { return CheckedConsolidation(findings: findings) }
        let result = Consolidation.consolidate(sources, output: output)
        findings += result.findings
        guard let consolidation = result.consolidation else { return CheckedConsolidation(findings: findings) }
        let directory = (output as NSString).deletingLastPathComponent
        let document = consolidation.document(unit: consolidation.parentUnit(name: unitName), catalogue: catalogue,
                                              sourcesRelativeTo: directory, status: status?.document(filesRelativeTo: directory))
        let checked = checkInput(document: document, file: output, catalog: catalog)
        findings += consolidation.findings + checked.findings
        return CheckedConsolidation(consolidation: consolidation, document: document, report: checked.report,
                                    findings: findings.sorted(by: consolidation.template))
    }
}
