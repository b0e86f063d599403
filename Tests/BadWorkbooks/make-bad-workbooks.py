#!/usr/bin/env python3
"""Writes the small bad workbooks of this folder (run from it: python3 make-bad-workbooks.py).

Each file is one class of what the reader must refuse; manifest.json says the code expected.
legacy-xls.xlsx and ods.xlsx were saved by LibreOffice 7.4 from a two-line CSV (the .xls and the
.ods, renamed); everything else is written here byte by byte. The zip bomb is made by the test
itself (XlsxReadTests/BadWorkbookTests.swift), not stored.
"""
import struct
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?>\n'
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<sheets>{sheets}</sheets></workbook>')
SHEET_ENTRY = '<sheet name="Bảng 2" sheetId="1" r:id="rId1"/>'
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
           '</Relationships>')
SST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
       '<si><t>{text}</t></si></sst>')


def sheet(cells, declaration='<?xml version="1.0" encoding="UTF-8"?>\n'):
    return (declaration + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + cells + '</sheetData></worksheet>')


def workbook(name, sheet_xml=None, sheets=SHEET_ENTRY, shared='Số hồ sơ', extra=None):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, text in [('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('xl/workbook.xml', WB.format(sheets=sheets)),
                           ('xl/_rels/workbook.xml.rels', WB_RELS), ('xl/sharedStrings.xml', SST.format(text=shared))]:
            z.writestr(zipfile.ZipInfo(part, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
        if sheet_xml is not None:
            data = sheet_xml if isinstance(sheet_xml, bytes) else sheet_xml.encode()
            z.writestr(zipfile.ZipInfo('xl/worksheets/sheet1.xml', (2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        for part, text in (extra or []):
            z.writestr(zipfile.ZipInfo(part, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)


def compound_file(name, streams):
    """A minimal OLE compound file (512-byte sectors): header, one FAT sector, one directory sector
    with a root entry and the named (empty) streams. Enough for anything that reads the directory."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex('D0CF11E0A1B11AE1')
    struct.pack_into('<HHHHH', header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<I', header, 0x2C, 1)          # FAT sectors
    struct.pack_into('<I', header, 0x30, 1)          # first directory sector
    struct.pack_into('<I', header, 0x38, 0x1000)     # mini stream cutoff
    struct.pack_into('<IIII', header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into('<109I', header, 0x4C, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * 126
    directory = bytearray()
    names = ['Root Entry'] + streams
    for i, entry in enumerate(names):
        record = bytearray(128)
        encoded = (entry + '\0').encode('utf-16-le')
        record[0:len(encoded)] = encoded
        struct.pack_into('<H', record, 0x40, len(encoded))
        record[0x42] = 5 if i == 0 else 2
        record[0x43] = 1
        left, right, child = 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
        if i == 0 and len(names) > 1:
            child = 1
        if 0 < i < len(names) - 1:
            right = i + 1
        struct.pack_into('<III', record, 0x44, left, right, child)
        struct.pack_into('<I', record, 0x74, 0xFFFFFFFE)
        directory += record
    directory += bytes(512 - len(directory) % 512) if len(directory) % 512 else b''
    with open(name, 'wb') as f:
        f.write(bytes(header) + struct.pack('<128I', *fat) + bytes(directory))


open('empty.xlsx', 'wb').close()
with open('csv.xlsx', 'w', encoding='utf-8') as f:
    f.write('STT,Chỉ tiêu,Số liệu\n1,Số hồ sơ tiếp nhận,10.300\n2,Số hồ sơ đúng hạn,10.243\n')
with open('unknown.xlsx', 'wb') as f:
    f.write(bytes.fromhex('89504E470D0A1A0A0000000D4948445200000001000000010806000000') + bytes(32))
compound_file('encrypted.xlsx', ['EncryptionInfo', 'EncryptedPackage'])
with zipfile.ZipFile('docx.xlsx', 'w') as z:
    z.writestr('[Content_Types].xml', CT)
    z.writestr('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="urn:w"/>')
workbook('ok.tmp', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>10300</v></c></row>'))
data = open('ok.tmp', 'rb').read()
with open('truncated.xlsx', 'wb') as f:
    f.write(data[:len(data) // 2])
import os
os.remove('ok.tmp')
workbook('missing-sheet.xlsx', None)
workbook('no-sheets.xlsx', sheet(''), sheets='')
laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          + ''.join(f'<!ENTITY lol{i} "' + f'&lol{i - 1};' * 10 + '">' for i in range(3, 10))
          + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
workbook('doctype-entities.xlsx', laughs)
workbook('shared-string-index.xlsx', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>'))
workbook('beyond-xfd.xlsx', sheet('<row r="1048577"><c r="XFD1048577"><v>1</v></c></row>'))
workbook('beyond-xfd-column.xlsx', sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))
workbook('windows-1258.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>S\xf4 h\xf4 s\xf4</t></is></c></row>',
                                    declaration='<?xml version="1.0" encoding="windows-1258"?>\n').encode('latin-1'))
workbook('not-utf8-bytes.xlsx', b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="urn:x"><sheetData><row r="1">'
         b'<c r="A1" t="inlineStr"><is><t>S\xf4 h\xf4</t></is></c></row></sheetData></worksheet>')
workbook('malformed-xml.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></row>'))
workbook('deep-nesting.xlsx', sheet('<row r="1"><c r="A1"><v>1</v></c></row>' + '<x>' * 200 + '</x>' * 200))
workbook('long-string.xlsx', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared='Số hồ sơ ' * 20000)
workbook('bad-number.xlsx', sheet('<row r="1"><c r="A1"><v>mười</v></c></row>'))
workbook('bad-boolean.xlsx', sheet('<row r="1"><c r="A1" t="b"><v>có</v></c></row>'))
workbook('undeclared-entity.xlsx', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'))
