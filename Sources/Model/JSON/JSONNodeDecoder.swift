/// One value of the document as a `Decoder`: the value, its place (JSON path, line) and the log
/// of the run, where every problem goes instead of being thrown.
///
/// A problem is recorded, then a placeholder takes the value's place and decoding goes on: one
/// run finds every problem of the document, not just the first. A *stand-in* node is such a
/// placeholder's source: it records nothing and answers every question with an empty value.
struct JSONNodeDecoder: Decoder {
    let value: JSONValue
    /// The container the value is in (nil for the whole document) and the step from it to the
    /// value: the JSON path and the coding path are written out from them only when asked for
    /// (a problem, a type that reads `codingPath`), not for every value read.
    let parent: JSONPlace?
    let step: JSONPlace.Step
    /// Line of the member holding the value, or of the first member of an object in an array.
    let line: Int?
    /// The line that places problems of this value in the file: `line`, or its parent's.
    let anchorLine: Int
    let log: JSONDecodingLog
    /// Whether this node stands in for a missing or malformed value (records nothing).
    let isStandIn: Bool

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// JSON path of the value (`$.rows[12].kind`).
    var path: String { JSONPlace.path(parent: parent, step: step) }

    var codingPath: [any CodingKey] { (parent?.codingPath ?? []) + step.codingKeys }

    /// The node of a whole document.
    init(root value: JSONValue, log: JSONDecodingLog) {
        self.init(value: value, parent: nil, step: .root, line: nil, anchorLine: 0, log: log, isStandIn: false)
    }

    init(value: JSONValue, parent: JSONPlace?, step: JSONPlace.Step, line: Int?, anchorLine: Int,
         log: JSONDecodingLog, isStandIn: Bool) {
        self.value = value
        self.parent = parent
        self.step = step
        self.line = line
        self.anchorLine = anchorLine
        self.log = log
        self.isStandIn = isStandIn
    }

    /// The place of this value, as the parent of its members or elements.
    func place() -> JSONPlace { JSONPlace(parent: parent, step: step) }

    /// The node of a member of this object, whose place is `place`, `step` away from it.
    func member(_ member: JSONValue.Member, step: JSONPlace.Step, in place: JSONPlace) -> JSONNodeDecoder {
        JSONNodeDecoder(value: member.value, parent: place, step: step, line: member.line,
                        anchorLine: member.line, log: log, isStandIn: isStandIn)
    }

    /// The node of an element of this array, whose place is `place`.
    func element(_ element: JSONValue, at index: Int, in place: JSONPlace) -> JSONNodeDecoder {
        var line: Int? = nil
        if case .object(let members) = element, let first = members.first { line = first.line }
        return JSONNodeDecoder(value: element, parent: place, step: .element(index), line: line, anchorLine: line ?? anchorLine,
                               log: log, isStandIn: isStandIn)
    }

    /// A stand-in for this value, when it is unusable.
    func standIn() -> JSONNodeDecoder {
        JSONNodeDecoder(value: .null, parent: parent, step: step, line: line, anchorLine: anchorLine, log: log, isStandIn: true)
    }

    /// A stand-in for the member `step` of this object (whose place is `place`), which is not there.
    func standIn(step: JSONPlace.Step, in place: JSONPlace) -> JSONNodeDecoder {
        JSONNodeDecoder(value: .null, parent: place, step: step, line: line, anchorLine: anchorLine, log: log, isStandIn: true)
    }

    /// Records a problem of this value (nothing for a stand-in).
    func record(_ kind: JSONDecodingProblem.Kind) {
        guard !isStandIn else { return }
        log.record(kind, path: path, line: line, anchorLine: anchorLine)
    }

    // MARK: - Reading values

