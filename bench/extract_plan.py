#!/usr/bin/env python3
"""Reads workbooks that cchc wrote and writes each as a *plan*: what a producer must write.

    extract_plan.py --out PLANDIR BOOK.xlsx…       (or: --out PLANDIR --from-dir XLSXDIR [-j 2])

The reader is openpyxl (not libxlsxwriter, not cchc), plus the sheet XML for what openpyxl does
not keep (cached formula results, the raw print footer) and docProps/app.xml (the company).
bench/reference.py (Python XlsxWriter) and bench/floor.c (libxlsxwriter) replay the plans, so the
three producers write the same cells, formats, merges and formulas.

A plan is UTF-8 text, one record per line, fields separated by tabs; in text fields `\\`, tab and
newline are written `\\\\`, `\\t`, `\\n`. Rows and columns are 0-based.

    WORKBOOK name.xlsx
    PROP key value                     title subject author company keywords comments created(epoch)
    FORMAT id font size bold italic underline color align valign wrap indent border fill numfmt
                                       color/fill: RRGGBB or -; align: general left center right …;
                                       valign: top center bottom; border: none thin medium …;
                                       numfmt: the format string or - (General)
    SHEET name active(0/1)
    COL col width hidden               width in characters as the producer is asked (not as stored)
    ROW row height                     points
    S row col fmt text                 a string (fmt is a FORMAT id or -)
    N row col fmt number               a number (repr of a double)
    B row col fmt                      an empty cell that carries a format
    FN row col fmt cached formula      a formula with a number as cached result
    FS row col fmt cached formula      a formula with text as cached result (may be empty)
    M r1 c1 r2 c2 fmt text             a merged range with text in its first cell
    FREEZE row col
    PAGE landscape paper fitw fith left right top bottom header footer centerh
                                       landscape: 1, 0 (portrait) or - (not set: no pageSetup element)
    REPEAT r1 r2                       rows repeated on every printed page
    PRINTAREA r1 c1 r2 c2              the print area (one range)
    HBREAKS r r …                      manual page breaks above these rows (`<brk id=r>`), in order
    FOOTER text / HEADER text          raw Excel header/footer codes
    GRIDLINES screen print             only when not the default (screen 1, print 0)
    TAB RRGGBB                         the colour of the sheet's tab
    HIDDEN                             the sheet is hidden (cchc's map `_cchc`)
    PROTECT cells columns rows         protected without a password; 1 where formatting is allowed
    DVLIST r1 c1 r2 c2 source blank prompt-title prompt error-title error error-style show-input show-error
                                       a drop-down list from a range (the only validation cchc writes)
    CF r1 c1 r2 c2 formula font-color bold italic fill
                                       a conditional format of type expression (colours RRGGBB or -)
    LINK row col fmt location text tooltip
                                       a link to a place in the workbook ('Bảng 2'!D45)
    NOTE row col author text w h       a comment in Times New Roman 10 (as cchc writes them), its box w × h px
                                       (from the sheet's VML drawing, which openpyxl does not read)
    NAME name formula                  a defined name (other than print titles)
    CHARTS n                           how many charts the sheets hold; producers do not write them
    END

Charts are counted but not replayed (openpyxl does not read them back); images, external links,
rich text and conditional formats other than expressions are refused, so that nothing is silently
left out of the comparison.
"""

