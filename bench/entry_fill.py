#!/usr/bin/env python3
"""Types generated inputs into cchc's entry workbooks, as an officer's saved file, with openpyxl.

    entry_fill.py --cchc BIN --out DIR [--blanks DIR] [-j JOBS] INPUT.json...
    entry_fill.py --cchc BIN --out DIR --from-dir INPUTS

For each input (a `cchc fill` input of bench/generate.py) it makes the blank entry workbook of the
input's template and period once (`cchc init <template> [--year Y | --from F --to T [--cutoff D]]
-o blank.xlsx`, kept under --blanks), opens it with openpyxl (a writer that is not libxlsxwriter),
types every value of the input that has a cell in the workbook's map (hidden sheet `_cchc`: sheet,
cell, JSON path) into that cell, and saves it as DIR/<input name>.xlsx: numbers as numbers, texts
(Vietnamese notation such as "10.248" or "99,95", labels, names) as text, as typed.

What the workbook has no cell for is not typed and is listed by `leftovers` (the notes of the
Ghi chú column, until the entry workbook has cells for them); bench.py's reading check uses
`expected`, `leftovers` and `compare` of this module to hold `cchc export`'s output against the input.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

MAP_SHEET = "_cchc"
MAP_HEADS = ("sheet", "cell", "path")


# ------------------------------------------------------------------------------------ JSON paths

def parse_path(text):
    """`$.values["i.1"].numerator` → ["values", "i.1", "numerator"]; `[0]` → 0."""
    if not text.startswith("$"):
        raise ValueError(f"not a JSON path: {text!r}")
    out, i = [], 1
    while i < len(text):
        if text[i] == ".":
            m = re.match(r"\.([A-Za-z_][A-Za-z0-9_]*)", text[i:])
            if not m:
                raise ValueError(f"bad JSON path {text!r} at {i}")
            out.append(m.group(1))
            i += m.end()
        elif text.startswith('["', i):
            j = i + 2
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(json.loads(text[i + 1: j + 1]))
            i = j + 2
        elif text[i] == "[":
            j = text.index("]", i)
            out.append(int(text[i + 1: j]))
            i = j + 1
        else:
            raise ValueError(f"bad JSON path {text!r} at {i}")
    return out


MISSING = object()


def at(doc, path):
    """The value of `doc` at `path`, or MISSING. A rate given as its reported value alone (a number
    or a string where the map has `.value`) counts as `{"value": …}`, as `cchc fill` reads it."""
    v = doc
    for i, key in enumerate(path):
        if isinstance(key, int):
            if not isinstance(v, list) or key >= len(v):
                return MISSING
            v = v[key]
        elif isinstance(v, dict):
            if key not in v:
                return MISSING
            v = v[key]
        elif key == "value" and i == len(path) - 1 and isinstance(v, (int, float, str)):
            return v
        else:
            return MISSING
    return v


def leaves(doc, prefix=()):
    """Every scalar of `doc` with its path (as a tuple)."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from leaves(v, prefix + (k,))
    elif isinstance(doc, list):
        for k, v in enumerate(doc):
            yield from leaves(v, prefix + (k,))
    else:
        yield prefix, doc


# ------------------------------------------------------------------------------------ the map

def read_map(wb):
    """[(sheet, cell, path text)] of the workbook's `_cchc` sheet."""
    ws = wb[MAP_SHEET]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if tuple(r[:3]) == MAP_HEADS)
    return [(r[0], r[1], r[2]) for r in rows[start + 1:] if r and r[0]]


def map_paths(book_path):
    import openpyxl
    wb = openpyxl.load_workbook(book_path)
    return [p for _, _, p in read_map(wb)]


# ------------------------------------------------------------------------------------ typing

def period_args(doc):
    p = doc.get("period") or {}
    if "year" in p:
        return ["--year", str(p["year"])]
    args = []
    if "from" in p:
        args += ["--from", str(p["from"]), "--to", str(p["to"])]
    if "cutoff" in p:
        args += ["--cutoff", p["cutoff"]]
    return args


def blank_for(cchc, blanks, doc):
    """The blank entry workbook for the input's template and period (made once)."""
    args = period_args(doc)
    name = doc["template"] + "".join("_" + a.lstrip("-") for a in args) + ".xlsx"
    path = os.path.join(blanks, name)
    if not os.path.exists(path):
        tmp = path + f".{os.getpid()}.xlsx"
        subprocess.run([cchc, "init", doc["template"], *args, "-o", tmp], check=True, capture_output=True)
        os.replace(tmp, path)
    return path


