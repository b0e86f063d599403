import Foundation
import Model
import XlsxRead

/// Texts of a form's sheet compared as a person reads them: Unicode NFC, every run of white
/// space (line breaks, non-breaking spaces) one space, no case, no trailing punctuation, so that
/// `Số TTHC  được rà soát.` and `số tthc được rà soát` are the same label.
enum LayoutText {
    /// The comparable form of `text`.
    static func normalised(_ text: String) -> String {
        let composed = Composed.nfc(text)
        // Lower case scalar by scalar where that is certain (the Vietnamese alphabet), else the
        // whole text through the standard library's full case mapping.
        if let fast = collapsed(composed.unicodeScalars, lowering: true) { return fast }
        return collapsed(composed.lowercased().unicodeScalars, lowering: false) ?? ""
    }

    /// `scalars` (lowered one by one when `lowering`, or nil at a scalar whose lower case is not
    /// known here) with every run of white space one space, none at either end, and no trailing
    /// `.,:;`.
    private static func collapsed(_ scalars: String.UnicodeScalarView, lowering: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count + 8)
        var space = false
        for original in scalars {
            var scalar = original
            if lowering {
                guard let lower = lowercase(original) else { return nil }
                scalar = lower
            }
            if isSpace(scalar) {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        while let last = out.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == 0x20 {
            out.removeLast()
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lower case of `scalar` (as `String.lowercased()` gives it) for the scalars of the
    /// Vietnamese alphabet, Latin-1 and general punctuation; nil for any other.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return Unicode.Scalar(value + 0x20)
        case 0x00...0xFF: return scalar
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return Unicode.Scalar(value + 1)  // Ă Đ Ĩ Ũ Ơ Ư
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return scalar
        case 0x1EA0...0x1EF9: return Unicode.Scalar(value | 1)  // Ạ … Ỹ, each before its small letter
        case 0x2010...0x206F: return scalar
        default: return nil
        }
    }

    /// White space as `CharacterSet.whitespacesAndNewlines` has it, and the non-breaking space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar == "\u{00A0}" || whitespace.contains(scalar)
    }

    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// What a cell shows as text: its text, or a number as written (`1`, `2.5`), else nil.
    static func text(of cell: XlsxCell?) -> String? {
        switch cell?.value {
        case .text(let text)?: return text
        case .number(let number)?: return DecimalText.literal(number)
        default: return nil
        }
    }

    /// Whether `text` (normalised) is `pattern` (a template's text, normalised) with each
    /// placeholder (`{year}`, `{portal}` …) standing for any text; the texts of the placeholders
    /// in order, or nil when it is not.
    static func match(_ text: String, pattern: String) -> [String]? {
        var fixed: [String] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            fixed.append(String(rest[..<open]))
            rest = rest[rest.index(after: close)...]
        }
        fixed.append(String(rest))
        guard fixed.count > 1 else { return text == pattern ? [] : nil }
        var remaining = Substring(text)
        guard remaining.hasPrefix(fixed[0]) else { return nil }
        remaining = remaining.dropFirst(fixed[0].count)
        var captured: [String] = []
        for (offset, part) in fixed.enumerated().dropFirst() {
            let isLast = offset == fixed.count - 1
            if isLast {
                guard remaining.hasSuffix(part), remaining.count >= part.count else { return nil }
                captured.append(String(remaining.dropLast(part.count)))
            } else {
                guard !part.isEmpty, let range = remaining.range(of: part) else { return nil }
                captured.append(String(remaining[..<range.lowerBound]))
                remaining = remaining[range.upperBound...]
            }
        }
        return captured
    }

    /// The first year (1990–2100) written in `text` as four digits standing alone, if any.
    static func year(in text: String) -> Int? {
        let digits = Array(text)
        var i = 0
        while i < digits.count {
            guard digits[i].isASCII, digits[i].isNumber else { i += 1; continue }
            var j = i
            while j < digits.count, digits[j].isASCII, digits[j].isNumber { j += 1 }
            if j - i == 4, let year = Int(String(digits[i..<j])), InputReader.yearRange.contains(year) { return year }
            i = j
        }
        return nil
    }
}
