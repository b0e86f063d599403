/// A derived percentage: numerator / denominator × 100, with what was given and what follows.
public struct Rate: Sendable, Equatable {
    /// The counts, whether given with the row or taken from other rows (nil when blank).
    public var numerator: Double?
    public var denominator: Double?
    /// Whether each count comes from another row (true) or was given with the rate (false).
    public var numeratorFromRow: Bool
    public var denominatorFromRow: Bool
    /// The rate the unit reported, if it gave one.
    public var reported: Double?
    /// How many decimals the reported rate was written with (`"99"` → 0, `"91,70"` → 2, the JSON
    /// number `99.50` → 1); nil: those of its shortest decimal form. The rate is judged against
    /// its counts at this precision (see `Rate+Precision.swift`).
    public var reportedDecimals: Int?

    public init(numerator: Double?, denominator: Double?, numeratorFromRow: Bool, denominatorFromRow: Bool,
                reported: Double?, reportedDecimals: Int? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorFromRow = numeratorFromRow
        self.denominatorFromRow = denominatorFromRow
        self.reported = reported
        self.reportedDecimals = reportedDecimals
    }

    /// numerator / denominator × 100, or nil when a count is missing or the denominator is 0.
    public var computed: Double? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return numerator / denominator * 100
    }

    /// Whether the rate is written as a formula over its counts (it has both counts), rather
    /// than as the reported number.
    public var isFormula: Bool { numerator != nil && denominator != nil }

    /// The value the cell shows: computed when both counts exist, else the reported one.
    public var value: Double? { isFormula ? computed : reported }

    /// Whether nothing at all is known.
    public var isEmpty: Bool { numerator == nil && denominator == nil && reported == nil }
}
