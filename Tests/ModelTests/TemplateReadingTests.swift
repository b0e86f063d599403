import Foundation
@testable import Model
import Testing

/// `Template.read(from:)` reads templates by hand; `JSONValueDecoder.decode(Template.self, …)`
/// reads them through `Decodable`, the reference. Both must give the same template, or the same
/// problems in the same order, for every document: the bundled templates, the broken ones of
/// Tests/BadInputs/templates, and thousands of random breakages of the bundled ones.
@Suite("Template reading by hand and through Decodable")
struct TemplateReadingTests {
    static let bundled: [JSONValue] = {
        let directory = Validation.root.appendingPathComponent("templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            (try? Data(contentsOf: directory.appendingPathComponent(name))).flatMap { try? JSONParser.parse(Array($0)) }
        }
    }()

    func expectSame(_ document: JSONValue, _ comment: @autoclosure () -> String) {
        let reference = JSONValueDecoder.decode(Template.self, from: document)
        let byHand = Template.read(from: document)
        #expect(byHand == reference, "\(comment())")
        #expect(Self.trustedReadsAlike(document, byHand: byHand), "\(comment())")
    }

    /// Whether the trusted read (`JSONDecodingLog.trusted`, for a template that matches its
    /// record) gives what the full read gives: the same template, or the same problems. It does
    /// not look for unknown or repeated keys, so a document with no other problem may read.
    static func trustedReadsAlike(_ document: JSONValue, byHand: Result<Template, JSONDecodingFailure>) -> Bool {
        let trusted = Template.read(from: document, trusted: true)
        if case .failure(let failure) = byHand, case .success = trusted {
            return failure.problems.allSatisfy { problem in
                switch problem.kind {
                case .unknownKey, .repeatedKey: return true
                default: return false
                }
            }
        }
        return trusted == byHand
    }

    @Test("the bundled templates and the broken ones read the same")
    func files() throws {
        #expect(Self.bundled.count >= 4)
        for document in Self.bundled {
            expectSame(document, "a bundled template")
            #expect(throws: Never.self) { try Template.read(from: document).get() }
        }
        let broken = Validation.root.appendingPathComponent("Tests/BadInputs/templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: broken.path).filter { $0.hasSuffix(".json") }
        #expect(names.count > 20)
        for name in names.sorted() {
            guard let document = try? JSONParser.parse(Array(try Data(contentsOf: broken.appendingPathComponent(name)))) else { continue }
            expectSame(document, name)
        }
    }

    /// A deterministic generator (xorshift), so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let replacements: [JSONValue] = [
        .null, .bool(true), .number("1"), .number("-3"), .number("1.5"), .number("1e3"), .number("99999999999999999999"),
        .string(""), .string("x"), .string("count"), .string("years"), .string("<="), .array([]), .array([.string("a")]),
        .object([]), .object([.init(key: "a", value: .number("1"), line: 2)]),
    ]
    static let keys = ["id", "label", "kind", "role", "text", "rows", "cols", "span", "repeats", "legend", "derived", "row",
                       "numerator", "severity", "op", "left", "translations", "series", "type", "idd", "lable", "// note", "comment", "x"]

    /// The places of a document: the steps to every value in it.
    static func places(_ value: JSONValue, at path: [Int] = [], into out: inout [[Int]]) {
        out.append(path)
        switch value {
        case .object(let members): for (i, member) in members.enumerated() { places(member.value, at: path + [i], into: &out) }
        case .array(let elements): for (i, element) in elements.enumerated() { places(element, at: path + [i], into: &out) }
        default: break
        }
    }

    /// `value` with the value at `path` changed by `change` (unchanged when an earlier change
    /// took the place away).
    static func changing(_ value: JSONValue, at path: ArraySlice<Int>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let first = path.first else { return change(value) }
        switch value {
        case .object(var members) where members.indices.contains(first):
            members[first].value = changing(members[first].value, at: path.dropFirst(), change)
            return .object(members)
        case .array(var elements) where elements.indices.contains(first):
            elements[first] = changing(elements[first], at: path.dropFirst(), change)
            return .array(elements)
        default: return value
        }
    }

