/// What one run of `JSONValueDecoder` has found so far: the problems, and for each object opened as
/// a keyed container the keys its type asked for (what is left over are unknown keys).
final class JSONDecodingLog {
    /// Thrown when not even a placeholder can be made for a value: decoding of the enclosing
    /// values stops, the problems found so far are kept.
    struct Abandoned: Error {}

    /// Problems with the line that places them in the file (their own, or their parent's).
    private var problems: [(problem: JSONDecodingProblem, anchorLine: Int)] = []
    /// Objects opened as keyed containers, in the order they were opened.
    private var objects: [(path: String, members: [JSONValue.Member])] = []
    /// For each opened object (by path): the keys asked for, in the order asked, each once.
    private var asked: [String: [String]] = [:]
    /// Values whose decoding stopped half-way (their type threw): the objects in them may not
    /// have been asked for every key, so their leftover keys are not reported as unknown.
    private var incompletePaths: [String] = []

    /// Records a problem at a place of the document.
    func record(_ kind: JSONDecodingProblem.Kind, path: String, line: Int?, anchorLine: Int) {
        problems.append((JSONDecodingProblem(path: path, line: line, kind: kind), anchorLine))
    }

    /// Notes that the object at `path` is read key by key.
    func open(_ members: [JSONValue.Member], at path: String) {
        guard asked[path] == nil else { return }
        asked[path] = []
        objects.append((path, members))
    }

    /// Notes that the type read from the object at `path` asked for `key`.
    func ask(_ key: String, at path: String) {
        guard var keys = asked[path] else { return }
        if !keys.contains(key) {
            keys.append(key)
            asked[path] = keys
        }
    }

    /// Notes that the value at `path` was not decoded to the end.
    func markIncomplete(at path: String) { incompletePaths.append(path) }

    /// Every problem, unknown keys included, sorted by line (a problem without a line of its own
    /// sorts with its parent); problems on the same line keep the order they were found in.
    func finish() -> [JSONDecodingProblem] {
        for (path, members) in objects where !incompletePaths.contains(where: { path.hasPrefix($0) }) {
            let known = asked[path] ?? []
            var seen: Set<String> = []
            for member in members where !JSONValueDecoder.isComment(member.key) && !known.contains(member.key) {
                // A key given twice is reported once as unknown (and once as repeated).
                guard seen.insert(member.key).inserted else { continue }
                let suggestion: String? = Suggest.nearest(to: member.key, among: known)
                record(.unknownKey(key: member.key, known: known, suggestion: suggestion),
                       path: JSONPath.child(path, member.key), line: member.line, anchorLine: member.line)
            }
        }
        return problems.enumerated()
            .sorted { a, b in
                a.element.anchorLine != b.element.anchorLine ? a.element.anchorLine < b.element.anchorLine : a.offset < b.offset
            }
            .map(\.element.problem)
    }
}
