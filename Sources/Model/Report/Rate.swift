/// A derived percentage: numerator / denominator × 100, with what was given and what follows.
///
/// Packed: an absent figure is held as one NaN bit pattern (`absentBits`) rather than as an
/// optional, and the decimals as 16 bits, so that a rate takes 28 bytes instead of 57, and a
/// `Value` 32 instead of 64 (every report holds a `Value` per row and year; `cchc consolidate`
/// holds every unit's report). The fields read and write as the optionals they stand for.
public struct Rate: Sendable, Equatable {
    private var numeratorBits: Double
    private var denominatorBits: Double
    private var reportedBits: Double
    /// Whether each count comes from another row (true) or was given with the rate (false).
    public var numeratorFromRow: Bool
    public var denominatorFromRow: Bool
    private var decimalsBits: Int16

    /// The counts, whether given with the row or taken from other rows (nil when blank).
    public var numerator: Double? {
        get { Rate.unpacked(numeratorBits) }
        set { numeratorBits = Rate.packed(newValue) }
    }
    public var denominator: Double? {
        get { Rate.unpacked(denominatorBits) }
        set { denominatorBits = Rate.packed(newValue) }
    }
    /// The rate the unit reported, if it gave one.
    public var reported: Double? {
        get { Rate.unpacked(reportedBits) }
        set { reportedBits = Rate.packed(newValue) }
    }
    /// How many decimals the reported rate was written with (`"99"` → 0, `"91,70"` → 2, the JSON
    /// number `99.50` → 1); nil: those of its shortest decimal form. The rate is judged against
    /// its counts at this precision (see `Rate+Precision.swift`), which never looks past
    /// `Rate.maxJudgedDecimals`: more than 32,767 decimals are held as 32,767.
    public var reportedDecimals: Int? {
        get { decimalsBits < 0 ? nil : Int(decimalsBits) }
        set { decimalsBits = Rate.packed(decimals: newValue) }
    }

    public init(numerator: Double?, denominator: Double?, numeratorFromRow: Bool, denominatorFromRow: Bool,
                reported: Double?, reportedDecimals: Int? = nil) {
        numeratorBits = Rate.packed(numerator)
        denominatorBits = Rate.packed(denominator)
        reportedBits = Rate.packed(reported)
        self.numeratorFromRow = numeratorFromRow
        self.denominatorFromRow = denominatorFromRow
        decimalsBits = Rate.packed(decimals: reportedDecimals)
    }

    /// The bit pattern of an absent figure: a quiet NaN with a payload of its own. No figure a
    /// unit gives is a NaN (the JSON and workbook readers take finite numbers only), and an
    /// absent figure is never computed with, so no arithmetic makes this pattern.
    private static let absentBits: UInt64 = 0x7FF8_C0C0_0000_0001
    private static let absent = Double(bitPattern: absentBits)

    @inline(__always)
    private static func unpacked(_ bits: Double) -> Double? { bits.bitPattern == absentBits ? nil : bits }

    @inline(__always)
    private static func packed(_ value: Double?) -> Double { value ?? absent }

    /// Decimals in 16 bits, -1 for none.
    private static func packed(decimals: Int?) -> Int16 { decimals.map { Int16(clamping: max(0, $0)) } ?? -1 }

    public static func == (lhs: Rate, rhs: Rate) -> Bool {
        lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator && lhs.numeratorFromRow == rhs.numeratorFromRow
            && lhs.denominatorFromRow == rhs.denominatorFromRow && lhs.reported == rhs.reported && lhs.reportedDecimals == rhs.reportedDecimals
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
