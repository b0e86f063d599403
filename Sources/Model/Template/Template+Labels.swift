/// The wording of a form for one unit.
extension Template {
    /// The template with every row label passed through `resolve` (placeholders such as
    /// `{portal}` replaced); labels without a placeholder stay as they are.
    public func resolvingLabels(_ resolve: (String) -> String) -> Template {
        var copy = self
        for i in copy.rows.indices where Placeholder.mayOccur(in: copy.rows[i].label) {
            copy.rows[i].label = resolve(copy.rows[i].label)
        }
        return copy
    }

    /// The form's own wording, placeholders filled with the template's defaults (`{portal}` with
    /// `defaults.portal`): what a unit that gives none of them reads.
    public var defaultWording: Template {
        resolvingLabels { Placeholder.replace("{portal}", with: defaults?.portal ?? "", in: $0) }
    }
}
