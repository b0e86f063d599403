import Foundation
import Model
import Testing
import XlsxRead
import ZIPFoundation

/// A workbook written by a writer that is not libxlsxwriter: its parts written here, by hand,
/// with what other tools do — inline strings, rich text with phonetic runs, no `r` on cells, a
/// namespace prefix, dates in the 1904 system, percentages, numbers typed as text, formulas with
/// and without cached values, errors, booleans, hidden sheets and names.
@Suite("reader: a workbook built part by part")
struct HandBuiltWorkbookTests {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """
    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="/book/main.xml"/></Relationships>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <x:workbookPr date1904="true"/>\
        <x:sheets><x:sheet name="Bảng 2" sheetId="1" rel:id="a"/><x:sheet name="_cchc" sheetId="2" state="veryHidden" rel:id="b"/>\
        <x:sheet name="Ẩn" sheetId="3" state="hidden" rel:id="c"/></x:sheets>\
        <x:definedNames><x:definedName name="TyLe">'Bảng 2'!$B$3</x:definedName>\
        <x:definedName name="_xlnm.Print_Area" localSheetId="0">'Bảng 2'!$A$1:$C$9</x:definedName></x:definedNames>\
        </x:workbook>
        """
    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/one.xml"/>\
        <Relationship Id="b" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./sheets/two.xml"/>\
        <Relationship Id="c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../book/sheets/three.xml"/>\
        <Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>\
        <Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """
    static let strings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <si><t xml:space="preserve">Số hồ sơ </t></si>\
        <si><r><rPr><b/></rPr><t>Đạt</t></r><r><t xml:space="preserve"> yêu cầu</t></r><rPh sb="0" eb="1"><t>ダ</t></rPh></si>\
        <si><t><![CDATA[a < b & "c"]]></t></si>\
        </sst>
        """
    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; %&quot;;[Red]0"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="49"/><xf numFmtId="3"/><xf numFmtId="165"/></cellXfs>\
        </styleSheet>
        """
    static let sheetOne = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Chỉ tiêu &amp; số liệu</t></is></c>\
        <c r="C1" t="inlineStr"><is><r><t>1.130</t></r><r><rPr><i/></rPr><t> hồ sơ</t></r></is></c></row>\
        <row r="2"><c t="s"><v>1</v></c><c s="4"><v>10300</v></c><c s="3" t="s"><v>2</v></c></row>\
        <row r="3"><c r="A3" s="2"><v>44926</v></c><c r="B3" s="1"><v>0.9995</v></c><c r="C3" s="3" t="inlineStr"><is><t>99,95</t></is></c></row>\
        <row r="4"><c r="A4"><f>SUM(B2:B3)</f><v>10300.9995</v></c><c r="B4" t="str"><f>B1&amp;"!"</f><v>Chỉ tiêu &amp; số liệu!</v></c>\
        <c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D4"><f>NOW()</f></c></row>\
        <row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" t="b"><v>0</v></c><c r="C5" s="5"><v>-1.5E-3</v></c><c r="D5" s="1"/>\
        <c r="E5"><f t="shared" ref="E5:E6" si="0">A5*2</f><v>2</v></c></row>\
        <row r="6"><c r="E6"><f t="shared" si="0"/><v>0</v></c><c r="XFD6"><v>7</v></c></row>\
        <row r="1048576"><c r="A1048576" t="d"><v>2023-12-31T00:00:00</v></c></row>\
        </sheetData>\
        <mergeCells count="1"><mergeCell ref="$A$1:B1"/></mergeCells>\
        </worksheet>
        """
    static let sheetTwo = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row><c><v>1</v></c><c t="inlineStr"><is><t>cchc-workbook</t></is></c></row>\
        </sheetData></worksheet>
        """

    /// Writes the parts into a zip with ZIPFoundation (deflated, in memory).
    static func build(sheetTwo: String = sheetTwo, three: Data? = nil) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(rootRels.utf8)),
            ("book/main.xml", Data(workbook.utf8)), ("book/_rels/main.xml.rels", Data(workbookRels.utf8)),
            ("book/strings.xml", Data(strings.utf8)), ("book/styles.xml", Data(styles.utf8)),
            ("book/sheets/one.xml", Data(sheetOne.utf8)), ("book/sheets/two.xml", Data(sheetTwo.utf8)),
        ]
        // The third sheet in UTF-16 with a byte order mark, as some writers save XML.
        let utf16 = three ?? Data([0xFF, 0xFE]) + "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"urn:x\"><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Ẩn đi</t></is></c></row></sheetData></worksheet>".data(using: .utf16LittleEndian)!
        parts.append(("book/sheets/three.xml", utf16))
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test("sheets, states, names and the 1904 date system")
    func workbookPart() throws {
        let document = try XlsxDocument(data: try Self.build(), file: "tay.xlsx")
        #expect(document.sheets.map(\.name) == ["Bảng 2", "_cchc", "Ẩn"])
        #expect(document.sheets.map(\.visibility) == [.visible, .veryHidden, .hidden])
        #expect(document.sheets.map(\.part) == ["book/sheets/one.xml", "book/sheets/two.xml", "book/sheets/three.xml"])
        #expect(document.definedNames == [XlsxDefinedName(name: "TyLe", formula: "'Bảng 2'!$B$3", hidden: false)])
        #expect(document.definedName("tyle")?.formula == "'Bảng 2'!$B$3")
        #expect(document.date1904)
    }

    @Test("every kind of cell value, rich text joined, phonetic runs left out")
    func values() throws {
        let document = try XlsxDocument(data: try Self.build(), file: "tay.xlsx")
        let sheet = try #require(try document.sheet(named: "Bảng 2"))
        #expect(sheet["A1"]?.value == .text("Số hồ sơ "))
        #expect(sheet["B1"]?.value == .text("Chỉ tiêu & số liệu"))
        #expect(sheet["C1"]?.value == .text("1.130 hồ sơ"))
        #expect(sheet["A2"]?.value == .text("Đạt yêu cầu"))
        #expect(sheet["B2"]?.value == .number(10_300))
        #expect(sheet["B2"]?.numberFormat == NumberFormat(id: 3, code: "#,##0"))
        #expect(sheet["C2"]?.value == .text("a < b & \"c\""))
        #expect(sheet["A4"]?.value == .number(10_300.9995))
        #expect(sheet["A4"]?.formula == "SUM(B2:B3)")
        #expect(sheet["B4"]?.value == .text("Chỉ tiêu & số liệu!"))
        #expect(sheet["B4"]?.formula == "B1&\"!\"")
        #expect(sheet["C4"]?.value == .error("#DIV/0!"))
        #expect(sheet["D4"]?.value == nil)
        #expect(sheet["D4"]?.formula == "NOW()")
        #expect(sheet["A5"]?.value == .bool(true))
        #expect(sheet["B5"]?.value == .bool(false))
        #expect(sheet["C5"]?.value == .number(-0.0015))
        #expect(sheet["D5"] == nil)  // a style and nothing else
        #expect(sheet["E6"]?.formula == "")
        #expect(sheet["XFD6"]?.value == .number(7))
        #expect(sheet["A1048576"]?.value == .text("2023-12-31T00:00:00"))
        #expect(sheet.merges == [CellRange("A1:B1")!])
        #expect(sheet.merge(containing: CellReference("B1")!) == CellRange("A1:B1"))
        #expect(sheet.cells.map(\.reference) == sheet.cells.map(\.reference).sorted())
    }

    @Test("dates, percentages and text-typed numbers are told apart by their number format")
    func formats() throws {
        let document = try XlsxDocument(data: try Self.build(), file: "tay.xlsx")
        let sheet = try #require(try document.sheet(named: "Bảng 2"))
        let date = try #require(sheet["A3"])
        #expect(date.numberFormat.kind == .date)
        #expect(date.numberFormat.code == "dd/mm/yyyy")
        // 1904 system: serial 44926 is 2027-01-01 (1462 days later than in the 1900 system's 2022-12-31).
        #expect(document.day(ofSerial: date.number!) == DayDate(year: 2027, month: 1, day: 1))
        #expect(XlsxDocument.day(ofSerial: 44926, date1904: false) == DayDate(year: 2022, month: 12, day: 31))
        let percent = try #require(sheet["B3"])
        #expect(percent.numberFormat.kind == .percent)
        #expect(percent.value == .number(0.9995))
        #expect(sheet["C3"]?.value == .text("99,95"))
        #expect(sheet["C3"]?.numberFormat.kind == .text)
        // A quoted " %" is literal text, not a percent format; [Red] is a colour.
        #expect(sheet["C5"]?.numberFormat.kind == .number)
    }

    @Test("cells without r take the next place; UTF-16 parts with a byte order mark are read")
    func positionsAndUTF16() throws {
        let document = try XlsxDocument(data: try Self.build(), file: "tay.xlsx")
        let two = try #require(try document.sheet(named: "_cchc"))
        #expect(two["A1"]?.value == .number(1))
        #expect(two["B1"]?.value == .text("cchc-workbook"))
        let three = try #require(try document.sheet(named: "Ẩn"))
        #expect(three["B2"]?.value == .text("Ẩn đi"))
    }

    @Test("a problem in a sheet is located at its cell")
    func locatedFinding() throws {
        let bad = Self.sheetTwo.replacingOccurrences(of: "<c><v>1</v></c>", with: "<c r=\"C7\" t=\"s\"><v>99</v></c>")
        let document = try XlsxDocument(data: try Self.build(sheetTwo: bad), file: "tay.xlsx")
        let error = try #require(throws: CCHCError.self) { try document.sheet(named: "_cchc") }
        #expect(error.problem == .workbookSharedString(index: "99", count: 3))
        #expect(error.finding.location == Location(file: "tay.xlsx", place: .cell(sheet: "_cchc", reference: "C7")))
        #expect(error.exitStatus == 2)
    }
}
