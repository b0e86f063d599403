import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A minimal, immutable XML element tree, built with Foundation's SAX `XMLParser`.
///
/// The OOXML parts of a workbook are small enough to be held in memory, and a tree makes the
/// sheet/style/relationship readers short and obvious. Names are kept exactly as written
/// (`x14:dataValidation`); every lookup helper matches the *local* name (`dataValidation`), so
/// the readers do not depend on the namespace prefixes a producer happens to choose.
/// `namespaceURI` is resolved from the `xmlns` declarations in scope, for the rare case where
/// the namespace itself matters (document properties).
public struct XElement: Sendable {
    /// The name as written, possibly prefixed (`dc:title`).
    public var name: String
    /// The namespace URI of the element, resolved from the declarations in scope ("" if none).
    public var namespaceURI: String
    /// Attributes keyed by their name as written (`r:id`, `xml:space`, `ref`).
    public var attributes: [String: String]
    /// Child elements in document order.
    public var children: [XElement]
    /// Character data (including CDATA) directly inside this element, concatenated, untrimmed.
    public var text: String

    /// The name without its namespace prefix (`title` for `dc:title`).
    public var localName: String { XElement.localPart(of: name) }

    /// The namespace prefix of the element, or `nil` if it has none.
    public var prefix: String? {
        guard let colon = name.firstIndex(of: ":") else { return nil }
        return String(name[..<colon])
    }

    /// The value of an attribute. An exact (qualified) name match wins; otherwise the first
    /// attribute whose local name equals `name` is returned (so `attribute("id")` finds `r:id`).
    /// Namespace declarations (`xmlns…`) are never matched by local name.
    public func attribute(_ name: String) -> String? {
        if let exact = attributes[name] { return exact }
        for key in attributes.keys.sorted() where !key.hasPrefix("xmlns") {
            if XElement.localPart(of: key) == name { return attributes[key] }
        }
        return nil
    }

    /// An attribute parsed as an OOXML boolean (`1`, `true`, `on` are true). `nil` when absent.
    public func boolAttribute(_ name: String) -> Bool? {
        guard let value = attribute(name) else { return nil }
        return XElement.parseBool(value)
    }

