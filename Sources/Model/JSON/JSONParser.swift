#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict JSON (RFC 8259) parser over UTF-8 bytes, with a nesting limit.
public struct JSONParser {
    /// Deepest nesting accepted; deeper input is an error, not a stack overflow.
    public static let maximumDepth = 200

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses a whole document; trailing content other than white space is an error.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        // A UTF-8 byte order mark is tolerated: editors on Windows write one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        if parser.index >= bytes.count { throw parser.error(.empty) }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error(.trailingContent) }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ kind: JSONSyntaxError.Kind) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: index - lineStart + 1, kind: kind)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error(.truncated(inside: .document)) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw error(.notANumberLiteral)
        default:
            throw error(.unexpectedCharacter(describe(bytes[index])))
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let utf8 = Array(word.utf8)
        guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
            throw error(.unexpectedWord(expected: word))
        }
        index += utf8.count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > JSONParser.maximumDepth { throw error(.tooDeep(limit: JSONParser.maximumDepth)) }
        index += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object([]) }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.truncated(inside: .object)) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let keyLine = line
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.expectedColon(key: key)) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(.init(key: key, value: value, line: keyLine))
            skipWhitespace()
            guard index < bytes.count else { throw error(.truncated(inside: .object)) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]),
                   case .number = value {
                    // `"x": 99,95`: a Vietnamese decimal comma typed in a bare number.
                    throw error(.unquotedVietnameseNumber)
                }
                continue
            }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error(.expectedSeparator(in: .object, found: describe(bytes[index])))
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        if depth > JSONParser.maximumDepth { throw error(.tooDeep(limit: JSONParser.maximumDepth)) }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array([]) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw error(.truncated(inside: .array)) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error(.expectedSeparator(in: .array, found: describe(bytes[index])))
        }
    }

    /// The string of `bytes`, or nil when they are not UTF-8: as `String(validating:as:)` gives
    /// it, by `String(decoding:as:)` (the standard library's fast path for contiguous bytes; the
    /// generic `validating` costs several times more a string) and a comparison of its bytes with
    /// the given ones, which differ only where invalid bytes were replaced.
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var string = String(decoding: bytes, as: UTF8.self)
        let same = string.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? string : nil
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
            }
            return parser.index - from
        }
        let intStart = index
        let intDigits = digits(&self)
        if intDigits == 0 { throw error(.numberNeedsDigits) }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") { throw error(.leadingZero) }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error(.numberNeedsDigits) }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits(&self) == 0 { throw error(.numberNeedsDigits) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "."),
           index + 1 < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1]) {
            // `1.234.567` typed as a bare number: say how to write it. (`99,95` is caught in objects,
            // where a digit cannot follow a comma; in an array `[99,95]` is two numbers.)
            throw error(.unquotedVietnameseNumber)
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        // Most strings hold no escape: their bytes become the string as they stand, without
        // being copied one by one.
        let start = index
        // Scanned over the buffer, without a bounds check a byte; whether every byte is ASCII
        // is known on the way, and such bytes are a valid string as they stand.
        let (end, isASCII) = bytes.withUnsafeBufferPointer { buffer -> (Int, Bool) in
            var end = start
            var bits: UInt8 = 0
            while end < buffer.count {
                let byte = buffer[end]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                bits |= byte
                end += 1
            }
            return (end, bits < 0x80)
        }
        if end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
            let string = bytes.withUnsafeBufferPointer { buffer in
                let span = UnsafeBufferPointer(rebasing: buffer[start..<end])
                return isASCII ? String(decoding: span, as: UTF8.self) : JSONParser.validString(span)
            }
            guard let string else {
                index = end + 1
                throw error(.invalidUTF8)
            }
            index = end + 1
            return string
        }
        var out: [UInt8] = Array(bytes[start..<end])
        index = end
        while true {
            guard index < bytes.count else { throw error(.truncated(inside: .string)) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: out, as: UTF8.self) else {
                    throw error(.invalidUTF8)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.truncated(inside: .escape)) }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error(.invalidUnicodeEscape)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidUnicodeEscape) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error(.invalidUnicodeEscape)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error(.invalidUnicodeEscape) }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    index -= 1
                    throw error(.invalidEscape(describe(escaped)))
                }
            case 0x00..<0x20:
                throw error(.controlCharacter(describe(byte)))
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.truncated(inside: .escape)) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.invalidUnicodeEscape)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
