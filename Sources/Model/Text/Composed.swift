import Foundation

/// Unicode NFC (canonical composition), without Foundation where the text is composed already.
///
/// `precomposedStringWithCanonicalMapping` bridges the text to an `NSString` and back through
/// UTF-16 (some 20,000 instructions for a short name, and the first call at a run's start far
/// more); the texts of the forms are nearly always composed already.
public enum Composed {
    /// Whether `text` is in NFC for certain, by its scalars alone: every one below U+0300 (no
    /// combining mark, no singleton), a precomposed Latin letter (U+1E00–U+1EFF: the Vietnamese
    /// letters with two marks) or general punctuation (U+2010–U+206F: dashes, quotes). None of
    /// these decomposes to anything that composes otherwise, and none combines with the scalar
    /// before it. A text with any other scalar may still be NFC; `nfc` then asks Foundation.
    public static func isComposed(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 {
            return text.unicodeScalars.allSatisfy { scalar in
                scalar.value < 0x300 || (0x1E00...0x1EFF).contains(scalar.value) || (0x2010...0x206F).contains(scalar.value)
            }
        }
        return true
    }

    /// `text` in NFC: itself when `isComposed`, else `precomposedStringWithCanonicalMapping`.
    public static func nfc(_ text: String) -> String {
        isComposed(text) ? text : text.precomposedStringWithCanonicalMapping
    }
}
