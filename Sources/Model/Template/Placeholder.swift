#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The placeholders of template texts (`{unit}`, `{year}` …, see `templates/README.md`), found
/// and replaced by their UTF-8 bytes.
///
/// Not `String.contains(_:)` / `replacingOccurrences(of:with:)`: with Foundation imported they
/// bridge both strings to `NSString` and compare them character cluster by character cluster,
/// some 20,000 instructions for one Vietnamese label, which made looking for `{` in every row
/// label the largest single cost of reading an input. A placeholder is ASCII between `{` and `}`,
/// so a match of its bytes always starts and ends on a character boundary of the text.
public enum Placeholder {
    /// Whether the text has a `{` at all (no placeholder can be in it otherwise).
    /// Over the text's bytes in place: `utf8.contains` steps the view's index one byte at a time,
    /// some 20 instructions a byte, and every row label of every input is asked.
    public static func mayOccur(in text: String) -> Bool {
        let brace = UInt8(ascii: "{")
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.baseAddress.map { memchr($0, Int32(brace), bytes.count) != nil } ?? false
        }) { return found }
        return text.utf8.contains(brace)
    }

    /// Whether `key` occurs in `text`, byte for byte.
    public static func occurs(_ key: String, in text: String) -> Bool {
        let key = Array(key.utf8)
        guard let first = key.first else { return true }
        let bytes = Array(text.utf8)
        guard bytes.count >= key.count else { return false }
        var i = 0
        while i <= bytes.count - key.count {
            if bytes[i] == first && matches(key, in: bytes, at: i) { return true }
            i += 1
        }
        return false
    }

    /// `text` with every occurrence of `key` (left to right, not overlapping) replaced by `value`.
    public static func replace(_ key: String, with value: String, in text: String) -> String {
        let key = Array(key.utf8)
        guard let first = key.first else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0, copied = 0, replaced = false
        while i + key.count <= bytes.count {
            if bytes[i] == first && matches(key, in: bytes, at: i) {
                if !replaced { out.reserveCapacity(bytes.count + value.utf8.count) }
                out += bytes[copied..<i]
                out += value.utf8
                i += key.count
                copied = i
                replaced = true
            } else {
                i += 1
            }
        }
        guard replaced else { return text }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func matches(_ key: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        for j in 1..<key.count where bytes[start + j] != key[j] { return false }
        return true
    }

    /// The placeholders `Report.resolve` fills, in the order it fills them.
    public enum Key: String, CaseIterable, Sendable {
        case year = "{year}", from = "{from}", to = "{to}", cutoff = "{cutoff}", unit = "{unit}", province = "{province}"
        case portal = "{portal}", number = "{number}", y = "{y}"
    }

    /// `text` with every placeholder of `Key` replaced by `value(key)`: what replacing each key in
    /// turn (`Key.allCases` order, `replace`) gives.
    ///
    /// In one pass over the bytes, each value made only when its key occurs. The passes of `replace`
    /// could give something else only where a value, inserted, made a key with the text around it,
    /// which needs a `{` the pass did not consume; so when the one pass leaves a `{` in its result,
    /// the key-by-key passes are made instead.
    public static func replaceAll(in text: String, _ value: (Key) -> String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0, leftBrace = false
        scan: while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") {
                for key in Key.allCases {
                    let keyBytes = key.rawValue.utf8
                    if index + keyBytes.count <= bytes.count && bytes[index..<(index + keyBytes.count)].elementsEqual(keyBytes) {
                        out += value(key).utf8
                        index += keyBytes.count
                        continue scan
                    }
                }
                leftBrace = true
            }
            out.append(byte)
            index += 1
        }
        if leftBrace || out.contains(UInt8(ascii: "{")) {
            var passes = text
            for key in Key.allCases { passes = replace(key.rawValue, with: value(key), in: passes) }
            return passes
        }
        return String(decoding: out, as: UTF8.self)
    }
}
