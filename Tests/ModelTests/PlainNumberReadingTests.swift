@testable import Model
import Testing
import XLSXReader

/// `VietnameseNumber.plainReading` reads digits and dot-grouped thousands from their bytes; the
/// rules (`readingByTheRules`) must read every text it answers for in exactly the same way.
@Suite("plain numbers read from their bytes")
struct PlainNumberReadingTests {
    @Test("every text of up to 5 characters of digits, dots, commas, spaces and %, and 20,000 longer ones, read as the rules read them")
    func sameAsTheRules() {
        let alphabet: [Character] = ["0", "1", "7", "9", ".", ",", "%", " "]
        var answered = 0
        func check(_ text: String) {
            guard let plain = VietnameseNumber.plainReading(text) else { return }
            answered += 1
            #expect(plain == VietnameseNumber.readingByTheRules(text), "\(text)")
        }
        var texts = [""]
        for _ in 1...5 {
            texts = texts.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts.forEach(check)
        }
        var random = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
        let longer: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", ","]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 6..<21, using: &random) {
                // A dot or a comma one time in three draws at most, digits otherwise.
                text.append(longer[Int.random(in: 0..<(Int.random(in: 0..<3, using: &random) == 0 ? 12 : 10), using: &random)])
            }
            check(text + ["", "%", " %"][Int.random(in: 0..<3, using: &random)])
        }
        for text in ["1.130", "10.248", "1.234.567", "0.130", "00.130", "0.130.000", "999999999999999", "1.234.567.890.123",
                     "99,95", "98,8 %", "1,130", "0,130", "00,130", "1234,567", "0,0", "100%", "1.130%", "99,999999999999"] { check(text) }
        #expect(answered > 4_000)
    }

    @Test("what it leaves to the rules")
    func leaves() {
        for text in ["", ".", "1.", ".130", "1.13", "1.1300", "1234.567", "1,234,567", "1.234,5", "1,", ",5", "-5", "+5", "5%%", "5  %",
                     "%", " %", " 5", "1 130", "0.130", "1.130.13", "1234567890123456", "1234567890,123456", "١٢٣"] {
            #expect(VietnameseNumber.plainReading(text) == nil, "\(text)")
        }
    }
    @Test("PlainNumber.double gives the Double that Double(_:) gives, bit for bit, for literals of every shape")
    func doubleAsStrtod() {
        func check(_ literal: String) {
            let fast = PlainNumber.double(literal), slow = Double(literal)
            #expect(fast?.bitPattern == slow?.bitPattern, "\(literal)")
        }
        for literal in ["0", "-0", "0.0", "-0.0", "1", "12.5", "99.95", "0.1", "0.3", "100.000", "999999999999999", "9999999999999999",
                        "0.000000000000001", "123456789.123456", "1e2", "1E-5", "-12.75", "1.", ".5", "-", "", "--1", "1-", "1.2.3",
                        "+5", " 5", "5 ", "0x10", "inf", "nan", "1_000"] {
            check(literal)
        }
        var random = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        for _ in 0..<50_000 {
            var literal = Int.random(in: 0..<4, using: &random) == 0 ? "-" : ""
            let count = Int.random(in: 1...18, using: &random)
            let point = Int.random(in: 0...count, using: &random)
            for index in 0..<count {
                if index == point && index > 0 { literal.append(".") }
                literal.append(digits[Int.random(in: 0..<10, using: &random)])
            }
            check(literal)
        }
    }

    @Test("PlainNumber.decimals counts as splitting the shortest form did")
    func decimalsAsSplitting() {
        func bySplitting(_ value: Double) -> Int {
            guard value.isFinite else { return 0 }
            let parts = "\(abs(value))".split(separator: "e", maxSplits: 1)
            let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
            var fraction = parts[0].split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return max(0, fraction.count - exponent)
        }
        var random = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
        var values: [Double] = [0, -0.0, 1, 99.5, 99.95, 100, 1e-5, 1.5e20, 1e300, 5e-324, .infinity, -.infinity, .nan, 0.1 + 0.2, 1e15, 1e16]
        for _ in 0..<20_000 {
            values.append(Double(bitPattern: random.next()))
            values.append(Double(Int.random(in: 0..<1_000_000, using: &random)) / [1, 10, 100, 1_000, 10_000][Int.random(in: 0..<5, using: &random)])
        }
        for value in values { #expect(PlainNumber.decimals(value) == bySplitting(value), "\(value)") }
    }
}
