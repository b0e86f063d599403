/// The members of one object, read key by key; each key asked for is noted in the log, so that
/// the keys never asked for can be reported as unknown.
struct JSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONNodeDecoder
    /// The object's place, the parent of its members.
    let place: JSONPlace
    /// The object's number in the log (nil for a stand-in).
    let object: Int?
    let members: [JSONValue.Member]
    /// Where each key is first given in `members`, for an object of many members (a dictionary
    /// such as a check's `translations`); nil for a small one, searched in place.
    let index: [String: Int]?
    /// The object is missing or not an object (already recorded): every key reads as absent.
    let isStandIn: Bool

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var seen: Set<String> = []
        return members.compactMap { member in seen.insert(member.key).inserted ? Key(stringValue: member.key) : nil }
    }

    /// The node of the member `key` (its first occurrence), noting that the type asked for it.
    private func child(_ key: Key) -> JSONNodeDecoder? {
        child(named: key.stringValue, key: key)
    }

    private func child(named name: String, key: any CodingKey) -> JSONNodeDecoder? {
        guard !isStandIn, let found = decoder.log.find(name, in: members, index: index, object: object) else { return nil }
        return decoder.member(members[found], step: .member(key), in: place)
    }

    /// A stand-in for the absent member `key`, after recording it as missing.
    private func missing(_ key: any CodingKey) -> JSONNodeDecoder {
        if !isStandIn { decoder.record(.missingKey(key: key.stringValue)) }
        return decoder.standIn(step: .member(key), in: place)
    }

    func contains(_ key: Key) -> Bool { child(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let child = child(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return child.value == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(type, key) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(type, key) }

    /// The member `key` as a `T` (the concrete overloads above would call themselves).
    private func read<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try (child(key) ?? missing(key)).read(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try (child(key) ?? missing(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try (child(key) ?? missing(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        let key = JSONCodingKey(stringValue: "super")
        return child(named: "super", key: key) ?? decoder.standIn(step: .member(key), in: place)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        child(key) ?? decoder.standIn(step: .member(key), in: place)
    }
}
