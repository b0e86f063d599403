extension JSONValue {
    /// The value as JSON text, indented by two spaces per level, members in their order, numbers
    /// as their literal text: what `cchc export` writes. An object or array of a few scalars
    /// below the top level stays on one line (`{ "numerator": 12, "denominator": 15 }`), as
    /// `cchc init` prints them. Ends without a newline.
    public func text(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let literal): return literal
        case .string(let string): return JSONValue.quoted(string)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if !indent.isEmpty, let line = oneLine(items.map { $0 }) { return "[ " + line + " ]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if !indent.isEmpty, members.count <= 4, members.allSatisfy(\.value.isScalar) {
                let line = members.map { JSONValue.quoted($0.key) + ": " + $0.value.text() }.joined(separator: ", ")
                if line.count <= 80 { return "{ " + line + " }" }
            }
            let inner = indent + "  "
            return "{\n" + members.map { inner + JSONValue.quoted($0.key) + ": " + $0.value.text(indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        }
    }

    private func oneLine(_ items: [JSONValue]) -> String? {
        guard items.count <= 4, items.allSatisfy(\.isScalar) else { return nil }
        let line = items.map { $0.text() }.joined(separator: ", ")
        return line.count <= 80 ? line : nil
    }

    /// Whether the value is neither an object nor an array.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + PlainNumber.hex(scalar.value).lowercased()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
