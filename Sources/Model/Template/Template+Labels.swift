/// The wording of a form for one unit.
extension Template {
    /// The template with every row label passed through `resolve` (placeholders such as
    /// `{portal}` replaced); labels without a placeholder stay as they are.
    public func resolvingLabels(_ resolve: (String) -> String) -> Template {
        var copy = self
        for i in copy.rows.indices where copy.rows[i].label.contains("{") {
            copy.rows[i].label = resolve(copy.rows[i].label)
        }
        return copy
    }
}
