/// The tool itself.
public enum Tool {
    /// The version `cchc --version` prints; a `checked.txt` of templates is taken only from the
    /// same version (`CheckedTemplates`).
    public static let version = "0.2.0"
}
