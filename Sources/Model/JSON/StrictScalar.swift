/// A type read straight from one JSON scalar, strictly: a string is never a number, a whole number
/// is an integer literal that fits, a floating-point number is finite.
protocol StrictScalar: Decodable {
    /// The value `json` holds, or what is wrong with it.
    static func strictValue(of json: JSONValue) -> StrictReading<Self>
    /// The value used in place of a missing or malformed one, so that decoding can go on.
    static var placeholder: Self { get }
}

/// A scalar read from JSON: its value, or what is wrong with it.
enum StrictReading<Value> {
    case value(Value)
    case problem(JSONDecodingProblem.Kind)
}

extension Bool: StrictScalar {
    static func strictValue(of json: JSONValue) -> StrictReading<Bool> {
        guard case .bool(let value) = json else { return .problem(.wrongType(expected: .boolean, found: JSONShape(json))) }
        return .value(value)
    }

    static var placeholder: Bool { false }
}

extension String: StrictScalar {
    static func strictValue(of json: JSONValue) -> StrictReading<String> {
        guard case .string(let value) = json else { return .problem(.wrongType(expected: .string, found: JSONShape(json))) }
        return .value(value)
    }

    static var placeholder: String { "" }
}

extension StrictScalar where Self: FixedWidthInteger {
    /// An integer literal (`-12`) that fits the type; `1.0`, `1.5` and `1e3` are not integers.
    static func strictValue(of json: JSONValue) -> StrictReading<Self> {
        guard case .number(let literal) = json else { return .problem(.wrongType(expected: .integer, found: JSONShape(json))) }
        let isIntegerLiteral = literal.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
        guard isIntegerLiteral else { return .problem(.notAnInteger(literal: literal)) }
        guard let value = Self(literal) else { return .problem(.numberOutOfRange(literal: literal)) }
        return .value(value)
    }

    static var placeholder: Self { 0 }
}

extension StrictScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    /// Any number literal whose value is finite in the type (`1e400` is not a `Double`).
    static func strictValue(of json: JSONValue) -> StrictReading<Self> {
        guard case .number(let literal) = json else { return .problem(.wrongType(expected: .number, found: JSONShape(json))) }
        guard let value = Self(literal), value.isFinite else { return .problem(.numberOutOfRange(literal: literal)) }
        return .value(value)
    }

    static var placeholder: Self { 0 }
}

extension Int: StrictScalar {}
extension Int8: StrictScalar {}
extension Int16: StrictScalar {}
extension Int32: StrictScalar {}
extension Int64: StrictScalar {}
extension UInt: StrictScalar {}
extension UInt8: StrictScalar {}
extension UInt16: StrictScalar {}
extension UInt32: StrictScalar {}
extension UInt64: StrictScalar {}
extension Double: StrictScalar {}
extension Float: StrictScalar {}
