#!/usr/bin/env python3
"""The consolidation part of the benchmark (`bench.py --parts consolidate`, issue 14 "Scale and speed").

A generated country of the two-level era (`generate.py --country`: 34 provinces, 3,321 communes, a
roster of them, one `bang2-nam` input of 2025 per commune) is

  1. consolidated at once, at several sizes (the first 100, 1,000 and all 3,321 communes):
     `cchc consolidate <communes> -o x.json`, `-o x.xlsx`, and `-o x.xlsx --roster roster.json`
     (which adds the sheet `Tình hình báo cáo`); time, CPU and peak memory (`/usr/bin/time %M`) of each;
     and `cchc status roster.json <communes>`;
  2. consolidated as a two-level chain: each province's communes to the province (`.json`, one process
     per province), then the 34 provinces' files to the country (`.json`);
  3. checked: every timed run's output is byte-identical to the first run's; the chain's country equals
     the direct consolidation of the 3,321 communes, row by row; `status` counts every commune as
     received at 3,321.

Memory must be bounded by the rows × units held, not by the size of the files: the table gives the
peak at each size and the growth per unit added, next to the size of a unit's input file.
"""

import glob
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SIZES = [100, 1000, 3321]       # communes consolidated at once (the last is the whole country)
COUNTRY_UNIT = "Bộ Nội vụ (cả nước)"
TARGET_SECONDS = 10.0           # "seconds, not minutes": CPU time of one consolidation of the whole country
TARGET_PER_UNIT = 1.0           # memory added per unit ≤ this × the size of a unit's input file


def country(args):
    """The generated country in work/country (reused when there for this seed and generator)."""
    out = os.path.join(args.work, "country")
    stamp = os.path.join(out, ".stamp")
    want = json.dumps({"seed": args.seed, "count": max(SIZES),
                       "generator": os.path.getmtime(os.path.join(HERE, "generate.py")),
                       "template": os.path.getmtime(os.path.join(ROOT, "templates", "bang2-nam.json"))})
    if os.path.exists(stamp) and open(stamp).read() == want:
        return out
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", str(args.seed), "--country",
                    "--count", str(max(SIZES)), "--out", out], check=True)
    with open(stamp, "w") as f:
        f.write(want)
    return out


def commune_set(args, communes, n):
    """A directory of links to the first n communes (in code order: whole provinces first)."""
    d = os.path.join(args.work, "sets", f"communes-{n}")
    names = sorted(x for x in os.listdir(communes) if x.endswith(".json"))[:n]
    if os.path.isdir(d) and sorted(os.listdir(d)) == names:
        return d
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for name in names:
        os.symlink(os.path.join(communes, name), os.path.join(d, name))
    return d


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def reps_for(n):
    return {100: 5, 1000: 3}.get(n, 3)


def row_values(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f).get("values", {})


