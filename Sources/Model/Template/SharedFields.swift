/// A value's fields held once, in an immutable box that every copy of the value shares: a copy
/// is one reference (one retain) instead of every string and array of the fields. Setting a
/// field gives that copy a new box, the other copies keeping theirs; reading one is one load
/// more. `Template` and `Row` hold their fields so: a template is copied into every report and a
/// row into every filled row, and `cchc consolidate` holds a report per unit.
struct SharedFields<Fields: Sendable & Equatable>: Sendable, Equatable {
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    init(_ fields: Fields) { box = Box(fields) }

    /// The fields (always inlined: a row's and a template's fields are read in every loop over
    /// a form).
    var fields: Fields {
        @inline(__always) get { box.fields }
    }

    /// Sets one field: a new box for this copy.
    mutating func set<Field>(_ field: WritableKeyPath<Fields, Field>, _ value: Field) {
        var fields = box.fields
        fields[keyPath: field] = value
        box = Box(fields)
    }

    /// Whether the two are one box.
    func isShared(with other: SharedFields) -> Bool { box === other.box }

    static func == (lhs: SharedFields, rhs: SharedFields) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }
}
