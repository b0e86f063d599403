/// Where a container of the document stands, as a link to its own container: the values read
/// from it carry this link and their last step, and their JSON path (`$.rows[12].kind`) and
/// coding path are written out only when a problem or a type asks for them.
///
/// One is made per object or array opened, none per scalar; a container's written path is kept
/// once made, so the paths of its members cost one step each.
final class JSONPlace {
    /// The last step to a value from its container.
    enum Step {
        /// The whole document.
        case root
        /// A member of an object, by the key the type asked for it with (whose string is the member's name).
        case member(any CodingKey)
        /// A member of an object read by hand (`JSONObjectReader`), by its name.
        case name(String)
        /// An element of an array.
        case element(Int)

        /// The step as keys of a coding path.
        var codingKeys: [any CodingKey] {
            switch self {
            case .root: return []
            case .member(let key): return [key]
            case .name(let name): return [JSONCodingKey(stringValue: name)]
            case .element(let index): return [JSONCodingKey(index: index)]
            }
        }
    }

    let parent: JSONPlace?
    let step: Step

    init(parent: JSONPlace?, step: Step) {
        self.parent = parent
        self.step = step
    }

    /// The written JSON path of this container.
    private(set) lazy var path: String = JSONPlace.path(parent: parent, step: step)

    /// The coding path of this container.
    var codingPath: [any CodingKey] { (parent?.codingPath ?? []) + step.codingKeys }

    /// The written JSON path of the value `step` away from the container `parent`.
    static func path(parent: JSONPlace?, step: Step) -> String {
        let base = parent?.path ?? "$"
        switch step {
        case .root: return base
        case .member(let key): return JSONPath.child(base, key.stringValue)
        case .name(let name): return JSONPath.child(base, name)
        case .element(let index): return base + "[\(index)]"
        }
    }
}
