import Foundation
import Testing
import XLSXReader
@testable import Workbook

/// `TextMetrics.lines` counts over UTF-8 bytes: it must count what the scalar-by-scalar count
/// counts, for every width, with spaces, line breaks and combining marks anywhere.
@Suite("lines of wrapped text counted over bytes as over scalars")
struct TextMetricsTests {
    /// The count as written before it read bytes: scalar by scalar, combining marks U+0300…U+036F
    /// taking no width.
    static func reference(_ text: String, width: Double, fontSize: Double, bold: Bool) -> Int {
        var capacity = width * 1.05 * 12 / fontSize - 1.5
        if bold { capacity *= 0.88 }
        capacity = max(capacity, 4)
        var lines = 1, current = 0.0, word = 0.0
        func endWord() {
            guard word > 0 else { return }
            if current == 0 { current = word } else if current + 1 + word <= capacity { current += 1 + word } else { lines += 1; current = word }
            while current > capacity { lines += 1; current -= capacity }
            word = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ": endWord()
            case "\n": endWord(); lines += 1; current = 0
            default: if !(0x0300...0x036F).contains(scalar.value) { word += 1 }
            }
        }
        endWord()
        return lines
    }

    static let scalars: [Unicode.Scalar] = ["a", "b", " ", " ", "\n", "\u{1EA1}", "\u{0110}", "\u{E0}", "\u{0300}", "\u{0301}",
                                            "\u{0323}", "\u{036F}", "\u{0370}", "\u{0340}", "\u{02FF}", "\u{0380}", "\u{3000}",
                                            "\u{1F600}", "\u{FFFD}", "-", "\t", "\u{A0}"]

    @Test("random texts at random widths, sizes and weights")
    func random() {
        var random = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<next(120) { text.unicodeScalars.append(Self.scalars[next(Self.scalars.count)]) }
            let width = Double(next(80)) + 0.5 * Double(next(2)), size = [10.0, 11, 12, 13, 14][next(5)], bold = next(2) == 0
            #expect(TextMetrics.lines(text, width: width, fontSize: size, bold: bold) == Self.reference(text, width: width, fontSize: size, bold: bold),
                    "\(Array(text.unicodeScalars.map(\.value))) \(width) \(size) \(bold)")
        }
    }

    @Test("a Vietnamese label, composed and decomposed, takes the same lines")
    func decomposed() {
        let composed = "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn của các cơ quan hành chính cấp xã"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        for width in stride(from: 5.0, through: 90, by: 5) {
            #expect(TextMetrics.lines(composed, width: width) == TextMetrics.lines(decomposed, width: width))
            #expect(TextMetrics.lines(composed, width: width) == Self.reference(composed, width: width, fontSize: 12, bold: false))
        }
    }

    @Test("a long text measured again (remembered by where its bytes are) counts as it did, in every cell, after a change")
    func remembered() {
        var random = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        var texts: [String] = []
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(32 + next(150)) { text.unicodeScalars.append(Self.scalars[next(Self.scalars.count)]) }
            texts.append(text)
        }
        // Every text several times over, in cells of every kind, in an order that mixes them.
        for round in 0..<4_000 {
            var text = texts[next(texts.count)]
            if round % 7 == 0 {
                // Changed in place: its own bytes now, no longer those remembered.
                text.unicodeScalars.append(Self.scalars[next(Self.scalars.count)])
                texts[round % texts.count] = text
            }
            let width = Double(next(60)) + 0.5 * Double(next(2)), size = [10.0, 11, 12, 13][next(4)], bold = next(2) == 0
            #expect(TextMetrics.lines(text, width: width, fontSize: size, bold: bold) == Self.reference(text, width: width, fontSize: size, bold: bold))
        }
    }
}
