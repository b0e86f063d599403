/// Row heights that show wrapped text whole, estimated without a font engine: word wrapping is
/// simulated with a conservative character width (Times New Roman; bold taken as wider), so that
/// no viewer clips a label. Every sheet the Workbook target writes uses it.
enum TextMetrics {
    /// A row height (points) that shows `text` wrapped in a cell `width` characters wide.
    static func rowHeight(_ text: String, width: Double, fontSize: Double = 12, bold: Bool = false) -> Double {
        Double(lines(text, width: width, fontSize: fontSize, bold: bold)) * fontSize * 1.3 + 5
    }

    /// How many lines `text` takes when wrapped at word boundaries in a cell `width` characters wide.
    static func lines(_ text: String, width: Double, fontSize: Double = 12, bold: Bool = false) -> Int {
        var capacity = width * 1.05 * 12 / fontSize - 1.5
        if bold { capacity *= 0.88 }
        capacity = max(capacity, 4)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = 0.0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ") {
                let length = Double(word.count)
                if current == 0 {
                    current = length
                } else if current + 1 + length <= capacity {
                    current += 1 + length
                } else {
                    paragraphLines += 1
                    current = length
                }
                while current > capacity { paragraphLines += 1; current -= capacity }
            }
            lines += paragraphLines
        }
        return max(lines, 1)
    }
}
