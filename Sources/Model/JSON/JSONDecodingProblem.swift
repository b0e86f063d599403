/// One thing wrong with a JSON document read into a `Decodable` type by `JSONValueDecoder`: where
/// it is (JSON path, line) and what it is (a typed kind, rendered into words by a message catalogue).
public struct JSONDecodingProblem: Sendable, Equatable, CustomStringConvertible {
    /// JSON path of the offending member or value (`$.rows[12].kind`); for a missing key, the
    /// object that lacks it (`$.rows[12]`).
    public var path: String
    /// Line of the member in the file, when known (values inside arrays have no line of their own;
    /// an object in an array is given the line of its first member).
    public var line: Int?
    /// What is wrong.
    public var kind: Kind

    public init(path: String, line: Int?, kind: Kind) {
        self.path = path
        self.line = line
        self.kind = kind
    }

    /// What is wrong, as data.
    public enum Kind: Sendable, Equatable {
        /// The key is given a second time in the same object (the problem's line); `firstLine` is
        /// where it was first given.
        case repeatedKey(key: String, firstLine: Int)
        /// The key means nothing here: a typo (`tolerence`) or a key of another place. `known` are
        /// the keys this object may have, in the type's order; `suggestion` is the closest of them.
        case unknownKey(key: String, known: [String], suggestion: String?)
        /// A required key is not there.
        case missingKey(key: String)
        /// The value has another shape than the one expected (`"rows": {}`).
        case wrongType(expected: JSONShape, found: JSONShape)
        /// A whole number is expected and the literal has a fraction or an exponent (`1.5`, `1e3`).
        case notAnInteger(literal: String)
        /// The number does not fit the type (too large a whole number, or beyond the finite range).
        case numberOutOfRange(literal: String)
        /// The value is not one of the allowed ones (`"kind": "counts"`); `allowed` is empty when the
        /// type cannot list them.
        case invalidValue(found: String, allowed: [String])
    }

    /// English fallback: `$.rows[12].kind (line 40): "counts" is not allowed; allowed: …`.
    public var description: String {
        let place = line.map { "\(path) (line \($0))" } ?? path
        return "\(place): \(kind)"
    }
}

extension JSONDecodingProblem.Kind: CustomStringConvertible {
    /// English fallback for messages; a catalogue renders the kinds in Vietnamese and English.
    public var description: String {
        switch self {
        case .repeatedKey(let key, let firstLine):
            return "the key \"\(key)\" is given twice (first on line \(firstLine))"
        case .unknownKey(let key, let known, let suggestion):
            var notes: [String] = []
            if let suggestion { notes.append("did you mean \"\(suggestion)\"?") }
            if !known.isEmpty { notes.append("known keys: " + known.joined(separator: ", ")) }
            return "unknown key \"\(key)\"" + (notes.isEmpty ? "" : " (" + notes.joined(separator: " ") + ")")
        case .missingKey(let key):
            return "the required key \"\(key)\" is missing"
        case .wrongType(let expected, let found):
            return "expected \(expected), found \(found)"
        case .notAnInteger(let literal):
            return "expected a whole number, found \(literal)"
        case .numberOutOfRange(let literal):
            return "the number \(literal) is out of range"
        case .invalidValue(let found, let allowed):
            if allowed.isEmpty { return "\"\(found)\" is not a valid value" }
            return "\"\(found)\" is not one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}
