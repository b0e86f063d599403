import ArgumentParser
import Foundation
import Model
import WorkbookInput

/// `cchc status <roster.json> <inputs…>`: who has reported for a year, against the roster of
/// units: per parent the units expected, received and missing, the files not counted, the units
/// reported twice. Writes nothing.
struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: Session.help(.abstract(.status)),
                             discussion: Session.help(.discussion(.status)))
    }

    @Argument(help: ArgumentHelp(Session.option(.status, "roster"), valueName: "roster.json")) var roster: String
    @Argument(help: ArgumentHelp(Session.option(.status, "inputs"), valueName: "input.json")) var inputs: [String] = []
    @Option(help: ArgumentHelp(Session.option(.status, "format"), valueName: "text|json|csv")) var format: StatusFormat = .text
    @Option(help: ArgumentHelp(Session.option(.status, "year"), valueName: "year")) var year: Int?
    @OptionGroup var templates: TemplateOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let year, !InputReader.yearRange.contains(year) {
            throw ValidationError(Session.catalogue.message(.usage(.yearOptionOutOfRange(option: "--year", given: year, range: InputReader.yearRange))))
        }
    }

    func run() throws {
        let paths = try Batch.expand(inputs)
        let status = try Pipeline.status(roster: roster, inputs: paths, year: year, catalog: try templates.catalog(),
                                         loader: WorkbookInput.loader)
        let catalogue = Session.catalogue
        switch format {
        case .text: print(StatusText.render(status, catalogue: catalogue), terminator: "")
        case .json: print(StatusJSON.encode(status, catalogue: catalogue))
        case .csv: print(StatusCSV.encode(status), terminator: "")
        }
        if status.missingCount > 0 || status.findings.errorCount > 0 { throw ExitCode(1) }
    }
}

/// Output formats of `cchc status`.
enum StatusFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// The status as people read it: the title, a table per parent, the units missing, the files
/// not counted (with their findings), and the verdict.
enum StatusText {
    static func render(_ status: ReportingStatus, catalogue: Catalogue) -> String {
        var out = catalogue.phrase(.statusTitle(area: status.rosterName, year: status.year, cutoff: status.cutoff)) + "\n\n"
        func count(_ n: Int) -> String { catalogue.numbers.show(Double(n)) }
        func rate(_ r: Double?) -> String { r.map { catalogue.numbers.fixed($0, decimals: 2) + " %" } ?? "" }
        func parent(_ group: ReportingStatus.Group) -> String {
            guard let code = group.parentCode else { return catalogue.phrase(.statusNoParent) }
            return "\(group.parentName ?? "") (\(code))"
        }
        var table = TerminalTable(columns: [
            .init(title: catalogue.phrase(.statusColumn(.parent)), maxWidth: 60, shrinkOrder: 0),
            .init(title: catalogue.phrase(.statusColumn(.expected)), alignment: .right),
            .init(title: catalogue.phrase(.statusColumn(.received)), alignment: .right),
            .init(title: catalogue.phrase(.statusColumn(.missing)), alignment: .right),
            .init(title: catalogue.phrase(.statusColumn(.rate)), alignment: .right),
        ])
        for group in status.groups {
            table.rows.append(.init(cells: [.init(parent(group)), .init(count(group.expected.count)), .init(count(group.received.count)),
                                            .init(count(group.missing.count)), .init(rate(group.rate))]))
        }
        table.rows.append(.init(cells: [.init(catalogue.phrase(.statusTotal)), .init(count(status.expectedCount)),
                                        .init(count(status.receivedCount)), .init(count(status.missingCount)), .init(rate(status.rate))],
                                style: "1"))
        out += table.render(width: Terminal.width(), color: false).joined(separator: "\n") + "\n"
        if status.missingCount > 0 {
            out += "\n" + catalogue.phrase(.statusHeading(.missing)) + "\n"
            for group in status.groups where !group.missing.isEmpty {
                out += "  " + parent(group) + ":\n"
                for unit in group.missing { out += "    \(unit.code)  \(unit.name)\n" }
            }
        }
        if !status.duplicates.isEmpty {
            out += "\n" + catalogue.phrase(.statusHeading(.duplicates)) + "\n"
            for duplicate in status.duplicates {
                out += "  \(duplicate.unit.code)  \(duplicate.unit.name): " + duplicate.files.joined(separator: ", ") + "\n"
            }
        }
        if !status.findings.isEmpty {
            out += "\n" + catalogue.phrase(.statusHeading(.notCounted)) + "\n"
            for finding in status.findings { out += "  " + catalogue.line(finding) + "\n" }
        }
        out += "\n" + catalogue.phrase(.statusVerdict(expected: status.expectedCount, received: status.receivedCount)) + "\n"
        return out
    }
}

