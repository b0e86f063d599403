import Foundation

/// Reading a JSON file from disk, refusing what cannot be an input before parsing it.
public enum InputFile {
    /// Files larger than this are refused before parsing: a real form is a few kilobytes.
    public static let maximumSize = 16 * 1024 * 1024

    /// The bytes of the file at `path`; a file that cannot be read throws its finding.
    public static func bytes(path: String) throws(CCHCError) -> [UInt8] {
        func fail(_ problem: Problem) -> CCHCError { CCHCError(problem, file: path) }
        switch FileSystem.read(path, upTo: maximumSize + 1) {
        case .missing: throw fail(.fileNotFound)
        case .directory: throw fail(.fileIsDirectory)
        case .unreadable: throw fail(.fileUnreadable)
        case .bytes(let bytes):
            if bytes.count > maximumSize { throw fail(.fileTooLarge(limit: maximumSize)) }
            return bytes
        }
    }

    /// The JSON tree of `bytes`; bytes that are not UTF-8 JSON throw their finding.
    public static func parse(bytes: [UInt8], file: String) throws(CCHCError) -> JSONValue {
        func fail(_ problem: Problem) -> CCHCError { CCHCError(problem, file: file) }
        if bytes.isEmpty { throw fail(.fileEmpty) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw fail(.fileUTF16) }
        // Parsed first, checked for UTF-8 only when the parse fails: a document the parser takes
        // is UTF-8 (outside its strings it takes only ASCII, and every string is validated), so
        // the finding is the same, without making the whole file a String to validate it.
        do {
            return try JSONParser.parse(bytes)
        } catch {
            if String(validating: bytes, as: UTF8.self) == nil { throw fail(.fileNotUTF8) }
            if error.kind == .empty { throw fail(.fileEmpty) }
            throw fail(.jsonSyntax(line: error.line, column: error.column, kind: error.kind))
        }
    }

    /// The JSON tree of the file at `path`.
    public static func read(path: String) throws(CCHCError) -> JSONValue {
        try parse(bytes: try bytes(path: path), file: path)
    }
}
