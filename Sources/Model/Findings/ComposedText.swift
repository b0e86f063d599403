/// A text that a workbook composes from the template and fields of the input, rather than
/// copying one field: what `text.composed-too-long` is about. Line numbers count from 1.
public enum ComposedText: Sendable, Equatable {
    /// A line above the title (`PHỤ LỤC 2`), placeholders filled.
    case aboveTitle(line: Int)
    /// A title line, placeholders filled (`{unit}`, `{province}`, `{year}` …).
    case title(line: Int)
    /// A line of the template's subtitle, placeholders filled.
    case subtitle(line: Int)
    /// The line under the title that names the reporting unit: `Đơn vị báo cáo: <name> – <province>`.
    case unitLine
    /// The line under the title that gives the cut-off date.
    case cutoffLine
    /// A cell of a header row, placeholders filled.
    case header(row: Int)
    /// A footnote line, placeholders filled.
    case footnote(line: Int)
    /// A row's Ghi chú cell: the counts of a rate, then the note.
    case note
    /// A comment on a cell of a row: the remark on a reported rate, then the note.
    case comment
    /// A line of the issuing body at the top of a submission's cover (by default the unit's name
    /// in capitals).
    case coverIssuer(line: Int)
    /// The cover's `Số: …` line.
    case coverNumber
    /// The cover's place and date line.
    case coverPlaceAndDate
    /// The cover's `(Kèm theo Báo cáo số … ngày … của …)` line.
    case coverAttached
    /// A line of the cover's *Nơi nhận*, with its leading `- `.
    case coverRecipient(line: Int)
    /// The line under the title of the `Kiểm tra` sheet: the unit, the report's number and date.
    case checkSheetUnit

    /// A stable name, for `details`: `title`, `unit-line`, `cover-attached` …
    public var name: String {
        switch self {
        case .aboveTitle: return "above-title"
        case .title: return "title"
        case .subtitle: return "subtitle"
        case .unitLine: return "unit-line"
        case .cutoffLine: return "cutoff-line"
        case .header: return "header"
        case .footnote: return "footnote"
        case .note: return "note"
        case .comment: return "comment"
        case .coverIssuer: return "cover-issuer"
        case .coverNumber: return "cover-number"
        case .coverPlaceAndDate: return "cover-place-and-date"
        case .coverAttached: return "cover-attached"
        case .coverRecipient: return "cover-recipient"
        case .checkSheetUnit: return "check-sheet-unit"
        }
    }

    /// The line or header row, for texts that have one.
    public var line: Int? {
        switch self {
        case .aboveTitle(let line), .title(let line), .subtitle(let line), .header(let line), .footnote(let line),
             .coverIssuer(let line), .coverRecipient(let line):
            return line
        default: return nil
        }
    }
}
