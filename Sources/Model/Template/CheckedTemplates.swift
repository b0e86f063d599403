/// `checked.txt` beside the templates: the template files that this version of `cchc` has checked
/// and found without a finding, each by its size and digest. A template file listed there, byte
/// for byte the same, is read without being checked again.
///
/// Checking a template (`Template.findings`) takes more than reading it: about 4 M instructions
/// for the two annual forms, in every run, where a small workbook costs some 15 M from process
/// start. The bundled templates' record is kept true by the tests (`CheckedTemplatesTests`): it
/// must list every bundled template as it is, and each must have no finding by the current
/// checks; `CCHC_RECORD_CHECKED=1 swift test --filter CheckedTemplatesTests` writes it again.
/// A directory without the file, a record written by another version, or a file that differs
/// from its record by one byte: the template is checked as always.
///
/// The digest is FNV-1a over the bytes, with their count: it tells a template edited or replaced
/// from the one recorded, not a file made on purpose to match it (whoever can write the record
/// can write the template).
public struct CheckedTemplates: Sendable, Equatable {
    /// The file's name, in the templates directory.
    public static let fileName = "checked.txt"

    /// Size and digest of a template file.
    public struct Digest: Sendable, Equatable {
        public var count: Int
        public var fnv: UInt64

        public init(of bytes: [UInt8]) {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            count = bytes.count
            fnv = hash
        }

        init(count: Int, fnv: UInt64) {
            self.count = count
            self.fnv = fnv
        }
    }

    /// The digest of each file recorded, by file name (`bang2-nam.json`).
    public private(set) var digests: [String: Digest] = [:]

    public init(digests: [String: Digest] = [:]) { self.digests = digests }

    /// The first line of a record this version takes.
    static var header: String { "# cchc \(Tool.version): templates checked, without a finding (see templates/README.md)" }

    /// The record in `text`, or none when it was written by another version or is not a record.
    public init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard lines.next().map(String.init) == Self.header else { return }
        while let line = lines.next() {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ")
            guard fields.count == 3, let count = Int(fields[1]), let fnv = UInt64(fields[2], radix: 16) else {
                digests = [:]
                return
            }
            digests[String(fields[0])] = Digest(count: count, fnv: fnv)
        }
    }

    /// The record of the directory at `directory`: none when it has no `checked.txt`.
    public static func read(directory: String) -> CheckedTemplates {
        guard let bytes = try? InputFile.bytes(path: FileSystem.join(directory, fileName)) else { return CheckedTemplates() }
        return CheckedTemplates(text: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the file `name` with these bytes is the one recorded.
    public func covers(_ name: String, bytes: [UInt8]) -> Bool {
        guard let digest = digests[name], digest.count == bytes.count else { return false }
        return digest == Digest(of: bytes)
    }

    /// The text of the record, files in name order.
    public var text: String {
        var out = Self.header + "\n"
        for name in digests.keys.sorted() {
            let digest = digests[name]!
            let hex = String(digest.fnv, radix: 16)
            out += "\(name) \(digest.count) \(String(repeating: "0", count: 16 - hex.count) + hex)\n"
        }
        return out
    }
}