    /// An attribute parsed as an integer. `nil` when absent or not an integer.
    public func intAttribute(_ name: String) -> Int? {
        attribute(name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// An attribute parsed as a floating-point number. `nil` when absent or not a number.
    public func doubleAttribute(_ name: String) -> Double? {
        attribute(name).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The first child element with the given local name.
    public func child(_ localName: String) -> XElement? {
        children.first { $0.localName == localName }
    }

    /// All child elements with the given local name, in document order.
    public func children(_ localName: String) -> [XElement] {
        children.filter { $0.localName == localName }
    }

    /// Follows a chain of child local names: `root.path("sheetViews", "sheetView", "pane")`.
    public func path(_ localNames: String...) -> XElement? {
        var current: XElement? = self
        for name in localNames { current = current?.child(name) }
        return current
    }

    /// All descendant elements (not including `self`) with the given local name, depth-first in
    /// document order.
    public func descendants(_ localName: String) -> [XElement] {
        var found: [XElement] = []
        func walk(_ element: XElement) {
            for child in element.children {
                if child.localName == localName { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    /// All character data of this element and its descendants, in document order.
    ///
    /// Text of elements whose local name is in `excluding` (and of their descendants) is
    /// skipped — used to drop phonetic runs (`rPh`) from shared strings.
    public func allText(excluding: Set<String> = []) -> String {
        // Interleaving of text and children is not recorded; SpreadsheetML never mixes them in
        // a way that matters (text lives in leaf <t>/<v>/<f> elements).
        var result = text
        for child in children where !excluding.contains(child.localName) {
            result += child.allText(excluding: excluding)
        }
        return result
    }

    /// Text of the leaf `<t>` elements under this element (rich-text runs concatenated),
    /// excluding phonetic runs. This is how string items (`<si>`, `<is>`, comment `<text>`) are
    /// read: `<t>` content is never trimmed, so `xml:space="preserve"` whitespace is kept.
    public var stringItemText: String {
        if localName == "t" { return text }
        var result = ""
        for child in children where child.localName != "rPh" {
            result += child.stringItemText
        }
        return result
    }

    static func localPart(of name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    static func parseBool(_ value: String) -> Bool {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "on": return true
        default: return false
        }
    }

    /// Parses an XML document into its root element.
    ///
    /// - Parameter part: the part name, used only in error messages.
    /// - Throws: `XLSXReaderError.malformedXML` for anything that is not one well-formed element
    ///   tree (FoundationXML on Linux does not always report errors through `parse()`'s result,
    ///   so the builder checks the tree's shape itself too).
    public static func parse(_ data: Data, part: String) throws -> XElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let succeeded = parser.parse()
        let error = builder.error ?? parser.parserError
        if !succeeded || error != nil {
            throw XLSXReaderError.malformedXML(
                part: part, line: builder.errorLine ?? parser.lineNumber,
                column: builder.errorColumn ?? parser.columnNumber,
                reason: describe(error))
        }
        if !builder.stack.isEmpty {
            let open = builder.stack.map(\.element.name).joined(separator: " > ")
            throw XLSXReaderError.malformedXML(
                part: part, line: parser.lineNumber, column: parser.columnNumber,
                reason: "document ended with unclosed element(s): \(open)")
        }
        guard let root = builder.root else {
            throw XLSXReaderError.malformedXML(
                part: part, line: parser.lineNumber, column: parser.columnNumber,
                reason: "no root element (empty document)")
        }
        return root
    }

    private static func describe(_ error: Error?) -> String {
        guard let error else { return "parser reported failure" }
        let ns = error as NSError
        guard ns.domain == XMLParser.errorDomain else { return "\(error)" }
        let known: [Int: String] = [
            4: "document is empty", 5: "document ended prematurely or has content after the root element",
            9: "invalid character", 26: "undeclared entity", 38: "attribute not started",
            39: "attribute not finished", 41: "attribute redefined", 64: "XML declaration error",
            73: "'>' expected", 76: "mismatched end tag",
        ]
        return "\(known[ns.code] ?? "parser error") (NSXMLParserErrorDomain code \(ns.code))"
    }
}

/// SAX delegate that assembles `XElement` values with an explicit stack.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    struct Frame {
        var element: XElement
        var namespaces: [String: String]  // prefix ("" = default) → URI, in scope for this element
    }

    var stack: [Frame] = []
    var root: XElement?
    var error: Error?
    var errorLine: Int?
    var errorColumn: Int?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if root != nil && stack.isEmpty {
            fail(parser, NSError(domain: XMLParser.errorDomain, code: 5))
            return
        }
        var namespaces = stack.last?.namespaces ?? ["xml": "http://www.w3.org/XML/1998/namespace"]
        for (key, value) in attributeDict {
            if key == "xmlns" {
                namespaces[""] = value
            } else if key.hasPrefix("xmlns:") {
                namespaces[String(key.dropFirst("xmlns:".count))] = value
            }
        }
        let prefix = elementName.firstIndex(of: ":").map { String(elementName[..<$0]) } ?? ""
        let element = XElement(name: elementName, namespaceURI: namespaces[prefix] ?? "",
                               attributes: attributeDict, children: [], text: "")
        stack.append(Frame(element: element, namespaces: namespaces))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard let finished = stack.popLast() else {
            fail(parser, NSError(domain: XMLParser.errorDomain, code: 76))
            return
        }
        if stack.isEmpty {
            root = finished.element
        } else {
            stack[stack.count - 1].element.children.append(finished.element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].element.text += string
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].element.text += whitespaceString
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].element.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        fail(parser, parseError)
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        fail(parser, validationError)
    }

    private func fail(_ parser: XMLParser, _ error: Error) {
        guard self.error == nil else { return }
        self.error = error
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
        parser.abortParsing()
    }
}
