/// A relation between rows that must hold, declared in a template next to the rows it concerns.
///
/// In the spirit of DHIS2 validation rules: a left side, an operator, a right side (each a sum of
/// terms), a severity, a message, and what to do when a value is missing. On a per-year template
/// the check is applied to each year separately.
public struct Check: Codable, Sendable, Equatable {
    /// Stable identifier of the check, unique in the template.
    public var id: String
    /// Terms added up on the left: row ids, or `rowid.numerator` / `rowid.denominator` for the
    /// counts given with a derived row.
    public var left: [String]
    /// The comparison: `<=`, `<`, `>=`, `>`, `==`, `!=`.
    public var op: Operator
    /// Terms added up on the right.
    public var right: [String]
    /// `error` stops `cchc fill`; `warning` is printed and the workbook is written.
    public var severity: Severity
    /// What is wrong, in Vietnamese, as the user should read it.
    public var message: String
    /// The message in other languages, by language code (`{ "en": "…" }`); the Vietnamese one is
    /// used for a language not given.
    public var translations: [String: String]?
    /// What to do when a term has no value (default `skip-if-any`).
    public var missing: MissingStrategy?
    /// For `==` and `!=`: how far apart the sides may be and still count as equal (default 0).
    public var tolerance: Double?

    /// A comparison operator.
    public enum Operator: String, Codable, Sendable, CaseIterable {
        case lessOrEqual = "<="
        case less = "<"
        case greaterOrEqual = ">="
        case greater = ">"
        case equal = "=="
        case notEqual = "!="

        /// The operator as messages print it: `≤`, `≥`, `=`, `≠` …
        public var symbol: String {
            switch self {
            case .lessOrEqual: return "≤"
            case .less: return "<"
            case .greaterOrEqual: return "≥"
            case .greater: return ">"
            case .equal: return "="
            case .notEqual: return "≠"
            }
        }
    }

    /// What to do when terms of a check have no value.
    public enum MissingStrategy: String, Codable, Sendable, CaseIterable {
        /// Skip the check when any term is blank (the default).
        case skipIfAny = "skip-if-any"
        /// Skip only when every term is blank; other blanks count as 0.
        case skipIfAll = "skip-if-all"
        /// Never skip; blanks count as 0.
        case never
    }

    public init(id: String, left: [String], op: Operator, right: [String], severity: Severity,
                message: String, translations: [String: String]? = nil, missing: MissingStrategy? = nil,
                tolerance: Double? = nil) {
        self.id = id
        self.left = left
        self.op = op
        self.right = right
        self.severity = severity
        self.message = message
        self.translations = translations
        self.missing = missing
        self.tolerance = tolerance
    }
}
