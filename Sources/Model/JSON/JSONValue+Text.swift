extension JSONValue {
    /// The value as JSON text, indented by two spaces per level, members in their order, numbers
    /// as their literal text: what `cchc export` writes. An object or array of a few scalars
    /// below the top level stays on one line (`{ "numerator": 12, "denominator": 15 }`), as
    /// `cchc init` prints them. Ends without a newline.
    public func text(indent: String = "") -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    /// The value as the text of a file: `text()` and a newline.
    public var fileText: String {
        var out = ""
        write(into: &out)
        out += "\n"
        return out
    }

    /// Appends `text(indent:)` to `out`: the document is written into one string as it goes (a
    /// country's consolidated input is megabytes, and text made piece by piece and joined would
    /// hold it several times over). With `flush`, `out` is handed to it whenever it holds
    /// `flushSize` bytes or more, between two items or members, to be written out and emptied:
    /// the text is then never held whole.
    public func write(into out: inout String, indent: String = "", flush: ((inout String) -> Void)? = nil) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let literal): out += literal
        case .string(let string): JSONValue.appendQuoted(string, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if !indent.isEmpty, let line = oneLine(items) { out += "[ " + line + " ]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                if i > 0 { out += ",\n" }
                out += inner
                item.write(into: &out, indent: inner, flush: flush)
                if let flush, out.utf8.count >= JSONValue.flushSize { flush(&out) }
            }
            out += "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if !indent.isEmpty, members.count <= 4, members.allSatisfy(\.value.isScalar) {
                var line = ""
                for (i, member) in members.enumerated() {
                    if i > 0 { line += ", " }
                    JSONValue.appendQuoted(member.key, to: &line)
                    line += ": "
                    member.value.write(into: &line)
                }
                if line.count <= 80 { out += "{ " + line + " }"; return }
            }
            let inner = indent + "  "
            out += "{\n"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ",\n" }
                out += inner
                JSONValue.appendQuoted(member.key, to: &out)
                out += ": "
                member.value.write(into: &out, indent: inner, flush: flush)
                if let flush, out.utf8.count >= JSONValue.flushSize { flush(&out) }
            }
            out += "\n" + indent + "}"
        }
    }

    /// How much text `write(into:indent:flush:)` gathers before it hands it to `flush`.
    public static let flushSize = 1 << 16

    private func oneLine(_ items: [JSONValue]) -> String? {
        guard items.count <= 4, items.allSatisfy(\.isScalar) else { return nil }
        var line = ""
        for (i, item) in items.enumerated() {
            if i > 0 { line += ", " }
            item.write(into: &line)
        }
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
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `quoted(text)` to `out`.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
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
        out += "\""
    }
}
