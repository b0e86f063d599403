import Model

/// The common command lines of `fill` and `submit` — files, `-o`, `-q`, `--allow-errors`,
/// `--jobs`, `--templates`, `--template` (fill), `--lang`, each option at most once — read
/// without ArgumentParser.
///
/// ArgumentParser builds a command's definition by reflection and parses the arguments three
/// times (twice for its completion commands): 14.7 million instructions of the 35.6 million of a
/// small `cchc fill` from process start, paid again by every worker process of a batch (a
/// worker starts with the batch's arguments). Anything else — another option, `--opt=value`,
/// `-qo`, `--`, a value that starts with `-`, an invalid `--jobs` or `--lang`, a word the root
/// command answers (`help`, `--version` …), an option given twice, no file — gives nil, and
/// ArgumentParser parses the line as before, with its help and its messages. A CLI test runs
/// each such line both ways and compares what they do.
enum QuickParse {
    /// The run a command line calls for, or nil when ArgumentParser must read it.
    static func command(_ arguments: [String]) -> (() throws -> Void)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "fill":
            guard let line = line(rest, acceptsTemplate: true) else { return nil }
            return { try FillCommand.run(line) }
        case "submit":
            guard let line = line(rest, acceptsTemplate: false) else { return nil }
            return { try SubmitCommand.run(line) }
        default:
            return nil
        }
    }

    /// The options and files of a `fill` or `submit` line.
    typealias Line = WriteOptions

    /// The line `arguments` (after the command's name), or nil when it is not a common one.
    static func line(_ arguments: ArraySlice<String>, acceptsTemplate: Bool) -> Line? {
        var line = Line()
        var given: Set<String> = []
        var index = arguments.startIndex
        /// The value after an option: a word that does not start with `-`.
        func value() -> String? {
            guard index < arguments.endIndex else { return nil }
            let word = arguments[index]
            guard !word.isEmpty, !word.hasPrefix("-"), !CCHC.rootArguments.contains(word) else { return nil }
            index += 1
            return word
        }
        while index < arguments.endIndex {
            let word = arguments[index]
            index += 1
            guard !word.isEmpty, !CCHC.rootArguments.contains(word) else { return nil }
            guard word.hasPrefix("-") else {
                line.files.append(word)
                continue
            }
            let option: String
            switch word {
            case "-o", "--output": option = "output"
            case "-q", "--quiet": option = "quiet"
            case "--template" where acceptsTemplate: option = "template"
            default: option = word
            }
            guard given.insert(option).inserted else { return nil }
            switch option {
            case "output": guard let output = value() else { return nil }; line.output = output
            case "quiet": line.quiet = true
            case "--allow-errors": line.allowErrors = true
            case "--jobs":
                guard let text = value(), let jobs = JobCount(argument: text) else { return nil }
                line.jobs = jobs.value
            case "--templates": guard let directory = value() else { return nil }; line.templates = directory
            case "template": guard let template = value() else { return nil }; line.template = template
            case "--lang":
                guard let lang = value(), Language(code: lang) != nil else { return nil }
                line.lang = lang
            default: return nil
            }
        }
        return line.files.isEmpty ? nil : line
    }
}
