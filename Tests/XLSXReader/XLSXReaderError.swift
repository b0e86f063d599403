import Foundation

/// Everything that can go wrong while reading a workbook or driving LibreOffice.
///
/// Every case carries enough context (part path, line, captured output…) for a failing test to be
/// diagnosed from its message alone. The reader never traps on bad input: it throws one of these.
public enum XLSXReaderError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The file could not be opened as a ZIP archive.
    case notAZipArchive(path: String, reason: String)
    /// A ZIP entry could not be extracted.
    case unreadableEntry(part: String, reason: String)
    /// A part that the package structure requires (or that a relationship points to) is absent.
    case missingPart(String)
    /// A part is not well-formed XML (or is not UTF-8 text).
    case malformedXML(part: String, line: Int, column: Int, reason: String)
    /// A part is well-formed XML but its content violates SpreadsheetML (bad cell reference,
    /// shared-string index out of range, …).
    case invalidContent(part: String, reason: String)
    /// LibreOffice (`soffice`) is not installed or not on `PATH`.
    case libreOfficeNotFound
    /// An external tool (`soffice`, `pdfinfo`) failed, timed out, or did not produce its output.
    case toolFailed(tool: String, reason: String, output: String)

    public var description: String {
        switch self {
        case let .notAZipArchive(path, reason):
            return "not a readable ZIP archive: \(path) (\(reason))"
        case let .unreadableEntry(part, reason):
            return "cannot extract ZIP entry \(part): \(reason)"
        case let .missingPart(part):
            return "missing package part: \(part)"
        case let .malformedXML(part, line, column, reason):
            return "malformed XML in \(part) at line \(line), column \(column): \(reason)"
        case let .invalidContent(part, reason):
            return "invalid content in \(part): \(reason)"
        case .libreOfficeNotFound:
            return "LibreOffice (soffice) was not found on PATH; install libreoffice-calc-nogui (or libreoffice-calc)"
        case let .toolFailed(tool, reason, output):
            let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(tool) failed: \(reason)" + (trimmed.isEmpty ? "" : "\n--- output ---\n\(trimmed)")
        }
    }

    public var errorDescription: String? { description }
}