import argparse
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from concurrent.futures import ProcessPoolExecutor

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string, range_boundaries

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def esc(text):
    return str(text).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def num(x):
    """A number as plans write it: the shortest repr that reads back to the same double."""
    x = float(x)
    return repr(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def stored_to_width(stored):
    """The width a producer is asked for, from the width Excel stores (libxlsxwriter's and
    XlsxWriter's conversion: ((w·7 + 5) / 7 · 256) truncated / 256 for w > 1)."""
    def forward(w):
        if w <= 0:
            return 0.0
        if w < 1:
            return int((int(w * 12 + 0.5)) / 7.0 * 256) / 256.0
        return int((int(w * 7 + 0.5) + 5) / 7.0 * 256) / 256.0
    guess = (stored * 7 - 5) / 7
    for digits in (0, 1, 2, 3, 4):
        w = round(guess, digits)
        if abs(forward(w) - stored) < 1e-9:
            return w
    return round(guess, 4)


def color(c):
    if c is None or c.type != "rgb" or not isinstance(c.rgb, str):
        return "-"
    return c.rgb[-6:].upper()


def sheet_xml_extras(zf, path):
    """Cached results of formulas ({(row, col): (type, text)}), and raw header/footer text."""
    cached = {}
    header = footer = None
    with zf.open(path) as f:
        for _, el in ET.iterparse(f):
            if el.tag == NS + "c":
                fe = el.find(NS + "f")
                if fe is not None:
                    letters, row = coordinate_from_string(el.get("r"))
                    v = el.find(NS + "v")
                    kind = "s" if el.get("t") in ("str", "s", "inlineStr") else "n"
                    cached[(row - 1, column_index_from_string(letters) - 1)] = (kind, v.text if v is not None and v.text else "")
                el.clear()
            elif el.tag == NS + "oddFooter":
                footer = el.text or ""
            elif el.tag == NS + "oddHeader":
                header = el.text or ""
    return cached, header, footer


def comment_boxes(zf, sheet_path):
    """{(row, col): (width px, height px)} of the sheet's comment boxes, from its VML drawing (which
    openpyxl does not read): the style's width and height in points, ×4/3."""
    folder, name = sheet_path.rsplit("/", 1)
    rels_path = f"{folder}/_rels/{name}.rels"
    if rels_path not in zf.namelist():
        return {}
    boxes = {}
    for rel in ET.fromstring(zf.read(rels_path)):
        if not rel.get("Type", "").endswith("/vmlDrawing"):
            continue
        target = os.path.normpath(os.path.join(folder, rel.get("Target"))).replace(os.sep, "/")
        vml = zf.read(target.lstrip("/")).decode("utf-8")
        for shape in re.findall(r"<v:shape\b.*?</v:shape>", vml, re.S):
            size = re.search(r"width:([\d.]+)pt;height:([\d.]+)pt", shape)
            row, col = re.search(r"<x:Row>(\d+)</x:Row>", shape), re.search(r"<x:Column>(\d+)</x:Column>", shape)
            if size and row and col:
                boxes[(int(row.group(1)), int(col.group(1)))] = (round(float(size.group(1)) * 4 / 3),
                                                                 round(float(size.group(2)) * 4 / 3))
    return boxes


def sheet_paths(zf):
    """Sheet name → path of its XML part, in workbook order."""
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    wb = ET.fromstring(zf.read("xl/workbook.xml"))
    out = {}
    for s in wb.iter(NS + "sheet"):
        rid = s.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        target = targets[rid]
        out[s.get("name")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return out


def extract(path):
    """The plan of one workbook, as text."""
    lines = [f"WORKBOOK\t{esc(os.path.basename(path))}"]
    wb = openpyxl.load_workbook(path)
    zf = zipfile.ZipFile(path)
    names = zf.namelist()
    if any(n.startswith("xl/media/") for n in names):
        raise SystemExit(f"{path}: has images, which plans do not carry")
    charts = sum(1 for n in names if n.startswith("xl/charts/chart") and n.endswith(".xml"))
    p = wb.properties
    company = None
    if "docProps/app.xml" in names:
        m = re.search(r"<Company>(.*?)</Company>", zf.read("docProps/app.xml").decode("utf-8"), re.S)
        if m:
            company = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
    for key, value in (("title", p.title), ("subject", p.subject), ("author", p.creator), ("company", company),
                       ("keywords", p.keywords), ("comments", p.description)):
        if value:
            lines.append(f"PROP\t{key}\t{esc(value)}")
    if p.created:
        import calendar
        lines.append(f"PROP\tcreated\t{calendar.timegm(p.created.timetuple())}")
    formats = {}
    body = []

    def fmt(cell):
        if not cell.has_style:
            return "-"
        f, a, b, fill = cell.font, cell.alignment, cell.border, cell.fill
        border = b.left.style or "none"
        if not (b.left.style == b.right.style == b.top.style == b.bottom.style):
            raise SystemExit(f"{path}: {cell.coordinate}: borders differ by side, which plans do not carry")
        key = (f.name or "Calibri", num(f.sz or 11), int(bool(f.b)), int(bool(f.i)), f.u or "none", color(f.color),
               a.horizontal or "general", a.vertical or "bottom", int(bool(a.wrap_text)), str(int(a.indent or 0)), border,
               color(fill.fgColor) if fill.patternType == "solid" else "-",
               cell.number_format if cell.number_format != "General" else "-")
        if key not in formats:
            formats[key] = str(len(formats))
        return formats[key]

    paths = sheet_paths(zf)
    active = wb.active.title if wb.active is not None else None
    for ws in wb.worksheets:
        cached, header, footer = sheet_xml_extras(zf, paths[ws.title])
        boxes = comment_boxes(zf, paths[ws.title])
        body.append(f"SHEET\t{esc(ws.title)}\t{int(ws.title == active)}")
        screen = ws.sheet_view.showGridLines is not False
        printed = bool(ws.print_options.gridLines)
        if not screen or printed:
            body.append(f"GRIDLINES\t{int(screen)}\t{int(printed)}")
        if ws.sheet_properties.tabColor is not None:
            body.append(f"TAB\t{color(ws.sheet_properties.tabColor)}")
        if ws.sheet_state == "hidden":
            body.append("HIDDEN")
        if ws.protection.sheet:
            p = ws.protection
            body.append(f"PROTECT\t{int(not p.formatCells)}\t{int(not p.formatColumns)}\t{int(not p.formatRows)}")
        for letter, dim in sorted(ws.column_dimensions.items(), key=lambda kv: kv[1].min or 0):
            if dim.min is None:
                continue
            if dim.width or dim.hidden:
                for c in range(dim.min, dim.max + 1):
                    body.append(f"COL\t{c - 1}\t{num(stored_to_width(dim.width or 0))}\t{int(bool(dim.hidden))}")
        for r, dim in sorted(ws.row_dimensions.items()):
            if dim.height is not None and dim.customHeight:
                body.append(f"ROW\t{r - 1}\t{num(dim.height)}")
        merged = {}
        inside = set()
        for rng in ws.merged_cells.ranges:
            c1, r1, c2, r2 = range_boundaries(rng.coord)
            merged[(r1, c1)] = (r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    inside.add((r, c))
        for row in ws.iter_rows():
            for cell in row:
                r, c = cell.row, cell.column
                if (r, c) in merged:
                    r2, c2 = merged[(r, c)]
                    if cell.value is not None and not isinstance(cell.value, str):
                        raise SystemExit(f"{path}: {cell.coordinate}: a merged range holding a non-text value")
                    if cell.hyperlink is not None:
                        # a link over a merged range: merged empty, then the link written in its first cell
                        link = cell.hyperlink
                        if not link.location or link.target:
                            raise SystemExit(f"{path}: {cell.coordinate}: only links inside the workbook are carried by plans")
                        body.append(f"M\t{r - 1}\t{c - 1}\t{r2 - 1}\t{c2 - 1}\t{fmt(cell)}\t")
                        body.append(f"LINK\t{r - 1}\t{c - 1}\t{fmt(cell)}\t{esc(link.location)}\t{esc(cell.value or '')}\t"
                                    f"{esc(link.tooltip or '')}")
                        continue
                    body.append(f"M\t{r - 1}\t{c - 1}\t{r2 - 1}\t{c2 - 1}\t{fmt(cell)}\t{esc(cell.value or '')}")
                    continue
                if (r, c) in inside:
                    continue
                v = cell.value
                where = f"{r - 1}\t{c - 1}\t{fmt(cell)}"
                if cell.comment is not None:
                    w, h = boxes.get((r - 1, c - 1), (300, 110))
                    body.append(f"NOTE\t{r - 1}\t{c - 1}\t{esc(cell.comment.author or '')}\t{esc(cell.comment.text)}\t{w}\t{h}")
                if cell.hyperlink is not None:
                    link = cell.hyperlink
                    if not link.location or link.target:
                        raise SystemExit(f"{path}: {cell.coordinate}: only links inside the workbook are carried by plans")
                    body.append(f"LINK\t{where}\t{esc(link.location)}\t{esc(v if v is not None else '')}\t{esc(link.tooltip or '')}")
                    continue
                if v is None:
                    if cell.has_style:
                        body.append(f"B\t{where}")
                elif cell.data_type == "f":
                    kind, text = cached.get((r - 1, c - 1), ("n", "0"))
                    if kind == "n" and text != "":
                        body.append(f"FN\t{where}\t{num(float(text))}\t{esc(v)}")
                    else:
                        body.append(f"FS\t{where}\t{esc(text)}\t{esc(v)}")
                elif isinstance(v, bool):
                    raise SystemExit(f"{path}: {cell.coordinate}: booleans are not carried by plans")
                elif isinstance(v, (int, float)):
                    body.append(f"N\t{where}\t{num(v)}")
                elif isinstance(v, str):
                    body.append(f"S\t{where}\t{esc(v)}")
                else:
                    raise SystemExit(f"{path}: {cell.coordinate}: a value of type {type(v).__name__} is not carried by plans")
        if ws.freeze_panes:
            letters, row = coordinate_from_string(ws.freeze_panes)
            body.append(f"FREEZE\t{row - 1}\t{column_index_from_string(letters) - 1}")
        ps, pm = ws.page_setup, ws.page_margins
        fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
        fitw = int(ps.fitToWidth) if ps.fitToWidth is not None else (1 if fit else 0)
        fith = int(ps.fitToHeight) if ps.fitToHeight is not None else (1 if fit else 0)
        body.append("PAGE\t" + "\t".join([
            {"landscape": "1", "portrait": "0"}.get(ps.orientation, "-"), str(int(ps.paperSize or 0)),
            str(fitw if fit else -1), str(fith if fit else -1),
            num(pm.left), num(pm.right), num(pm.top), num(pm.bottom), num(pm.header), num(pm.footer),
            str(int(bool(ws.print_options.horizontalCentered)))]))
        if ws.print_title_rows:
            a, b = ws.print_title_rows.replace("$", "").split(":")
            body.append(f"REPEAT\t{int(a) - 1}\t{int(b) - 1}")
        if ws.print_title_cols:
            raise SystemExit(f"{path}: repeated columns are not carried by plans")
        if ws.print_area:
            areas = ws.print_area if isinstance(ws.print_area, list) else ws.print_area.split(",")
            if len(areas) != 1:
                raise SystemExit(f"{path}: {ws.title}: a print area of several ranges is not carried by plans")
            c1, r1, c2, r2 = range_boundaries(areas[0].rsplit("!", 1)[-1].replace("$", ""))
            body.append(f"PRINTAREA\t{r1 - 1}\t{c1 - 1}\t{r2 - 1}\t{c2 - 1}")
        if ws.col_breaks.brk:
            raise SystemExit(f"{path}: {ws.title}: column page breaks are not carried by plans")
        breaks = [b.id for b in ws.row_breaks.brk]
        if breaks:
            if any(not b.man for b in ws.row_breaks.brk):
                raise SystemExit(f"{path}: {ws.title}: automatic page breaks are not carried by plans")
            body.append("HBREAKS\t" + "\t".join(str(b) for b in breaks))
        if header:
            body.append(f"HEADER\t{esc(header)}")
        if footer:
            body.append(f"FOOTER\t{esc(footer)}")
        for dv in ws.data_validations.dataValidation:
            if dv.type != "list" or not dv.formula1 or dv.formula1.startswith('"'):
                raise SystemExit(f"{path}: only drop-down lists over a range are carried by plans")
            for cr in dv.sqref.ranges:
                c1, r1, c2, r2 = range_boundaries(cr.coord)
                body.append("DVLIST\t" + "\t".join([
                    str(r1 - 1), str(c1 - 1), str(r2 - 1), str(c2 - 1), esc(dv.formula1), str(int(bool(dv.allow_blank))),
                    esc(dv.promptTitle or ""), esc(dv.prompt or ""), esc(dv.errorTitle or ""), esc(dv.error or ""),
                    dv.errorStyle or "stop", str(int(bool(dv.showInputMessage))), str(int(bool(dv.showErrorMessage)))]))
        rules = []  # (priority, record): written in the order of their priorities, the order they were added
        for cf in ws.conditional_formatting:
            ranges = list(cf.sqref.ranges)
            for rule in cf.rules:
                if rule.type != "expression" or len(ranges) != 1 or len(rule.formula) != 1:
                    raise SystemExit(f"{path}: {ws.title}: only expression rules over one range are carried by plans")
                c1, r1, c2, r2 = range_boundaries(ranges[0].coord)
                dxf = rule.dxf
                font = dxf.font if dxf is not None else None
                fill = dxf.fill if dxf is not None else None
                fill_color = "-"
                if fill is not None and (fill.patternType in (None, "solid")):
                    fill_color = color(fill.bgColor) if color(fill.bgColor) not in ("-", "000000") else color(fill.fgColor)
                    if fill_color == "000000":
                        fill_color = "-"
                rules.append((rule.priority or 0, "CF\t" + "\t".join([
                    str(r1 - 1), str(c1 - 1), str(r2 - 1), str(c2 - 1), esc("=" + rule.formula[0]),
                    color(font.color) if font is not None and font.color is not None else "-",
                    str(int(bool(font is not None and font.b))), str(int(bool(font is not None and font.i))), fill_color])))
        body += [record for _, record in sorted(rules, key=lambda x: x[0])]
    for name, dn in wb.defined_names.items():
        body.append(f"NAME\t{esc(name)}\t{esc(dn.attr_text)}")
    for ws in wb.worksheets:
        for name, dn in ws.defined_names.items():
            if name != "_xlnm.Print_Titles":
                raise SystemExit(f"{path}: sheet-scoped names are not carried by plans")
    if charts:
        body.append(f"CHARTS\t{charts}")
    for key, id_ in formats.items():
        lines.append("FORMAT\t" + id_ + "\t" + "\t".join(esc(k) for k in key))
    lines += body
    lines.append("END")
    return "\n".join(lines) + "\n"


def extract_to(args):
    path, out = args
    plan = extract(path)
    target = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".plan")
    with open(target, "w", encoding="utf-8") as f:
        f.write(plan)
    return target


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, help="directory for the .plan files")
    p.add_argument("--from-dir", help="every .xlsx of this directory")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("books", nargs="*")
    args = p.parse_args(argv)
    books = list(args.books)
    if args.from_dir:
        books += sorted(os.path.join(args.from_dir, n) for n in os.listdir(args.from_dir) if n.endswith(".xlsx"))
    os.makedirs(args.out, exist_ok=True)
    if args.jobs > 1 and len(books) > 8:
        with ProcessPoolExecutor(args.jobs) as pool:
            list(pool.map(extract_to, [(b, args.out) for b in books], chunksize=16))
    else:
        for b in books:
            extract_to((b, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
