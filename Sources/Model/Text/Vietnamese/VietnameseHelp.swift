/// The command line's help in Vietnamese.
enum VietnameseHelp {
    static func text(_ text: HelpText) -> String {
        ""
    }
}
