/// What one cell of a row holds.
public enum Value: Sendable, Equatable {
    /// Not reported.
    case blank
    /// A count, decimal, or a percentage given as a number.
    case number(Double)
    /// A coded answer: its code and the legend's label for it.
    case code(Int, label: String)
    /// Đạt (true) or Không đạt (false).
    case pass(Bool)
    /// A fraction written in one cell, such as `24/24`.
    case fraction(numerator: Double, denominator: Double)
    /// Free text.
    case text(String)
    /// A derived percentage with its counts.
    case rate(Rate)

    /// The numeric value, where the cell has one (a rate's computed value, else its reported one).
    public var number: Double? {
        switch self {
        case .number(let n): return n
        case .code(let c, _): return Double(c)
        case .rate(let r): return r.value
        default: return nil
        }
    }

    /// Whether nothing was reported.
    public var isBlank: Bool {
        if case .blank = self { return true }
        if case .rate(let r) = self { return r.isEmpty }
        return false
    }
}
