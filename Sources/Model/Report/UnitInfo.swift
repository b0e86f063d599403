/// The reporting unit.
public struct UnitInfo: Sendable, Equatable, Codable {
    /// Name of the unit as it should appear (`UBND huyện Tân Hòa`).
    public var name: String
    /// Province (or city) it belongs to.
    public var province: String?

    public init(name: String, province: String? = nil) {
        self.name = name
        self.province = province
    }

    /// `UBND huyện Tân Hòa – Tỉnh Phú An`: the name and the province, either may be empty.
    public var fullName: String {
        [name, province ?? ""].filter { !$0.isEmpty }.joined(separator: " – ")
    }
}
