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
        capacity = max(capacity, 4)
        var lines = 1
        var current = 0.0   // width used on the current line
        var word = 0.0      // width of the word being read
        func endWord() {
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
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                endWord()
            case "\n":
                endWord()
                lines += 1
                current = 0
            default:
                if !(0x0300...0x036F).contains(scalar.value) { word += 1 }
            }
        }
        endWord()
        return lines
    }
}
