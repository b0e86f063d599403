import Foundation
import Model

/// What the first bytes of a file say it is, before anything is unzipped.
enum SniffedFormat: Equatable {
    /// A zip (an .xlsx, .ods, .docx … or a damaged zip: the archive decides).
    case zip
    /// An OLE compound file: a legacy .xls, or an encrypted .xlsx (`encrypted`).
    case compound(encrypted: Bool)
    /// Text: a CSV, TSV, HTML or XML file named like a workbook.
    case text
    /// Nothing recognised.
    case unknown
    /// No bytes at all.
    case empty

    static let compoundMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether a file starting with `head` is a zip (a local file header, an empty archive's
    /// end record, or a spanned archive's marker).
    static func isZip(_ head: [UInt8]) -> Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || head.starts(with: [0x50, 0x4B, 0x07, 0x08])
    }

    /// Whether a file starting with `head` is a container the workbook reader opens or names:
    /// a zip (.xlsx, .ods …) or an OLE compound file (.xls, an encrypted workbook).
    static func isContainer(head: [UInt8]) -> Bool {
        isZip(head) || head.starts(with: compoundMagic)
    }

    /// The name of the stream an encrypted OOXML package (ECMA-376 Agile or Standard encryption)
    /// keeps its key data in, as the compound file's directory spells names: UTF-16LE.
    static let encryptionInfoName: [UInt8] = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// Classifies by the head of the file; `scan` is called for compound files with a closure
    /// that says whether the whole file holds a pattern (the directory can be anywhere).
    static func sniff(head: [UInt8], contains: ([UInt8]) -> Bool) -> SniffedFormat {
        if head.isEmpty { return .empty }
        if head.starts(with: compoundMagic) { return .compound(encrypted: contains(encryptionInfoName)) }
        if isZip(head) { return .zip }
        if looksLikeText(head) { return .text }
        return .unknown
    }

    /// Text: no NUL and no control characters but tab, line ends and form feed; UTF-8 (a
    /// character cut at the end of the head allowed), or a single-byte encoding such as
    /// Windows-1258 (bytes above 0x7F allowed), or UTF-16 with a byte order mark.
    static func looksLikeText(_ head: [UInt8]) -> Bool {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        return head.allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
    }
}

/// Searching a file for a byte pattern in bounded chunks.
enum FileScan {
    static func contains(_ pattern: [UInt8], in handle: FileHandle, limit: Int) -> Bool {
        guard !pattern.isEmpty else { return true }
        do {
            try handle.seek(toOffset: 0)
            var carried: [UInt8] = []
            var read = 0
            while read < limit, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                read += chunk.count
                let window = carried + [UInt8](chunk)
                if contains(pattern, in: window) { return true }
                carried = Array(window.suffix(pattern.count - 1))
            }
        } catch {
            return false
        }
        return false
    }

    static func contains(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count, let first = pattern.first else { return false }
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}

extension SniffedFormat {
    /// The problem to throw for a format that is not a zip, or `nil` for a zip.
    var problem: Problem? {
        switch self {
        case .zip: return nil
        case .compound(let encrypted): return encrypted ? .workbookEncrypted : .workbookLegacyXLS
        case .text: return .workbookText
        case .unknown: return .workbookUnknownFormat
        case .empty: return .workbookEmpty
        }
    }
}
