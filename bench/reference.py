#!/usr/bin/env python3
"""The Python reference of the benchmark: replays plans (see extract_plan.py) with XlsxWriter.

    reference.py [-j N] OUTDIR LISTFILE

What a province's IT office might write in Python instead of cchc, given the figures already
parsed: the same cells, formats, merges and formulas, one XlsxWriter format per distinct style.
Plans are read one at a time, just before their workbook is written. One process unless -j N
(then N processes from multiprocessing, plan i in process i mod N).

XlsxWriter runs with `in_memory: True` (it assembles the parts in memory instead of temporary
files), the faster of its two modes on the benchmark machine: the reference is given its best
chance, so that the cchc/Python ratio is not flattered.
"""

import datetime
import os
import sys

import xlsxwriter

ALIGN = {"general": None, "left": "left", "center": "center", "right": "right", "fill": "fill",
         "justify": "justify", "centerContinuous": "center_across", "distributed": "distributed"}
VALIGN = {"top": "top", "center": "vcenter", "bottom": None, "justify": "vjustify", "distributed": "vdistributed"}
BORDERS = ["none", "thin", "medium", "dashed", "dotted", "thick", "double", "hair", "mediumDashed", "dashDot",
           "mediumDashDot", "dashDotDot", "mediumDashDotDot", "slantDashDot"]


