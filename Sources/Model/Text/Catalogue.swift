/// The words of one language: how every problem, phrase and help text reads in it.
///
/// A language is one type conforming to this protocol, in a folder of its own under `Text/`
/// (`Vietnamese/`, `English/`): the switches over `Problem`, `Phrase` and `HelpText` are
/// exhaustive, so the compiler lists everything a new language still lacks. See
/// `docs/ARCHITECTURE.md`, "A new language".
public protocol LanguagePack: Sendable {
    /// How numbers are written in this language.
    var numbers: NumberText { get }
    /// A problem as one sentence (or a few, joined by `;`), without the place or the row.
    func message(_ problem: Problem) -> String
    /// A fixed text of the tool (labels, headings, summaries), filled with its values.
    func phrase(_ phrase: Phrase) -> String
    /// A text of the command line's help.
    func help(_ text: HelpText) -> String
}

/// Renders findings, phrases and help in one language. `Catalogue.vietnamese` is the default of
/// the whole tool.
public struct Catalogue: Sendable {
    public let language: Language
    private let pack: any LanguagePack

    public static let vietnamese = Catalogue(.vi)
    public static let english = Catalogue(.en)
    /// How many units a note or a finding names before saying how many more there are.
    public static let namedUnits = 10

    public init(_ language: Language) {
        self.language = language
        switch language {
        case .vi: pack = Vietnamese()
        case .en: pack = English()
        }
    }

    /// How numbers are written in this language.
    public var numbers: NumberText { pack.numbers }

    /// What `problem` says, on one line.
    public func message(_ problem: Problem) -> String { TextLimit.oneLine(pack.message(problem)) }

    /// A fixed text of the tool.
    public func phrase(_ phrase: Phrase) -> String { pack.phrase(phrase) }

    /// A text of the help.
    public func help(_ text: HelpText) -> String { pack.help(text) }

    /// `error` / `warning` as the text of a finding line writes them (`lỗi`, `cảnh báo`).
    public func severity(_ severity: Severity) -> String { phrase(.severity(severity)) }

    /// `[STT label, năm Y]`: the row and year of a finding as a line shows them, or "".
    public func rowTag(_ location: Location) -> String {
        if let label = location.label {
            let number = (location.stt ?? "").isEmpty ? "" : "\(location.stt!) "
            var text = "[\(number)\(label)"
            if let column = location.column { text += " (\(column))" }
            if let year = location.year { text += ", \(phrase(.year(year)))" }
            return text + "] "
        }
        if let year = location.year { return "[\(phrase(.year(year)))] " }
        return ""
    }

    /// `file: place: severity: [STT label, năm Y] message`, on one line. The file and place are
    /// left out when the finding has none.
    public func line(_ finding: Finding) -> String {
        var text = ""
        if !finding.location.file.isEmpty { text += finding.location.file + ": " }
        if let unit = finding.location.unit, !unit.isEmpty { text += "(\(unit)) " }
        if finding.location.place != .file { text += finding.location.placeText + ": " }
        text += severity(finding.severity) + ": " + rowTag(finding.location)
        return TextLimit.oneLine(text + pack.message(finding.problem))
    }

    /// `2 lỗi, 1 cảnh báo`.
    public func summary(_ findings: [Finding]) -> String {
        phrase(.summary(errors: findings.errorCount, warnings: findings.warningCount))
    }
}
