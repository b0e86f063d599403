import Foundation

extension Pipeline {
    /// The history of a unit of today built from its predecessors' inputs
    /// (`cchc consolidate --as`): the consolidation, and who the predecessors are.
    public struct CheckedMerger: Sendable {
        /// The predecessors, once the roster and the inputs' year are known.
        public var merger: Merger?
        /// The predecessors' reports added up (counts of a part scaled by its share), read back
        /// as the asked unit's report and checked; the findings of the matching with them.
        public var consolidation: CheckedConsolidation
        /// For each row holding an estimate, the sources (indices into the consolidation's
        /// sources) whose part it holds.
        public var estimatedRows: [String: [Int]]
    }

    /// Reads the roster at `rosterPath`, finds the unit `code` (an error of use when it has no
    /// such code), and the units that made it up on the cut-off of the inputs' year
    /// (`Roster.ancestry`). Each input is matched to its roster unit (`Roster.match`: its code,
    /// else its name) and must be one of them: another unit, an unknown or ambiguous one, or a
    /// second input of one predecessor is an error naming the file, and the file is left out. A
    /// predecessor without an input, or a part the roster cannot trace, is a warning: the
    /// history is partial. The inputs are read and checked as `consolidate` reads them; the
    /// counts of a predecessor of which only a part came in are multiplied by its share
    /// (`Report.scaled(by:)`, each such predecessor a `merger.estimate` warning), and the
    /// whole is added up and read back as the asked unit's input.
    public static func consolidateMerger(code: String, roster rosterPath: String, paths: [String], catalog: TemplateCatalog,
                                         loader: InputLoader = .json, output: String,
                                         catalogue: Catalogue) throws(CCHCError) -> CheckedMerger {
        let roster = try Roster.load(from: rosterPath)
        guard let asked = roster.entries(code: code).max(by: { $0.validFrom < $1.validFrom }) else {
            throw CCHCError(.usage(.asUnknownUnit(code: code, roster: rosterPath)))
        }
        let inputs = paths.map { statusInput(at: $0, catalog: catalog, loader: loader) }
        var findings = inputs.flatMap(\.findings)
        guard let year = inputs.compactMap(\.year).max() else {
            if findings.contains(where: { $0.severity == .error }) {
                return CheckedMerger(merger: nil, consolidation: CheckedConsolidation(findings: findings), estimatedRows: [:])
            }
            throw CCHCError(.usage(.statusNeedsYear))
        }
        let ancestry = roster.ancestry(of: asked.code, year: year)
        var predecessors = ancestry.ancestors.map {
            Merger.Predecessor(code: $0.unit.code, name: $0.unit.name, share: $0.share, chain: $0.chain, file: nil)
        }
        let cutoff = Roster.cutoff(year: year)
        var accepted: [String] = []
        for input in inputs where !input.findings.contains(where: { $0.severity == .error }) {
            let byCode = !(input.code ?? "").isEmpty
            let location = Location(file: input.file, place: byCode ? input.codePlace : input.namePlace, unit: input.name)
            let found: RosterUnit
            switch roster.match(code: input.code, name: input.name, cutoff: cutoff) {
            case .unit(let unit, _), .notExpected(let unit): found = unit
            case .unknown:
                findings.append(Finding(.error, .statusUnknownUnit(code: byCode ? input.code : nil, name: input.name), at: location))
                continue
            case .ambiguous(let codes):
                findings.append(Finding(.error, .statusAmbiguousName(name: input.name, candidates: codes), at: location))
                continue
            }
            guard let index = predecessors.firstIndex(where: { $0.code == found.code }) else {
                findings.append(Finding(.error, .mergerNotPredecessor(unit: found.name, code: found.code, asked: asked.code, year: year),
                                        at: location))
                continue
            }
            if let earlier = predecessors[index].file {
                findings.append(Finding(.error, .consolidateDuplicateUnit(unit: found.name, otherFile: earlier), at: location))
                continue
            }
            predecessors[index].file = input.file
            accepted.append(input.file)
        }
        // The predecessors' reports in the roster's order, whatever the order of the files.
        accepted = predecessors.compactMap(\.file)
        let merger = Merger(unit: asked, year: year, predecessors: predecessors, unknown: ancestry.unknown)
        for predecessor in merger.missing {
            findings.append(Finding(.warning, .mergerMissingPredecessor(code: predecessor.code, name: predecessor.name,
                                                                        share: predecessor.share, year: year),
                                    at: Location(file: rosterPath, unit: predecessor.name)))
        }
        for unknown in merger.unknown {
            findings.append(Finding(.warning, .mergerUnknownPast(code: unknown, year: year), at: Location(file: rosterPath)))
        }

        // The predecessors' reports, read and checked as any input, a part scaled by its share.
        var sources: [ConsolidationSource] = []
        var estimatedRows: [String: [Int]] = [:]
        var estimateFindings: [Finding] = []
        for path in accepted {
            guard case .form(let own, let read) = consolidationSource(at: path, catalog: catalog, loader: loader) else {
                findings.append(Finding(.error, .mergerSubmission, at: Location(file: path)))
                continue
            }
            findings += own
            guard var source = read, let predecessor = merger.predecessor(file: path) else { continue }
            let report = source.report
            let (scaled, estimated) = report.scaled(by: predecessor.share)
            for row in estimated { estimatedRows[row, default: []].append(sources.count) }
            if predecessor.isEstimate {
                estimateFindings.append(Finding(.warning, .mergerEstimate(unit: report.unit.name, share: predecessor.share, rows: estimated),
                                                at: Location(file: path, unit: report.unit.name)))
            }
            source.report = scaled
            sources.append(source)
        }
        guard !sources.isEmpty, sources.count == accepted.count else {
            return CheckedMerger(merger: merger, consolidation: CheckedConsolidation(findings: findings), estimatedRows: [:])
        }
        let result = Consolidation.consolidate(sources, output: output)
        findings += result.findings
        guard let consolidation = result.consolidation else {
            return CheckedMerger(merger: merger, consolidation: CheckedConsolidation(findings: findings), estimatedRows: [:])
        }
        let document = merger.document(consolidation, estimatedRows: estimatedRows, catalogue: catalogue,
                                       sourcesRelativeTo: (output as NSString).deletingLastPathComponent)
        let checked = checkInput(document: document, file: output, catalog: catalog)
        findings += estimateFindings + consolidation.findings + checked.findings
        return CheckedMerger(merger: merger,
                             consolidation: CheckedConsolidation(consolidation: consolidation, document: document, report: checked.report,
                                                                 findings: findings.sorted(by: consolidation.template)),
                             estimatedRows: estimatedRows)
    }
}
