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
            let value = try readText(until: quote)
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
        return .start(name: name.local, attributes: attributes)
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
        guard index > start, let qualified = String(validating: bytes[start..<index], as: UTF8.self) else { throw malformed(at: start) }
        guard let colon else { return Name(qualified: qualified, local: qualified) }
        guard colon > start, colon + 1 < index else { throw malformed(at: start) }
        return Name(qualified: qualified, local: String(decoding: bytes[(colon + 1)..<index], as: UTF8.self))
    }

    /// Character data up to the next `<` (or `terminator` inside an attribute value), with
    /// entities and character references decoded.
    private mutating func readText(until terminator: UInt8? = nil) throws(XlsxReadError) -> String {
        var out: [UInt8] = []
        var runStart = index
        func flush(_ end: Int) { if end > runStart { out.append(contentsOf: bytes[runStart..<end]) } }
        while index < bytes.count {
            let c = bytes[index]
            if let terminator {
                if c == terminator { break }
                if c == UInt8(ascii: "<") { throw malformed(at: index) }
            } else if c == UInt8(ascii: "<") {
                break
            }
            if c == UInt8(ascii: "&") {
                flush(index)
                try readReference(into: &out)
                runStart = index
            } else {
                index += 1
            }
            if out.count + (index - runStart) > limits.maximumStringBytes { throw stringTooLong() }
        }
        flush(index)
        guard let text = String(validating: out, as: UTF8.self) else { throw malformed(at: runStart) }
        return text
    }

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
        switch String(decoding: name, as: UTF8.self) {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") { value = UInt32(digits.dropFirst(), radix: 16) } else { value = UInt32(digits, radix: 10) }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { throw malformed(at: start) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            // An entity of the document's own: only a DTD could declare one, and DTDs are refused.
            throw malformed(at: start)
        }
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
