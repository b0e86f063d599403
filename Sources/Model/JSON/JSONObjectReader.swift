/// A document read by hand, with exactly the rules, problems and placeholders of
/// `JSONValueDecoder`: for a type read at every run (`Template`), where going through `Decodable`
/// costs more in the runtime's generic machinery (boxed containers, metadata looked up by name,
/// first conformance lookups) than the reading itself. A reader written with these calls must ask
/// for the members in the order of the type's properties, as a synthesized `init(from:)` does, so
/// that problems on one line keep their order; `TemplateReadingTests` compares the two readers.
extension JSONNodeDecoder {
    /// The value as a scalar, or its placeholder after recording what is wrong (as `read`).
    func scalar<S: StrictScalar>(_ type: S.Type = S.self) -> S { readScalar(type) }

    /// The value as a case of a string enumeration: a string that is one of its raw values; else
    /// the problem is recorded (a value that is not a string, once, as the wrong type) and the
    /// placeholder is the first case (as `read`).
    func enumCase<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type = E.self) -> E {
        let raw = readScalar(String.self)
        if let found = E(rawValue: raw) { return found }
        if !isStandIn, case .string(let text) = value {
            record(.invalidValue(found: text, allowed: E.allCases.map(\.rawValue)))
        }
        guard let placeholder = E(rawValue: String.placeholder) ?? E.allCases.first else {
            preconditionFailure("an enumeration without cases")
        }
        return placeholder
    }

    /// The value as an array, each element read by `element`; [] after recording a value that is
    /// not an array.
    func array<T>(_ element: (JSONNodeDecoder) -> T) -> [T] {
        guard !isStandIn, case .array(let elements) = value else {
            record(.wrongType(expected: .array, found: JSONShape(value)))
            return []
        }
        let place = place()
        var out: [T] = []
        out.reserveCapacity(elements.count)
        for (index, item) in elements.enumerated() { out.append(element(self.element(item, at: index, in: place))) }
        return out
    }

    /// The value as an object read member by member; a stand-in object (every member absent)
    /// after recording a value that is not an object.
    func object() -> JSONObjectReader {
        guard !isStandIn, case .object(let members) = value else {
            record(.wrongType(expected: .object, found: JSONShape(value)))
            return JSONObjectReader(node: self, place: place(), object: nil, members: [], index: nil, isStandIn: true)
        }
        let place = place()
        let object = log.open(members, at: place)
        return JSONObjectReader(node: self, place: place, object: object, members: members,
                                index: JSONDecodingLog.index(members), isStandIn: false)
    }

    /// The value as a dictionary of strings (every member, the first of a key given twice).
    func stringDictionary() -> [String: String] {
        let object = object()
        var out: [String: String] = [:]
        for key in object.keys { out[key] = object.required(key).scalar(String.self) }
        return out
    }
}

/// The members of one object, read by name; each name asked for is noted in the log, so that the
/// members never asked for are reported as unknown keys (as `JSONKeyedContainer`).
struct JSONObjectReader {
    let node: JSONNodeDecoder
    let place: JSONPlace
    /// The object's number in the log (nil for a stand-in, and in a trusted log).
    let object: Int?
    let members: [JSONValue.Member]
    let index: [String: Int]?
    /// Whether the object stands in for one that is missing or not an object.
    let isStandIn: Bool

    /// The member `name` (its first occurrence), noting that it was asked for.
    private func child(_ name: String) -> JSONNodeDecoder? {
        guard !isStandIn, let found = node.log.find(name, in: members, index: index, object: object) else { return nil }
        return node.member(members[found], step: .name(name), in: place)
    }

    /// A member the type requires: the member, or a stand-in after recording it missing.
    func required(_ name: String) -> JSONNodeDecoder {
        if let child = child(name) { return child }
        if !isStandIn { node.record(.missingKey(key: name)) }
        return node.standIn(step: .name(name), in: place)
    }

    /// A member the type may leave out: nil when it is absent or null.
    func optional(_ name: String) -> JSONNodeDecoder? {
        guard let child = child(name), child.value != .null else { return nil }
        return child
    }

    /// The keys of the members, each once, in the order of the object.
    var keys: [String] {
        var seen: Set<String> = []
        return members.compactMap { seen.insert($0.key).inserted ? $0.key : nil }
    }
}
