/// Readers for the document-property parts in `docProps/`.
enum DocumentProperties {
    /// Canonical prefixes for the namespaces used by `docProps/core.xml`, so keys do not depend
    /// on the prefixes the producer chose.
    static let corePrefixes: [String: String] = [
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
        "http://purl.org/dc/dcmitype/": "dcmitype",
    ]

    /// `docProps/core.xml` → `["dc:title": …, "dc:creator": …, "cp:keywords": …,
    /// "dcterms:created": …]`.
    static func core(_ root: XElement) -> [String: String] {
        var result: [String: String] = [:]
        for child in root.children {
            let prefix = corePrefixes[child.namespaceURI] ?? child.prefix
            let key = prefix.map { "\($0):\(child.localName)" } ?? child.localName
            result[key] = child.allText()
        }
        return result
    }

    /// `docProps/app.xml` → simple leaf elements by local name (`Company`, `Manager`,
    /// `Application`, `AppVersion`, …). Structured ones (`HeadingPairs`, `TitlesOfParts`) are
    /// skipped; see `titlesOfParts(_:)`.
    static func app(_ root: XElement) -> [String: String] {
        var result: [String: String] = [:]
        for child in root.children where child.children.isEmpty {
            result[child.localName] = child.text
        }
        return result
    }

    /// `docProps/custom.xml` → property name → value text (whatever the `vt:` type).
    static func custom(_ root: XElement) -> [String: String] {
        var result: [String: String] = [:]
        for property in root.children("property") {
            guard let name = property.attribute("name") else { continue }
            result[name] = property.children.first?.allText() ?? ""
        }
        return result
    }
}
