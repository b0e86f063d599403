/// What a JSON document is meant to be: a `fill` input (one form) or a submission (a report and
/// its appendices). Decided by content, never by the file's name.
public enum DocumentKind: Sendable, Equatable {
    /// A `fill` input: `template`, `unit`, `period`, `values`, `notes`.
    case input
    /// A submission file: `unit`, `period`, `report`, `signer`, `recipients`, `appendices`.
    case submission

    /// The kind of `document`: a submission when it is an object with `appendices`, or one
    /// without `template` that has `report` or `signer`; an input otherwise (anything that is not
    /// an object included, so that its problems are an input's).
    public init(of document: JSONValue) {
        guard case .object = document else {
            self = .input
            return
        }
        if document["appendices"] != nil {
            self = .submission
        } else if document["template"] == nil && (document["report"] != nil || document["signer"] != nil) {
            self = .submission
        } else {
            self = .input
        }
    }
}
