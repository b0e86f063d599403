/// What text libxlsxwriter can put into a part of the file: XML 1.0 holds no NUL, no C0 control
/// other than tab, line feed and carriage return, and neither U+FFFE nor U+FFFF; and a C string
/// ends at its first NUL. The library writes such text as it is, making the part malformed
/// (Excel repairs the file, LibreOffice drops what follows, openpyxl refuses it) or cut short.
///
/// The model refuses these characters in everything it reads; this is the last guard, so that
/// whatever text reaches the library, a workbook is either well formed or not written.
enum XMLText {
    /// The first character of `text` that no part can hold, or nil.
    static func firstUnwritable(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }

    /// Throws `.parameterValidation` when one of `texts` holds a character no part can hold.
    static func check(_ texts: [String?], _ operation: @autoclosure () -> String) throws(XlsxError) {
        for case let text? in texts {
            if let bad = firstUnwritable(text) {
                let hex = String(bad.value, radix: 16, uppercase: true)
                throw XlsxError(.parameterValidation, operation: operation(),
                                detail: "the text holds U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                                    + ", which a workbook's XML cannot hold")
            }
        }
    }
}
