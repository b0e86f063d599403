/// A reported rate judged against its counts at the precision it was written with.
///
/// Officers write a rate with the digits they choose: `99 %`, `91,7 %`, `99,95 %`. With d the
/// decimals written, the rate agrees with its counts when it is the computed rate rounded half up
/// to d decimals; when it is the computed rate cut off (truncated) at d decimals and rounding
/// would give another value, it is `truncated` (a warning: the digits are right, the rounding is
/// not); anything else is a `mismatch`. The comparison is made in whole units of 10^-d, with the
/// counts in integer arithmetic, so no floating-point noise decides a case.
///
/// 0 % and 100 % say "none" and "all": they agree only with counts that say so (0 of n, n of n),
/// however the computed rate rounds. `100 %` for 1.204/1.210 (99,50 %) is a mismatch, as is
/// `0 %` for 1/500 (0,2 %).
extension Rate {
    /// How a reported rate stands against the rate its counts give.
    public enum Agreement: Sendable, Equatable {
        /// The computed rate rounded half up to the decimals written.
        case rounded
        /// The computed rate cut off at the decimals written, where rounding gives another value.
        case truncated
        /// Neither rounded nor cut off: a contradiction.
        case mismatch
    }

    /// The most decimals a reported rate is judged at: one written with more (a full-precision
    /// number from a spreadsheet) is judged at this many.
    public static let maxJudgedDecimals = 12

    /// The decimals the reported rate is judged at: those written, at most `maxJudgedDecimals`;
    /// nil when no rate was reported.
    public var reportedPrecision: Int? {
        guard let reported else { return nil }
        return min(Rate.maxJudgedDecimals, max(0, reportedDecimals ?? PlainNumber.decimals(reported)))
    }

    /// How the reported rate stands against its counts at the decimals it was written with; nil
    /// when there is no reported rate, a count is missing or the denominator is 0.
    public var agreement: Agreement? {
        guard let reported, let decimals = reportedPrecision, let numerator, let denominator,
              let units = Rate.units(numerator: numerator, denominator: denominator, decimals: decimals) else { return nil }
        if Rate.claimsAllOrNone(reported: reported, numerator: numerator, denominator: denominator) { return .mismatch }
        let reportedUnits = (reported * Rate.power(decimals)).rounded()
        if reportedUnits == units.rounded { return .rounded }
        if reportedUnits == units.cut { return .truncated }
        return .mismatch
    }

    /// Whether `reported` is 100 % while the counts are not all (numerator ≠ denominator), or 0 %
    /// while they are not none (numerator ≠ 0): wrong whatever the rounding.
    public static func claimsAllOrNone(reported: Double, numerator: Double, denominator: Double) -> Bool {
        (reported == 100 && numerator != denominator) || (reported == 0 && numerator != 0)
    }

    /// For a rate that claims all or none: the fewest decimals, from `decimals` on, at which the
    /// counts' rate rounded is neither 0 nor 100, and that rounded rate (`99,5` for 1.204/1.210
    /// from 0 decimals); nil when none up to `maxJudgedDecimals` is.
    public static func firstNotAllOrNone(numerator: Double, denominator: Double, from decimals: Int) -> (decimals: Int, rounded: Double)? {
        for digits in min(max(0, decimals), maxJudgedDecimals)...maxJudgedDecimals {
            guard let value = atDecimals(numerator: numerator, denominator: denominator, decimals: digits) else { return nil }
            if value.rounded != 0 && value.rounded != 100 { return (digits, value.rounded) }
        }
        return nil
    }

    /// numerator / denominator × 100 at `decimals` decimals: cut off (toward zero) and rounded
    /// half up; nil when the denominator is 0 or a count is negative or not finite.
    public static func atDecimals(numerator: Double, denominator: Double, decimals: Int) -> (cut: Double, rounded: Double)? {
        let decimals = min(maxJudgedDecimals, max(0, decimals))
        guard let units = units(numerator: numerator, denominator: denominator, decimals: decimals) else { return nil }
        let scale = power(decimals)
        return (units.cut / scale, units.rounded / scale)
    }

    /// The computed rate in whole units of 10^-decimals (`decimals` ≤ `maxJudgedDecimals`): cut
    /// off and rounded half up. Whole counts with numerator ≤ denominator are computed exactly in
    /// 128-bit integers (the result, at most 10^14, is exact in a Double); other counts in
    /// floating point, with a margin for its noise.
    static func units(numerator: Double, denominator: Double, decimals: Int) -> (cut: Double, rounded: Double)? {
        guard numerator.isFinite, denominator.isFinite, numerator >= 0, denominator > 0 else { return nil }
        var scale: UInt64 = 100
        for _ in 0..<decimals { scale *= 10 }
        if numerator <= denominator, numerator == numerator.rounded(), denominator == denominator.rounded(),
           denominator < 1.8e19 {
            let n = UInt64(numerator), d = UInt64(denominator)
            // n × scale / d, with n ≤ d: the high half of the product is below d, so the quotient fits.
            let (quotient, remainder) = d.dividingFullWidth(n.multipliedFullWidth(by: scale))
            let up = remainder >= d - remainder  // remainder / d ≥ 1/2, without overflow
            return (Double(quotient), Double(up ? quotient + 1 : quotient))
        }
        let exact = numerator / denominator * Double(scale)
        guard exact.isFinite else { return nil }
        let margin = 1e-9 * max(1, exact)
        return ((exact + margin).rounded(.down), (exact + 0.5 + margin).rounded(.down))
    }

    /// 10^decimals.
    static func power(_ decimals: Int) -> Double {
        var value = 1.0
        for _ in 0..<decimals { value *= 10 }
        return value
    }
}
