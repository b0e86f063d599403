/// What text libxlsxwriter can put into a part of the file: XML 1.0 holds no NUL, no C0 control
/// other than tab, line feed and carriage return, and neither U+FFFE nor U+FFFF; and a C string
/// ends at its first NUL. The library writes such text as it is, making the part malformed
/// (Excel repairs the file, LibreOffice drops what follows, openpyxl refuses it) or cut short.
///
/// The model refuses these characters in everything it reads; this is the last guard, so that
/// whatever text reaches the library, a workbook is either well formed or not written.
enum XMLText {
    /// The first character of `text` that no part can hold, or nil. Read as UTF-8 bytes (this runs
    /// for every cell): a C0 control is its own byte, and U+FFFE / U+FFFF are the only scalars
    /// written `EF BF BE` / `EF BF BF` (a lead byte `EF` is never inside another character).
    static func firstUnwritable(_ text: String) -> Unicode.Scalar? {
        // The bytes in place (a native string is contiguous UTF-8): iterating `text.utf8` costs
        // several times more a byte, and this is a good part of writing a cell.
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            // Eight bytes at a time while none of them is below 0x20 or is 0xEF (the usual case):
            // `(w - 0x20…) & ~w & 0x80…` marks a byte below 0x20, the same on `w ^ 0xEF…` a byte 0xEF.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    let ef = word ^ 0xEFEF_EFEF_EFEF_EFEF
                    let lead = (ef &- 0x0101_0101_0101_0101) & ~ef & 0x8080_8080_8080_8080
                    if low | lead != 0 { break }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return Unicode.Scalar(byte) }
                if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF {
                    if bytes[index + 2] == 0xBE { return "\u{FFFE}" }
                    if bytes[index + 2] == 0xBF { return "\u{FFFF}" }
                }
                index += 1
            }
            return nil
        }
    }

    /// Throws `.parameterValidation` when one of `texts` holds a character no part can hold.
    static func check(_ texts: [String?], _ operation: @autoclosure () -> String) throws(XlsxError) {
        for case let text? in texts {
            try check(text, operation())
        }
    }

    /// Throws `.parameterValidation` when `text` holds a character no part can hold.
    static func check(_ text: String, _ operation: @autoclosure () -> String) throws(XlsxError) {
        if let bad = firstUnwritable(text) {
            let hex = String(bad.value, radix: 16, uppercase: true)
            throw XlsxError(.parameterValidation, operation: operation(),
                            detail: "the text holds U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                                + ", which a workbook's XML cannot hold")
        }
    }
}
