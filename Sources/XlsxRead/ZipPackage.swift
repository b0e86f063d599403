import Foundation
import Model
import ZIPFoundation
import CZlib

/// The zip of a workbook, read under `Limits`: entries counted, every part inflated with its
/// bytes counted as they come (the sizes the zip declares are never trusted), a part refused at
/// the first byte past its cap or past the compression ratio.
///
/// ZIPFoundation lists the entries; their bytes are inflated here, with zlib, from the zip's own
/// bytes: ZIPFoundation 0.9.20's inflater reads on past an entry's end and loops for ever once it
/// reaches the end of the file before the stream's end (a damaged entry hung the reader; found by
/// the workbook fuzzer). Here an entry's stream must end inside its compressed size.
final class ZipPackage {
    private let archive: Archive
    /// The zip's bytes (at most `Limits.maximumFileSize`, checked before).
    private let bytes: [UInt8]
    private let limits: Limits
    /// Entries by path, exactly as written.
    private var entries: [String: Entry] = [:]
    /// Lower-cased paths (part names are case-insensitive in OPC).
    private var folded: [String: String] = [:]
    private var totalRead = 0

    init(archive: Archive, bytes: [UInt8], limits: Limits) throws(XlsxReadError) {
        self.archive = archive
        self.bytes = bytes
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
        let corrupt = XlsxReadError(.workbookCorrupt(part: actual))
        guard let data = Self.dataRange(of: entry, in: bytes) else { throw corrupt }
        var output: [UInt8] = []
        let compressed = max(data.count, 1)
        // Every chunk is counted against the caps before it is kept.
        func take(_ chunk: UnsafeBufferPointer<UInt8>) throws(XlsxReadError) {
            if output.count + chunk.count > limits.maximumPartSize {
                throw XlsxReadError(.workbookTooLarge(.partSize, maximum: limits.maximumPartSize, part: actual))
            }
            if totalRead + chunk.count > limits.maximumTotalSize {
                throw XlsxReadError(.workbookTooLarge(.totalSize, maximum: limits.maximumTotalSize, part: nil))
            }
            if output.count + chunk.count > 1 << 20, (output.count + chunk.count) / compressed > limits.maximumCompressionRatio {
                throw XlsxReadError(.workbookZipBomb(part: actual, ratio: limits.maximumCompressionRatio))
            }
            totalRead += chunk.count
            output.append(contentsOf: chunk)
        }
        if entry.isCompressed {
            try Self.inflate(bytes[data], corrupt: corrupt, into: take)
        } else {
            try bytes[data].withUnsafeBufferPointer { buffer throws(XlsxReadError) in try take(buffer) }
        }
        let crc = output.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard crc == entry.checksum else { throw corrupt }
        return output
    }

    /// Where the compressed bytes of `entry` are in `bytes`, from its local header (signature,
    /// name and extra lengths) and its compressed size; nil when they are not all inside.
    static func dataRange(of entry: Entry, in bytes: [UInt8]) -> Range<Int>? {
        // The local header's offset is not public in ZIPFoundation: read from the entry's
        // central directory record.
        guard let record = Mirror(reflecting: entry).children.first(where: { $0.label == "centralDirectoryStructure" })?.value,
              let offset32 = Mirror(reflecting: record).children.first(where: { $0.label == "relativeOffsetOfLocalHeader" })?.value as? UInt32,
              offset32 != UInt32.max else { return nil }
        let offset = Int(offset32)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard offset >= 0, offset + 30 <= bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4B,
              bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 else { return nil }
        let start = offset + 30 + u16(offset + 26) + u16(offset + 28)
        guard entry.compressedSize <= UInt64(Int.max) else { return nil }
        let (end, overflow) = start.addingReportingOverflow(Int(entry.compressedSize))
        guard !overflow, start <= bytes.count, end <= bytes.count else { return nil }
        return start..<end
    }

    /// Inflates a raw deflate stream, passing each chunk to `take`; the stream must end within
    /// `input` (else `corrupt`), and zlib's errors are `corrupt` too.
    static func inflate(_ input: ArraySlice<UInt8>, corrupt: XlsxReadError,
                        into take: (UnsafeBufferPointer<UInt8>) throws(XlsxReadError) -> Void) throws(XlsxReadError) {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw corrupt }
        defer { inflateEnd(&stream) }
        let chunkSize = 64 * 1024
        // Not zeroed: zlib writes every byte that is handed on.
        var out = [UInt8](unsafeUninitializedCapacity: chunkSize) { _, count in count = chunkSize }
        var failure: XlsxReadError?
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                var produced = 0
                let result: Int32 = out.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    produced = chunkSize - Int(stream.avail_out)
                    return result
                }
                if produced > 0 {
                    do throws(XlsxReadError) {
                        try out.withUnsafeBufferPointer { buffer throws(XlsxReadError) in
                            try take(UnsafeBufferPointer(rebasing: buffer[0..<produced]))
                        }
                    } catch {
                        failure = error
                        return
                    }
                }
                if result == Z_STREAM_END { return }
                // Any error, or no way forward (the input is used up before the stream's end).
                if result != Z_OK || (produced == 0 && stream.avail_in == 0) {
                    failure = corrupt
                    return
                }
            }
        }
        if let failure { throw failure }
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