def measure(args, tools):
    """Every consolidation measurement; `tools` gives bench.py's run_measured, wait_quiet and log."""
    run_measured, wait_quiet, log = tools["run_measured"], tools["wait_quiet"], tools["log"]
    d = country(args)
    roster = os.path.join(d, "roster.json")
    communes = os.path.join(d, "communes")
    with open(roster, encoding="utf-8") as f:
        units = json.load(f)["units"]
    provinces = [(u["code"], u["name"]) for u in units if u["level"] == "tinh"]
    files = sorted(x for x in os.listdir(communes) if x.endswith(".json"))
    input_bytes = sum(os.path.getsize(os.path.join(communes, x)) for x in files)
    out = os.path.join(args.work, "out", "consolidate")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    logf = os.path.join(args.work, "log-consolidate.txt")
    results, same = [], {}
    sizes = [n for n in SIZES if n <= len(files)]
    for n in sizes:
        s = commune_set(args, communes, n)
        base = [args.cchc, "consolidate", s, "--unit", COUNTRY_UNIT, "--quiet"]
        cmds = {
            "consolidate → .json": (base + ["-o", os.path.join(out, f"c{n}.json")], os.path.join(out, f"c{n}.json")),
            "consolidate → .xlsx": (base + ["-o", os.path.join(out, f"c{n}.xlsx")], os.path.join(out, f"c{n}.xlsx")),
            "consolidate → .xlsx --roster": (base + ["-o", os.path.join(out, f"r{n}.xlsx"), "--roster", roster],
                                             os.path.join(out, f"r{n}.xlsx")),
            "status": ([args.cchc, "status", roster, s, "--format", "json"], None),
        }
        samples = {k: [] for k in cmds}
        firsts = {}
        log(f"bench: consolidate: {n} communes")
        for rep in range(reps_for(n) + 1):  # the first round warms the caches and is not counted
            wait_quiet()
            for what, (cmd, target) in cmds.items():
                if target and os.path.exists(target):
                    os.remove(target)
                # status exits 1 while units are missing (every size but the whole country)
                wall, cpu, rss = run_measured(cmd, logf, expect_ok=what != "status")
                if what == "status":
                    with open(logf, encoding="utf-8") as f:
                        text = f.read()
                    status = json.loads(text[text.index("{"):])
                    firsts.setdefault(what, status)
                else:
                    if not os.path.exists(target):
                        raise SystemExit(f"bench: {' '.join(cmd)} wrote nothing")
                    h = digest(target)
                    firsts.setdefault(what, h)
                    acc = same.setdefault(what, {"runs": 0, "differ": 0})
                    acc["runs"] += 1
                    acc["differ"] += h != firsts[what]
                if rep > 0:
                    samples[what].append((wall, cpu, rss))
        for what, smp in samples.items():
            walls = [x[0] for x in smp]
            r = {"what": what, "n": n, "runs": len(smp), "wall": statistics.median(walls), "wall_min": min(walls),
                 "wall_max": max(walls), "cpu": statistics.median(x[1] for x in smp), "rss_kib": max(x[2] for x in smp),
                 "input_bytes": sum(os.path.getsize(os.path.join(communes, x)) for x in files[:n])}
            if what == "status":
                st = firsts["status"]
                r["status"] = {k: st.get(k) for k in ("expected", "received", "missing") if k in st}
                r["status_keys"] = sorted(st)[:20]
            else:
                r["output_bytes"] = os.path.getsize(cmds[what][1])
            results.append(r)
            log(f"  {what:30} N={n:<5} {r['wall']:8.3f} s  cpu {r['cpu']:.3f} s  {r['rss_kib'] / 1024:7.1f} MiB")
    # The two-level chain: communes → provinces → country.
    chain = {"levels": []}
    if len(files) == max(SIZES):
        pdir = os.path.join(out, "provinces")
        level1, level2 = [], []
        for rep in range(3):  # a warm-up round, then two timed
            wait_quiet()
            shutil.rmtree(pdir, ignore_errors=True)
            os.makedirs(pdir)
            walls, cpus, rsss, biggest = [], [], [], None
            for code, name in provinces:
                pattern = os.path.join(communes, f"{code}-*.json")  # expanded by cchc, not by a shell
                count = len(glob.glob(pattern))
                w, c, m = run_measured([args.cchc, "consolidate", pattern, "-o", os.path.join(pdir, code + ".json"),
                                        "--unit", name, "--quiet"], logf)
                walls.append(w)
                cpus.append(c)
                rsss.append(m)
                if biggest is None or count > biggest[0]:
                    biggest = (count, w, c, m)
            target = os.path.join(out, "country-chain.json")
            if os.path.exists(target):
                os.remove(target)
            w2, c2, m2 = run_measured([args.cchc, "consolidate", pdir, "-o", target, "--unit", COUNTRY_UNIT, "--quiet"], logf)
            if rep > 0:
                level1.append({"wall": sum(walls), "cpu": sum(cpus), "rss_kib": max(rsss), "biggest": biggest})
                level2.append({"wall": w2, "cpu": c2, "rss_kib": m2})
        chain["levels"] = [
            {"what": f"communes → {len(provinces)} provinces ({len(provinces)} processes, one after the other)",
             "inputs": len(files), "outputs": len(provinces),
             "wall": statistics.median(x["wall"] for x in level1), "cpu": statistics.median(x["cpu"] for x in level1),
             "rss_kib": max(x["rss_kib"] for x in level1),
             "biggest": {"communes": level1[-1]["biggest"][0], "wall": level1[-1]["biggest"][1],
                         "cpu": level1[-1]["biggest"][2], "rss_kib": level1[-1]["biggest"][3]}},
            {"what": f"{len(provinces)} provinces → country (one process)", "inputs": len(provinces), "outputs": 1,
             "wall": statistics.median(x["wall"] for x in level2), "cpu": statistics.median(x["cpu"] for x in level2),
             "rss_kib": max(x["rss_kib"] for x in level2)},
        ]
        # The chain's country against the direct consolidation of every commune.
        direct, chained = row_values(os.path.join(out, f"c{max(SIZES)}.json")), row_values(os.path.join(out, "country-chain.json"))
        differ = sorted(k for k in set(direct) | set(chained) if direct.get(k) != chained.get(k))
        chain["compare"] = {"rows": len(set(direct) | set(chained)), "differ": len(differ),
                            "examples": [(k, direct.get(k), chained.get(k)) for k in differ[:5]]}
        for lv in chain["levels"]:
            log(f"  chain: {lv['what']}: {lv['wall']:.3f} s  cpu {lv['cpu']:.3f} s  {lv['rss_kib'] / 1024:.1f} MiB")
        log(f"  chain: country by two levels against all communes at once: {chain['compare']['differ']} of "
            f"{chain['compare']['rows']} rows differ {chain['compare']['examples']}")
    return {"results": results, "same": same, "chain": chain, "provinces": len(provinces), "communes": len(files),
            "input_bytes": input_bytes}


