import Foundation

/// ASCII forms of Vietnamese text, for file names and identifiers.
///
/// Vietnamese letters are folded to their base letter (`ỹ` → `y`, `Ơ` → `O`, `đ` → `d`, `Đ` → `D`):
/// the text is decomposed (NFD) and its combining marks dropped; `đ`/`Đ` have no decomposition and
/// are mapped by hand. `Mỹ Tú` → `My Tu` (`fold`) → `my-tu` (`make`).
public enum Slug {
    /// The text with Vietnamese (and other Latin) letters folded to ASCII; other characters kept.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ": out.append("d")
            case "Đ": out.append("D")
            default:
                // Combining marks (tones, breve, circumflex, horn) carry no letter of their own.
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A lowercase ASCII slug: letters and digits, runs of anything else turned into one `-`,
    /// no `-` at either end. `UBND huyện Mỹ Tú` → `ubnd-huyen-my-tu`; empty when nothing is left.
    public static func make(_ text: String, separator: Character = "-") -> String {
        var out = ""
        var pendingSeparator = false
        for scalar in fold(text).unicodeScalars {
            if scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)) {
                if pendingSeparator && !out.isEmpty { out.append(separator) }
                pendingSeparator = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingSeparator = true
            }
        }
        return out
    }
}
