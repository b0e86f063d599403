import Foundation
import Testing
import XLSXReader

/// Checks the test-side tools themselves: the independent XLSX reader (against hand-written
/// OOXML, no libxlsxwriter involved) and the LibreOffice harness (which must really
/// recalculate). If these are wrong, every workbook test built on them is meaningless.
@Suite("XLSXReader self-tests")
final class XLSXReaderSelfTests {
    /// Scratch space of one test (Swift Testing makes a new suite instance per test).
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsxreader-selftest-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
    // MARK: - Fixture

    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>
        <fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font>\
        <font><b/><i val="0"/><sz val="12"/><color rgb="FFFF0000"/><name val="Times New Roman"/></font></fonts>
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"/><top style="thin"/>\
        <bottom style="medium"/><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="5">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0"><alignment horizontal="left" indent="2"/><protection locked="0"/></xf>
        <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/>
        </cellXfs>
        <dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>
        </styleSheet>
        """

    /// Shared strings with a plain item, a rich-text item (two runs plus a phonetic run that must
    /// be dropped) and an item whose surrounding spaces must be preserved.
    static let sharedStrings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">\
        <si><t>Chỉ tiêu</t></si>\
        <si><r><rPr><b/></rPr><t xml:space="preserve">Số thủ tục </t></r><r><t>đã giải quyết</t></r>\
        <rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>\
        <si><t xml:space="preserve">  lề  </t></si></sst>
        """

    static let mainSheet = XLSXFixture.Sheet(
        name: "Bảng 2",
        body: """
            <sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>\
            <dimension ref="A1:H6"/>\
            <sheetViews><sheetView showGridLines="0" tabSelected="1" workbookViewId="0">\
            <pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>\
            </sheetView></sheetViews>\
            <cols><col min="1" max="1" width="40.7109375" customWidth="1"/>\
            <col min="3" max="3" width="9.140625" hidden="1"/><col min="4" max="6" width="12" customWidth="1" style="2"/></cols>\
            <sheetData>\
            <row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nội dung &amp; "ghi chú"</t></is></c>\
            <c r="C1" s="2"><v>12.5</v></c><c r="D1" s="4"><f>C1*2</f><v>25</v></c>\
            <c r="E1" t="str"><f>"Tổng: "&amp;C1</f><v>Tổng: 12.5</v></c><c r="F1" t="b"><v>1</v></c>\
            <c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" s="3"/></row>\
            <row r="2" hidden="1" ht="30" customHeight="1"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>\
            <row r="5"><c r="A5" s="3" t="s"><v>1</v></c><c r="B5"><v>-3.25E-2</v></c></row>\
            <row><c><v>7</v></c><c r="C6"><v>8</v></c><c><v>9</v></c></row>\
            </sheetData>\
            <sheetProtection sheet="1" objects="1"/>\
            <autoFilter ref="A4:H6"/>\
            <mergeCells count="2"><mergeCell ref="A5:A6"/><mergeCell ref="B3:D3"/></mergeCells>\
            <conditionalFormatting sqref="D5:D20 F5:F20"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan">\
            <formula>0</formula></cfRule><cfRule type="expression" dxfId="0" priority="2" stopIfTrue="1">\
            <formula>AND($B5&lt;&gt;"",$C5&gt;$D5)</formula></cfRule></conditionalFormatting>\
            <dataValidations count="2">\
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" \
            promptTitle="Đơn vị" prompt="Chọn từ danh sách" sqref="D5:D20"><formula1>"Có,Không"</formula1></dataValidation>\
            <dataValidation type="whole" operator="between" showErrorMessage="1" errorTitle="Sai" error="Nhập số nguyên ≥ 0" \
            sqref="E5:E20 G5"><formula1>0</formula1><formula2>1000000</formula2></dataValidation>\
            </dataValidations>\
            <hyperlinks><hyperlink ref="A3" location="'Kiểm tra'!A5" display="Xem kiểm tra"/>\
            <hyperlink ref="B4" r:id="rId1" tooltip="Cổng dịch vụ công"/></hyperlinks>\
            <printOptions horizontalCentered="1"/>\
            <pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>\
            <headerFooter differentFirst="0"><oddHeader>&amp;C&amp;"Times New Roman,Bold"Biểu 2</oddHeader>\
            <oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter></headerFooter>
            """,
        relationships: """
            <Relationship Id="rId1" Type="\(relNS)/hyperlink" Target="https://dichvucong.gov.vn/p/home" TargetMode="External"/>\
            <Relationship Id="rId2" Type="\(relNS)/comments" Target="../comments1.xml"/>
            """)

