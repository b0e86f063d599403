/// What a unit that exists now was in a past year: the units whose figures make up its own,
/// through every merger between, each with the part of it that came in.
public struct Ancestry: Sendable, Equatable {
    /// One unit of the past year and the part of it that is now in the unit asked about.
    public struct Ancestor: Sendable, Equatable {
        /// The entry existing on the past year's cut-off.
        public var unit: RosterUnit
        /// The part of it (the product of the shares along the chain, summed over the chains
        /// that reach it), at most 1.
        public var share: Double
        /// The codes from the unit asked about down to this one (`["27101", "27001"]`, one
        /// chain when several reach it).
        public var chain: [String]

        /// Whether only part of the unit came in: a figure taken from it is an estimate.
        public var isEstimate: Bool { share < 1 - 1e-9 }
    }

    /// The unit asked about and the year.
    public var code: String
    public var year: Int
    /// The ancestors existing on the year's cut-off, in the order they were reached.
    public var ancestors: [Ancestor]
    /// Codes reached that neither existed on the cut-off nor had predecessors: a part of the
    /// unit's history the roster cannot give (empty when all of it is known).
    public var unknown: [String]

    /// Whether a figure summed over the ancestors is an estimate (some part is not whole).
    public var isEstimate: Bool { ancestors.contains { $0.isEstimate } }
}

extension Roster {
    /// The units that made up `code` in `year` (on the year's cut-off, `cutoff(year:)`), with
    /// their shares: the unit itself if it existed then; else its predecessors, each replaced
    /// in turn by its own predecessors until every one existed on that day. A share less
    /// than 1 (a commune split among several new ones) makes the ancestor an estimate.
    ///
    /// For the unit as it was then: a code with several entries (renamed) is the entry existing
    /// on the cut-off; a code that does not exist then is replaced by the predecessors of its
    /// first entry that begins after the cut-off. The roster is checked, so chains end.
    public func ancestry(of code: String, year: Int) -> Ancestry {
        let day = Self.cutoff(year: year)
        var ancestors: [Ancestry.Ancestor] = []
        var unknown: [String] = []
        var work: [(code: String, share: Double, chain: [String])] = [(code, 1, [code])]
        var steps = 0
        while !work.isEmpty, steps < 1_000_000 {
            steps += 1
            let (current, share, chain) = work.removeFirst()
            if let unit = unit(code: current, on: day) {
                if let index = ancestors.firstIndex(where: { $0.unit.code == current }) {
                    ancestors[index].share = min(1, ancestors[index].share + share)
                } else {
                    ancestors.append(Ancestry.Ancestor(unit: unit, share: min(1, share), chain: chain))
                }
                continue
            }
            let later = entries(code: current).filter { $0.validFrom > day }.min { $0.validFrom < $1.validFrom }
            guard let later, !later.predecessors.isEmpty else {
                if !unknown.contains(current) { unknown.append(current) }
                continue
            }
            for predecessor in later.predecessors where !chain.contains(predecessor.code) {
                work.append((predecessor.code, share * predecessor.share, chain + [predecessor.code]))
            }
        }
        return Ancestry(code: code, year: year, ancestors: ancestors, unknown: unknown)
    }
}
