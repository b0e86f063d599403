/// What a consolidated input says besides its values, so that consolidating it again one level
/// up loses nothing (the `consolidated` block that `cchc consolidate -o out.json` writes, read
/// back by `InputReader`): how many units the document stands for, and per cell how many of
/// them reported it, the answers of a tallied row, a rate's summed counts with the units they
/// came from and those that gave no counts, and each unit's value of a row not merged.
///
/// A unit's own input has none: it stands for one unit, which reported a cell when the cell
/// holds a value.
public struct ConsolidatedFigures: Sendable, Equatable {
    /// The units (at the lowest level) the document stands for.
    public var units: Int
    /// One list per template row, one cell per value column (an empty cell where no unit reported).
    public var cells: [[CarriedCell]]
    /// The reporting status the consolidation was made with (`--roster`), as written; read for
    /// its shape only, never used to add up.
    public var status: JSONValue?

    public init(units: Int, cells: [[CarriedCell]], status: JSONValue? = nil) {
        self.units = units
        self.cells = cells
        self.status = status
    }

    /// The carried cell of row `row` in value column `column` (empty when out of range).
    public func cell(row: Int, column: Int) -> CarriedCell {
        guard cells.indices.contains(row), cells[row].indices.contains(column) else { return CarriedCell() }
        return cells[row][column]
    }
}

/// One consolidated cell as a next level reads it.
public struct CarriedCell: Sendable, Equatable {
    /// The units (at the lowest level) that reported the cell.
    public var reporting: Int = 0
    /// `tally`: units per answer code (for Đạt/Không đạt, 1 and 0).
    public var tally: [Int: Int] = [:]
    /// `rate`: the summed counts and whom they stand for.
    public var rate: CarriedRate?
    /// `none`: each unit's value, with its unit.
    public var perUnit: [UnitValue] = []

    public init(reporting: Int = 0, tally: [Int: Int] = [:], rate: CarriedRate? = nil, perUnit: [UnitValue] = []) {
        self.reporting = reporting
        self.tally = tally
        self.rate = rate
        self.perUnit = perUnit
    }

    public var isEmpty: Bool { reporting == 0 && tally.isEmpty && rate == nil && perUnit.isEmpty }
}

/// A consolidated rate's counts: summed over the `used` units that gave both (nil when none
/// did), and the units that gave the rate, or one count, without the other.
public struct CarriedRate: Sendable, Equatable {
    public var numerator: Double?
    public var denominator: Double?
    public var used: Int
    public var withoutCounts: [String]

    public init(numerator: Double?, denominator: Double?, used: Int, withoutCounts: [String]) {
        self.numerator = numerator
        self.denominator = denominator
        self.used = used
        self.withoutCounts = withoutCounts
    }
}

/// One unit's value of a row that is not merged, as the text the per-unit sheet shows.
public struct UnitValue: Sendable, Equatable {
    public var unit: String
    public var value: String

    public init(unit: String, value: String) {
        self.unit = unit
        self.value = value
    }
}

/// A `consolidated` block that contradicts itself or the values beside it.
public enum ConsolidatedConflict: Sendable, Equatable {
    /// More units reported a cell than the document stands for.
    case reportingAboveUnits(reporting: Int, units: Int)
    /// The answers counted are not the units that reported.
    case tallyNotReporting(tallied: Int, reporting: Int)
    /// The units a rate used and those without counts are more than those that reported it, or
    /// counts are given without a unit they came from (or the reverse).
    case rateUnits(used: Int, withoutCounts: Int, reporting: Int)
    /// The rate's summed counts are not those its value gives.
    case rateCounts(numerator: Double, denominator: Double, givenNumerator: Double, givenDenominator: Double)
    /// The units listed for a row not merged are not the units that reported it.
    case perUnitNotReporting(listed: Int, reporting: Int)
    /// Units reported the cell, yet it has no value; or it has one, yet no unit reported it.
    case valueWithoutUnits(reporting: Int)
}

extension ConsolidatedFigures {
    /// The keys of the `consolidated` block, of a cell in it, of a per-unit value.
    public static let keys = ["units", "cells", "status"]
    public static let cellKeys = ["reporting", "tally", "numerator", "denominator", "used", "withoutCounts", "perUnit"]
    public static let unitValueKeys = ["unit", "value"]
}
