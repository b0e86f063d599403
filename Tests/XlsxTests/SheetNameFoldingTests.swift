import Foundation
import Testing
@testable import Xlsx

/// `SheetNames.folded`, the key of a sheet name made scalar by scalar, against Foundation's NFC
/// and case folding, which it stands in for.
@Suite("sheet names folded scalar by scalar as Foundation folds them")
struct SheetNameFoldingTests {
    static func foundation(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    @Test("every scalar it folds, alone and between letters, folds as Foundation folds it")
    func everyScalar() {
        var folded = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(Character(scalar)), "Bảng " + String(Character(scalar)) + "2"] {
                guard let key = SheetNames.folded(text) else { continue }
                #expect(key == Self.foundation(text), "U+\(String(value, radix: 16))")
                folded += 1
            }
        }
        #expect(folded > 800)
        #expect(SheetNames.folded("Straße") == nil && SheetNames.folded("µ") == nil && SheetNames.folded("a\u{0301}") == nil)
    }

    @Test("the bundled forms' sheet names, and names that differ only in case, give one key")
    func names() {
        for (a, b) in [("Bảng 2", "BẢNG 2"), ("Phụ lục 3", "PHỤ LỤC 3"), ("Đơn vị – Ủy ban", "đơn vị – ủy ban"), ("Kiểm tra", "KIỂM TRA")] {
            #expect(SheetNames.folded(a) != nil && SheetNames.folded(a) == SheetNames.folded(b))
            #expect(SheetNames.comparisonKey(a) == Self.foundation(a))
        }
    }
}