    /// The value as a `T`; problems are recorded and a placeholder returned. Throws only
    /// `JSONDecodingLog.Abandoned`, when not even a placeholder can be made.
    ///
    /// No protocol cast on the way of a value that reads well: asking the runtime whether a type
    /// conforms to a protocol scans every conformance of the process when the answer is no, which
    /// made reading the templates the larger part of a small `cchc fill`. Scalars are found by
    /// their type's identity; a string enumeration reads through its own `init(from:)`, and is
    /// asked for its cases only when its value is not one of them.
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if let scalar = JSONNodeDecoder.scalarReaders[ObjectIdentifier(T.self)] { return scalar(self) as! T }
        let opened = log.openedCount
        do {
            return try T(from: self)
        } catch {
            // Only a type's own `init(from:)` throws (the containers record and go on), or a
            // placeholder could not be made below.
            if isStandIn {
                if let enumeration = T.self as? any (CaseIterable & RawRepresentable<String>).Type,
                   let first = JSONNodeDecoder.firstCase(enumeration) {
                    return first as! T
                }
                throw JSONDecodingLog.Abandoned()
            }
            if !(error is JSONDecodingLog.Abandoned), let kind = kind(of: error, type: T.self) { record(kind) }
            log.markIncomplete(since: opened, path: path)
            return try placeholder(type)
        }
    }

    /// How each scalar type is read, by the identity of the type.
    private static let scalarReaders: [ObjectIdentifier: @Sendable (JSONNodeDecoder) -> Any] = {
        func entry<S: StrictScalar>(_ type: S.Type) -> (ObjectIdentifier, @Sendable (JSONNodeDecoder) -> Any) {
            (ObjectIdentifier(type), { $0.readScalar(type) })
        }
        return Dictionary(uniqueKeysWithValues: [
            entry(Bool.self), entry(String.self), entry(Double.self), entry(Float.self),
            entry(Int.self), entry(Int8.self), entry(Int16.self), entry(Int32.self), entry(Int64.self),
            entry(UInt.self), entry(UInt8.self), entry(UInt16.self), entry(UInt32.self), entry(UInt64.self),
        ])
    }()

    private static func firstCase<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type) -> E? { E.allCases.first }

    private static func rawValues<E: CaseIterable & RawRepresentable<String>>(_ type: E.Type) -> [String] { E.allCases.map(\.rawValue) }

    /// A `T` made of empty values, to stand in for a missing or malformed one.
    func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        try standIn().read(type)
    }

    func readScalar<S: StrictScalar>(_ type: S.Type) -> S {
        if isStandIn { return S.placeholder }
        switch S.strictValue(of: value) {
        case .value(let scalar):
            return scalar
        case .problem(let kind):
            record(kind)
            return S.placeholder
        }
    }

    /// The problem a type's own `init(from:)` threw, or nil when it was recorded already (an
    /// enumeration given something other than a string: its string read recorded the wrong type).
    private func kind<T>(of error: any Error, type: T.Type) -> JSONDecodingProblem.Kind? {
        if case DecodingError.keyNotFound(let key, _) = error { return .missingKey(key: key.stringValue) }
        if let enumeration = T.self as? any (CaseIterable & RawRepresentable<String>).Type {
            guard case .string(let raw) = value else { return nil }
            return .invalidValue(found: raw, allowed: JSONNodeDecoder.rawValues(enumeration))
        }
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
            return KeyedDecodingContainer(JSONKeyedContainer<Key>(decoder: self, place: place(), object: nil, members: [], index: nil,
                                                                   isStandIn: true))
        }
        let place = place()
        let object = log.open(members, at: place)
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(decoder: self, place: place, object: object, members: members,
                                                               index: JSONDecodingLog.index(members), isStandIn: false))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard !isStandIn, case .array(let elements) = value else {
            record(.wrongType(expected: .array, found: JSONShape(value)))
            return JSONUnkeyedContainer(decoder: self, place: place(), elements: [])
        }
        return JSONUnkeyedContainer(decoder: self, place: place(), elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueContainer(decoder: self)
    }
}
