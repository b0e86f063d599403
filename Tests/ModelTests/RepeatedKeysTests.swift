import Model
import Testing
import XLSXReader

/// Repeated keys told apart by the rows their keys stand for (`slots`) are those found by key.
@Suite("repeated keys found through row numbers as through keys")
struct RepeatedKeysTests {
    @Test("random objects of known and unknown keys, comments among them")
    func random() {
        let known = (0..<40).map { "row\($0)" }
        let index = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($0.element, $0.offset) })
        var random = SeededGenerator(state: 0x1234_5678_9ABC_DEF1)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<3_000 {
            let count = next(60)
            let members = (0..<count).map { line -> JSONValue.Member in
                let key: String
                switch next(10) {
                case 0: key = "// note \(next(3))"
                case 1, 2: key = "other\(next(8))"
                default: key = known[next(known.count)]
                }
                return JSONValue.Member(key: key, value: .null, line: line + 1)
            }
            let slots = members.map { JSONValue.startsWithSlashes($0.key) ? nil : index[$0.key] }
            let byKey = JSONValue.repeatedKeys(in: members)
            let bySlot = JSONValue.repeatedKeys(in: members, slots: slots, slotCount: known.count)
            #expect(byKey.map(\.firstLine) == bySlot.map(\.firstLine) && byKey.map(\.repeated) == bySlot.map(\.repeated))
            // And both what the plain definition gives, in small objects (searched in place) and large.
            var expected: [(firstLine: Int, repeated: JSONValue.Member)] = []
            for (offset, member) in members.enumerated() where !JSONValue.startsWithSlashes(member.key) {
                if let first = members.prefix(offset).first(where: { $0.key == member.key }) { expected.append((first.line, member)) }
            }
            #expect(byKey.map(\.firstLine) == expected.map(\.firstLine) && byKey.map(\.repeated) == expected.map(\.repeated))
        }
    }
}
