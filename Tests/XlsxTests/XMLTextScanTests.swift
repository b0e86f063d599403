import Testing
import XLSXReader
@testable import Xlsx

/// `XMLText.firstUnwritable` reads eight bytes at a time where none can be unwritable: it must
/// find what a scalar-by-scalar scan finds, wherever the character stands against the eight-byte
/// steps and whatever surrounds it.
@Suite("the first character no XML part can hold, found eight bytes at a time")
struct XMLTextScanTests {
    /// The scan as written before the eight-byte steps: scalar by scalar.
    static func reference(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            (scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A && scalar.value != 0x0D)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }

    /// Scalars a cell holds: ASCII, Vietnamese letters, and those whose UTF-8 starts with EF
    /// (U+F000…U+FFFD) or ends with BE / BF, which the scan must not take for U+FFFE / U+FFFF.
    static let fine: [Unicode.Scalar] = ["a", " ", "1", "\t", "\n", "\r", "~", "\u{7F}", "\u{E0}", "\u{1EA1}", "\u{0110}", "\u{FEFF}",
                                         "\u{FFFD}", "\u{F000}", "\u{EFBF}", "\u{FFBE}", "\u{1FFFE}", "\u{10FFFF}", "\u{3FBF}", "\u{20}"]
    static let bad: [Unicode.Scalar] = ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{1B}", "\u{FFFE}", "\u{FFFF}"]

    @Test("one unwritable character at every place of texts up to 40 scalars long, among every kind of other")
    func everyPlace() {
        for length in 1...40 {
            for place in 0..<length {
                for (n, bad) in Self.bad.enumerated() {
                    var text = ""
                    for i in 0..<length { text.unicodeScalars.append(i == place ? bad : Self.fine[(i * 7 + n + length) % Self.fine.count]) }
                    #expect(XMLText.firstUnwritable(text) == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
                }
            }
        }
    }

    @Test("random texts of fine and unwritable characters")
    func random() {
        var random = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<next(60) {
                text.unicodeScalars.append(next(50) == 0 ? Self.bad[next(Self.bad.count)] : Self.fine[next(Self.fine.count)])
            }
            #expect(XMLText.firstUnwritable(text) == Self.reference(text))
        }
    }
}
