import Synchronization

/// Row heights that show wrapped text whole, estimated without a font engine: word wrapping is
/// simulated with a conservative character width (Times New Roman; bold taken as wider), so that
/// no viewer clips a label. Every sheet the Workbook target writes uses it.
enum TextMetrics {
    /// A row height (points) that shows `text` wrapped in a cell `width` characters wide.
    static func rowHeight(_ text: String, width: Double, fontSize: Double = 12, bold: Bool = false) -> Double {
        Double(lines(text, width: width, fontSize: fontSize, bold: bold)) * fontSize * 1.3 + 5
    }

    /// How many lines `text` takes when wrapped at word boundaries in a cell `width` characters wide.
    /// One pass over the Unicode scalars; combining marks take no width (the text is usually NFC).
    ///
    /// A long text measured before in the same cell is not measured again: the labels of a
    /// template are the same strings in every workbook of a batch (`Memo`).
    static func lines(_ text: String, width: Double, fontSize: Double = 12, bold: Bool = false) -> Int {
        var capacity = width * 1.05 * 12 / fontSize - 1.5
        if bold { capacity *= 0.88 }
        capacity = max(capacity, 4)
        let byteCount = text.utf8.count
        // A text of no more bytes than the line holds fits on a line between its line breaks:
        // no scalar is wider than one, nor takes fewer bytes than one. Most cells are numbers.
        if Double(byteCount) <= capacity {
            var copy = text
            return copy.withUTF8 { bytes in
                var lines = 1
                for byte in bytes where byte == 0x0A { lines += 1 }
                return lines
            }
        }
        guard byteCount >= Memo.shortest,
              let storage = text.utf8.withContiguousStorageIfAvailable({ UInt(bitPattern: $0.baseAddress) }) else {
            return measure(text, capacity: capacity)
        }
        let key = Memo.Key(storage: storage, width: width, fontSize: fontSize, bold: bold)
        if let lines = Memo.lines(of: key) { return lines }
        let lines = measure(text, capacity: capacity)
        Memo.remember(lines, of: key, text: text)
        return lines
    }

    /// Line counts of long texts by where their bytes are, a few hundred of them, the last one
    /// per slot. An entry holds its text: while it is there, no other text's bytes can be at the
    /// same address, and the bytes of a string that shares its storage cannot change (a string
    /// writes in place only into storage no one else holds). So the same address is the same
    /// text, without comparing it; a text that is equal but stored elsewhere is measured again.
    private enum Memo {
        /// Shorter texts are measured at once (a string of up to 15 bytes has no storage of its
        /// own, and measuring it costs less than looking it up).
        static let shortest = 32
        static let slots = 512

        struct Key: Equatable, Sendable {
            var storage: UInt   // the address of the text's bytes
            var width: Double
            var fontSize: Double
            var bold: Bool

            var slot: Int {
                Int(truncatingIfNeeded: ((storage >> 4) ^ (storage >> 13) ^ UInt(width.bitPattern >> 40)) % UInt(Memo.slots))
            }
        }

        struct Entry: Sendable {
            var key: Key
            var text: String   // held, so that its address stays its own
            var lines: Int
        }

        private static let table = Mutex<[Entry?]>(Array(repeating: nil, count: slots))

        static func lines(of key: Key) -> Int? {
            table.withLock { entries in
                guard let entry = entries[key.slot], entry.key == key else { return nil }
                return entry.lines
            }
        }

        static func remember(_ lines: Int, of key: Key, text: String) {
            table.withLock { $0[key.slot] = Entry(key: key, text: text, lines: lines) }
        }
    }

    /// `lines`, measured.
    private static func measure(_ text: String, capacity: Double) -> Int {
        var wrap = Wrap(capacity: capacity)
        // Over the UTF-8 bytes in place (a native string is contiguous): stepping through
        // `unicodeScalars` decodes every scalar, several times the work, for every label of every
        // sheet. A scalar is counted at its first byte (any byte but 10xxxxxx); U+0300…U+036F, the
        // combining marks, are the scalars whose bytes are CC 80…CD AF.
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case 0x20:
                    wrap.endWord()
                case 0x0A:
                    wrap.endWord()
                    wrap.lines += 1
                    wrap.current = 0
                case 0xCC:
                    break
                case 0xCD:
                    if index + 1 < count && bytes[index + 1] > 0xAF { wrap.word += 1 }
                default:
                    if byte & 0xC0 != 0x80 { wrap.word += 1 }
                }
                index += 1
            }
        }
        wrap.endWord()
        return wrap.lines
    }

    /// Lines filled so far, word by word.
    private struct Wrap {
        let capacity: Double
        var lines = 1
        var current = 0.0   // width used on the current line
        var word = 0.0      // width of the word being read

        init(capacity: Double) { self.capacity = capacity }

        mutating func endWord() {
            guard word > 0 else { return }
            if current == 0 {
                current = word
            } else if current + 1 + word <= capacity {
                current += 1 + word
            } else {
                lines += 1
                current = word
            }
            while current > capacity { lines += 1; current -= capacity }
            word = 0
        }
    }
}
