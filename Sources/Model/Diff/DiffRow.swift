import Foundation

/// What happened to one row between the two sides of a `Diff`.
public enum DiffStatus: String, Sendable, Equatable, CaseIterable {
    /// Reported on both sides, with different values (or a different answer).
    case changed
    /// Reported on both sides, with the same value.
    case unchanged
    /// The row exists only in the new side's template (a newer version of the form).
    case added
    /// The row exists only in the old side's template.
    case removed
    /// Blank ("not reported") on one side or on both: never read as 0.
    case notReported = "not_reported"
}

/// The two counts behind a derived rate on one side (either may be missing).
public struct DiffCounts: Sendable, Equatable {
    public var numerator: Double?
    public var denominator: Double?

    public init(numerator: Double?, denominator: Double?) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// One row of a comparison: the template row (as the newer side words it), the value on each side,
/// and what changed. Headings (sections and item headers) are rows too, for context, with no status.
public struct DiffRow: Sendable, Equatable {
    /// The template row id (`iii.6.huyen-ty-le-dung-hen`).
    public var id: String
    /// For templates with several keyed value columns (a contact table): the column key compared.
    public var field: String?
    /// STT, label and unit as the new side's template has them (the old one's for removed rows).
    public var stt: String?
    public var label: String
    public var unit: String?
    /// The old side's label when the two template versions word the row differently.
    public var oldLabel: String?
    /// What the row holds (the new side's kind).
    public var kind: ValueKind
    /// Indentation level of the label.
    public var indent: Int
    /// The unit of a rate's counts (`hồ sơ`), for notes such as `10.243/10.248 hồ sơ`.
    public var countUnit: String?
    /// The value on each side; nil when the row does not exist in that side's template.
    public var old: Value?
    public var new: Value?
    /// nil for headings; otherwise what happened to the row.
    public var status: DiffStatus?
    /// new − old for numbers; for percentages (derived or given) the change in percentage points.
    /// nil when either side has no number.
    public var change: Double?
    /// change / old × 100 (a relative change); nil when undefined (old is 0, or no numbers).
    public var changePercent: Double?

    /// Builds the row and works out its status and change.
    public init(id: String, field: String? = nil, stt: String?, label: String, unit: String?, oldLabel: String? = nil,
                kind: ValueKind, indent: Int, countUnit: String? = nil, old: Value?, new: Value?) {
        self.id = id
        self.field = field
        self.stt = stt
        self.label = label
        self.unit = unit
        self.oldLabel = oldLabel
        self.kind = kind
        self.indent = indent
        self.countUnit = countUnit
        self.old = old
        self.new = new
        (status, change, changePercent) = DiffRow.compare(kind: kind, old: old, new: new)
    }

    /// Whether the row is a section or item heading (no value, no status).
    public var isHeading: Bool { !kind.holdsValue }

    /// Whether the row is a percentage: its change is in percentage points.
    public var isPercent: Bool {
        if kind == .percent { return true }
        if case .rate? = old { return true }
        if case .rate? = new { return true }
        return false
    }

    /// Whether the old (new) side reported something for the row.
    public var oldReported: Bool { old.map(DiffRow.isReported) ?? false }
    public var newReported: Bool { new.map(DiffRow.isReported) ?? false }

    /// The counts behind a rate on each side (nil when the value is not a rate).
    public var oldCounts: DiffCounts? { DiffRow.counts(old) }
    public var newCounts: DiffCounts? { DiffRow.counts(new) }

    /// For coded answers, Đạt/Không đạt, fractions and text that changed: `Không đạt → Đạt`.
    /// nil when the row did not change, or when the change is a number (see `change`).
    public var changeLabel: String? {
        guard status == .changed, change == nil, let old, let new else { return nil }
        switch (old, new) {
        case (.text, .text): return nil  // free text: too long to repeat; the two cells show it
        default: return "\(CellText.text(old)) → \(CellText.text(new))"
        }
    }

    /// Whether a filter that keeps only changes keeps this row: changed, added, removed, and rows
    /// reported on one side only (both sides blank is not a change).
    public var isChange: Bool {
        switch status {
        case .changed?, .added?, .removed?: return true
        case .notReported?: return oldReported != newReported
        case .unchanged?, nil: return false
        }
    }

    // MARK: - Comparison

    /// Whether a value says something (blank, or a rate with no value, is "not reported").
    public static func isReported(_ value: Value) -> Bool {
        switch value {
        case .blank: return false
        case .rate(let rate): return rate.value != nil
        case .text(let text): return !text.isEmpty
        default: return true
        }
    }

    /// The number a change is computed on: counts, decimals, percentages and rates (never codes,
    /// whose numbers are labels, nor fractions).
    public static func measure(_ value: Value?) -> Double? {
        switch value {
        case .number(let n)?: return n
        case .rate(let rate)?: return rate.value
        default: return nil
        }
    }

    private static func counts(_ value: Value?) -> DiffCounts? {
        guard case .rate(let rate)? = value else { return nil }
        return DiffCounts(numerator: rate.numerator, denominator: rate.denominator)
    }

    /// Equality of two numbers up to the noise of computing rates in floating point.
    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    private static func compare(kind: ValueKind, old: Value?, new: Value?) -> (DiffStatus?, Double?, Double?) {
        guard kind.holdsValue else { return (nil, nil, nil) }
        guard let old else { return (.added, nil, nil) }
        guard let new else { return (.removed, nil, nil) }
        guard isReported(old), isReported(new) else { return (.notReported, nil, nil) }
        if let a = measure(old), let b = measure(new) {
            if same(a, b) { return (.unchanged, 0, a == 0 ? nil : 0) }
            let change = b - a
            return (.changed, change, a == 0 ? nil : change / a * 100)
        }
        return (sameAnswer(old, new) ? .unchanged : .changed, nil, nil)
    }

    /// Equality of two answers that are not measured (codes, Đạt/Không đạt, fractions, text).
    private static func sameAnswer(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.code(let x, _), .code(let y, _)): return x == y
        case (.text(let x), .text(let y)):
            return x.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
                == y.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        case (.fraction(let n1, let d1), .fraction(let n2, let d2)): return same(n1, n2) && same(d1, d2)
        default: return a == b || CellText.text(a) == CellText.text(b)
        }
    }
}
