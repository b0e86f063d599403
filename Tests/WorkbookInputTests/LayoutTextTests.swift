import Foundation
import Model
import Testing
import XLSXReader
@testable import WorkbookInput

/// The shortcuts of `LayoutText.normalised` and `DecimalText.literal` against the general way
/// they stand in for.
@Suite("layout texts and decimal texts: the short ways give what the long ways give")
struct LayoutTextTests {
    @Test("every scalar lowered one by one lowers as String.lowercased() lowers it")
    func lowercase() {
        var checked = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value), let lower = LayoutText.lowercase(scalar) else { continue }
            #expect(String(Character(lower)) == String(Character(scalar)).lowercased(), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 400)
    }

    @Test("a text taken as composed is what Foundation's NFC makes of it")
    func composed() {
        var checked = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            guard Composed.isComposed(text) else { continue }
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars), "U+\(String(value, radix: 16))")
            #expect(Composed.nfc(text) == text)
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test("two scalars taken as composed never compose: every pair of them, and longer texts, as Foundation makes them")
    func composedPairs() {
        let taken = (UInt32(0)...0x2FFFF).compactMap(Unicode.Scalar.init).filter { Composed.isComposed(String(Character($0))) }
        #expect(taken.count > 500)
        // Every scalar after every letter that carries marks, and after a space and a digit.
        let bases: [Unicode.Scalar] = ["a", "A", "e", "o", "u", "y", " ", "1", "\u{0103}", "\u{01A1}", "\u{01B0}", "\u{1EA1}", "\u{00E2}", "\u{00EA}"]
        for base in bases {
            for scalar in taken {
                var text = ""
                text.unicodeScalars.append(base)
                text.unicodeScalars.append(scalar)
                #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars),
                        "U+\(String(base.value, radix: 16)) U+\(String(scalar.value, radix: 16))")
            }
        }
        // Texts made of them, and the same with a combining mark, which Foundation decides.
        var generator = SeededGenerator(state: 0x5EED_0F_C0DE)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) { text.unicodeScalars.append(taken.randomElement(using: &generator)!) }
            #expect(Composed.isComposed(text) && Composed.nfc(text) == text.precomposedStringWithCanonicalMapping)
            let marked = text + "\u{0301}"
            #expect(!Composed.isComposed(marked) && Composed.nfc(marked) == marked.precomposedStringWithCanonicalMapping)
        }
    }

    /// `normalised` as it was written before its shortcuts: Foundation's NFC, the whole text
    /// lowered, `CharacterSet` for white space.
    static func reference(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = ""
        var space = false
        for scalar in composed.unicodeScalars {
            if CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar == "\u{00A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        while let last = out.last, ".,:;".contains(last) || last == " " { out.removeLast() }
        return out
    }

    @Test("normalised texts: labels, decomposed marks, every kind of space, Greek, Turkish, trailing marks")
    func normalised() {
        let texts = ["Số TTHC  được rà soát.", "SỐ TTHC\u{00A0}ĐƯỢC\nRÀ SOÁT;", "  Đơn vị báo cáo: UBND xã Ân Phú – Tỉnh Xuân Thuận  ",
                     "So\u{0302}\u{0301} TTHC", "ΣΟΦΟΣ.", "İSTANBUL", "Tỷ lệ (%) :", "a\u{2003}b\u{3000}c\u{85}d", ".,:;", "", "Ⅻ ﬁ Ǆ",
                     "Kết quả.\u{0301}", "ỸỹỴỵỶỷ ƠƯĂĐĨŨ"]
        for text in texts {
            #expect(LayoutText.normalised(text) == Self.reference(text), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let pool = Array("aAăĂâÂđĐêÊôÔơƠưƯyYỹỸ ạẠ\u{0301}\u{0323}\u{00A0}\t\n.,:;ΣİǄ–“”1%")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
            #expect(LayoutText.normalised(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a whole number's literal is its integer's digits, as the long way writes it")
    func wholeNumbers() {
        for value in [1.0, -1, 7, 10, 1130, 10300, 99999, 2023, 123_456_789_012_345, -999_999_999_999_999, 1e14, 5e13] {
            #expect(DecimalText.literal(value) == String(Int64(value)))
        }
        #expect(DecimalText.literal(1e15) == "1000000000000000")
        #expect(DecimalText.literal(0.5) == "0.5")
        #expect(DecimalText.literal(12, shift: 2) == "1200")
    }
}
