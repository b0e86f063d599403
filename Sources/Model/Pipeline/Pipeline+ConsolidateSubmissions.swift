import Foundation

extension Pipeline {
    /// Many units' submissions consolidated appendix by appendix (`cchc consolidate` given
    /// submissions): each template consolidated over the units whose submission has it.
    public struct CheckedSubmissionConsolidation: Sendable {
        /// One consolidation per template, in the order the templates first come in the submissions.
        public var parts: [CheckedConsolidation]
        /// The parent's submission (the shape `submit` reads): each appendix's consolidated input inline.
        public var document: JSONValue?
        /// Every finding: the refusals, each unit's own (its submission's and its appendices'),
        /// and each part's.
        public var findings: [Finding]
        /// The findings of no one part: the refusals and the units' submissions' own.
        public var ownFindings: [Finding] = []

        /// What may be done with it.
        public func decision(allowingErrors: Bool) -> Decision {
            let flaw = parts.lazy.compactMap { part in
                part.report?.layoutFlaw.map { UnwritableReason.layout(template: part.report?.template.id ?? "", appendix: nil, flaw: $0) }
            }.first
            let complete = !parts.isEmpty && parts.allSatisfy { $0.report != nil } && document != nil
            return Pipeline.decide(findings: findings, hasResult: complete, allowingErrors: allowingErrors, unwritable: flaw)
        }
    }

    /// Whether the file at `path` is a submission (read by `loader`; a file that cannot be read is not).
    public static func isSubmission(at path: String, catalog: TemplateCatalog, loader: InputLoader = .json) -> Bool {
        (try? loader.load(path, catalog)).map { DocumentKind(of: $0.document) == .submission } ?? false
    }

