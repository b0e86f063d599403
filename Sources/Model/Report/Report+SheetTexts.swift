/// The texts of a form's sheet that are composed from the template and the input, each with
/// what it is: the workbook writes them, `ComposedTextCheck` checks them before it does.
extension Report {
    /// The italic lines under the title: the template's subtitle, the reporting unit
    /// (`Đơn vị báo cáo: …`, when the input names one), the cut-off date.
    public func subtitleLines(catalogue: Catalogue = .vietnamese) -> [(what: ComposedText, text: String)] {
        var lines = (template.subtitle ?? []).enumerated().map { (ComposedText.subtitle(line: $0.offset + 1), resolve($0.element)) }
        let unit = unit.fullName
        if !unit.isEmpty { lines.append((.unitLine, catalogue.phrase(.reportingUnit(unit)))) }
        if let cutoff = period.cutoff { lines.append((.cutoffLine, catalogue.phrase(.figuresTo(cutoff)))) }
        return lines
    }
}

/// The texts of a submission's cover and `Kiểm tra` sheet that are composed from its fields.
extension Submission {
    /// The issuing body's lines at the top left of the cover: `report.issuer`, or the unit's name
    /// in capitals.
    public var issuerLines: [String] { report.issuer.isEmpty ? [unit.name.uppercased()] : report.issuer }

    /// The lines of *Nơi nhận*, each starting with `- ` as printed.
    public var recipientLines: [String] { recipients.map { $0.hasPrefix("-") ? $0 : "- " + $0 } }
}
