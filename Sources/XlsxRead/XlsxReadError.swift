import Model

/// A problem found while reading, before the file's name is known to the code that found it;
/// `XlsxDocument` turns it into a `CCHCError` whose finding is located at the file (or at the
/// sheet and cell, when there is one).
struct XlsxReadError: Error {
    var problem: Problem
    var sheet: String?
    var reference: String?

    init(_ problem: Problem, sheet: String? = nil, reference: String? = nil) {
        self.problem = problem
        self.sheet = sheet
        self.reference = reference
    }

    /// The error as the project throws it: one finding, located in `file`.
    func error(file: String) -> CCHCError {
        let place: Location.Place = if let sheet { .cell(sheet: sheet, reference: reference ?? "") } else { .file }
        return CCHCError(Finding(.error, problem, at: Location(file: file, place: place)))
    }
}
