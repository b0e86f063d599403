/// What one run of `JSONValueDecoder` has found so far: the problems, and for each object opened as
/// a keyed container the keys its type asked for (what is left over are unknown keys).
///
/// Linear in the document: an object's asked keys are kept in place (a list for the order, a
/// set for the look-up), and the objects left half-read are marked by ranges of the order in
/// which objects were opened, not by comparing paths.
final class JSONDecodingLog {
    /// Thrown when not even a placeholder can be made for a value: decoding of the enclosing
    /// values stops, the problems found so far are kept.
    struct Abandoned: Error {}

    /// Problems with the line that places them in the file (their own, or their parent's).
    private var problems: [(problem: JSONDecodingProblem, anchorLine: Int)] = []
    /// One object opened as a keyed container: its path, its members, and the keys its type
    /// asked for, in the order asked and as a set.
    private struct Opened {
        var path: String
        var members: [JSONValue.Member]
        var asked: [String] = []
        var askedSet: Set<String> = []
    }
    /// Objects opened as keyed containers, in the order they were opened.
    private var objects: [Opened] = []
    /// Where each opened object is in `objects`, by path.
    private var objectAt: [String: Int] = [:]
    /// Ranges of `objects` opened while a value whose decoding stopped half-way was read (its
    /// type threw): they may not have been asked for every key, so their leftover keys are not
    /// reported as unknown.
    private var incomplete: [Range<Int>] = []
    /// Steps taken so far: members compared while looking a key up, keys noted, objects and
    /// members gone over at the end. What the tests count to show that decoding is linear.
    private(set) var work = 0

    /// Counts `steps` more steps of work.
    func count(_ steps: Int) { work += steps }

    /// Records a problem at a place of the document.
    func record(_ kind: JSONDecodingProblem.Kind, path: String, line: Int?, anchorLine: Int) {
        problems.append((JSONDecodingProblem(path: path, line: line, kind: kind), anchorLine))
    }

    /// How many objects have been opened so far (see `markIncomplete(since:path:)`).
    var openedCount: Int { objects.count }

    /// Notes that the object at `path` is read key by key.
    func open(_ members: [JSONValue.Member], at path: String) {
        guard objectAt[path] == nil else { return }
        objectAt[path] = objects.count
        objects.append(Opened(path: path, members: members))
    }

    /// Notes that the type read from the object at `path` asked for `key`.
    func ask(_ key: String, at path: String) {
        work += 1
        guard let index = objectAt[path] else { return }
        if objects[index].askedSet.insert(key).inserted { objects[index].asked.append(key) }
    }

    /// Notes that the value at `path` was not decoded to the end: the objects opened since
    /// `start` (`openedCount` when its reading began) lie inside it, and so may the object at
    /// `path` itself.
    func markIncomplete(since start: Int, path: String) {
        work += 1
        if start < objects.count { incomplete.append(start..<objects.count) }
        if let index = objectAt[path] { incomplete.append(index..<(index + 1)) }
    }

    /// Every problem, unknown keys included, sorted by line (a problem without a line of its own
    /// sorts with its parent); problems on the same line keep the order they were found in.
    func finish() -> [JSONDecodingProblem] {
        // How many incomplete ranges cover each object: +1 where a range starts, -1 past its end.
        var depth = [Int](repeating: 0, count: objects.count + 1)
        for range in incomplete {
            depth[range.lowerBound] += 1
            depth[range.upperBound] -= 1
        }
        var covering = 0
        for (index, object) in objects.enumerated() {
            covering += depth[index]
            work += 1 + object.members.count
            guard covering == 0 else { continue }
            var seen: Set<String> = []
            for member in object.members where !JSONValueDecoder.isComment(member.key) && !object.askedSet.contains(member.key) {
                // A key given twice is reported once as unknown (and once as repeated).
                guard seen.insert(member.key).inserted else { continue }
                let suggestion: String? = Suggest.nearest(to: member.key, among: object.asked)
                record(.unknownKey(key: member.key, known: object.asked, suggestion: suggestion),
                       path: JSONPath.child(object.path, member.key), line: member.line, anchorLine: member.line)
            }
        }
        return problems.enumerated()
            .sorted { a, b in
                a.element.anchorLine != b.element.anchorLine ? a.element.anchorLine < b.element.anchorLine : a.offset < b.offset
            }
            .map(\.element.problem)
    }
}
