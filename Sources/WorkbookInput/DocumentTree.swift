import Model

/// A JSON document built from values at paths, in the order they are given: objects keep their
/// members in the order first reached, arrays are made of the elements given (lines left blank
/// drop out, and the elements after them move up), and `path(of:)` says where each value ended.
final class DocumentTree {
    private enum Shape {
        case object, array
        case leaf(JSONValue)
    }

    private final class Node {
        var shape: Shape
        var children: [(key: JSONPath.Component, node: Node)] = []
        init(_ shape: Shape) { self.shape = shape }

        func child(_ key: JSONPath.Component, shape: @autoclosure () -> Shape) -> Node {
            if let found = children.first(where: { $0.key == key }) { return found.node }
            let node = Node(shape())
            children.append((key, node))
            return node
        }
    }

    private let root = Node(.object)
    private var finalPaths: [JSONPath: JSONPath] = [:]

    /// Makes sure an empty object (or, `array`, an empty array) stands at `path`.
    func ensure(_ path: JSONPath, array: Bool = false) {
        node(at: path, last: array ? .array : .object)
    }

    /// Puts `value` at `path` (the objects and arrays above it made as needed).
    func set(_ value: JSONValue, at path: JSONPath) {
        node(at: path, last: .leaf(value)).shape = .leaf(value)
    }

    @discardableResult
    private func node(at path: JSONPath, last: Shape) -> Node {
        var node = root
        let components = path.components
        for (offset, component) in components.enumerated() {
            let isLast = offset == components.count - 1
            let shape: Shape
            if isLast {
                shape = last
            } else if case .index = components[offset + 1] {
                shape = .array
            } else {
                shape = .object
            }
            node = node.child(component, shape: shape)
        }
        return node
    }

    /// The document, and where each value given ended up (`path(of:)`).
    func build() -> JSONValue {
        finalPaths = [:]
        return build(root, given: .root, final: .root)
    }

    /// Where the value given at `path` stands in the built document (`nil` for a path never set).
    func path(of path: JSONPath) -> JSONPath? { finalPaths[path] }

    private func build(_ node: Node, given: JSONPath, final: JSONPath) -> JSONValue {
        switch node.shape {
        case .leaf(let value):
            finalPaths[given] = final
            return value
        case .object:
            var members: [JSONValue.Member] = []
            for (key, child) in node.children {
                guard case .key(let name) = key else { continue }
                members.append(JSONValue.Member(key: name, value: build(child, given: given.child(name), final: final.child(name)), line: 0))
            }
            return .object(members)
        case .array:
            let ordered = node.children.compactMap { child -> (Int, Node)? in
                if case .index(let i) = child.key { return (i, child.node) }
                return nil
            }.sorted { $0.0 < $1.0 }
            var items: [JSONValue] = []
            for (index, child) in ordered {
                items.append(build(child, given: given.element(index), final: final.element(items.count)))
            }
            return .array(items)
        }
    }
}