def growth(cons, what):
    """(MiB at the smallest size, MiB at the largest, KiB per unit added, input KiB per unit) of one command."""
    rows = sorted((r for r in cons["results"] if r["what"] == what), key=lambda r: r["n"])
    if len(rows) < 2:
        return None
    a, b = rows[0], rows[-1]
    per_unit = (b["rss_kib"] - a["rss_kib"]) / (b["n"] - a["n"])
    per_input = (b["input_bytes"] - a["input_bytes"]) / (b["n"] - a["n"]) / 1024
    return a, b, per_unit, per_input


def verdicts(cons):
    """Issue 14/15: the whole country in seconds; memory per unit held below a unit's file."""
    if not cons or not cons.get("results"):
        return []
    out = []
    big = max(r["n"] for r in cons["results"])
    for r in cons["results"]:
        if r["n"] == big and r["what"] != "status":
            out.append((f"consolidation: `cchc {r['what'].replace('→', '-o')}` of {big:,} communes within {TARGET_SECONDS:g} s of CPU",
                        r["cpu"] <= TARGET_SECONDS,
                        f"{r['cpu']:.2f} s CPU ({r['cpu'] / TARGET_SECONDS:.2f} of the bound; {r['wall']:.2f} s wall), "
                        f"{r['rss_kib'] / 1024:.1f} MiB"))
    for what in ("consolidate → .json", "consolidate → .xlsx"):
        g = growth(cons, what)
        if g:
            a, b, per_unit, per_input = g
            out.append((f"consolidation: `{what}` memory grows by at most a unit's input file per unit "
                        f"(N = {a['n']:,} → {b['n']:,})", per_unit <= TARGET_PER_UNIT * per_input,
                        f"{a['rss_kib'] / 1024:.1f} → {b['rss_kib'] / 1024:.1f} MiB: {per_unit:.1f} KiB per unit added, "
                        f"{per_unit / per_input:.2f}× the {per_input:.1f} KiB of a unit's input"))
    for lv in cons.get("chain", {}).get("levels", []):
        out.append((f"consolidation chain: {lv['what']} within {TARGET_SECONDS:g} s of CPU", lv["cpu"] <= TARGET_SECONDS,
                    f"{lv['cpu']:.2f} s CPU, {lv['wall']:.2f} s wall, {lv['rss_kib'] / 1024:.1f} MiB at most"))
    return out