    /// Reads and checks each submission of `paths`, and consolidates, template by template, the
    /// appendices of the units that have it: the same rules and refusals as single forms (one
    /// period, a unit once). The parent is `unitName`, else the province the units name; each
    /// appendix's consolidated input is read back and checked as any input is. `status`, the
    /// reporting status against a roster, is carried in each appendix's `consolidated` block.
    public static func consolidateSubmissions(paths: [String], catalog: TemplateCatalog, loader: InputLoader = .json, output: String,
                                              unitName: String?, catalogue: Catalogue,
                                              status: ReportingStatus? = nil) -> CheckedSubmissionConsolidation {
        var findings: [Finding] = []
        var own: [Finding] = []
        var submissions: [(path: String, digest: String, submission: Submission)] = []
        var seen: [String: String] = [:]
        let firstSubmission = paths.first { isSubmission(at: $0, catalog: catalog, loader: loader) } ?? ""
        for path in paths {
            guard isSubmission(at: path, catalog: catalog, loader: loader) else {
                // A single form among submissions (or a file that cannot be read: its own findings).
                if let input = try? loader.load(path, catalog), DocumentKind(of: input.document) == .input {
                    findings.append(Finding(.error, .consolidateSubmission(isSubmission: false, otherFile: firstSubmission), at: Location(file: path)))
                } else {
                    findings += checkSubmission(at: path, catalog: catalog, loader: loader).findings
                }
                continue
            }
            let checked = checkSubmission(at: path, catalog: catalog, loader: loader)
            findings += checked.findings.ofUnit(checked.submission?.unit.name)
            guard let submission = checked.submission else { continue }
            own += submission.ownFindings.ofUnit(submission.unit.name)
            // A unit once, whatever its appendices (two submissions of one unit may share no template).
            if let key = UnitIdentity.key(of: submission.unit) {
                if let earlier = seen[key] {
                    findings.append(Finding(.error, .consolidateDuplicateUnit(unit: submission.unit.name, otherFile: earlier),
                                            at: Location(file: path, path: .root, unit: submission.unit.name)))
                    own.append(findings[findings.count - 1])
                    continue
                }
                seen[key] = path
            }
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            submissions.append((path, SHA256.hex(bytes), submission))
        }
        guard submissions.count == paths.count else { return CheckedSubmissionConsolidation(parts: [], document: nil, findings: findings) }

        // The templates in the order they first come in; per template the units' appendices.
        var templates: [String] = []
        var appendices: [String: [ConsolidationSource]] = [:]
        // Per template, what the checks found in the units' appendices, each with its unit's name.
        var unitFindings: [String: [Finding]] = [:]
        for (path, digest, submission) in submissions {
            for appendix in submission.appendices {
                guard var report = appendix.report else { continue }
                if appendices[appendix.templateID] == nil { templates.append(appendix.templateID) }
                let index = templates.firstIndex(of: appendix.templateID)!
                report.valuesPath = JSONPath("appendices").element(index).child("data").child("values")
                appendices[appendix.templateID, default: []].append(ConsolidationSource(file: path, digest: digest, report: report))
                unitFindings[appendix.templateID, default: []] += appendix.findings.ofUnit(submission.unit.name)
            }
        }
        let directory = (output as NSString).deletingLastPathComponent
        var parts: [CheckedConsolidation] = []
        var appendixDocuments: [JSONValue] = []
        var parent: UnitInfo?
        for (index, id) in templates.enumerated() {
            let sources = appendices[id] ?? []
            let result = Consolidation.consolidate(sources, output: output)
            guard let consolidation = result.consolidation else {
                findings += result.findings
                own += result.findings
                parts.append(CheckedConsolidation(findings: result.findings))
                continue
            }
            let unit = parent ?? consolidation.parentUnit(name: unitName)
            parent = unit
            let single = consolidation.document(unit: unit, catalogue: catalogue, sourcesRelativeTo: directory,
                                                status: status?.document(filesRelativeTo: directory))
            // Read back as any input, its findings placed in the parent's submission.
            let dataPath = JSONPath("appendices").element(index).child("data")
            let checked = checkInput(document: single, file: output, catalog: catalog)
            let located = checked.findings.map { finding -> Finding in
                var finding = finding
                if let path = finding.path {
                    if path == JSONPath("template") {
                        finding.location.place = .json(JSONPath("appendices").element(index).child("template"))
                    } else if !path.hasPrefix(JSONPath("unit")) && !path.hasPrefix(JSONPath("period")) {
                        finding.location.place = .json(dataPath.appending(path))
                    }
                }
                return finding
            }
            var report = checked.report
            report?.valuesPath = dataPath.child("values")
            let partFindings = (consolidation.findings + located)
            findings += partFindings
            parts.append(CheckedConsolidation(consolidation: consolidation, document: single, report: report,
                                              findings: ((unitFindings[id] ?? []) + partFindings).sorted(by: consolidation.template)))
            // The appendix: its template and its data (the consolidated input without the
            // template, unit and period, which the submission gives).
            guard case .object(let members) = single else { continue }
            let data = members.filter { !["template", "unit", "period"].contains($0.key) }
            appendixDocuments.append(.object([JSONValue.Member(key: "template", value: .string(id), line: 0),
                                              JSONValue.Member(key: "data", value: .object(data), line: 0)]))
        }
        guard parts.allSatisfy({ $0.consolidation != nil }), let parent, let first = submissions.first?.submission else {
            return CheckedSubmissionConsolidation(parts: parts, document: nil, findings: findings, ownFindings: own)
        }
        let document = submissionDocument(unit: parent, period: first.period, appendices: appendixDocuments, catalogue: catalogue)
        return CheckedSubmissionConsolidation(parts: parts, document: document, findings: findings, ownFindings: own)
    }

    /// The parent's submission: its unit and period, the report and the signer left for the
    /// parent to fill in (as `cchc init --submission` leaves them, each after a comment saying
    /// what it takes), and the appendices.
    static func submissionDocument(unit: UnitInfo, period: Period, appendices: [JSONValue], catalogue: Catalogue) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        func hint(_ key: String, _ field: Field) -> JSONValue.Member { member("// " + key, .string(catalogue.phrase(.submissionHint(field)))) }
        let unitMembers = Consolidation.members(of: unit), periodMembers = Consolidation.members(of: period)
        let report: JSONValue = .object([
            hint("number", .reportNumber), member("number", .string("")), hint("date", .reportDate), member("date", .null),
            hint("place", .reportPlace), member("place", .string("")), hint("title", .reportTitle), member("title", .string("")),
            hint("issuer", .issuer), member("issuer", .array([])),
        ])
        let signer: JSONValue = .object([
            hint("onBehalf", .signerOnBehalf), member("onBehalf", .string("")), hint("signingFor", .signerSigningFor),
            member("signingFor", .string("")), hint("title", .signerTitle), member("title", .string("")),
            hint("name", .signerName), member("name", .string("")),
        ])
        return .object([
            member("unit", .object(unitMembers)), member("period", .object(periodMembers)),
            member("report", report), member("signer", signer),
            hint("recipients", .recipients), member("recipients", .array([])), member("appendices", .array(appendices)),
        ])
    }
}
