/// An error a user can cause, carrying what was wrong and where it came from.
public enum CCHCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template file (or the templates directory) is unusable.
    case templates(String, String)
    /// The input names a template that does not exist.
    case unknownTemplate(String, String)
    /// The input file cannot be read or parsed: file, JSON path, message.
    case input(file: String, path: String, message: String)
    /// The input has findings of severity error (the findings are reported separately).
    case findings(file: String, errors: Int)
    /// Writing the output failed: path, message.
    case output(String, String)
    /// The command was misused.
    case usage(String)

    public var description: String {
        switch self {
        case .templates(let file, let message): return "\(file): \(message)"
        case .unknownTemplate(_, let message): return message
        case .input(let file, let path, let message): return "\(file): \(path): error: \(message)"
        case .findings(let file, let errors):
            return "\(file): \(errors) error\(errors == 1 ? "" : "s") found; nothing was written (use --allow-errors to write anyway)"
        case .output(let path, let message): return "\(path): \(message)"
        case .usage(let message): return message
        }
    }
}
