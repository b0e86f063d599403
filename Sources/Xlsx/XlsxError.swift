internal import CXlsxWriter

/// A failure of libxlsxwriter, or of a check made in Swift before calling it.
///
/// It carries a code (an `lxw_error` value), the library's reason for it, and what the program
/// was doing.
/// Match on the code, as `catch XlsxError.Code.sheetNameAlreadyUsed { … }` or
/// `switch error.code { case .sheetNameTooLong: … }`.
public struct XlsxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong: an `lxw_error` value of libxlsxwriter.
    public let code: Code
    /// What the program was doing (`writing text to cell D12 of 'Bảng 2'`).
    public let operation: String
    /// What a check made in Swift found, with the offending value; nil from the library.
    ///
    /// For example `the title has 40 characters; Excel allows 32`.
    public let detail: String?

    /// The library's explanation of the code (`lxw_strerror`).
    public var reason: String { code.reason }

    /// The operation, the reason and the detail: `adding sheet BẢNG: Worksheet name is already in use. (…)`.
    public var description: String {
        var text = "\(operation): \(reason)"
        if let detail { text += " (\(detail))" }
        return text
    }

    /// An error found before calling the library, with the code the library would have used.
    init(_ code: Code, operation: String, detail: String? = nil) {
        self.code = code
        self.operation = operation
        self.detail = detail
    }
}

/// Turns a libxlsxwriter status into a Swift error: the one place that reads an `lxw_error`.
@inline(__always)
func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
    guard status != LXW_NO_ERROR else { return }
    throw XlsxError(XlsxError.Code(status), operation: operation())
}
