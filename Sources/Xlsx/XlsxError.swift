internal import CXlsxWriter

/// A failure reported by libxlsxwriter, with the library's reason and what we were doing.
public struct XlsxError: Error, Sendable, CustomStringConvertible {
    /// The library's status code (an `lxw_error` value).
    public let code: Int
    /// The library's explanation of the code.
    public let reason: String
    /// What the program was doing (`writing cell D12 of 'Bảng 2'`).
    public let operation: String

    public var description: String { "\(operation): \(reason)" }
}

/// Turns a libxlsxwriter status into a Swift error; the one place that reads `lxw_error`.
@inline(__always)
func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
    guard status != LXW_NO_ERROR else { return }
    let reason = lxw_strerror(status).map { String(cString: $0) } ?? "unknown error"
    throw XlsxError(code: Int(status.rawValue), reason: reason, operation: operation())
}