/// The status as one JSON object, for scripts: the counts, each group with its units, the
/// units missing, received, not counted and duplicated, and the findings (as `validate --format json`).
enum StatusJSON {
    static func encode(_ status: ReportingStatus, catalogue: Catalogue) -> String {
        func q(_ text: String?) -> String { text.map(Skeleton.quote) ?? "null" }
        func number(_ value: Double?) -> String { value.map(PlainNumber.text) ?? "null" }
        func unit(_ unit: RosterUnit, _ extra: [String] = []) -> String {
            "{" + (["\"code\": \(q(unit.code))", "\"name\": \(q(unit.name))", "\"level\": \(q(unit.level))", "\"parent\": \(q(unit.parent))"]
                + extra).joined(separator: ", ") + "}"
        }
        var lines: [String] = []
        lines.append("  \"roster\": \(q(status.rosterName))")
        lines.append("  \"year\": \(status.year)")
        lines.append("  \"cutoff\": \(q(status.cutoff.iso))")
        lines.append("  \"expected\": \(status.expectedCount)")
        lines.append("  \"received\": \(status.receivedCount)")
        lines.append("  \"missing\": \(status.missingCount)")
        lines.append("  \"rate\": \(number(status.rate))")
        let groups = status.groups.map { group in
            "    {\"parent\": \(q(group.parentCode)), \"parentName\": \(q(group.parentName)), \"expected\": \(group.expected.count), "
                + "\"received\": \(group.received.count), \"missing\": \(group.missing.count), \"rate\": \(number(group.rate)), "
                + "\"missingUnits\": [" + group.missing.map(\.code).map(q).joined(separator: ", ") + "]}"
        }
        lines.append("  \"groups\": [\n" + groups.joined(separator: ",\n") + "\n  ]")
        lines.append("  \"missingUnits\": [" + status.missing.map { "\n    " + unit($0) }.joined(separator: ",") + (status.missing.isEmpty ? "]" : "\n  ]"))
        let received = status.groups.flatMap(\.received).map { receipt in
            "\n    " + unit(receipt.unit, ["\"file\": \(q(receipt.file))", "\"matchedBy\": \(q(receipt.byCode ? "code" : "name"))"])
        }
        lines.append("  \"receivedUnits\": [" + received.joined(separator: ",") + (received.isEmpty ? "]" : "\n  ]"))
        let notCounted = status.notCounted.map { item in
            "\n    {\"file\": \(q(item.file)), \"code\": \(q(item.code)), \"name\": \(q(item.name)), \"reason\": \(q(item.reason.code.rawValue))}"
        }
        lines.append("  \"notCounted\": [" + notCounted.joined(separator: ",") + (notCounted.isEmpty ? "]" : "\n  ]"))
        let duplicates = status.duplicates.map { item in
            "\n    {\"code\": \(q(item.unit.code)), \"name\": \(q(item.unit.name)), \"files\": [" + item.files.map(q).joined(separator: ", ") + "]}"
        }
        lines.append("  \"duplicates\": [" + duplicates.joined(separator: ",") + (duplicates.isEmpty ? "]" : "\n  ]"))
        lines.append("  \"findings\": " + FindingsJSON.encode(status.findings, catalogue: catalogue)
            .replacingOccurrences(of: "\n", with: "\n  "))
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }
}

/// The status as CSV (RFC 4180, UTF-8, a header line): one line per expected unit
/// (`received` or `missing`), then one per file not counted (`not-counted`, with the finding's
/// code) and per second report of a unit (`duplicate`).
enum StatusCSV {
    static func encode(_ status: ReportingStatus) -> String {
        var lines = ["year,parent_code,parent_name,code,name,level,status,file,reason"]
        func line(_ fields: [String]) { lines.append(fields.map(DiffCSV.quote).joined(separator: ",")) }
        let year = String(status.year)
        for group in status.groups {
            let files = Dictionary(group.received.map { ($0.unit.code, $0.file) }, uniquingKeysWith: { a, _ in a })
            for unit in group.expected {
                let file = files[unit.code]
                line([year, group.parentCode ?? "", group.parentName ?? "", unit.code, unit.name, unit.level,
                      file == nil ? "missing" : "received", file ?? "", ""])
            }
        }
        for item in status.notCounted {
            line([year, "", "", item.code ?? "", item.name, "", "not-counted", item.file, item.reason.code.rawValue])
        }
        for duplicate in status.duplicates {
            for file in duplicate.files.dropFirst() {
                line([year, duplicate.unit.parent ?? "", "", duplicate.unit.code, duplicate.unit.name, duplicate.unit.level, "duplicate", file,
                      FindingCode.statusDuplicate.rawValue])
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
