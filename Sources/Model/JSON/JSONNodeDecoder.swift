/// One value of the document as a `Decoder`: the value, its place (JSON path, line) and the log
/// of the run, where every problem goes instead of being thrown.
///
/// A problem is recorded, then a placeholder takes the value's place and decoding goes on: one
/// run finds every problem of the document, not just the first. A *stand-in* node is such a
/// placeholder's source: it records nothing and answers every question with an empty value.
struct JSONNodeDecoder: Decoder {
    let value: JSONValue
    /// JSON path of the value (`$.rows[12].kind`).
    let path: String
    /// Line of the member holding the value, or of the first member of an object in an array.
    let line: Int?
    /// The line that places problems of this value in the file: `line`, or its parent's.
    let anchorLine: Int
    let codingPath: [any CodingKey]
    let log: JSONDecodingLog
    /// Whether this node stands in for a missing or malformed value (records nothing).
    let isStandIn: Bool

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The node of a whole document.
    init(root value: JSONValue, log: JSONDecodingLog) {
        self.init(value: value, path: "$", line: nil, anchorLine: 0, codingPath: [], log: log, isStandIn: false)
    }

    private init(value: JSONValue, path: String, line: Int?, anchorLine: Int, codingPath: [any CodingKey],
                 log: JSONDecodingLog, isStandIn: Bool) {
        self.value = value
        self.path = path
        self.line = line
        self.anchorLine = anchorLine
        self.codingPath = codingPath
        self.log = log
        self.isStandIn = isStandIn
    }

    /// The node of a member of this object.
    func member(_ member: JSONValue.Member, key: any CodingKey) -> JSONNodeDecoder {
        JSONNodeDecoder(value: member.value, path: JSONPath.child(path, member.key), line: member.line,
                        anchorLine: member.line, codingPath: codingPath + [key], log: log, isStandIn: isStandIn)
    }

    /// The node of an element of this array.
    func element(_ element: JSONValue, at index: Int) -> JSONNodeDecoder {
        var line: Int? = nil
        if case .object(let members) = element, let first = members.first { line = first.line }
        return JSONNodeDecoder(value: element, path: path + "[\(index)]", line: line, anchorLine: line ?? anchorLine,
                               codingPath: codingPath + [JSONCodingKey(index: index)], log: log, isStandIn: isStandIn)
    }

    /// A stand-in for a value that is not there (or is unusable), at `path`.
    func standIn(path: String? = nil, key: (any CodingKey)? = nil) -> JSONNodeDecoder {
        JSONNodeDecoder(value: .null, path: path ?? self.path, line: line, anchorLine: anchorLine,
                        codingPath: codingPath + (key.map { [$0] } ?? []), log: log, isStandIn: true)
    }

    /// Records a problem of this value (nothing for a stand-in).
    func record(_ kind: JSONDecodingProblem.Kind) {
        guard !isStandIn else { return }
        log.record(kind, path: path, line: line, anchorLine: anchorLine)
    }

    // MARK: - Reading values

    /// The value as a `T`; problems are recorded and a placeholder returned. Throws only
    /// `JSONDecodingLog.Abandoned`, when not even a placeholder can be made.
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if let scalar = T.self as? any StrictScalar.Type {
            return readScalar(scalar) as! T
        }
        if let enumeration = T.self as? any (CaseIterable & RawRepresentable<String>).Type {
            guard let value = readEnumeration(enumeration) else { throw JSONDecodingLog.Abandoned() }
            return value as! T
        }
        do {
            return try T(from: self)
        } catch {
            // Only a type's own `init(from:)` throws (the containers record and go on), or a
            // placeholder could not be made below.
            if isStandIn { throw JSONDecodingLog.Abandoned() }
            if !(error is JSONDecodingLog.Abandoned) { record(kind(of: error)) }
            log.markIncomplete(at: path)
            return try placeholder(type)
        }
    }

    /// A `T` made of empty values, to stand in for a missing or malformed one.
    func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        try standIn().read(type)
    }

    private func readScalar<S: StrictScalar>(_ type: S.Type) -> S {
        if isStandIn { return S.placeholder }
        switch S.strictValue(of: value) {
        case .value(let scalar):
            return scalar
        case .problem(let kind):
            record(kind)
            return S.placeholder
        }
    }

    /// A string enumeration read by its raw value, which must be one of the cases'.
    private func readEnumeration<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type) -> E? {
        if !isStandIn {
            if case .string(let raw) = value {
                if let found = E(rawValue: raw) { return found }
                record(.invalidValue(found: raw, allowed: E.allCases.map(\.rawValue)))
            } else {
                record(.wrongType(expected: .string, found: JSONShape(value)))
            }
        }
        return E.allCases.first
    }

    /// The problem a type's own `init(from:)` threw.
    private func kind(of error: any Error) -> JSONDecodingProblem.Kind {
        if case DecodingError.keyNotFound(let key, _) = error { return .missingKey(key: key.stringValue) }
        let found: String
        switch value {
        case .string(let text): found = text
        case .number(let literal): found = literal
        case .bool(let flag): found = flag ? "true" : "false"
        case .null, .array, .object: found = JSONShape(value).rawValue
        }
        return .invalidValue(found: found, allowed: [])
    }

    // MARK: - Containers

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard !isStandIn, case .object(let members) = value else {
            record(.wrongType(expected: .object, found: JSONShape(value)))
            return KeyedDecodingContainer(JSONKeyedContainer<Key>(decoder: self, members: [], isStandIn: true))
        }
        log.open(members, at: path)
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(decoder: self, members: members, isStandIn: false))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard !isStandIn, case .array(let elements) = value else {
            record(.wrongType(expected: .array, found: JSONShape(value)))
            return JSONUnkeyedContainer(decoder: self, elements: [])
        }
        return JSONUnkeyedContainer(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueContainer(decoder: self)
    }
}
