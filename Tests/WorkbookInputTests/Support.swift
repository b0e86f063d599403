import Foundation
import XLSXReader
import Model

/// The repository and its templates.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog: TemplateCatalog = {
        do { return try TemplateCatalog(directory: root.appendingPathComponent("templates")) } catch { preconditionFailure("templates: \(error)") }
    }()

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TestDirectories.make("cchc-workbook-input")
    }
}

extension JSONValue {
    /// `text` parsed: the expected document of a test, written as JSON.
    static func parsing(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }
}
