#!/usr/bin/env python3
"""The reading reference: openpyxl loads each workbook with `data_only=True` and reads every cell.

    read_reference.py OUTDIR LIST      (LIST: one .xlsx path a line)

For each workbook, in one process, one after the other: `openpyxl.load_workbook(path,
data_only=True)` (the default, full mode: cached values of formulas instead of the formulas),
every cell of every sheet read with `iter_rows(values_only=True)`, then the values at the cells of
the workbook's own map (hidden sheet `_cchc`: sheet, cell, JSON path) written to OUTDIR/<name>.json
as `{path: value}`, so that its reading can be checked like cchc's (`{}` for a workbook without
a map, such as a `fill` output: read in full all the same). Nothing is kept from one workbook to the
next.
"""

import json
import os
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_to_tuple


def read(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    grids = {}
    for ws in wb.worksheets:
        grids[ws.title] = [row for row in ws.iter_rows(values_only=True)]
    wb.close()
    out = {}
    rows = grids.get("_cchc", [])
    start = next((i for i, r in enumerate(rows) if tuple(r[:3]) == ("sheet", "cell", "path")), None)
    if start is None:  # a workbook without an entry map (a fill output): read, nothing to name
        return out
    for r in rows[start + 1:]:
        if not r or not r[0]:
            continue
        sheet, cell, jpath = r[0], r[1], r[2]
        row, col = coordinate_to_tuple(cell)
        grid = grids[sheet]
        v = grid[row - 1][col - 1] if row <= len(grid) and col <= len(grid[row - 1]) else None
        if v is not None and v != "":
            out[jpath] = v if isinstance(v, (int, float, str)) else str(v)
    return out


def main(argv):
    out_dir, listing = argv[1], argv[2]
    with open(listing) as f:
        books = [line.strip() for line in f if line.strip()]
    for book in books:
        values = read(book)
        name = os.path.splitext(os.path.basename(book))[0] + ".json"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(values, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