def unescape(s):
    if "\\" not in s:
        return s
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(nxt, nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def make_format(wb, f):
    props = {"font_name": unescape(f[2]), "font_size": float(f[3])}
    if f[4] == "1":
        props["bold"] = True
    if f[5] == "1":
        props["italic"] = True
    if f[6] != "none":
        props["underline"] = 1
    if f[7] != "-":
        props["font_color"] = "#" + f[7]
    if ALIGN.get(f[8]):
        props["align"] = ALIGN[f[8]]
    if VALIGN.get(f[9]):
        props["valign"] = VALIGN[f[9]]
    if f[10] == "1":
        props["text_wrap"] = True
    if int(f[11]) > 0:
        props["indent"] = int(f[11])
    if f[12] != "none":
        props["border"] = BORDERS.index(f[12])
    if f[13] != "-":
        props["pattern"] = 1
        props["bg_color"] = "#" + f[13]
    if f[14] != "-":
        props["num_format"] = unescape(f[14])
    return wb.add_format(props)


def replay(plan_path, outdir):
    wb = ws = None
    formats = {}
    cf_formats = {}
    props = {}
    with open(plan_path, encoding="utf-8") as fh:
        text = fh.read()
    for line in text.split("\n"):
        if not line:
            continue
        f = line.split("\t")
        kind = f[0]
        if kind == "S":
            ws.write_string(int(f[1]), int(f[2]), unescape(f[4]), formats.get(f[3]))
        elif kind == "N":
            ws.write_number(int(f[1]), int(f[2]), float(f[4]), formats.get(f[3]))
        elif kind == "B":
            ws.write_blank(int(f[1]), int(f[2]), None, formats.get(f[3]))
        elif kind == "FN":
            ws.write_formula(int(f[1]), int(f[2]), unescape(f[5]), formats.get(f[3]), float(f[4]))
        elif kind == "FS":
            ws.write_formula(int(f[1]), int(f[2]), unescape(f[5]), formats.get(f[3]), unescape(f[4]))
        elif kind == "M":
            ws.merge_range(int(f[1]), int(f[2]), int(f[3]), int(f[4]), unescape(f[6]), formats.get(f[5]))
        elif kind == "ROW":
            ws.set_row(int(f[1]), float(f[2]))
        elif kind == "COL":
            ws.set_column(int(f[1]), int(f[1]), float(f[2]), None, {"hidden": True} if f[3] == "1" else None)
        elif kind == "FORMAT":
            formats[f[1]] = make_format(wb, f)
        elif kind == "SHEET":
            ws = wb.add_worksheet(unescape(f[1]))
            if len(f) > 2 and f[2] == "1":
                ws.activate()
        elif kind == "FREEZE":
            ws.freeze_panes(int(f[1]), int(f[2]))
        elif kind == "PAGE":
            if f[1] == "1":
                ws.set_landscape()
            elif f[1] == "0":
                ws.set_portrait()
            if int(f[2]):
                ws.set_paper(int(f[2]))
            if int(f[3]) >= 0:
                ws.fit_to_pages(int(f[3]), int(f[4]))
            ws.set_margins(float(f[5]), float(f[6]), float(f[7]), float(f[8]))
            if f[11] == "1":
                ws.center_horizontally()
        elif kind == "PRINTAREA":
            ws.print_area(int(f[1]), int(f[2]), int(f[3]), int(f[4]))
        elif kind == "HBREAKS":
            ws.set_h_pagebreaks([int(x) for x in f[1:]])
        elif kind == "REPEAT":
            ws.repeat_rows(int(f[1]), int(f[2]))
        elif kind == "FOOTER":
            ws.set_footer(unescape(f[1]))
        elif kind == "HEADER":
            ws.set_header(unescape(f[1]))
        elif kind == "DVLIST":
            options = {"validate": "list", "source": unescape(f[5])}
            if len(f) > 13:
                options["ignore_blank"] = f[6] == "1"
                for key, i in (("input_title", 7), ("input_message", 8), ("error_title", 9), ("error_message", 10)):
                    if f[i]:
                        options[key] = unescape(f[i])
                options["error_type"] = f[11]
                options["show_input"] = f[12] == "1"
                options["show_error"] = f[13] == "1"
            ws.data_validation(int(f[1]), int(f[2]), int(f[3]), int(f[4]), options)
        elif kind == "CF":
            key = tuple(f[6:10])
            if key not in cf_formats:
                props_cf = {}
                if f[6] != "-":
                    props_cf["font_color"] = "#" + f[6]
                if f[7] == "1":
                    props_cf["bold"] = True
                if f[8] == "1":
                    props_cf["italic"] = True
                if f[9] != "-":
                    props_cf["bg_color"] = "#" + f[9]
                cf_formats[key] = wb.add_format(props_cf)
            ws.conditional_format(int(f[1]), int(f[2]), int(f[3]), int(f[4]),
                                  {"type": "formula", "criteria": unescape(f[5]), "format": cf_formats[key]})
        elif kind == "LINK":
            ws.write_url(int(f[1]), int(f[2]), "internal:" + unescape(f[4]), formats.get(f[3]),
                         unescape(f[5]) or None, unescape(f[6]) or None)
        elif kind == "NOTE":
            options = {"width": int(f[5]) if len(f) > 6 else 300, "height": int(f[6]) if len(f) > 6 else 110,
                       "font_name": "Times New Roman", "font_size": 10}
            if f[3]:
                options["author"] = unescape(f[3])
            ws.write_comment(int(f[1]), int(f[2]), unescape(f[4]), options)
        elif kind == "GRIDLINES":
            ws.hide_gridlines(0 if f[2] == "1" else 1 if f[1] == "1" else 2)
        elif kind == "HIDDEN":
            ws.hide()
        elif kind == "PROTECT":
            ws.protect("", {"format_cells": f[1] == "1", "format_columns": f[2] == "1", "format_rows": f[3] == "1"})
        elif kind == "TAB":
            ws.set_tab_color("#" + f[1])
        elif kind == "CHARTS":
            pass  # counted, not replayed
        elif kind == "NAME":
            wb.define_name(unescape(f[1]), unescape(f[2]))
        elif kind == "PROP":
            key, value = f[1], unescape(f[2])
            if key == "created":
                value = datetime.datetime.fromtimestamp(int(value), datetime.timezone.utc).replace(tzinfo=None)
            props[key] = value
            wb.set_properties(props)
        elif kind == "WORKBOOK":
            wb = xlsxwriter.Workbook(os.path.join(outdir, unescape(f[1])), {"in_memory": True})
            formats = {}
            cf_formats = {}
            props = {}
        elif kind == "END":
            wb.close()
            wb = ws = None
        else:
            raise SystemExit(f"reference.py: {plan_path}: unknown record {kind}")


def run(plans, outdir):
    for p in plans:
        replay(p, outdir)


def main(argv):
    jobs = 1
    if len(argv) >= 2 and argv[0] == "-j":
        jobs = int(argv[1])
        argv = argv[2:]
    if len(argv) != 2:
        raise SystemExit("usage: reference.py [-j N] OUTDIR LISTFILE")
    outdir, listfile = argv
    with open(listfile, encoding="utf-8") as fh:
        plans = [line for line in fh.read().split("\n") if line]
    if jobs <= 1:
        run(plans, outdir)
        return 0
    import multiprocessing
    procs = [multiprocessing.Process(target=run, args=(plans[k::jobs], outdir)) for k in range(jobs)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return 0 if all(p.exitcode == 0 for p in procs) else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
