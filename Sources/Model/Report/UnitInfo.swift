/// The reporting unit.
public struct UnitInfo: Sendable, Equatable, Codable {
    /// Name of the unit as it should appear (`UBND huyện Tân Hòa`).
    public var name: String
    /// Province (or city) it belongs to.
    public var province: String?
    /// The address of the province's administrative-reform portal (`{portal}` in a form's
    /// wording, e.g. Bảng 2 I.3); the template's default when absent.
    public var portal: String?
    /// The unit's code in the province's roster of units (`docs/ROSTER.md`): what
    /// `cchc status` and consolidation match it by; nil when not given (then its name is).
    public var code: String?

    public init(name: String, province: String? = nil, portal: String? = nil, code: String? = nil) {
        self.name = name
        self.province = province
        self.portal = portal
        self.code = code
    }

    /// `UBND huyện Tân Hòa – Tỉnh Phú An`: the name and the province, either may be empty.
    public var fullName: String {
        // Not `[name, province].joined(separator:)`: the joined view's metadata costs a search
        // of the binary's conformances (about 300,000 instructions) the first time in a run.
        guard let province, !province.isEmpty else { return name }
        return name.isEmpty ? province : name + " – " + province
    }
}
