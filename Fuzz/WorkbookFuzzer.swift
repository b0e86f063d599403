import Foundation
import Model
import XlsxRead
import ZIPFoundation

// libFuzzer harness for the workbook reader (XlsxRead). Built by `scripts/fuzz.sh` from the
// modules ZIPFoundation, Model and XlsxRead (`swiftc -sanitize=fuzzer,address`); libFuzzer
// provides `main`.
//
// Each input is used twice:
// 1. as the bytes of a whole file (coverage-guided mutation of the zip bytes of the examples'
//    workbooks and of Tests/BadWorkbooks);
// 2. more usefully, as one XML part inside a valid zip: the first byte chooses the part (the
//    workbook, its relationships, the shared strings, the styles, or a sheet) and the rest
//    replaces it in a small valid workbook, so mutations reach the XML tokenizer and the part
//    readers instead of dying at the zip's checksum. `scripts/fuzz.sh` seeds this mode with the
//    real parts of the examples' workbooks, each prefixed by its selector byte.
// The reader must read every sheet or throw a `CCHCError` whose code is a `workbook.*` one; any
// crash, sanitizer report, hang (-timeout) or memory blow-up (-rss_limit_mb) stops the run.

/// Limits small enough that mutated inputs reach every limit path quickly.
let fuzzLimits = Limits(maximumFileSize: 8 << 20, maximumEntries: 64, maximumPartSize: 4 << 20, maximumTotalSize: 8 << 20,
                        maximumCompressionRatio: 500, maximumSheets: 16, maximumCellsPerSheet: 20_000,
                        maximumCellsTotal: 40_000, maximumSharedStrings: 20_000, maximumStringBytes: 65_536, maximumDepth: 32,
                        maximumStyles: 4_096)

/// The parts of a small valid workbook; index = selector byte % count.
let baseParts: [(path: String, text: String)] = [
    ("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="0"/>\
        <sheets><sheet name="Bảng 2" sheetId="1" r:id="rId1"/><sheet name="_cchc" sheetId="2" state="hidden" r:id="rId2"/></sheets>\
        <definedNames><definedName name="TyLe">'Bảng 2'!$B$2</definedName></definedNames></workbook>
        """),
    ("xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """),
    ("xl/sharedStrings.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Số hồ sơ</t></si>\
        <si><r><t>Đạt</t></r><rPh><t>x</t></rPh></si></sst>
        """),
    ("xl/styles.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>\
        <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>
        """),
    ("xl/worksheets/sheet1.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>1.130</t></is></c></row>\
        <row r="2"><c r="A2" s="2"><v>45291</v></c><c r="B2" s="1"><f>B3/B4</f><v>0.9995</v></c><c r="C2" t="b"><v>1</v></c>\
        <c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" t="str"><f>A1</f><v>Số hồ sơ</v></c></row>\
        </sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>
        """),
    ("xl/worksheets/sheet2.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row><c t="inlineStr"><is><t>cchc-workbook</t></is></c><c><v>1</v></c></row></sheetData></worksheet>
        """),
]

let fixedParts: [(path: String, text: String)] = [
    ("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """),
    ("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """),
]

/// Reads a whole document; returns a broken invariant, or `nil`.
func exercise(_ data: Data) -> String? {
    do {
        let document = try XlsxDocument(data: data, file: "fuzz.xlsx", limits: fuzzLimits)
        guard !document.sheets.isEmpty else { return "a document without sheets was opened" }
        var total = 0
        for info in document.sheets {
            let sheet = try document.sheet(info)
            total += sheet.cells.count
            guard sheet.cells.count <= fuzzLimits.maximumCellsPerSheet else { return "more cells than the limit" }
            for cell in sheet.cells where sheet.cell(cell.reference) != cell {
                return "cell(\(cell.reference)) does not find its own cell"
            }
            for cell in sheet.cells {
                if case .number(let n)? = cell.value, !n.isFinite { return "a non-finite number at \(cell.reference)" }
                _ = document.day(ofSerial: cell.number ?? 0)
            }
        }
        guard total <= fuzzLimits.maximumCellsTotal else { return "more cells in all than the limit" }
    } catch {
        guard error.finding.code.family == "workbook" else { return "unexpected code \(error.finding.code)" }
        guard error.findings.count == 1 else { return "several findings" }
    }
    return nil
}

/// The base workbook with the part chosen by `selector` replaced by `bytes`, stored uncompressed.
func workbook(replacing selector: UInt8, with bytes: ArraySlice<UInt8>) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    let chosen = Int(selector) % baseParts.count
    for (index, part) in (fixedParts + baseParts).enumerated() {
        let data = index - fixedParts.count == chosen ? Data(bytes) : Data(part.text.utf8)
        do {
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { p, s in
                data.subdata(in: Int(p)..<Int(p) + s)
            }
        } catch {
            return nil
        }
    }
    return archive.data
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var problems: [String] = []
    if let problem = exercise(Data(bytes)) { problems.append("as a file: " + problem) }
    if let selector = bytes.first, let zip = workbook(replacing: selector, with: bytes.dropFirst()),
       let problem = exercise(zip) {
        problems.append("as part \(baseParts[Int(selector) % baseParts.count].path): " + problem)
    }
    if !problems.isEmpty {
        FileHandle.standardError.write(Data(("workbook-fuzzer: invariant broken:\n" + problems.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}
