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

    /// The shape in English, as the catalogue names it: `a string`, `an object` …
    public var description: String { English().type(self) }
}
