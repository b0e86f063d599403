/// The texts of the command line's help: each command's abstract and discussion, and the help
/// of its arguments and options. Each language writes them in its `help(_:)`.
public enum HelpText: Sendable, Hashable {
    /// A command's one-line abstract.
    case abstract(Command)
    /// A command's discussion, shown under `--help`.
    case discussion(Command)
    /// The help of one argument or option of a command (`inputs`, `allow-errors` …).
    case option(Command, String)

    /// The commands of `cchc`.
    public enum Command: String, Sendable, Hashable, CaseIterable {
        case cchc, templates, templatesList = "templates list", templatesShow = "templates show", `init`, validate, fill, submit, diff, export, consolidate, status
    }
}