def markdown(cons):
    """The consolidation section of RESULTS.md (and of a --no-write run's output)."""
    md = ["## Consolidation\n"]
    if not cons or not cons.get("results"):
        md.append("Not measured in this run.\n")
        return "\n".join(md)
    kib = cons["input_bytes"] / cons["communes"] / 1024
    md.append(f"""- **Inputs**: `bench/generate.py --seed … --country --count {cons['communes']}`: an invented country of the
  two-level era, {cons['provinces']} provinces and {cons['communes']:,} communes, wards and special zones (names unique,
  codes `P01-X001`…), its roster (`roster.json`, docs/ROSTER.md: every commune valid from 1 July 2025 under its
  province, `reportingLevels: ["xa"]`), and one `bang2-nam` input of 2025 per commune with its `unit.code`
  ({kib:.1f} KiB a file on average; figures of a commune's size, blanks, rates as counts or values as for `fill`).
- **At once**: the first N communes (whole provinces first) in one `cchc consolidate <dir> --unit "{COUNTRY_UNIT}"
  --quiet` to `.json`, to `.xlsx`, and to `.xlsx --roster roster.json`; and `cchc status roster.json <dir>
  --format json` (exit 1 below {cons['communes']:,}: the others are missing). Median of {reps_for(100)} (N = 100) or
  {reps_for(1000)} runs after a warm-up; peak RSS the largest of the runs.
- **Chain**: each province's communes (`'<dir>/P01-*.json'`, the pattern expanded by cchc) to
  `P01.json` (`--unit` the province's name), {cons['provinces']} processes one after the other; then the
  {cons['provinces']} files to the country's `.json`. Median of 2 runs after a warm-up.
- **Checked**: every timed run's output is byte-identical to the first run's of the same command
  ({sum(v['differ'] for v in cons['same'].values())} of {sum(v['runs'] for v in cons['same'].values())} differ);""")
    cmp_ = cons.get("chain", {}).get("compare")
    if cmp_:
        md.append(f"  the country by the chain equals the country from all communes at once in "
                  f"{cmp_['rows'] - cmp_['differ']} of {cmp_['rows']} rows" +
                  (f" (differing: {', '.join('`' + k + '`' for k, _, _ in cmp_['examples'])}…)." if cmp_["differ"] else "."))
    st = [r for r in cons["results"] if r["what"] == "status" and r["n"] == cons["communes"]]
    if st and st[0].get("status"):
        md.append(f"  `status` over all {cons['communes']:,}: " + ", ".join(f"{k} {v}" for k, v in st[0]["status"].items()
                                                                          if not isinstance(v, (list, dict))) + ".")
    md.append("")
    md.append("| command | N communes | input (MiB) | median wall (s) | CPU (s) | peak RSS (MiB) | output (KiB) |")
    md.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in cons["results"]:
        md.append(f"| `{r['what']}` | {r['n']:,} | {r['input_bytes'] / 2**20:.1f} | {r['wall']:.3f} | {r['cpu']:.2f} | "
                  f"{r['rss_kib'] / 1024:.1f} | {r['output_bytes'] / 1024:.0f} |" if "output_bytes" in r else
                  f"| `{r['what']}` | {r['n']:,} | {r['input_bytes'] / 2**20:.1f} | {r['wall']:.3f} | {r['cpu']:.2f} | "
                  f"{r['rss_kib'] / 1024:.1f} | — |")
    md.append("")
    md.append("How memory grows with the units held (peak RSS at the smallest and the largest N):\n")
    md.append("| command | peak RSS (MiB) by N | KiB per unit added | a unit's input (KiB) | ratio |")
    md.append("|---|---|---:|---:|---:|")
    for what in sorted({r["what"] for r in cons["results"]}):
        g = growth(cons, what)
        if g:
            rows = sorted((r for r in cons["results"] if r["what"] == what), key=lambda r: r["n"])
            _, _, per_unit, per_input = g
            md.append(f"| `{what}` | " + " → ".join(f"{r['rss_kib'] / 1024:.1f} ({r['n']:,})" for r in rows) +
                      f" | {per_unit:.1f} | {per_input:.1f} | {per_unit / per_input:.2f} |")
    md.append("")
    levels = cons.get("chain", {}).get("levels", [])
    if levels:
        md.append("The two-level chain:\n")
        md.append("| level | inputs | outputs | wall (s) | CPU (s) | peak RSS (MiB) |")
        md.append("|---|---:|---:|---:|---:|---:|")
        for lv in levels:
            md.append(f"| {lv['what']} | {lv['inputs']:,} | {lv['outputs']} | {lv['wall']:.2f} | {lv['cpu']:.2f} | "
                      f"{lv['rss_kib'] / 1024:.1f} |")
        b = levels[0].get("biggest")
        if b:
            md.append(f"\nThe largest province ({b['communes']} communes) alone: {b['wall']:.2f} s wall, {b['cpu']:.2f} s CPU, "
                      f"{b['rss_kib'] / 1024:.1f} MiB.")
        md.append("")
    return "\n".join(md)
