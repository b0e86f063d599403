/// The wording of a form for one unit.
extension Template {
    /// The template with every row label passed through `resolve` (placeholders such as
    /// `{portal}` replaced); labels without a placeholder stay as they are.
    public func resolvingLabels(_ resolve: (String) -> String) -> Template {
        relabelled(resolvedLabels(resolve))
    }

    /// The template with the rows at these indices labelled so (`resolvedLabels`).
    func relabelled(_ labels: [(index: Int, label: String)]) -> Template {
        var copy = self, rows = self.rows
        for (index, label) in labels { rows[index].label = label }
        copy.rows = rows
        return copy
    }

    /// The labels that hold a placeholder, passed through `resolve`, with their rows' indices:
    /// what `resolvingLabels` changes (`TemplateCatalog.wording` compares them first).
    func resolvedLabels(_ resolve: (String) -> String) -> [(index: Int, label: String)] {
        var out: [(index: Int, label: String)] = []
        for index in rows.indices where Placeholder.mayOccur(in: rows[index].label) {
            out.append((index, resolve(rows[index].label)))
        }
        return out
    }

    /// The form's own wording, placeholders filled with the template's defaults (`{portal}` with
    /// `defaults.portal`): what a unit that gives none of them reads.
    public var defaultWording: Template {
        resolvingLabels { Placeholder.replace("{portal}", with: defaults?.portal ?? "", in: $0) }
    }
}
