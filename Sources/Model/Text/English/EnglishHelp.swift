/// The command line's help in English.
enum EnglishHelp {
    static func text(_ text: HelpText) -> String {
        ""
    }
}
