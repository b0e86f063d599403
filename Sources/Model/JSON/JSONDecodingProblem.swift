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

    /// The problem in English, as the catalogue writes it: `$.rows[12].kind (line 40): …`.
    public var description: String { Catalogue.english.message(.templateDecoding(self)) }
}
