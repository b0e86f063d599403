/// The relations between the units of a roster, checked: what makes a roster contradict itself.
extension Roster {
    /// Every problem between the units of the roster, each an error at the JSON path of the
    /// entry (or the member of it) at fault, in the order of the file.
    func problems(file: String) -> [Finding] {
        var findings: [(index: Int, finding: Finding)] = []
        func error(_ index: Int, _ path: JSONPath, _ problem: Problem) {
            findings.append((index, Finding(.error, problem, at: Location(file: file, path: path))))
        }
        func entryPath(_ index: Int) -> JSONPath { JSONPath("units").element(index) }
        let codes = Set(units.map(\.code))

        // One code, several entries: the same unit twice, or periods that overlap.
        var seen: [String: [RosterUnit]] = [:]
        for unit in units {
            for earlier in seen[unit.code] ?? [] {
                if earlier.validFrom == unit.validFrom {
                    error(unit.index, entryPath(unit.index).child("code"), .rosterDuplicateCode(code: unit.code, first: earlier.index))
                    break
                }
                if overlap(earlier, unit) {
                    error(unit.index, entryPath(unit.index).child("validFrom"),
                          .rosterValidityOverlap(code: unit.code, first: earlier.index, from: unit.validFrom, to: unit.validTo))
                    break
                }
            }
            seen[unit.code, default: []].append(unit)
        }

        // Parents: known, not circular, existing over the child's whole validity.
        for unit in units {
            guard let parent = unit.parent else { continue }
            let path = entryPath(unit.index).child("parent")
            if !codes.contains(parent) {
                error(unit.index, path, .rosterUnknownParent(code: unit.code, parent: parent))
            } else if parent != unit.code, let gap = firstDayWithout(parent, from: unit.validFrom, to: unit.validTo) {
                error(unit.index, path, .rosterParentNotValid(code: unit.code, parent: parent, gap: gap))
            }
        }
        var parentEdges: [String: [String]] = [:]
        for unit in units { if let parent = unit.parent, codes.contains(parent) { parentEdges[unit.code, default: []].append(parent) } }
        for cycle in Self.cycles(parentEdges, order: units.map(\.code)) {
            let first = entries(code: cycle[0])[0]
            error(first.index, entryPath(first.index).child("parent"), .rosterParentCycle(cycle: cycle))
        }

        // Predecessors: known, not the unit itself, not circular, never more than whole.
        var predecessorEdges: [String: [String]] = [:]
        var given: [String: (total: Double, successors: [String], last: (index: Int, p: Int))] = [:]
        for unit in units {
            for (p, predecessor) in unit.predecessors.enumerated() {
                let path = entryPath(unit.index).child("predecessors").element(p).child("code")
                if predecessor.code == unit.code {
                    error(unit.index, path, .rosterOwnPredecessor(code: unit.code))
                    continue
                }
                if !codes.contains(predecessor.code) {
                    error(unit.index, path, .rosterUnknownPredecessor(code: unit.code, predecessor: predecessor.code))
                    continue
                }
                predecessorEdges[unit.code, default: []].append(predecessor.code)
                var sum = given[predecessor.code] ?? (0, [], (unit.index, p))
                sum.total += predecessor.share
                sum.successors.append(unit.code)
                sum.last = (unit.index, p)
                given[predecessor.code] = sum
            }
        }
        for cycle in Self.cycles(predecessorEdges, order: units.map(\.code)) {
            let first = entries(code: cycle[0])[0]
            error(first.index, entryPath(first.index).child("predecessors"), .rosterPredecessorCycle(cycle: cycle))
        }
        for code in units.map(\.code) {
            guard let sum = given.removeValue(forKey: code), sum.total > 1 + 1e-9 else { continue }
            error(sum.last.index, entryPath(sum.last.index).child("predecessors").element(sum.last.p).child("share"),
                  .rosterSharesAboveOne(predecessor: code, total: sum.total, successors: sum.successors))
        }
        return findings.enumerated().sorted { a, b in
            a.element.index != b.element.index ? a.element.index < b.element.index : a.offset < b.offset
        }.map(\.element.finding)
    }

    /// Whether two entries' periods share a day.
    private func overlap(_ a: RosterUnit, _ b: RosterUnit) -> Bool {
        let aEndsBeforeB = a.validTo.map { $0 < b.validFrom } ?? false
        let bEndsBeforeA = b.validTo.map { $0 < a.validFrom } ?? false
        return !aEndsBeforeB && !bEndsBeforeA
    }

    /// The first day from `from` to `to` (nil: for ever) on which no entry of `code` exists;
    /// nil when its entries cover the whole span.
    func firstDayWithout(_ code: String, from: DayDate, to: DayDate?) -> DayDate? {
        let spans = entries(code: code).sorted { $0.validFrom < $1.validFrom }
        var day = from
        while true {
            guard let covering = spans.first(where: { $0.isValid(on: day) }) else { return day }
            guard let end = covering.validTo else { return nil }
            if let to, end >= to { return nil }
            day = end.next
        }
    }

    /// The cycles of a graph given by its edges (each code to the codes it points to), each once,
    /// starting at its member that comes first in `order`, its first code repeated at the end.
    static func cycles(_ edges: [String: [String]], order: [String]) -> [[String]] {
        var rank: [String: Int] = [:]
        for (offset, code) in order.enumerated() where rank[code] == nil { rank[code] = offset }
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        var found: [[String]] = []
        var seenCycles: Set<[String]> = []
        // Depth-first, with its own stack (a roster's chains may be long): each frame a code
        // and how many of its edges have been followed.
        for root in order where state[root] == nil {
            var stack: [(code: String, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let targets = edges[top.code] ?? []
                guard top.next < targets.count else {
                    state[top.code] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let next = targets[top.next]
                switch state[next] {
                case 1?:
                    let start = stack.lastIndex { $0.code == next }!
                    var cycle = stack[start...].map(\.code)
                    // Start at the member first in the file, so that each cycle is reported once.
                    let first = cycle.indices.min { (rank[cycle[$0]] ?? .max) < (rank[cycle[$1]] ?? .max) }!
                    cycle = Array(cycle[first...] + cycle[..<first])
                    if seenCycles.insert(cycle).inserted { found.append(cycle + [cycle[0]]) }
                case nil:
                    state[next] = 1
                    stack.append((next, 0))
                default:
                    break
                }
            }
        }
        return found
    }
}