    static let checkSheet = XLSXFixture.Sheet(
        name: "Kiểm tra",
        body: #"<sheetData><row r="5"><c r="A5" t="inlineStr"><is><t>OK</t></is></c></row></sheetData>"#)

    static func fixtureParts() -> [String: String] {
        var parts = XLSXFixture.minimalWorkbook(
            sheets: [mainSheet, checkSheet], sharedStrings: ["placeholder"], styles: styles,
            definedNames: """
                <definedName name="_xlnm.Print_Titles" localSheetId="0">'Bảng 2'!$1:$4</definedName>\
                <definedName name="_xlnm.Print_Area" localSheetId="0">'Bảng 2'!$A$1:$H$20</definedName>\
                <definedName name="TongSo">'Bảng 2'!$D$12</definedName>\
                <definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Bảng 2'!$A$4:$H$6</definedName>
                """)
        parts["xl/sharedStrings.xml"] = sharedStrings
        parts["xl/comments1.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>cchc</author></authors>\
            <commentList><comment ref="D1" authorId="0"><text><r><rPr><b/></rPr><t>Ghi chú:</t></r>\
            <r><t xml:space="preserve"> số liệu ước tính</t></r></text></comment></commentList></comments>
            """
        // docProps and their package relationships are added by hand.
        parts["_rels/.rels"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relNS)/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="\(relNS)/extended-properties" Target="docProps/app.xml"/></Relationships>
            """
        // Deliberately unusual prefixes: keys must still come out as dc:/cp:/dcterms:.
        parts["docProps/core.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <core xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:t="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <d:title>Báo cáo CCHC quý I</d:title><d:subject>Cải cách hành chính</d:subject>\
            <d:creator>Sở Nội vụ</d:creator><keywords>CCHC, thống kê</keywords>\
            <t:created xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</t:created></core>
            """
        parts["docProps/app.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
            <Application>Hand written</Application><TitlesOfParts><vt:vector size="1" baseType="lpstr">\
            <vt:lpstr>Bảng 2</vt:lpstr></vt:vector></TitlesOfParts><Company>UBND tỉnh</Company></Properties>
            """
        return parts
    }

    /// A fresh path named `name` inside this test's scratch directory.
    func temporaryURL(_ name: String) throws -> URL {
        let dir = directory.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name)
    }

    func writeFixture(_ parts: [String: String] = XLSXReaderSelfTests.fixtureParts()) throws -> URL {
        let url = try temporaryURL("fixture.xlsx")
        try XLSXFixture.write(parts: parts, to: url)
        return url
    }

    // MARK: - Reader

    @Test("workbook structure: sheets, defined names, document properties")
    func workbookStructure() throws {
        let book = try XLSXFile(url: try writeFixture())
        #expect(book.sheetNames == ["Bảng 2", "Kiểm tra"])
        #expect(book.worksheetNames == ["Bảng 2", "Kiểm tra"])
        #expect(book.sheet("Bảng 2")?.kind == .worksheet)
        #expect(book.sheet("Bảng 2")?.state == .visible)
        #expect(book.sheet("Nope") == nil)

        let tong = try #require(book.definedName("TongSo"))
        #expect(tong.refersTo == "'Bảng 2'!$D$12")
        #expect(tong.localSheetId == nil)
        #expect(!tong.hidden)
        let filter = try #require(book.definedName("_xlnm._FilterDatabase", sheet: "Bảng 2"))
        #expect(filter.hidden && filter.localSheetId == 0 && filter.isBuiltIn)
        #expect(book.definedNames.count == 4)

        let sheet = try #require(book.sheet("Bảng 2"))
        #expect(sheet.printTitles == "'Bảng 2'!$1:$4")
        #expect(sheet.printArea == "'Bảng 2'!$A$1:$H$20")
        #expect(book.sheet("Kiểm tra")?.printTitles == nil)

        #expect(book.coreProperties["dc:title"] == "Báo cáo CCHC quý I")
        #expect(book.coreProperties["dc:subject"] == "Cải cách hành chính")
        #expect(book.coreProperties["dc:creator"] == "Sở Nội vụ")
        #expect(book.coreProperties["cp:keywords"] == "CCHC, thống kê")
        #expect(book.coreProperties["dcterms:created"] == "2025-04-01T00:00:00Z")
        #expect(book.appProperties["Company"] == "UBND tỉnh")
        #expect(book.appProperties["Application"] == "Hand written")
        #expect(book.appProperties["TitlesOfParts"] == nil)

        #expect(book.parts["xl/comments1.xml"] != nil)
        #expect(book.contentType(of: "/xl/worksheets/sheet1.xml")?.hasSuffix("worksheet+xml") == true)
        #expect(book.contentType(of: "_rels/.rels") == "application/vnd.openxmlformats-package.relationships+xml")
    }

    @Test("cell values: shared, rich and inline strings, numbers, formulas, booleans, errors, blanks")
    func cellValues() throws {
        let book = try XLSXFile(url: try writeFixture())
        let sheet = try #require(book.sheet("Bảng 2"))

        let a1 = try #require(sheet.cell("A1"))
        #expect(a1.type == .sharedString)
        #expect(a1.text == "Chỉ tiêu")
        #expect(a1.rawValue == "0")
        #expect(a1.styleIndex == 1)
        #expect(!a1.isNumeric)

        // Rich text runs are concatenated; the phonetic run is not part of the text.
        #expect(sheet.cell("A2")?.text == "Số thủ tục đã giải quyết")
        // xml:space="preserve" whitespace survives.
        #expect(sheet.cell("B2")?.text == "  lề  ")

        let b1 = try #require(sheet.cell("B1"))
        #expect(b1.type == .inlineString)
        #expect(b1.text == "Nội dung & \"ghi chú\"")
        #expect(b1.formula == nil)

        let c1 = try #require(sheet.cell("C1"))
        #expect(c1.type == .number && c1.isNumeric)
        #expect(c1.number == 12.5)
        #expect(c1.rawValue == "12.5")
        #expect(sheet.cell("B5")?.number == -0.0325)

        let d1 = try #require(sheet.cell("D1"))
        #expect(d1.formula == "C1*2")
        #expect(d1.hasFormula && d1.isNumeric)
        #expect(d1.number == 25)

        let e1 = try #require(sheet.cell("E1"))
        #expect(e1.type == .formulaString)
        #expect(e1.formula == "\"Tổng: \"&C1")
        #expect(e1.text == "Tổng: 12.5")

        #expect(sheet.cell("F1")?.type == .boolean)
        #expect(sheet.cell("F1")?.bool == true)
        #expect(sheet.cell("G1")?.type == .error)
        #expect(sheet.cell("G1")?.text == "#DIV/0!")

        let h1 = try #require(sheet.cell("H1"))
        #expect(h1.type == .blank)
        #expect(h1.rawValue == nil && h1.number == nil && h1.text == nil)
        #expect(h1.styleIndex == 3)

        // Cells and rows without an `r` attribute are placed after their predecessor.
        #expect(sheet.cell("A6")?.number == 7)
        #expect(sheet.cell("C6")?.number == 8)
        #expect(sheet.cell("D6")?.number == 9)
        #expect(sheet.cell(row: 5, col: 3)?.number == 9)

        #expect(sheet.cell("Z99") == nil)
        #expect(sheet.usedRange?.description == "A1:H6")
        #expect(sheet.cells(inRow: 0).map(\.ref.a1) == ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1"])
        #expect(book.sheet("Kiểm tra")?.cell("A5")?.text == "OK")
    }

    @Test("sheet features: merges, columns, rows, panes, validations, conditional formats, links, comments, printing")
    func sheetFeatures() throws {
        let book = try XLSXFile(url: try writeFixture())
        let sheet = try #require(book.sheet("Bảng 2"))

        #expect(sheet.merges == ["A5:A6", "B3:D3"])
        #expect(sheet.merge(containing: "C3") == "B3:D3")
        #expect(sheet.merge(containing: "A7") == nil)

        #expect(sheet.columns.count == 3)
        #expect(sheet.columns[1] == ColumnInfo(min: 3, max: 3, width: 9.140625, hidden: true))
        #expect(sheet.isColumnHidden("C"))
        #expect(!sheet.isColumnHidden("A") && !sheet.isColumnHidden("B"))
        #expect(sheet.column("A")?.width == 40.7109375)
        #expect(sheet.column("E")?.styleIndex == 2)
        #expect(sheet.column("G") == nil)

        #expect(sheet.hiddenRows == [2])
        #expect(sheet.isRowHidden(2) && !sheet.isRowHidden(1))
        #expect(sheet.rowHeights[2] == 30)

        let pane = try #require(sheet.frozenPane)
        #expect(pane.row == 4 && pane.col == 1)
        #expect(sheet.frozenTopLeftCell == "B5")
        #expect(sheet.sheetView["showGridLines"] == "0")
        #expect(sheet.tabColor == "FF00B050")
        #expect(sheet.dimension == "A1:H6")
        #expect(sheet.autoFilter == "A4:H6")
        #expect(sheet.isProtected)
        #expect(book.sheet("Kiểm tra")?.frozenPane == nil)

        #expect(sheet.dataValidations.count == 2)
        let list = sheet.dataValidations[0]
        #expect(list.type == "list")
        #expect(list.sqref == "D5:D20")
        #expect(list.formula1 == "\"Có,Không\"")
        #expect(list.listItems == ["Có", "Không"])
        #expect(list.allowBlank && list.showInputMessage && list.showErrorMessage)
        #expect(list.promptTitle == "Đơn vị")
        #expect(list.prompt == "Chọn từ danh sách")
        let whole = sheet.dataValidations[1]
        #expect(whole.type == "whole" && whole.operator == "between")
        #expect(whole.formula1 == "0" && whole.formula2 == "1000000")
        #expect(!whole.allowBlank)
        #expect(whole.error == "Nhập số nguyên ≥ 0")
        #expect(sheet.dataValidations(at: "G5").map(\.type) == ["whole"])
        #expect(sheet.dataValidations(at: "D12").map(\.type) == ["list"])
        #expect(sheet.dataValidations(at: "A1").isEmpty)

        #expect(sheet.conditionalFormats.count == 2)
        let negative = sheet.conditionalFormats[0]
        #expect(negative.sqref == "D5:D20 F5:F20")
        #expect(negative.type == "cellIs" && negative.operator == "lessThan")
        #expect(negative.formulas == ["0"])
        #expect(negative.dxfId == 0 && negative.priority == 1)
        #expect(sheet.conditionalFormats[1].formulas == ["AND($B5<>\"\",$C5>$D5)"])
        #expect(sheet.conditionalFormats[1].stopIfTrue)
        #expect(sheet.conditionalFormats(at: "F7").count == 2)
        #expect(sheet.conditionalFormats(at: "E7").isEmpty)
        let dxf = try #require(book.dxf(0))
        #expect(dxf.fillColor == "FFFFC7CE")
        #expect(dxf.fontColor == "FF9C0006")
        #expect(book.dxf(1) == nil)

        #expect(sheet.hyperlinks.count == 2)
        let inside = try #require(sheet.hyperlink(at: "A3"))
        #expect(inside.location == "'Kiểm tra'!A5")
        #expect(inside.display == "Xem kiểm tra")
        #expect(inside.target == nil && inside.isInternal)
        let external = try #require(sheet.hyperlink(at: "B4"))
        #expect(external.target == "https://dichvucong.gov.vn/p/home")
        #expect(external.tooltip == "Cổng dịch vụ công")
        #expect(!external.isInternal)

        #expect(sheet.comments == ["D1": "Ghi chú: số liệu ước tính"])

        #expect(sheet.pageSetup["paperSize"] == "9")
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.pageSetup["fitToWidth"] == "1")
        #expect(sheet.pageSetup["fitToHeight"] == "0")
        #expect(sheet.pageSetup["fitToPage"] == "1")
        #expect(sheet.pageMargins["left"] == "0.5")
        #expect(sheet.printOptions["horizontalCentered"] == "1")
        #expect(sheet.headerFooter["oddHeader"] == "&C&\"Times New Roman,Bold\"Biểu 2")
        #expect(sheet.headerFooter["oddFooter"] == "&CTrang &P / &N")
        #expect(sheet.headerFooter["differentFirst"] == "0")
    }

    @Test("styles: number formats, fonts, fills, borders, alignment")
    func styles() throws {
        let book = try XLSXFile(url: try writeFixture())
        let sheet = try #require(book.sheet("Bảng 2"))

        #expect(book.numberFormat(forStyle: 0) == "General")
        #expect(book.numberFormat(forStyle: 2) == "#,##0.0")
        #expect(book.numberFormat(forStyle: 4) == "0.00%")
        #expect(book.numberFormat(of: try #require(sheet.cell("C1"))) == "#,##0.0")
        #expect(book.numberFormat(forStyle: 99) == nil)

        let header = book.style(of: try #require(sheet.cell("A1")))
        #expect(header.bold && !header.italic)
        #expect(header.fontSize == 12 && header.fontName == "Times New Roman")
        #expect(header.fontColor == "FFFF0000")
        #expect(header.hasSolidFill && header.fillColor == "FFDDEBF7")
        #expect(header.hasBorder && header.hasAllBorders)
        #expect(header.borderBottom == "medium" && header.borderLeft == "thin")
        #expect(header.horizontal == "center" && header.vertical == "center" && header.wrapText)
        #expect(header.locked)

        let label = book.cellStyle(3)
        #expect(label.indent == 2 && label.horizontal == "left")
        #expect(!label.bold && !label.wrapText && !label.hasSolidFill)
        #expect(!label.locked)

        let plain = book.cellStyle(0)
        #expect(!plain.bold && !plain.hasBorder && plain.fillPattern == "none" && plain.indent == 0)
    }

    @Test("cell references and CSV parsing")
    func referencesAndCSV() {
        #expect(CellRef("A1") == CellRef(row: 0, col: 0))
        #expect(CellRef("D12") == CellRef(row: 11, col: 3))
        #expect(CellRef("$AA$10") == CellRef(row: 9, col: 26))
        #expect(CellRef("xfd1048576") == CellRef(row: 1_048_575, col: 16_383))
        for bad in ["", "A", "12", "A0", "1A", "XFE1", "ABCD1", "A1:B2", "'S'!A1", "A-1"] {
            #expect(CellRef(bad) == nil, "\(bad) should not parse")
        }
        #expect(CellRef(row: 11, col: 3).a1 == "D12")
        #expect(CellRef(row: 0, col: 701).a1 == "ZZ1")
        #expect(CellRef(row: 0, col: 702).a1 == "AAA1")
        #expect(CellRange("B3:D3")?.cells.map(\.a1) == ["B3", "C3", "D3"])
        #expect(CellRange("D5")?.description == "D5")

        #expect(CSV.parse("") == [])
        #expect(CSV.parse("\n") == [])
        #expect(CSV.parse("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(CSV.parse("a,b\r\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(CSV.parse("\"x, \"\"y\"\"\nz\",,\"\"\n") == [["x, \"y\"\nz", "", ""]])
        #expect(CSV.parse(",\n\n3") == [["", ""], [""], ["3"]])
        let rows = CSV.parse(",,\n,,5\n")
        #expect(rows.value(at: "C2") == "5")
        #expect(rows.number(at: "C2") == 5)
        #expect(rows.value(at: "A1") == "")
        #expect(rows.value(at: "D9") == nil)
        #expect(CSV.number("12.5%") == 0.125)
        #expect(CSV.number("-0.07%") == -0.0007)
        #expect(CSV.number("1234,25") == 1234.25)
        #expect(CSV.number("1E+020") == 1e20)
        #expect(CSV.number(" 42 ") == 42)
        #expect(CSV.number("") == nil && CSV.number("%") == nil && CSV.number("TRUE") == nil)
        #expect(CSV.number("1,234,567") == nil)
    }

    @Test("bad packages fail with descriptive errors")
    func errors() throws {
        let notZip = try temporaryURL("plain.xlsx")
        try Data("hello".utf8).write(to: notZip)
        #expect(throws: XLSXReaderError.self) { try XLSXFile(url: notZip) }
        #expect(throws: XLSXReaderError.self) { try XLSXFile(url: notZip.appendingPathExtension("missing")) }

        func failure(_ edit: (inout [String: String]) -> Void) throws -> String {
            var parts = Self.fixtureParts()
            edit(&parts)
            let url = try writeFixture(parts)
            do {
                _ = try XLSXFile(url: url)
                return "no error"
            } catch let error as XLSXReaderError {
                return error.description
            }
        }
        #expect(try failure { $0["xl/worksheets/sheet2.xml"] = nil }
            == "missing package part: xl/worksheets/sheet2.xml")
        #expect(try failure { $0["[Content_Types].xml"] = nil }.contains("[Content_Types].xml"))
        #expect(try failure { $0["xl/styles.xml"] = "<styleSheet><fonts>" }
            .hasPrefix("malformed XML in xl/styles.xml"))
        #expect(try failure { $0["xl/workbook.xml"] = #"<workbook><sheets></workbook>"# }
            .hasPrefix("malformed XML in xl/workbook.xml"))
        #expect(try failure { $0["xl/sharedStrings.xml"] = "" }.hasPrefix("malformed XML in xl/sharedStrings.xml"))
        #expect(try failure {
            $0["xl/worksheets/sheet2.xml"] = #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"#
        }.contains("shared-string index 7 out of range"))
        #expect(try failure {
            $0["xl/worksheets/sheet2.xml"] = #"<worksheet><sheetData><row r="1"><c r="A1" s="42"><v>1</v></c></row></sheetData></worksheet>"#
        }.contains("uses style 42"))
        #expect(try failure {
            $0["xl/worksheets/sheet2.xml"] = #"<worksheet><sheetData><row r="1"><c r="A1"><v>abc</v></c></row></sheetData></worksheet>"#
        }.contains("is not a number"))
    }

    // MARK: - LibreOffice

    /// A one-sheet workbook with a non-ASCII sheet name whose formula caches are deliberately
    /// wrong: only a real recalculation can produce the right values.
    func staleCacheWorkbook() throws -> URL {
        let sheet = XLSXFixture.Sheet(name: "Bảng 2", body: """
            <sheetData><row r="1"><c r="A1"><v>21</v></c><c r="B1"><f>A1*2</f><v>999</v></c>\
            <c r="C1"><f>A1/8</f><v>0</v></c><c r="E1" s="1"><f>A1/168</f><v>0</v></c>\
            <c r="F1" t="str"><f>"Tổng "&amp;A1</f><v>cũ</v></c>\
            <c r="D1" t="inlineStr"><is><t>Tỉnh, "A"
            dòng 2</t></is></c></row>\
            <row r="3"><c r="B3"><f>SUM(B1:C1)</f><v>0</v></c></row></sheetData>
            """)
        let other = XLSXFixture.Sheet(name: "Kiểm tra", body: """
            <sheetData><row r="1"><c r="A1"><f>'Bảng 2'!B1+1</f><v>5</v></c></row></sheetData>
            """)
        let url = try temporaryURL("stale-cache.xlsx")
        let percentStyle = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
            """
        try XLSXFixture.write(
            parts: XLSXFixture.minimalWorkbook(sheets: [sheet, other], styles: percentStyle), to: url)
        return url
    }

    @Test("LibreOffice recalculates formulas on load instead of trusting cached values")
    func libreOfficeRecalculates() throws {
        // Must FAIL, not skip, without LibreOffice: `make test` installs it.
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let url = try staleCacheWorkbook()

        // Our reader sees the stale cache…
        let book = try XLSXFile(url: url)
        #expect(book.sheet("Bảng 2")?.cell("B1")?.number == 999)

        // …LibreOffice computes the truth.
        let csv = try LibreOffice.recalculatedCSV(of: url)
        #expect(Set(csv.keys) == ["Bảng 2", "Kiểm tra"])
        let rows = try #require(csv["Bảng 2"])
        #expect(rows.value(at: "A1") == "21")
        #expect(rows.value(at: "B1") == "42")
        #expect(rows.number(at: "C1") == 2.625)  // raw value with '.' decimals
        #expect(rows.value(at: "D1") == "Tỉnh, \"A\"\ndòng 2")
        #expect(rows.number(at: "B3") == 44.625)
        #expect(csv["Kiểm tra"]?.value(at: "A1") == "43")
        // Percent-formatted cells keep a '%' even in the raw export; number(at:) undoes it.
        #expect(rows.value(at: "E1") == "12.5%")
        #expect(rows.number(at: "E1") == 0.125)
        #expect(rows.value(at: "F1") == "Tổng 21")
    }

    @Test("LibreOffice round trip to xlsx gives typed, recalculated values")
    func libreOfficeRecalculatedWorkbook() throws {
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let book = try LibreOffice.recalculatedWorkbook(of: try staleCacheWorkbook())
        #expect(book.sheetNames == ["Bảng 2", "Kiểm tra"])
        let sheet = try #require(book.sheet("Bảng 2"))
        #expect(sheet.cell("B1")?.formula == "A1*2")
        #expect(sheet.cell("B1")?.number == 42)
        #expect(sheet.cell("C1")?.number == 2.625)
        #expect(sheet.cell("E1")?.number == 0.125)
        #expect(sheet.cell("F1")?.text == "Tổng 21")
        #expect(sheet.cell("B3")?.number == 44.625)
        #expect(book.sheet("Kiểm tra")?.cell("A1")?.number == 43)
    }

    @Test("LibreOffice converts a workbook to PDF and pdfinfo counts its pages")
    func libreOfficePDF() throws {
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let url = try staleCacheWorkbook()
        let outDir = url.deletingLastPathComponent().appendingPathComponent("pdf", isDirectory: true)
        let (pdf, pages) = try LibreOffice.convertToPDF(url, outputDirectory: outDir)
        #expect(pdf.lastPathComponent == "stale-cache.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(pages == 2)  // one page per (small) sheet
    }
}
