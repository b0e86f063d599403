import Foundation

/// The reporting unit (`name`, `province`), read the same way in an input and in a submission.
enum UnitReader {
    /// Keys of the unit object.
    static let keys = ["name", "province", "portal"]

    /// The unit of the object `value` standing at `path`, with the problems of its fields. With
    /// `requireName`, an empty name is a problem too (a submission names its unit on the cover).
    static func read(_ value: JSONValue?, at path: JSONPath, requireName: Bool) -> (UnitInfo, [(JSONPath, Problem)]) {
        var problems: [(JSONPath, Problem)] = []
        guard case .object = value else {
            switch value {
            case nil, .null?: problems.append((path, .missing(.unit)))
            case let other?: problems.append((path, .wrongType(.unit, expected: .object, found: other.type)))
            }
            return (UnitInfo(name: ""), problems)
        }
        var name = ""
        let namePath = path.child("name")
        switch value?["name"] {
        case .string(let text)?:
            if let problem = TextRules.problem(text) {
                problems.append((namePath, problem))
            } else {
                name = requireName ? text.trimmingCharacters(in: .whitespaces) : text
                if requireName && name.isEmpty { problems.append((namePath, .emptyText(.unitName))) }
            }
        case nil, .null?: problems.append((namePath, .missing(.unitName)))
        case let other?: problems.append((namePath, .wrongType(.unitName, expected: .string, found: other.type)))
        }
        var province: String?
        let provincePath = path.child("province")
        switch value?["province"] {
        case .string(let text)?:
            if let problem = TextRules.problem(text) {
                problems.append((provincePath, problem))
            } else {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                province = requireName && trimmed.isEmpty ? nil : (requireName ? trimmed : text)
            }
        case nil, .null?: break
        case let other?: problems.append((provincePath, .wrongType(.province, expected: .string, found: other.type)))
        }
        var portal: String?
        let portalPath = path.child("portal")
        switch value?["portal"] {
        case .string(let text)?:
            if let problem = TextRules.problem(text) {
                problems.append((portalPath, problem))
            } else {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                portal = trimmed.isEmpty ? nil : trimmed
            }
        case nil, .null?: break
        case let other?: problems.append((portalPath, .wrongType(.portal, expected: .string, found: other.type)))
        }
        return (UnitInfo(name: name, province: province, portal: portal), problems)
    }
}
