import Testing
import XLSXReader
@testable import Model

/// `JSONParser.validString`, a string's bytes decoded and compared, against the standard
/// library's `String(validating:as:)`, which it stands in for.
@Suite("JSON strings validated as String(validating:) validates them")
struct ValidStringTests {
    @Test("random bytes: valid and broken sequences, overlong forms, surrogates, lone continuation bytes")
    func random() {
        let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xA1], [0xE1, 0xBA, 0xA1], [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBF, 0xBD],
                                 [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3], [0xE1, 0xBA], [0xF0, 0x9F, 0x98], [0x00], [0x7F]]
        var random = SeededGenerator(state: 0x0DDB_A11C_AFE0_F00D)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        var invalid = 0
        for _ in 0..<30_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) { bytes += pieces[next(next(4) == 0 ? pieces.count : 6)] }
            let expected = String(validating: bytes, as: UTF8.self)
            let got = bytes.withUnsafeBufferPointer { JSONParser.validString($0) }
            #expect(got == expected, "\(bytes)")
            if expected == nil { invalid += 1 }
        }
        #expect(invalid > 1_000)
    }
}
