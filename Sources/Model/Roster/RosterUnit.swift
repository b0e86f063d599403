/// One unit of a roster over one period of validity: its stable code, its name in that period,
/// its level, its parent, and, for a unit created by a merger, the units it absorbed.
///
/// A unit renamed keeps its code: the roster then lists the code twice, one entry per name,
/// with periods that do not overlap.
public struct RosterUnit: Sendable, Equatable {
    /// The stable code (`RosterCode`).
    public var code: String
    /// The name as reports write it (`UBND xã Tân Hòa`, `Xã Tân Hòa`).
    public var name: String
    /// The level, as the roster names it (`tinh`, `huyen`, `xa`): data, never assumed.
    public var level: String
    /// The code of the unit it reports to; nil for the top of the roster.
    public var parent: String?
    /// The first day the unit exists.
    public var validFrom: DayDate
    /// The last day it exists; nil while it still does.
    public var validTo: DayDate?
    /// The units it was formed from, each whole (`share` 1) or in part.
    public var predecessors: [Predecessor]
    /// The index of the entry in the roster file's `units` (for findings).
    public var index: Int

    public init(code: String, name: String, level: String, parent: String? = nil, validFrom: DayDate, validTo: DayDate? = nil,
                predecessors: [Predecessor] = [], index: Int = 0) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
        self.validFrom = validFrom
        self.validTo = validTo
        self.predecessors = predecessors
        self.index = index
    }

    /// A unit this one absorbed: its code and the part of it taken (0 < share ≤ 1).
    public struct Predecessor: Sendable, Equatable {
        public var code: String
        public var share: Double

        public init(code: String, share: Double = 1) {
            self.code = code
            self.share = share
        }
    }

    /// Whether the unit exists on `day`.
    public func isValid(on day: DayDate) -> Bool {
        validFrom <= day && (validTo.map { day <= $0 } ?? true)
    }
}
