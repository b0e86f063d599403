/// The reporting status as a consolidated input carries it (`consolidated.status`, written by
/// `cchc consolidate --roster -o out.json`): for the record of who the figures stand for, never
/// added up. Files are named as seen from `directory` (as the `sources` are), so that the same
/// inputs give the same document on every machine.
extension ReportingStatus {
    public func document(filesRelativeTo directory: String?) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func count(_ n: Int) -> JSONValue { .number(String(n)) }
        func file(_ path: String) -> JSONValue { .string(directory.map { Consolidation.relativePath(path, from: $0) } ?? path) }
        func unit(_ unit: RosterUnit, _ extra: [JSONValue.Member] = []) -> JSONValue {
            .object([member("code", .string(unit.code)), member("name", .string(unit.name))] + extra)
        }
        let groups = groups.map { group in
            JSONValue.object([
                member("parent", text(group.parentCode)), member("parentName", text(group.parentName)),
                member("expected", count(group.expected.count)), member("received", count(group.received.count)),
                member("missing", count(group.missing.count)),
                member("receivedUnits", .array(group.received.map { unit($0.unit, [member("file", file($0.file)),
                                                                                    member("matchedBy", .string($0.byCode ? "code" : "name"))]) })),
                member("missingUnits", .array(group.missing.map { unit($0) })),
            ])
        }
        let notCounted = notCounted.map { item in
            JSONValue.object([member("file", file(item.file)), member("code", text(item.code)), member("name", .string(item.name)),
                              member("reason", .string(item.reason.code.rawValue))])
        }
        let duplicates = duplicates.map { item in
            unit(item.unit, [member("files", .array(item.files.map(file)))])
        }
        return .object([
            member("roster", .string(rosterName)), member("year", count(year)), member("cutoff", .string(cutoff.iso)),
            member("expected", count(expectedCount)), member("received", count(receivedCount)), member("missing", count(missingCount)),
            member("groups", .array(groups)), member("notCounted", .array(notCounted)), member("duplicates", .array(duplicates)),
        ])
    }
}
