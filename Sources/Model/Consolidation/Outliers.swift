import Foundation

/// Which units' figures lie far from the others', judged robustly: by the modified z-score of
/// Iglewicz and Hoaglin, 0,6745 × (x − median) ÷ MAD, where MAD is the median absolute
/// deviation from the median. A score above `threshold` (3,5, their recommendation) is far.
/// Counts are compared on a logarithmic scale (log(1 + x)): units differ in size by factors, and
/// a ward ten times a commune is not an error, while one a thousand times is worth a look.
/// Rates are compared as they are. Too few units (`minimumUnits`), or a MAD of 0 (most units
/// give the same figure), judge nothing.
public enum Outliers {
    /// The modified z-score above which a figure is far from the others.
    public static let threshold = 3.5
    /// The fewest units that have a median worth comparing against.
    public static let minimumUnits = 5

    /// The median of `values` (not empty).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// For each value, its modified z-score against all of them (nil when they judge nothing).
    public static func scores(_ values: [Double]) -> [Double]? {
        guard values.count >= minimumUnits else { return nil }
        let m = median(values)
        let mad = median(values.map { abs($0 - m) })
        guard mad > 0 else { return nil }
        return values.map { 0.6745 * ($0 - m) / mad }
    }
}

extension Consolidation {
    /// A warning for each unit whose count or rate lies far from the other units' in the same
    /// cell (`Outliers`), located at that unit's value in its own file.
    func outlierFindings() -> [Finding] {
        var findings: [Finding] = []
        for (index, consolidated) in rows.enumerated() where consolidated.aggregate == .sum || consolidated.aggregate == .rate {
            for column in valueColumns.indices {
                var units: [Int] = [], raw: [Double] = []
                for u in sources.indices {
                    switch sources[u].value(row: index, column: column) {
                    case .number(let n): units.append(u); raw.append(n)
                    case .rate(let rate): if let v = rate.value { units.append(u); raw.append(v) }
                    default: break
                    }
                }
                let logScale = consolidated.aggregate == .sum
                let scaled = logScale ? raw.map { log1p(max($0, 0)) } : raw
                guard let scores = Outliers.scores(scaled) else { continue }
                let medianRaw = Outliers.median(raw)
                // Once per cell, not per far unit: a median sorts all the units' figures.
                var cellDeviation: Double?
                for (k, score) in scores.enumerated() where abs(score) > Outliers.threshold {
                    let source = sources[units[k]]
                    let deviation = cellDeviation ?? Outliers.median(raw.map { abs($0 - medianRaw) })
                    cellDeviation = deviation
                    let column_ = valueColumns[column]
                    findings.append(Finding(.warning, .consolidateOutlier(unit: source.unitName, value: raw[k], median: medianRaw,
                                                                          deviation: deviation, score: (abs(score) * 10).rounded() / 10),
                                            at: Location(file: source.file, path: source.path(ofRow: index, column: column),
                                                         row: consolidated.row, year: column_.year, column: column_.key, unit: source.unitName)))
                }
            }
        }
        return findings
    }
}
