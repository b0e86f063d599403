import Foundation
import Model
import Testing

/// Values as cell text and back: Đạt/Không đạt, coded answers, fractions, counts.
@Suite("CellText")
struct CellTextTests {
    @Test("trimmingSpaces trims exactly what Foundation's .whitespaces trims, at either end, for every kind of space and its neighbours")
    func trimmingSpacesMatchesFoundation() {
        let ends: [Unicode.Scalar] = ["\t", " ", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{200B}",
                                      "\u{202F}", "\u{205F}", "\u{3000}", "\n", "\r", "\u{85}", "\u{2028}", "\u{FEFF}", "a", "Đ", "1", "%"]
        for first in ends {
            for last in ends {
                for middle in ["", "x", "1.234", "Không đạt", " a b "] {
                    let text = String(first) + middle + String(last)
                    #expect(CellText.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
                }
            }
        }
        #expect(CellText.trimmingSpaces("") == "")
        #expect(CellText.trimmingSpaces(" \t ") == "")
    }

    static let legend = [LegendEntry(code: 1, label: "Có"), LegendEntry(code: 0, label: "Không")]

    @Test("Đạt / Không đạt in any case and either Unicode form", arguments: [
        ("Đạt", true), ("đạt", true), ("ĐẠT", true), (" Đạt ", true), ("Không đạt", false), ("không ĐẠT", false),
        ("Đạt".decomposedStringWithCanonicalMapping, true), ("Không đạt".decomposedStringWithCanonicalMapping.uppercased(), false),
    ])
    func pass(_ text: String, _ value: Bool) {
        #expect(CellText.pass(from: text) == value, "\(text.unicodeScalars.map { $0.value })")
    }

    @Test("what is not Đạt / Không đạt", arguments: ["Dat", "Khong dat", "Đạt 80%", "", "1", "Không", "Không  đạt"])
    func notPass(_ text: String) {
        #expect(CellText.pass(from: text) == nil, "\(text)")
    }

    @Test("pass round trip")
    func passRoundTrip() {
        for value in [true, false] { #expect(CellText.pass(from: CellText.pass(value)) == value) }
        #expect(CellText.pass(true) == CellText.passed && CellText.pass(false) == CellText.failed)
    }

    @Test("fractions of two whole numbers in either notation")
    func fractions() throws {
        let read = try #require(CellText.fraction(from: "24/24"))
        #expect(read.numerator == 24 && read.denominator == 24)
        let grouped = try #require(CellText.fraction(from: "4.819/5.816"))
        #expect(grouped.numerator == 4819 && grouped.denominator == 5816)
        let spaced = try #require(CellText.fraction(from: "0 / 3"))
        #expect(spaced.numerator == 0 && spaced.denominator == 3)
        for text in ["24", "1/2/3", "-1/2", "1,5/2", "5%/10", "/", "", "a/b", "1/"] {
            #expect(CellText.fraction(from: text) == nil, "\(text)")
        }
        for (n, d) in [(24.0, 24.0), (4819, 5816), (0, 0), (1_234_567, 7)] {
            let text = CellText.fraction(numerator: n, denominator: d)
            let back = try #require(CellText.fraction(from: text), "\(text)")
            #expect(back.numerator == n && back.denominator == d, "\(text)")
        }
        #expect(CellText.fraction(numerator: 4819, denominator: 5816) == "4.819/5.816")
    }

    @Test("coded answers by label (any case, either form) or by code")
    func answers() {
        #expect(CellText.answer(from: "Có", legend: Self.legend)?.code == 1)
        #expect(CellText.answer(from: "có", legend: Self.legend)?.code == 1)
        #expect(CellText.answer(from: "KHÔNG", legend: Self.legend)?.code == 0)
        #expect(CellText.answer(from: "Không".decomposedStringWithCanonicalMapping, legend: Self.legend)?.code == 0)
        #expect(CellText.answer(from: " 1 ", legend: Self.legend)?.code == 1)
        #expect(CellText.answer(from: "0", legend: Self.legend)?.label == "Không")
        for text in ["2", "Khong", "Có thể", "", "-1"] {
            #expect(CellText.answer(from: text, legend: Self.legend) == nil, "\(text)")
        }
        // Round trip: the text a cell shows for an answer reads back as the same entry.
        for entry in Self.legend {
            #expect(CellText.answer(from: CellText.text(.code(entry.code, label: entry.label)), legend: Self.legend) == entry)
        }
    }

    @Test("values as people read them; which ones a cell holds as text")
    func text() {
        #expect(CellText.text(.blank) == "")
        #expect(CellText.text(.number(10248)) == "10.248")
        #expect(CellText.text(.number(98.8)) == "98,8")
        #expect(CellText.text(.number(98.8), kind: .percent) == "98,80")
        #expect(CellText.text(.code(1, label: "Có")) == "Có")
        #expect(CellText.text(.pass(true)) == "Đạt")
        #expect(CellText.text(.text("x")) == "x")
        let rate = Rate(numerator: 10243, denominator: 10248, numeratorFromRow: false, denominatorFromRow: false, reported: nil)
        #expect(CellText.text(.rate(rate)) == NumberText.vietnamese.twoDecimals(10243.0 / 10248 * 100))
        #expect(CellText.text(.rate(Rate(numerator: nil, denominator: nil, numeratorFromRow: false, denominatorFromRow: false, reported: nil))) == "")
        #expect(CellText.cellString(.pass(false)) == "Không đạt")
        #expect(CellText.cellString(.fraction(numerator: 3, denominator: 4)) == "3/4")
        #expect(CellText.cellString(.text("x")) == "x")
        #expect(CellText.cellString(.number(1)) == nil && CellText.cellString(.code(1, label: "Có")) == nil && CellText.cellString(.blank) == nil)
    }

    @Test("the counts behind a rate")
    func counts() {
        #expect(CellText.counts(numerator: 10243, denominator: 10248, unit: "hồ sơ") == "10.243/10.248 hồ sơ")
        #expect(CellText.counts(numerator: nil, denominator: 4) == "?/4")
        #expect(CellText.counts(numerator: 1, denominator: 2, unit: "") == "1/2")
        #expect(CellText.counts(numerator: nil, denominator: nil) == nil)
    }

    @Test("blank text")
    func blank() {
        #expect(CellText.isBlank("") && CellText.isBlank("   ") && !CellText.isBlank(" x "))
    }
}
