/// One `<Relationship>` of a `.rels` part, with its target resolved to a package path.
public struct Relationship: Sendable, Equatable {
    /// `rId1`, …
    public var id: String
    /// The full type URI, e.g. `http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet`.
    public var type: String
    /// The `Target` attribute as written (relative to the source part, or absolute with `/`).
    public var rawTarget: String
    /// `true` for `TargetMode="External"` (hyperlinks to URLs): `target` is then `rawTarget`.
    public var isExternal: Bool
    /// For internal targets, the package path of the target part without a leading `/`
    /// (`xl/worksheets/sheet1.xml`); for external ones, the raw target.
    public var target: String

    /// The last path component of `type` (`worksheet`, `chartsheet`, `drawing`, `chart`,
    /// `comments`, `hyperlink`, `styles`, `sharedStrings`, …).
    public var kind: String {
        type.split(separator: "/").last.map(String.init) ?? type
    }
}

enum PackagePath {
    /// The `.rels` part describing the relationships of `part` (`xl/workbook.xml` →
    /// `xl/_rels/workbook.xml.rels`; the package itself, `""`, → `_rels/.rels`).
    static func relsPath(for part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        let dir = part[..<slash]
        let file = part[part.index(after: slash)...]
        return "\(dir)/_rels/\(file).rels"
    }

    /// Resolves a relationship target against the directory of its source part, handling
    /// absolute targets (`/xl/…`), `./` and `../` segments and percent-escapes.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring]
        if decoded.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }  // drop the source file name
        }
        for piece in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(piece)
            }
        }
        return segments.joined(separator: "/")
    }

    static func normalize(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }
}
