import Foundation

/// How a unit's name is compared with the roster's when an input gives no code.
///
/// Two names are the same when their keys are equal. The key of a name is the name in
/// Unicode NFC, lower case, with every run of spaces (non-breaking ones too) one space and none
/// at the ends, the tone mark of a final `oa`, `oe`, `uy` on the second vowel (`Hòa` and `Hoà`,
/// `Thủy` and `Thuỷ` are one name), and without a leading `UBND` or `Ủy ban nhân dân`. The
/// word of the unit's kind (`xã`, `phường`, `thị trấn`, `đặc khu`, `huyện`, `quận`, `thị xã`,
/// `thành phố`, `tỉnh`) is kept in `key`; `bareKey` drops it too, and is used only when no
/// full key fits (`Tân Hòa` finds `Xã Tân Hòa`, unless a `Phường Tân Hòa` fits as well: then
/// the name is ambiguous, and nothing is guessed).
public enum UnitName {
    /// The words of a unit's kind, longest first (so `thị xã` is not read as `thị` + `xã`).
    static let kinds = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"]
    /// The prefixes naming the People's Committee, in the key's spelling.
    static let committees = ["ubnd", "uỷ ban nhân dân"]

    /// The name compared with the kind of unit kept (`xã tân hoà`).
    public static func key(_ name: String) -> String {
        var text = name.precomposedStringWithCanonicalMapping.lowercased()
        text = text.split(whereSeparator: { $0.isWhitespace }).map { toneOnSecondVowel(String($0)) }.joined(separator: " ")
        for prefix in committees where text.hasPrefix(prefix + " ") {
            text = String(text.dropFirst(prefix.count + 1))
            break
        }
        return text
    }

    /// The name compared without the kind of unit (`tân hoà`).
    public static func bareKey(_ name: String) -> String {
        let text = key(name)
        for kind in kinds where text.hasPrefix(kind + " ") { return String(text.dropFirst(kind.count + 1)) }
        return text
    }

    /// Old and new placements of the tone mark in a word ending in `oa`, `oe`, `uy`: the key
    /// writes it on the second vowel (`hoà`, `khoẻ`, `thuỷ`).
    static let tones: [(String, String)] = {
        // Precomposed: each vowel with grave, acute, hook, tilde, dot below.
        let marks: [Character: [Character]] = ["o": ["ò", "ó", "ỏ", "õ", "ọ"], "a": ["à", "á", "ả", "ã", "ạ"],
                                                "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "u": ["ù", "ú", "ủ", "ũ", "ụ"],
                                                "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"]]
        var pairs: [(String, String)] = []
        for (first, second) in [("o", "a"), ("o", "e"), ("u", "y")] {
            for tone in 0..<5 {
                let old = String(marks[Character(first)]![tone]) + second
                let new = first + String(marks[Character(second)]![tone])
                pairs.append((old, new))
            }
        }
        return pairs
    }()

    static func toneOnSecondVowel(_ word: String) -> String {
        for (old, new) in tones where word.hasSuffix(old) {
            // `qu` is a consonant: `quý` has its mark on the y already, and nothing to move.
            return String(word.dropLast(old.count)) + new
        }
        return word
    }
}
