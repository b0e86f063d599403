@testable import Model
import Testing
import XLSXReader

/// `VietnameseNumber.plainReading` reads digits and dot-grouped thousands from their bytes; the
/// rules (`readingByTheRules`) must read every text it answers for in exactly the same way.
@Suite("plain numbers read from their bytes")
struct PlainNumberReadingTests {
    @Test("every text of up to 6 characters of digits and dots, and 20,000 longer ones, read as the rules read them")
    func sameAsTheRules() {
        let alphabet: [Character] = ["0", "1", "7", "9", "."]
        var answered = 0
        func check(_ text: String) {
            guard let plain = VietnameseNumber.plainReading(text) else { return }
            answered += 1
            #expect(plain == VietnameseNumber.readingByTheRules(text), "\(text)")
        }
        var texts = [""]
        for _ in 1...6 {
            texts = texts.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts.forEach(check)
        }
        var random = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
        let longer: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "."]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 7..<21, using: &random) {
                // A dot one time in three draws at most, digits otherwise.
                text.append(longer[Int.random(in: 0..<(Int.random(in: 0..<3, using: &random) == 0 ? 11 : 10), using: &random)])
            }
            check(text)
        }
        for text in ["1.130", "10.248", "1.234.567", "0.130", "00.130", "0.130.000", "999999999999999", "1.234.567.890.123"] { check(text) }
        #expect(answered > 2_000)
    }

    @Test("what it leaves to the rules")
    func leaves() {
        for text in ["", ".", "1.", ".130", "1.13", "1.1300", "1234.567", "1,130", "-5", "+5", "5%", " 5", "1 130", "0.130",
                     "1.130.13", "1234567890123456", "١٢٣"] {
            #expect(VietnameseNumber.plainReading(text) == nil, "\(text)")
        }
    }
}
