/// Decodes any `Decodable` type from a `JSONValue`, strictly, reporting every problem at once.
///
/// Where Foundation's `JSONDecoder` keeps one of two repeated keys and ignores unknown keys
/// without a word, this decoder reports them, with the JSON path and the line:
///
/// * a key given twice anywhere in the tree (`repeatedKey`, with both lines);
/// * a key the type never asked for (`unknownKey`, with the known keys and the closest one);
///   keys starting with `//` and the key `comment` are comments, never unknown;
/// * a whole number that is not an integer literal or does not fit (`"cols": 1.5`, `1e3`), a
///   floating-point number beyond the finite range, a value of the wrong shape, a missing key;
/// * a raw value that is not one of a `CaseIterable` string enumeration's cases.
///
/// After a problem a placeholder takes the value's place and decoding goes on, so one call finds
/// them all; the placeholder never leaves: any problem makes the result a failure.
public enum JSONValueDecoder {
    /// The value of `type` that `value` describes, or every problem found in it, in file order.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) -> Result<T, JSONDecodingFailure> {
        decodeCountingWork(type, from: value).result
    }

    /// `decode`, and the steps it took (`JSONDecodingLog.work`): the tests check that they grow
    /// with the document, not with its square.
    static func decodeCountingWork<T: Decodable>(_ type: T.Type, from value: JSONValue) -> (result: Result<T, JSONDecodingFailure>, work: Int) {
        let log = JSONDecodingLog()
        let result = decode(type, from: value, log: log)
        return (result, log.work)
    }

    private static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, log: JSONDecodingLog) -> Result<T, JSONDecodingFailure> {
        var components: [JSONPath.Component] = []
        recordRepeatedKeys(in: value, at: &components, log: log)
        let decoded = try? JSONNodeDecoder(root: value, log: log).read(type)
        var problems = log.finish()
        if problems.isEmpty {
            if let decoded { return .success(decoded) }
            // Not reachable with the containers above (they record before giving up); kept so
            // that a failure always says something.
            problems = [JSONDecodingProblem(path: "$", line: nil, kind: .invalidValue(found: JSONShape(value).rawValue, allowed: []))]
        }
        return .failure(JSONDecodingFailure(problems: problems))
    }

    /// The value that `reader` reads by hand from `value` (see `JSONObjectReader`), or every
    /// problem found in it, in file order: the same problems as `decode` of a `Decodable` type
    /// whose `init(from:)` asks for what `reader` asks for. `trusted`: the document is known to
    /// read without a problem (`JSONDecodingLog.trusted`), and is read without noting the keys
    /// asked for or looking for keys given twice; should a problem come all the same, it is read
    /// again in full.
    static func read<T>(from value: JSONValue, trusted: Bool = false, with reader: (JSONNodeDecoder) -> T) -> Result<T, JSONDecodingFailure> {
        if trusted {
            let log = JSONDecodingLog(trusted: true)
            let read = reader(JSONNodeDecoder(root: value, log: log))
            if log.finish().isEmpty { return .success(read) }
        }
        let log = JSONDecodingLog()
        var components: [JSONPath.Component] = []
        recordRepeatedKeys(in: value, at: &components, log: log)
        let read = reader(JSONNodeDecoder(root: value, log: log))
        let problems = log.finish()
        return problems.isEmpty ? .success(read) : .failure(JSONDecodingFailure(problems: problems))
    }

    /// Whether a member key is a comment: it starts with `//`, or it is `comment`.
    public static func isComment(_ key: String) -> Bool { JSONValue.startsWithSlashes(key) || key == "comment" }

    /// Records every key given twice in an object of the tree, at the repetition's path and line.
    /// The path is written out only for a repetition: `components` holds the steps to `value`.
    private static func recordRepeatedKeys(in value: JSONValue, at components: inout [JSONPath.Component], log: JSONDecodingLog) {
        switch value {
        case .object(let members):
            for (firstLine, repeated) in JSONValue.repeatedKeys(in: members) {
                let path = JSONPath(components: components).child(repeated.key).description
                log.record(.repeatedKey(key: repeated.key, firstLine: firstLine), path: path, line: repeated.line, anchorLine: repeated.line)
            }
            for member in members {
                guard member.value.isContainer else { continue }
                components.append(.key(member.key))
                recordRepeatedKeys(in: member.value, at: &components, log: log)
                components.removeLast()
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() where element.isContainer {
                components.append(.index(index))
                recordRepeatedKeys(in: element, at: &components, log: log)
                components.removeLast()
            }
        case .null, .bool, .number, .string:
            break
        }
    }
}
