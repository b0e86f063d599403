import Foundation

extension Pipeline {
    /// Many units' inputs read, checked and added up (`cchc consolidate`).
    public struct CheckedConsolidation: Sendable {
        /// The addition, when every input could be read and they can be added up (its own
        /// findings moved to `findings`).
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
        sources.reserveCapacity(paths.count)
        for path in paths {
            switch consolidationSource(at: path, catalog: catalog, loader: loader) {
            case .submission:
                let form = paths.first { $0 != path && (try? loader.load($0, catalog)).map { DocumentKind(of: $0.document) } == .input }
                findings.append(Finding(.error, .consolidateSubmission(isSubmission: true, otherFile: form ?? ""), at: Location(file: path)))
            case .form(let own, let source):
                findings += own
                if let source { sources.append(source) }
            }
        }
        guard sources.count == paths.count else { return CheckedConsolidation(findings: findings) }
        var result = Consolidation.consolidate(sources, output: output)
        findings += result.findings
        guard var consolidation = result.consolidation else { return CheckedConsolidation(findings: findings) }
        result.consolidation = nil
        // The consolidation's findings (one per far unit: thousands in a country) are moved
        // into the run's, not copied, and ordered in place; before the consolidated input is
        // made, so that a list growing does not add to the peak of memory.
        var all = consolidation.findings
        consolidation.findings = []
        all.insert(contentsOf: findings, at: 0)
        let directory = (output as NSString).deletingLastPathComponent
        let document = consolidation.document(unit: consolidation.parentUnit(name: unitName), catalogue: catalogue,
                                              sourcesRelativeTo: directory, status: status?.document(filesRelativeTo: directory))
        let checked = checkInput(document: document, file: output, catalog: catalog)
        all += checked.findings
        all.sort(by: consolidation.template)
        return CheckedConsolidation(consolidation: consolidation, document: document, report: checked.report, findings: all)
    }

    /// One unit's file as a source to consolidate: read once (`loader`), refused as a whole
    /// submission, else checked.
    enum SourceReading {
        /// The file holds a submission, not one form.
        case submission
        /// Its findings (each with the unit's name), and the source when it could be read as a
        /// report (with the SHA-256 of the file's bytes).
        case form(findings: [Finding], source: ConsolidationSource?)
    }

    static func consolidationSource(at path: String, catalog: TemplateCatalog, loader: InputLoader) -> SourceReading {
        let checked: CheckedReport
        do {
            let input = try loader.load(path, catalog)
            if DocumentKind(of: input.document) == .submission { return .submission }
            checked = checkInput(input: input, catalog: catalog)
        } catch {
            checked = CheckedReport(file: path, report: nil, findings: error.findings)
        }
        let findings = checked.findings.ofUnit(checked.report?.unit.name)
        guard let report = checked.report else { return .form(findings: findings, source: nil) }
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        return .form(findings: findings, source: ConsolidationSource(file: path, digest: SHA256.hex(bytes), report: report))
    }
}

extension [Finding] {
    /// These findings, each naming `unit` (a unit's name in a consolidation), unless it is
    /// empty.
    func ofUnit(_ unit: String?) -> [Finding] {
        guard let unit, !unit.isEmpty else { return self }
        return map { finding in
            var finding = finding
            finding.location.unit = unit
            return finding
        }
    }
}
