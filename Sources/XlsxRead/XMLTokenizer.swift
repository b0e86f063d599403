/// A strict pull tokenizer for the subset of XML that SpreadsheetML parts use.
///
/// Why not Foundation's `XMLParser`: on Linux it is libxml2 underneath, and whether the internal
/// entities of a DTD are expanded, and how far, depends on libxml2's version and its own
/// amplification checks rather than on a setting we control (`shouldResolveExternalEntities`
/// concerns external entities only); and every limit (depth, text length) would sit in delegate
/// callbacks, after libxml2 has already built the text it hands over. A
/// tokenizer of a few hundred lines for the subset SpreadsheetML uses is easier to bound and to
/// fuzz. The parts of an .xlsx never need a DTD or an entity of their
/// own: so this tokenizer refuses any `<!DOCTYPE`, knows only the five predefined entities and
/// character references, checks that tags nest and close, caps the nesting depth and the length of
/// every text and attribute value, and stops at the first problem with its line and column. It
/// works over one part's inflated bytes (capped by `Limits.maximumPartSize` before it gets them)
/// and hands out one event at a time, so a part is never held as a tree. It reads UTF-8 (a UTF-8
/// byte order mark is skipped); UTF-16 parts with a byte order mark are
/// transcoded to UTF-8 first by `XMLTokenizer.init(part:bytes:limits:)`; any other declared
/// encoding is refused. Element names are returned without their namespace prefix
/// (`x:c` → `c`), which is how some writers spell SpreadsheetML; attribute names keep theirs.
struct XMLTokenizer {
    /// One piece of the document.
    enum Event {
        /// `<name a="1">` (or `<name/>`, which is followed by its `.end`).
        case start(name: String, attributes: [(name: String, value: String)])
        /// `</name>`.
        case end(name: String)
        /// Character data between tags, entities decoded (CDATA included as is). Never empty.
        case text(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    private let part: String
    private let limits: Limits
    private var stack: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false
    /// The elements (by local name) whose attributes the reader uses; every other element's
    /// attributes are read and checked all the same (every error and limit as for any), but not
    /// made into strings, and handed out empty. nil: every element's.
    var attributesWanted: [String]?

    /// A tokenizer over one part's bytes. Throws `workbook.encoding` for a part declared in (or
    /// encoded as) anything but UTF-8 or UTF-16 with a byte order mark.
    init(part: String, bytes input: [UInt8], limits: Limits) throws(XlsxReadError) {
        self.part = part
        self.limits = limits
        var bytes = input
        var transcoded = false
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            var utf8: [UInt8] = []
            utf8.reserveCapacity(units.count)
            let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
                utf8.append($0)
            }
            if failed { throw .init(.workbookEncoding(part: part, encoding: "UTF-16")) }
            bytes = utf8
            transcoded = true
        } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        } else if bytes.count >= 2, (bytes[0] == 0) != (bytes[1] == 0) {
            throw .init(.workbookEncoding(part: part, encoding: "UTF-16"))
        }
        self.bytes = bytes
        try readDeclaration(transcoded: transcoded)
    }

    /// The next event, or `nil` at the end of a well-formed document.
    mutating func next() throws(XlsxReadError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .end(name: name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                let text = try readText()
                if stack.isEmpty {
                    if text.contains(where: { !$0.isXMLSpace }) { throw malformed(at: start) }
                    continue
                }
                if !text.isEmpty { return .text(text) }
                continue
            }
            // "<"
            guard index + 1 < bytes.count else { throw malformed(at: index) }
            let c = bytes[index + 1]
            if c == UInt8(ascii: "/") {
                let start = index
                index += 2
                let name = try readName()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">"), let open = stack.last, open == name.qualified
                else { throw malformed(at: start) }
                index += 1
                stack.removeLast()
                return .end(name: name.local)
            } else if c == UInt8(ascii: "?") {
                try skipProcessingInstruction()
            } else if c == UInt8(ascii: "!") {
                if matches("<!--") {
                    try skip(past: Array("-->".utf8), from: index + 4)
                } else if matches("<![CDATA[") {
                    guard !stack.isEmpty else { throw malformed(at: index) }
                    let start = index + 9
                    let end = try find(Array("]]>".utf8), from: start)
                    guard end - start <= limits.maximumStringBytes else { throw stringTooLong() }
                    guard let text = String(validating: bytes[start..<end], as: UTF8.self) else { throw malformed(at: start) }
                    index = end + 3
                    if !text.isEmpty { return .text(text) }
                } else if matches("<!DOCTYPE") || matches("<!ENTITY") {
                    throw .init(.workbookDTD(part: part))
                } else {
                    throw malformed(at: index)
                }
            } else {
                return try readStartTag()
            }
        }
        guard stack.isEmpty, sawRoot else { throw malformed(at: index) }
        return nil
    }

    /// Skips everything up to and including the end of the element whose start was just read.
    mutating func skipElement() throws(XlsxReadError) {
        let depth = stack.count
        while let event = try next() {
            if case .end = event, stack.count < depth { return }
        }
    }

    /// The text content of the element whose start was just read, up to its end (nested
    /// elements' texts included), capped at the string limit.
    mutating func readElementText() throws(XlsxReadError) -> String {
        let depth = stack.count
        var text = ""
        while let event = try next() {
            switch event {
            case .text(let piece):
                text += piece
                if text.utf8.count > limits.maximumStringBytes { throw stringTooLong() }
            case .end:
                if stack.count < depth { return text }
            case .start:
                break
            }
        }
        return text
    }

    // MARK: Pieces

    private struct Name {
        var qualified: String
        var local: String
    }

    private mutating func readDeclaration(transcoded: Bool) throws(XlsxReadError) {
        guard matches("<?xml"), index + 5 < bytes.count, bytes[index + 5].isXMLSpace else { return }
        let start = index
        let end = try find(Array("?>".utf8), from: index)
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        index = end + 2
        guard let range = declaration.range(of: "encoding") else { return }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { throw malformed(at: start) }
        let value = rest.dropFirst().prefix { $0 != quote }
        let encoding = value.lowercased()
        if encoding == "utf-8" || encoding == "utf8" { return }
        if transcoded, encoding == "utf-16" || encoding == "utf-16le" || encoding == "utf-16be" { return }
        throw .init(.workbookEncoding(part: part, encoding: String(value.prefix(40))))
    }

    private mutating func readStartTag() throws(XlsxReadError) -> Event {
        let start = index
        index += 1
        let name = try readName()
        if stack.isEmpty && sawRoot { throw malformed(at: start) }
        let keep = attributesWanted.map { $0.contains(name.local) } ?? true
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw malformed(at: start) }
            let c = bytes[index]
            if c == UInt8(ascii: ">") {
                index += 1
                break
            }
            if c == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw malformed(at: index) }
                index += 2
                pendingEnd = name.local
                break
            }
            guard hadSpace else { throw malformed(at: index) }
            let attribute = try readName()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw malformed(at: index) }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw malformed(at: index)
            }
            let quote = bytes[index]
            index += 1
            let value = try readText(until: quote, keep: keep)
            guard index < bytes.count else { throw malformed(at: start) }
            index += 1
            guard attributes.count < 256 else { throw malformed(at: index) }
            if attributes.contains(where: { $0.name == attribute.qualified }) { throw malformed(at: start) }
            attributes.append((attribute.qualified, value))
        }
        guard stack.count < limits.maximumDepth else {
            throw .init(.workbookTooLarge(.nesting, maximum: limits.maximumDepth, part: part))
        }
        stack.append(name.qualified)
        sawRoot = true
        return .start(name: name.local, attributes: keep ? attributes : [])
    }

    private mutating func readName() throws(XlsxReadError) -> Name {
        let start = index
        var colon: Int?
        while index < bytes.count {
            let c = bytes[index]
            if c.isXMLSpace || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") { break }
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "&") {
                throw malformed(at: index)
            }
            if c == UInt8(ascii: ":") { colon = index }
            index += 1
            guard index - start <= 1024 else { throw malformed(at: start) }
        }
        guard index > start, let qualified = string(start..<index) else { throw malformed(at: start) }
        guard let colon else { return Name(qualified: qualified, local: qualified) }
        guard colon > start, colon + 1 < index else { throw malformed(at: start) }
        return Name(qualified: qualified, local: string(colon + 1..<index) ?? "")
    }

    /// The bytes of `range` as a string, or nil when they are not UTF-8: straight from the part's
    /// buffer, with no copy before the string's own.
    private func string(_ range: Range<Int>) -> String? {
        bytes.withUnsafeBufferPointer { buffer in XMLTokenizer.string(UnsafeBufferPointer(rebasing: buffer[range])) }
    }

    /// The UTF-8 bytes of `buffer` as a string, or nil when they are not well-formed UTF-8
    /// (Unicode's table 3-7: no overlong form, no surrogate, nothing past U+10FFFF, no sequence
    /// cut short), which is what `String(validating:as:)` accepts, checked here without its
    /// generic detour.
    static func string(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        isUTF8(buffer) ? String(decoding: buffer, as: UTF8.self) : nil
    }

    /// Whether `buffer` is well-formed UTF-8.
    static func isUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = buffer.count
        while i < count {
            let lead = buffer[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i + offset < count && buffer[i + offset] >= low && buffer[i + offset] <= high
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0:
                guard continuation(1, 0xA0), continuation(2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                i += 3
            case 0xED:
                guard continuation(1, 0x80, 0x9F), continuation(2) else { return false }
                i += 3
            case 0xF0:
                guard continuation(1, 0x90), continuation(2), continuation(3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                i += 4
            case 0xF4:
                guard continuation(1, 0x80, 0x8F), continuation(2), continuation(3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    /// Character data up to the next `<` (or `terminator` inside an attribute value), with
    /// entities and character references decoded. A run without a reference becomes a string
    /// straight from the part's bytes; the string limit and every error are those of reading it
    /// byte by byte: the text is too long at the first byte past the limit, before any later
    /// problem. Without `keep`, the text is read and checked in the same way, its length counted,
    /// but no string is made: it comes back empty.
    private mutating func readText(until terminator: UInt8? = nil, keep: Bool = true) throws(XlsxReadError) -> String {
        let limit = limits.maximumStringBytes
        var out: [UInt8] = []
        var runStart = index
        var counted = 0  // without `keep`: the bytes of the text so far, `out` holding one reference at a time
        var wellFormed = true
        // The end of the run of plain bytes from `index`: the terminator, `<` or `&`, or the end.
        func runEnd() -> Int {
            bytes.withUnsafeBufferPointer { buffer in
                var i = index
                let count = buffer.count
                if let terminator {
                    while i < count {
                        let c = buffer[i]
                        if c == terminator || c == UInt8(ascii: "<") || c == UInt8(ascii: "&") { break }
                        i += 1
                    }
                } else {
                    while i < count {
                        let c = buffer[i]
                        if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") { break }
                        i += 1
                    }
                }
                return i
            }
        }
        while true {
            let end = runEnd()
            if counted + out.count + (end - runStart) > limit { throw stringTooLong() }
            index = end
            guard index < bytes.count else { break }
            let c = bytes[index]
            if let terminator {
                if c == terminator { break }
                if c == UInt8(ascii: "<") { throw malformed(at: index) }
            } else if c == UInt8(ascii: "<") {
                break
            }
            // "&"
            if keep {
                if index > runStart { out.append(contentsOf: bytes[runStart..<index]) }
            } else {
                if wellFormed, index > runStart { wellFormed = bytes.withUnsafeBufferPointer { XMLTokenizer.isUTF8(UnsafeBufferPointer(rebasing: $0[runStart..<index])) } }
                counted += out.count + (index - runStart)
                out.removeAll(keepingCapacity: true)
            }
            try readReference(into: &out)
            runStart = index
            if counted + out.count > limit { throw stringTooLong() }
        }
        if !keep {
            // A reference is a whole character: the text is well-formed when every run between them is.
            if wellFormed, index > runStart { wellFormed = bytes.withUnsafeBufferPointer { XMLTokenizer.isUTF8(UnsafeBufferPointer(rebasing: $0[runStart..<index])) } }
            guard wellFormed else { throw malformed(at: runStart) }
            return ""
        }
        if out.isEmpty {
            guard let text = string(runStart..<index) else { throw malformed(at: runStart) }
            return text
        }
        if index > runStart { out.append(contentsOf: bytes[runStart..<index]) }
        guard let text = out.withUnsafeBufferPointer(XMLTokenizer.string) else { throw malformed(at: runStart) }
        return text
    }

    /// An entity (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) or a character reference (`&#233;`,
    /// `&#xE9;`) at `index`, decoded into `out`, byte by byte.
    private mutating func readReference(into out: inout [UInt8]) throws(XlsxReadError) {
        let start = index
        index += 1
        let nameStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ";") {
            index += 1
            guard index - nameStart <= 12 else { throw malformed(at: start) }
        }
        guard index < bytes.count else { throw malformed(at: start) }
        let name = bytes[nameStart..<index]
        index += 1
        func named(_ text: StaticString) -> Bool {
            text.utf8CodeUnitCount == name.count && name.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        if named("lt") { out.append(UInt8(ascii: "<")); return }
        if named("gt") { out.append(UInt8(ascii: ">")); return }
        if named("amp") { out.append(UInt8(ascii: "&")); return }
        if named("quot") { out.append(UInt8(ascii: "\"")); return }
        if named("apos") { out.append(UInt8(ascii: "'")); return }
        // `#` and digits (`x` and hex digits), as `UInt32(_:radix:)` reads them: an optional `+`,
        // then at least one digit, no overflow; not 0, not a surrogate, at most U+10FFFF.
        // (An entity of the document's own could only come from a DTD, and DTDs are refused.)
        guard name.first == UInt8(ascii: "#") else { throw malformed(at: start) }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        if digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { throw malformed(at: start) }
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A")) + 10
            default: throw malformed(at: start)
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { throw malformed(at: start) }
            value = sum
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { throw malformed(at: start) }
        UTF8.encode(scalar) { out.append($0) }
    }

    private mutating func skipProcessingInstruction() throws(XlsxReadError) {
        if matches("<?xml"), index + 5 < bytes.count, bytes[index + 5].isXMLSpace {
            throw malformed(at: index)  // a declaration anywhere but the start
        }
        try skip(past: Array("?>".utf8), from: index + 2)
    }

    private mutating func skip(past terminator: [UInt8], from start: Int) throws(XlsxReadError) {
        index = try find(terminator, from: start) + terminator.count
    }

    private func find(_ needle: [UInt8], from start: Int) throws(XlsxReadError) -> Int {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        throw malformed(at: start)
    }

    private func matches(_ prefix: String) -> Bool {
        var i = index
        for byte in prefix.utf8 {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
        }
        return true
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, bytes[index].isXMLSpace { index += 1 }
        return index > start
    }

    private func malformed(at offset: Int) -> XlsxReadError {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return .init(.workbookMalformedXML(part: part, line: line, column: column))
    }

    private func stringTooLong() -> XlsxReadError {
        .init(.workbookTooLarge(.stringLength, maximum: limits.maximumStringBytes, part: part))
    }
}

extension UInt8 {
    var isXMLSpace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}

extension Character {
    var isXMLSpace: Bool { self == " " || self == "\n" || self == "\r" || self == "\t" || self == "\r\n" }
}
