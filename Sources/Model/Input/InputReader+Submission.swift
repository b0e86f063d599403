/// Reading a `fill` input that is already a JSON tree: an appendix of a submission, whose unit and
/// period the submission reader has put in from the submission itself.
extension InputReader {
    /// Interprets a parsed input exactly as `read(bytes:file:catalog:)` does after parsing:
    /// `document` is the whole input object (`template`, `unit`, `period`, `values`, `notes`), and
    /// findings name `file` and JSON paths from the root of `document` (`$.values["i.1"]`).
    public static func read(document: JSONValue, file: String, catalog: TemplateCatalog) throws -> Result {
        var reader = InputReader(catalog: catalog, file: file)
        let report = try reader.interpret(document)
        return Result(report: report, findings: reader.findings + [reader.omittedFinding].compactMap { $0 })
    }
}
