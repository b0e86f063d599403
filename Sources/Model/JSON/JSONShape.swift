/// The kind of a JSON value, as a decoder expects it or finds it: typed data for messages.
public enum JSONShape: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case null
    case boolean
    /// Any number, with or without a fraction or an exponent.
    case number
    /// A number written as a whole number (`12`, not `12.0` nor `1e3`); only ever expected.
    case integer
    case string
    case array
    case object

    /// The shape of `value` (never `integer`: a number is a number).
    public init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .boolean
        case .number: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }

    /// English fallback: `a string`, `an object`, `a whole number` …
    public var description: String {
        switch self {
        case .null: return "null"
        case .boolean: return "true/false"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
