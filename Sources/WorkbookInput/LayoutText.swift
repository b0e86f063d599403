import Foundation
import Model
import XlsxRead

/// Texts of a form's sheet compared as a person reads them: Unicode NFC, every run of white
/// space (line breaks, non-breaking spaces) one space, no case, no trailing punctuation, so that
/// `Số TTHC  được rà soát.` and `số tthc được rà soát` are the same label.
enum LayoutText {
    /// The comparable form of `text`.
    static func normalised(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = ""
        var space = false
        for scalar in composed.unicodeScalars {
            if CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar == "\u{00A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        while let last = out.last, ".,:;".contains(last) || last == " " { out.removeLast() }
        return out
    }

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
