import Foundation
import Model
import ZIPFoundation

/// The zip of a workbook, read under `Limits`: entries counted, every part inflated with its
/// bytes counted as they come (the sizes the zip declares are never trusted), a part refused at
/// the first byte past its cap or past the compression ratio.
final class ZipPackage {
    private let archive: Archive
    private let limits: Limits
    /// Entries by path, exactly as written.
    private var entries: [String: Entry] = [:]
    /// Lower-cased paths (part names are case-insensitive in OPC).
    private var folded: [String: String] = [:]
    private var totalRead = 0

    init(archive: Archive, limits: Limits) throws(XlsxReadError) {
        self.archive = archive
        self.limits = limits
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntries else {
                throw XlsxReadError(.workbookTooLarge(.entries, maximum: limits.maximumEntries, part: nil))
            }
            guard entry.type == .file else { continue }
            let path = Self.normalized(entry.path)
            if entries[path] == nil { entries[path] = entry }
            if folded[path.lowercased()] == nil { folded[path.lowercased()] = path }
        }
    }

    /// Whether the zip has a part at `path`.
    func has(_ path: String) -> Bool { resolve(path) != nil }

    /// The paths of every part.
    var paths: [String] { entries.keys.sorted() }

    /// The uncompressed bytes of the part at `path`; `nil` when the zip has no such part.
    func read(_ path: String) throws(XlsxReadError) -> [UInt8]? {
        guard let actual = resolve(path), let entry = entries[actual] else { return nil }
        var bytes: [UInt8] = []
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let partLimit = limits.maximumPartSize
        let totalLimit = limits.maximumTotalSize
        let ratio = limits.maximumCompressionRatio
        var stop: XlsxReadError?
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                if bytes.count + chunk.count > partLimit {
                    stop = XlsxReadError(.workbookTooLarge(.partSize, maximum: partLimit, part: actual))
                } else if self.totalRead + chunk.count > totalLimit {
                    stop = XlsxReadError(.workbookTooLarge(.totalSize, maximum: totalLimit, part: nil))
                } else if bytes.count + chunk.count > 1 << 20, (bytes.count + chunk.count) / compressed > ratio {
                    stop = XlsxReadError(.workbookZipBomb(part: actual, ratio: ratio))
                }
                if stop != nil { throw CancellationError() }
                self.totalRead += chunk.count
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if let stop { throw stop }
            throw XlsxReadError(.workbookCorrupt(part: actual))
        }
        return bytes
    }

    private func resolve(_ path: String) -> String? {
        let path = Self.normalized(path)
        if entries[path] != nil { return path }
        return folded[path.lowercased()]
    }

    /// A part name without a leading `/`, with `./` and `dir/../` resolved.
    static func normalized(_ path: String) -> String {
        var out: [Substring] = []
        for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." {
                if !out.isEmpty { out.removeLast() }
                continue
            }
            out.append(piece)
        }
        return out.joined(separator: "/")
    }
}
