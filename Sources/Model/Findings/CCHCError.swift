/// An error a user can cause that stops a command: one finding or several (a template with
/// many problems), thrown. `Catalogue` writes them in words; `exitStatus` is what the command
/// line exits with.
public struct CCHCError: Error, Sendable, Equatable {
    /// What is wrong and where, the main problem first.
    public var findings: [Finding]

    public init(_ finding: Finding) { self.findings = [finding] }

    public init(findings: [Finding]) { self.findings = findings }

    /// An error about a file as a whole (or about no file: `file` empty).
    public init(_ problem: Problem, file: String = "") {
        self.init(Finding(.error, problem, at: Location(file: file)))
    }

    /// The main finding.
    public var finding: Finding { findings[0] }

    /// The main problem.
    public var problem: Problem { finding.problem }

    /// 1 when the input has errors (`run.refused`), else 2: a file that could not be read or
    /// written, or a command that was misused.
    public var exitStatus: Int32 {
        if case .refused = finding.problem { return 1 }
        return 2
    }

    public static func ~= (code: FindingCode, error: CCHCError) -> Bool { error.finding.code == code }
}
