/// A parsed JSON value that keeps what Foundation's decoders throw away: the order of object
/// members, keys given twice, the exact text of numbers, and where each value stood in the file.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number with its literal text (`1130`, `99.95`, `1e3`), so nothing is lost in conversion.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in file order; a key given twice appears twice.
    case object([Member])

    /// One member of an object, with the line it starts on.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
        /// The line in 32 bits (beyond them, the last line they hold): a member is then 40 bytes
        /// instead of 48, and a consolidated input holds several for every unit.
        private var storedLine: Int32
        public var line: Int {
            get { Int(storedLine) }
            set { storedLine = Int32(clamping: newValue) }
        }

        public init(key: String, value: JSONValue, line: Int) {
            self.key = key
            self.value = value
            storedLine = Int32(clamping: line)
        }
    }

    /// Whether a member key starts with `//` (a comment of the file), as `hasPrefix("//")` tells,
    /// which compares characters: asked first of the first byte, as nearly no key starts with `/`.
    public static func startsWithSlashes(_ key: String) -> Bool {
        key.utf8.first == UInt8(ascii: "/") && key.hasPrefix("//")
    }

    /// Whether the value is an object or an array.
    public var isContainer: Bool {
        switch self {
        case .object, .array: return true
        case .null, .bool, .number, .string: return false
        }
    }

    /// The first value of `key` in an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Keys given more than once among `members` (comment keys starting with `//` aside), each
    /// with the line of its first occurrence and the member that repeats it.
    ///
    /// `slots`, when given, holds for each member a number that stands for its key (the row of a
    /// row id), nil for the others: members with a slot are told apart by it, without hashing
    /// their keys again; only the others are compared by key. Same answer as without.
    public static func repeatedKeys(in members: [Member], slots: [Int?]? = nil, slotCount: Int = 0) -> [(firstLine: Int, repeated: Member)] {
        var repeats: [(firstLine: Int, repeated: Member)] = []
        if members.count <= 16 {
            // A small object is searched in place, without hashing every key; by index, so that
            // no member is copied (retaining its key and value) to be compared.
            for offset in members.indices where offset > 0 && !JSONValue.startsWithSlashes(members[offset].key) {
                if let first = members[..<offset].indices.first(where: { members[$0].key == members[offset].key }) {
                    repeats.append((members[first].line, members[offset]))
                }
            }
            return repeats
        }
        var firstLineOfSlot = [Int?](repeating: nil, count: slots == nil ? 0 : slotCount)
        var firstLine: [String: Int] = [:]
        for (offset, member) in members.enumerated() where !JSONValue.startsWithSlashes(member.key) {
            if let slot = slots?[offset] {
                if let line = firstLineOfSlot[slot] { repeats.append((line, member)) } else { firstLineOfSlot[slot] = member.line }
            } else if let line = firstLine[member.key] {
                repeats.append((line, member))
            } else {
                firstLine[member.key] = member.line
            }
        }
        return repeats
    }
}