    /// The changes tried on a value: another value in its place, and for an object or array a
    /// member or element removed, added, given twice or renamed.
    static func changes(of value: JSONValue, line: Int) -> [JSONValue] {
        var out = replacements
        switch value {
        case .object(let members):
            for at in members.indices {
                var removed = members; removed.remove(at: at); out.append(.object(removed))
                var twice = members; twice.append(members[at]); out.append(.object(twice))
                for key in ["idd", "x", "// note", "comment"] {
                    var renamed = members; renamed[at].key = key; out.append(.object(renamed))
                }
            }
            out.append(.object(members + [.init(key: "lable", value: .string("y"), line: line)]))
        case .array(let elements):
            for at in elements.indices {
                var removed = elements; removed.remove(at: at); out.append(.array(removed))
            }
        default: break
        }
        return out
    }

    /// The first place of each kind in a document: its steps with the array indices left out
    /// (`rows[*].legend[*].code`), so that every key of every type is changed somewhere.
    static func kinds(_ value: JSONValue, at path: [Int] = [], named name: String = "$", seen: inout Set<String>, into out: inout [([Int], Int)]) {
        guard seen.insert(name).inserted else { return }
        switch value {
        case .object(let members):
            out.append((path, members.first?.line ?? 1))
            for (i, member) in members.enumerated() { kinds(member.value, at: path + [i], named: name + "." + member.key, seen: &seen, into: &out) }
        case .array(let elements):
            out.append((path, 1))
            for (i, element) in elements.enumerated() { kinds(element, at: path + [i], named: name + "[*]", seen: &seen, into: &out) }
        default:
            out.append((path, 1))
        }
    }

    @Test("every kind of value of every bundled template, changed in every way tried, reads the same")
    func everyKind() {
        var tried = 0, failures = 0
        for document in Self.bundled {
            var seen: Set<String> = []
            var found: [([Int], Int)] = []
            Self.kinds(document, seen: &seen, into: &found)
            for (path, line) in found {
                let original = Self.changing(document, at: path[...]) { $0 }
                var target: JSONValue = .null
                _ = Self.changing(original, at: path[...]) { target = $0; return $0 }
                for change in Self.changes(of: target, line: line) {
                    let changed = Self.changing(document, at: path[...]) { _ in change }
                    tried += 1
                    let byHand = Template.read(from: changed)
                    if JSONValueDecoder.decode(Template.self, from: changed) != byHand || !Self.trustedReadsAlike(changed, byHand: byHand) {
                        failures += 1
                        if failures <= 3 { expectSame(changed, "a change at \(path)") }
                    }
                }
            }
        }
        #expect(tried > 1_000)
        #expect(failures == 0, "\(failures) of \(tried)")
    }

    @Test("2,000 random breakages of the bundled templates (1 to 4 changes anywhere) read the same")
    func breakages() {
        var random = Random(state: 0x9E37_79B9_7F4A_7C15)
        let placesOf = Self.bundled.map { document -> [[Int]] in
            var out: [[Int]] = []
            Self.places(document, into: &out)
            return out
        }
        var failures = 0
        for round in 0..<2_000 {
            let which = random.next(Self.bundled.count)
            var document = Self.bundled[which]
            for _ in 0...random.next(4) {
                let path = placesOf[which][random.next(placesOf[which].count)]
                var target: JSONValue = .null
                _ = Self.changing(document, at: path[...]) { target = $0; return $0 }
                let options = Self.changes(of: target, line: 1)
                document = Self.changing(document, at: path[...]) { _ in options[random.next(options.count)] }
            }
            let byHand = Template.read(from: document)
            if JSONValueDecoder.decode(Template.self, from: document) != byHand || !Self.trustedReadsAlike(document, byHand: byHand) {
                failures += 1
                if failures <= 3 { expectSame(document, "round \(round)") }
            }
        }
        #expect(failures == 0)
    }
}