def cell_value(v):
    """What an officer types for a JSON value: numbers as numbers, everything else as text."""
    if isinstance(v, bool):
        raise ValueError(f"a boolean in a generated input: {v!r}")
    return v


def type_one(job):
    cchc, blanks, src, out = job
    import openpyxl
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    wb = openpyxl.load_workbook(blank_for(cchc, blanks, doc))
    typed = 0
    for sheet, cell, path in read_map(wb):
        v = at(doc, parse_path(path))
        if v is MISSING or v is None or isinstance(v, (dict, list)):
            continue
        wb[sheet][cell] = cell_value(v)
        typed += 1
    tmp = out + ".part"
    wb.save(tmp)
    os.replace(tmp, out)
    return typed


# ------------------------------------------------------------------------------------ checking

def normal(v):
    """A scalar as compared: numbers by value (12 == 12.0), texts as they are."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return v


def expected(doc, paths):
    """{path text: value} of the input at every path of the map that it has a value for."""
    out = {}
    for p in paths:
        v = at(doc, parse_path(p))
        if v is not MISSING and v is not None and not isinstance(v, (dict, list)):
            out[p] = normal(v)
    return out


LEFT_RATE = "values: a rate's reported value (the entry workbook computes rates with a formula)"


def leftovers(doc, paths):
    """The input's scalars that no cell of the map holds, counted by kind (`notes`: 12)."""
    covered = {tuple(parse_path(p)) for p in paths}
    covered |= {k[:-1] for k in covered if k and k[-1] == "value"}  # a rate's value alone, where it has a cell
    out = {}
    for path, _ in leaves(doc):
        if path in covered or path[:1] == ("template",):
            continue
        kind = path[0]
        n = len(path)
        if kind == "values" and (path[-1] == "value" or not any(k[:2] == path[:2] for k in covered)
                                 or any(len(k) > n and k[:n] == path for k in covered)):
            kind = LEFT_RATE
        elif kind == "values":
            kind = "values: " + ".".join(str(k) for k in path[2:])
        out[kind] = out.get(kind, 0) + 1
    return out


def compare(doc, paths, exported):
    """Differences between the input's values at the map's paths and `cchc export`'s document:
    [(path, input value, exported value)]; empty when every typed value reads back as typed and
    nothing else appears."""
    want = expected(doc, paths)
    got = {}
    for p in paths:
        v = at(exported, parse_path(p))
        if v is not MISSING and v is not None and not isinstance(v, (dict, list)):
            got[p] = normal(v)
    diffs = [(p, want.get(p), got.get(p)) for p in sorted(set(want) | set(got)) if want.get(p) != got.get(p)]
    # Anything in the export that the map does not name (there should be nothing).
    named = {tuple(parse_path(p)) for p in paths}
    for path, v in leaves(exported):
        if path not in named and path[:1] != ("template",) and v is not None:
            diffs.append(("$" + "".join(f"[{k!r}]" for k in path), None, v))
    return diffs


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cchc", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--blanks")
    p.add_argument("--from-dir")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("inputs", nargs="*")
    args = p.parse_args(argv)
    inputs = list(args.inputs)
    if args.from_dir:
        inputs += sorted(os.path.join(args.from_dir, n) for n in os.listdir(args.from_dir) if n.endswith(".json"))
    os.makedirs(args.out, exist_ok=True)
    blanks = args.blanks or os.path.join(args.out, ".blanks")
    os.makedirs(blanks, exist_ok=True)
    # The blanks first, in this process (workers would race to make the same one).
    for src in inputs:
        with open(src, encoding="utf-8") as f:
            blank_for(args.cchc, blanks, json.load(f))
    jobs = [(args.cchc, blanks, src, os.path.join(args.out, os.path.splitext(os.path.basename(src))[0] + ".xlsx"))
            for src in inputs]
    if args.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            typed = sum(pool.map(type_one, jobs, chunksize=8))
    else:
        typed = sum(map(type_one, jobs))
    print(f"entry_fill: {len(jobs)} workbooks, {typed} cells typed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
