/// The checks of a filled report: the template's declared relations and the built-in rules.
public enum Validator {
    /// Every finding about `report` beyond those found while reading it.
    public static func findings(for report: Report) -> [Finding] {
        []
    }
}
