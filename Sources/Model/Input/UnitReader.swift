import Foundation

/// The reporting unit (`name`, `province`, `portal`, `code`), read the same way in an input and in a submission.
enum UnitReader {
    /// Keys of the unit object.
    static let keys = ["name", "province", "portal", "code"]

    /// The unit of the object `value` standing at `path`, with the problems of its fields and
    /// how serious each is. An empty name (or one of spaces only, as `cchc init` leaves it) is
    /// `input.empty-text`: an error with `requireName` (a submission names its unit on the
    /// cover), else a warning (a filled sheet then lacks its "Đơn vị báo cáo" line). With
    /// `requireName` the texts are also trimmed.
    static func read(_ value: JSONValue?, at path: JSONPath, requireName: Bool) -> (UnitInfo, [(JSONPath, Problem, Severity)]) {
        var problems: [(JSONPath, Problem, Severity)] = []
        func error(_ path: JSONPath, _ problem: Problem) { problems.append((path, problem, .error)) }
        guard case .object = value else {
            switch value {
            case nil, .null?: error(path, .missing(.unit))
            case let other?: error(path, .wrongType(.unit, expected: .object, found: other.type))
            }
            return (UnitInfo(name: ""), problems)
        }
        var name = ""
        let namePath = path.child("name")
        switch value?["name"] {
        case .string(let text)?:
            if let problem = TextRules.problem(text) {
                error(namePath, problem)
            } else {
                let trimmed = CellText.trimmingSpaces(text)
                name = requireName || trimmed.isEmpty ? trimmed : text
                if name.isEmpty { problems.append((namePath, .emptyText(.unitName), requireName ? .error : .warning)) }
            }
        case nil, .null?: error(namePath, .missing(.unitName))
        case let other?: error(namePath, .wrongType(.unitName, expected: .string, found: other.type))
        }
        /// An optional text field: trimmed, nil when absent or empty (the province keeps its
        /// spaces in a `fill` input, as the name does).
        func optional(_ key: String, _ field: Field, trimming: Bool) -> String? {
            let fieldPath = path.child(key)
            switch value?[key] {
            case .string(let text)?:
                if let problem = TextRules.problem(text) {
                    error(fieldPath, problem)
                    return nil
                }
                let trimmed = CellText.trimmingSpaces(text)
                return trimmed.isEmpty ? nil : (trimming ? trimmed : text)
            case nil, .null?:
                return nil
            case let other?:
                error(fieldPath, .wrongType(field, expected: .string, found: other.type))
                return nil
            }
        }
        let province = optional("province", .province, trimming: requireName)
        let portal = optional("portal", .portal, trimming: true)
        // The roster code: trimmed, and a code (`RosterCode`), else an error at its path.
        var code = optional("code", .unitCode, trimming: true)
        if let given = code, !RosterCode.isValid(given) {
            error(path.child("code"), .unitCodeInvalid(given: given))
            code = nil
        }
        return (UnitInfo(name: name, province: province, portal: portal, code: code), problems)
    }
}
