import Foundation
import XlsxRead
import XLSXReader
import ZIPFoundation

/// Types values into a workbook's cells by rewriting the cells' XML (a writer that is not
/// libxlsxwriter), as a person's keystrokes leave them: a number, text (inline), or a formula
/// with its value. The cell must already be written (an entry cell is, with its style), and keeps
/// its style. LibreOffice then opens and saves the result (`LibreOffice.saveAsXLSX`), which
/// rewrites every part its own way: shared strings, its own styles, recalculated formulas.
enum Typing {
    enum Typed {
        case number(String)
        case text(String)
        case formula(String)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func type(_ values: [(sheet: String, cell: String, typed: Typed)], into source: URL, to target: URL) throws {
        let document = try XlsxDocument(path: source.path)
        let archive = try Archive(url: source, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        for (sheet, cell, typed) in values {
            guard let part = document.info(named: sheet)?.part, let data = parts[part] else { throw Failure(description: "no sheet \(sheet)") }
            var xml = String(decoding: data, as: UTF8.self)
            let pattern = "<c r=\"\(cell)\"( s=\"[0-9]+\")?( t=\"[a-zA-Z]+\")?(/>|>.*?</c>)"
            let regex = try NSRegularExpression(pattern: pattern)
            let range = NSRange(xml.startIndex..., in: xml)
            guard let match = regex.firstMatch(in: xml, range: range), let whole = Range(match.range, in: xml) else {
                throw Failure(description: "no cell \(cell) written on \(sheet)")
            }
            let style = Range(match.range(at: 1), in: xml).map { String(xml[$0]) } ?? ""
            let element: String
            switch typed {
            case .number(let n): element = "<c r=\"\(cell)\"\(style)><v>\(n)</v></c>"
            case .text(let t): element = "<c r=\"\(cell)\"\(style) t=\"inlineStr\"><is><t>\(XLSXFixture.escape(t))</t></is></c>"
            case .formula(let f): element = "<c r=\"\(cell)\"\(style)><f>\(XLSXFixture.escape(f))</f><v>0</v></c>"
            }
            xml.replaceSubrange(whole, with: element)
            parts[part] = Data(xml.utf8)
        }
        try XLSXFixture.write(dataParts: parts, to: target)
    }
}
