/// Where a finding stands: the file, the place in it (a JSON path, or a sheet and cell), and the
/// template row, year and column it concerns.
public struct Location: Sendable, Equatable {
    /// The place inside the file.
    public enum Place: Sendable, Equatable {
        /// The file as a whole.
        case file
        /// A value of a JSON document.
        case json(JSONPath)
        /// A cell of a workbook (`Bảng 2`, `D19`).
        case cell(sheet: String, reference: String)
    }

    /// The file the finding is about.
    public var file: String
    public var place: Place
    /// The template row concerned (its id), with its STT and label for people.
    public var row: String?
    public var stt: String?
    public var label: String?
    /// The year concerned on per-year templates.
    public var year: Int?
    /// The keyed value column concerned (a field of a contact row).
    public var column: String?
    /// The unit whose report the finding is about, when several units' reports are read
    /// together (`cchc consolidate` carries each unit's findings with its name).
    public var unit: String?

    public init(file: String, place: Place = .file, row: String? = nil, stt: String? = nil, label: String? = nil,
                year: Int? = nil, column: String? = nil, unit: String? = nil) {
        self.file = file
        self.place = place
        self.row = row
        self.stt = stt
        self.label = label
        self.year = year
        self.column = column
        self.unit = unit
    }

    /// A location at a JSON path of `file`.
    public init(file: String, path: JSONPath, row: Row? = nil, year: Int? = nil, column: String? = nil, unit: String? = nil) {
        self.init(file: file, place: .json(path), row: row?.id, stt: row?.stt, label: row?.label, year: year, column: column, unit: unit)
    }

    /// The JSON path, when the place is one.
    public var path: JSONPath? {
        if case .json(let path) = place { return path }
        return nil
    }

    /// The place as written in messages: `$.values["i.1"]`, `'Bảng 2'!D19`, or `$` for the file.
    public var placeText: String {
        switch place {
        case .file: return "$"
        case .json(let path): return path.description
        case .cell(let sheet, let reference): return "\(sheet)!\(reference)"
        }
    }
}
