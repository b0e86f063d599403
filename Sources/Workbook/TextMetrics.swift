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
    static func lines(_ text: String, width: Double, fontSize: Double = 12, bold: Bool = false) -> Int {
        var capacity = width * 1.05 * 12 / fontSize - 1.5
        if bold { capacity *= 0.88 }
        var wrap = Wrap(capacity: max(capacity, 4))
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
