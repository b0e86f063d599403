/// Why two inputs (or two years of one input) cannot be compared, with the files and values involved.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The two inputs fill different forms.
    case differentTemplates(oldFile: String, oldTemplate: String, oldVersion: String?,
                            newFile: String, newTemplate: String, newVersion: String?)
    /// The year asked for is not one of the report's year columns (or not its report year).
    case yearNotInReport(file: String, year: Int, available: [Int])
    /// A per-year input was given without saying which year to compare.
    case needsYear(file: String, template: String, available: [Int])
    /// `--years` on one input whose template has a single value column.
    case notPerYear(file: String, template: String)
    /// The same column compared with itself.
    case sameColumn(file: String, year: Int)

    public var description: String {
        func named(_ template: String, _ version: String?) -> String {
            version.map { "\(template) (version \($0))" } ?? template
        }
        func list(_ years: [Int]) -> String {
            guard let first = years.first, let last = years.last else { return "none" }
            return years.count > 2 && last - first + 1 == years.count ? "\(first)–\(last)" : years.map(String.init).joined(separator: ", ")
        }
        switch self {
        case let .differentTemplates(oldFile, oldTemplate, oldVersion, newFile, newTemplate, newVersion):
            return "cannot compare different forms: \(oldFile) fills \(named(oldTemplate, oldVersion)) but \(newFile) fills \(named(newTemplate, newVersion)); compare two inputs of the same template"
        case let .yearNotInReport(file, year, available):
            return "\(file) has no figures for \(year): its years are \(list(available))"
        case let .needsYear(file, template, available):
            return "\(file) fills \(template), which has one column per year (\(list(available))): say which years to compare with --years, e.g. --years \(available.dropLast().last ?? 2019) \(available.last ?? 2020)"
        case let .notPerYear(file, template):
            return "\(file) fills \(template), which has one column of figures, not one per year: compare two inputs instead (cchc diff <old.json> <new.json>)"
        case let .sameColumn(file, year):
            return "both sides are \(year) of \(file): give two different years"
        }
    }
}
