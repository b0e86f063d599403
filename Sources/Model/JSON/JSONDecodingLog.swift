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
    /// asked for, in the order asked (a key asked twice appears twice). Which members were asked
    /// for is kept as bits by the offset of the member found, for an object of at most 64
    /// members (nearly all): no key is hashed. A larger object keeps the set of keys found.
    private struct Opened {
        var path: String
        var members: [JSONValue.Member]
        var asked: [String] = []
        var foundBits: UInt64 = 0
        var foundKeys: Set<String> = []

        /// Whether the type asked for the key of the member at `offset`.
        func wasAsked(_ offset: Int) -> Bool {
            guard members.count <= 64 else { return foundKeys.contains(members[offset].key) }
            if foundBits & (1 << UInt64(offset)) != 0 { return true }
            // A key given twice is found at its first occurrence.
            let key = members[offset].key
            guard let first = members[..<offset].firstIndex(where: { $0.key == key }) else { return false }
            return foundBits & (1 << UInt64(first)) != 0
        }

        /// The keys asked for, each once, in the order first asked.
        var askedOnce: [String] {
            var seen: Set<String> = []
            return asked.filter { seen.insert($0).inserted }
        }
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
    /// Whether the document is known to read without a problem (a bundled template that matches
    /// its record, `CheckedTemplates`): no object is noted, so no key asked for, and no path is
    /// written out for it; only problems, should one come all the same, are kept.
    let trusted: Bool

    init(trusted: Bool = false) {
        self.trusted = trusted
    }

    /// Counts `steps` more steps of work.
    func count(_ steps: Int) { work += steps }

    /// Records a problem at a place of the document.
    func record(_ kind: JSONDecodingProblem.Kind, path: String, line: Int?, anchorLine: Int) {
        problems.append((JSONDecodingProblem(path: path, line: line, kind: kind), anchorLine))
    }

    /// How many objects have been opened so far (see `markIncomplete(since:path:)`).
    var openedCount: Int { objects.count }

    /// Notes that the object at `place` is read key by key; its number, to note the keys asked
    /// for (the same number each time the same object is opened).
    func open(_ members: [JSONValue.Member], at place: JSONPlace) -> Int? {
        if trusted { return nil }
        if let index = objectAt[place.path] { return index }
        objectAt[place.path] = objects.count
        objects.append(Opened(path: place.path, members: members))
        return objects.count - 1
    }

    /// Objects with more members than this are looked up by an index, not searched.
    static var indexedSize: Int { 16 }

    /// The index of `members` by key (first occurrence), when there are many of them.
    static func index(_ members: [JSONValue.Member]) -> [String: Int]? {
        guard members.count > indexedSize else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(members.count)
        for (offset, member) in members.enumerated() where index[member.key] == nil { index[member.key] = offset }
        return index
    }

    /// Where the member `name` is first given among `members` (by `index` when the object has
    /// one), counting the steps and noting that the type reading the object numbered `object`
    /// asked for it: the one look-up of `JSONKeyedContainer` and `JSONObjectReader`.
    func find(_ name: String, in members: [JSONValue.Member], index: [String: Int]?, object: Int?) -> Int? {
        let found: Int?
        if let index {
            count(1)
            found = index[name]
        } else {
            found = members.firstIndex(where: { $0.key == name })
            count(found.map { $0 + 1 } ?? members.count)
        }
        if let object { ask(name, of: object, foundAt: found) }
        return found
    }

    /// Notes that the type read from the object numbered `object` asked for `key`, found at
    /// `offset` among its members (nil when it has none of that key).
    func ask(_ key: String, of object: Int, foundAt offset: Int?) {
        work += 1
        objects[object].asked.append(key)
        guard let offset else { return }
        if objects[object].members.count <= 64 {
            objects[object].foundBits |= 1 << UInt64(offset)
        } else {
            objects[object].foundKeys.insert(key)
        }
    }

    /// Notes that the value at `path` was not decoded to the end: the objects opened since
    /// `start` (`openedCount` when its reading began) lie inside it, and so may the object at
    /// `path` itself.
    func markIncomplete(since start: Int, path: String) {
        work += 1
        if trusted { return }
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
            var known: [String]? = nil
            for (offset, member) in object.members.enumerated() where !JSONValueDecoder.isComment(member.key) && !object.wasAsked(offset) {
                // A key given twice is reported once as unknown (and once as repeated).
                guard seen.insert(member.key).inserted else { continue }
                if known == nil { known = object.askedOnce }
                let suggestion: String? = Suggest.nearest(to: member.key, among: known ?? [])
                record(.unknownKey(key: member.key, known: known ?? [], suggestion: suggestion),
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
