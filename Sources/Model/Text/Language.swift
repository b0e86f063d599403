/// The language of everything a user reads: messages, findings, the sheets the tool adds, help.
///
/// Vietnamese is the default. English is chosen with `--lang en`, or when the environment's
/// locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`) starts with `en`. Workbooks follow only an
/// explicit `--lang`, never the environment, so that the same input gives the same file on every
/// machine.
public enum Language: String, Sendable, CaseIterable {
    case vi
    case en

    /// The language a process should speak, and whether it was asked for on the command line.
    public static func detect(arguments: [String], environment: [String: String]) -> (language: Language, explicit: Bool) {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", arguments.index(after: index) < arguments.endIndex,
               let language = Language(code: arguments[arguments.index(after: index)]) {
                return (language, true)
            }
            if argument.hasPrefix("--lang="), let language = Language(code: String(argument.dropFirst("--lang=".count))) {
                return (language, true)
            }
            index = arguments.index(after: index)
        }
        for name in environmentVariables {
            guard let value = environment[name], !value.isEmpty else { continue }
            return (value.lowercased().hasPrefix("en") ? .en : .vi, false)
        }
        return (.vi, false)
    }

    /// The variables that tell the locale, in the order they are consulted.
    public static let environmentVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// A language from its code (`vi`, `en`, `vi_VN`, `en-US` …), or nil.
    public init?(code: String) {
        let base = code.lowercased().prefix { $0.isLetter }
        guard let language = Language(rawValue: String(base)) else { return nil }
        self = language
    }
}
