/// Why a JSON document could not be decoded: every problem found, in the order of the file.
public struct JSONDecodingFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, sorted by line (problems without a line follow those of their parent).
    public var problems: [JSONDecodingProblem]

    public init(problems: [JSONDecodingProblem]) { self.problems = problems }

    /// English fallback: the problems, separated by `; `.
    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
