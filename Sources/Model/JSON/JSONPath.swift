/// Where a value stands in a JSON document, as messages print it:
/// `$.values["iii.6.huyen-ty-le"]["2019"].numerator`, `$.appendices[1].data`.
///
/// Kept as components and written out only when a message needs it: reading an input builds a
/// path for every row, and most of them are never printed.
public struct JSONPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One step down: a member of an object, or an element of an array.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the root, in order.
    public private(set) var components: [Component]

    /// `$`: the whole document.
    public static let root = JSONPath(components: [])

    public init(components: [Component]) { self.components = components }

    /// The path `$.a.b` of the keys given.
    public init(_ keys: String...) { components = keys.map(Component.key) }

    /// The path of member `key` of the object at this path.
    public func child(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// The path of element `index` of the array at this path.
    public func element(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    /// This path followed by the steps of `other` (a path read from the root of a document that
    /// stands at this path in a larger one).
    public func appending(_ other: JSONPath) -> JSONPath {
        JSONPath(components: components + other.components)
    }

    /// Whether this path is `prefix` or lies under it.
    public func hasPrefix(_ prefix: JSONPath) -> Bool {
        components.count >= prefix.components.count && Array(components.prefix(prefix.components.count)) == prefix.components
    }

    /// The last key of the path, if it ends with one.
    public var lastKey: String? {
        if case .key(let key)? = components.last { return key }
        return nil
    }

    /// Whether the path is the document itself.
    public var isRoot: Bool { components.isEmpty }

    /// Keys longer than this are cut (with `…`) in the written path: a path is for finding the
    /// place, not for repeating a megabyte of text.
    public static let maximumKeyLength = 120

    public var description: String {
        var out = "$"
        for component in components {
            switch component {
            case .index(let index): out += "[\(index)]"
            case .key(let key): out += JSONPath.written(key)
            }
        }
        return out
    }

    public static func < (a: JSONPath, b: JSONPath) -> Bool { a.description < b.description }

    /// A key as the written path shows it: `.name` for simple ASCII names, else `["…"]` with
    /// quotes, backslashes and control characters escaped.
    static func written(_ key: String) -> String {
        let key = key.utf8.count > maximumKeyLength ? TextLimit.shortened(key, limit: maximumKeyLength) : key
        let utf8 = key.utf8
        let simple = !utf8.isEmpty && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8.first!)
            && utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            }
        if simple { return "." + key }
        var escaped = ""
        escaped.reserveCapacity(key.utf8.count + 2)
        for scalar in key.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { escaped.unicodeScalars.append("\\") }
            if TextRules.needsEscape(scalar) {
                escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return "[\"" + escaped + "\"]"
    }

    /// The written path of member `key` of the object at the written path `path`.
    public static func child(_ path: String, _ key: String) -> String { path + written(key) }
}
