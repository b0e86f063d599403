#!/usr/bin/env python3
"""The benchmark: cchc against a C floor over libxlsxwriter (and a Python XlsxWriter reference).

Run by bench/run.sh (`make bench`), which installs the tools, builds cchc and the floor, and calls

    bench.py --cchc BIN --floor BIN [--seed 2025] [--ns 1,10,100,1000] [--work DIR] [--no-write]

Steps (each fails loudly):
  1. generate inputs for the annual submission (can-bo-dau-moi + bang2-nam per unit) and the
     ten-year review (tong-ket-2011-2020 + muc-tieu-30c per unit), max(N) units each;
  2. `cchc validate` a sample of them: any error stops the benchmark;
  3. `cchc fill` them all once, and extract the plans of its workbooks (extract_plan.py);
  4. time the producers on the same units, N = 1, 10, 100, 1000, interleaved, each in one process
     over all N units: cchc in batch mode (all cores, and pinned to one core), the C floor in one
     process and in one process per core, the Python reference in one process;
  5. check that the C workbooks are byte-identical to cchc's and the Python ones hold the same (plans);
  6. time reading back (`cchc export` against openpyxl) and one small workbook from process start;
  7. consolidate a generated country of 3,321 communes (consolidation.py): at once and as a chain;
  8. count instructions with callgrind (cchc and the floor on every set): the targets are ratios of them;
  9. print the tables and rewrite bench/RESULTS.md (keeping its hand-written analysis block).
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

import consolidation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {
    "annual": ("annual report", ["can-bo-dau-moi", "bang2-nam"]),
    "review": ("ten-year review", ["tong-ket-2011-2020", "muc-tieu-30c"]),
}
# What a run measures (--parts): fill and submit workbooks, reading them back, one workbook from start.
PARTS = ["fill", "submit", "read", "start", "consolidate"]
KEEP_START = "<!-- analysis: kept when bench.py rewrites this file -->"
KEEP_END = "<!-- /analysis -->"

# Targets (issue 15), each a ratio measured in the same run. The 8× against Python XlsxWriter and the
# 1.3× of wall time against the floor are retired: the floor itself is the target, in instructions.
TARGET_INSTR_FILL = 1.15    # callgrind instructions per workbook ≤ 1.15 × the C floor's (fill: annual, review)
TARGET_INSTR_SUBMIT = 1.25  # … ≤ 1.25 × for submission workbooks (cover, checks and charts are extra work)
TARGET_START = 1.5          # one workbook from process start ≤ 1.5 × the floor's process (median wall)
TARGET_BATCH = 1.8          # batch throughput on 2 cores ≥ 1.8 × one core, output byte-identical
TARGET_MEM = 1.5            # peak RSS at the largest N ≤ 1.5 × that at N = 10 ("flat in N")


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def run_measured(cmd, stdout_path, expect_ok=True, rss=True):
    """Runs cmd; returns (wall seconds, user+sys seconds, peak RSS in KiB) of that one process and
    the children it waited for. Wall is from just before spawn to reaped. CPU and RSS come from
    /usr/bin/time, a small C program, because a child forked from this Python process would count
    the parent's pages in its own ru_maxrss; without `rss` the command runs directly."""
    usage_path = stdout_path + ".time"
    full = ["/usr/bin/time", "-f", "%U %S %M", "-o", usage_path] + list(cmd) if rss else list(cmd)
    with open(stdout_path, "w") as out:
        start = time.perf_counter_ns()
        proc = subprocess.Popen(full, stdout=out, stderr=subprocess.STDOUT, close_fds=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (time.perf_counter_ns() - start) / 1e9
    proc.returncode = os.waitstatus_to_exitcode(status)
    if expect_ok and proc.returncode != 0:
        with open(stdout_path) as f:
            tail = f.read()[-3000:]
        raise SystemExit(f"bench: {' '.join(cmd)} exited with {proc.returncode}:\n{tail}")
    if not rss:
        return wall, usage.ru_utime + usage.ru_stime, 0
    with open(usage_path) as f:
        user, system, maxrss = f.read().split()[-3:]
    return wall, float(user) + float(system), int(maxrss)


# ---------------------------------------------------------------------------------------- setup

def machine():
    info = {"nproc": os.cpu_count()}
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    info["cpu"] = model
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    info["kernel"] = platform.release()
    return info


def parallel_capacity(reps=3):
    """How many CPU-bound processes the machine really runs at once: nproc × (time of one busy
    process) ÷ (time of nproc of them in parallel). 2.0 on two real cores."""
    n = os.cpu_count() or 1
    code = "x = 0\nfor i in range(6_000_000): x += i"
    def once(k):
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(k)]
        for p in procs:
            p.wait()
        return time.perf_counter() - start
    one = statistics.median(once(1) for _ in range(reps))
    many = statistics.median(once(n) for _ in range(reps))
    return {"one": one, "many": many, "speedup": n * one / many}


def versions(args):
    v = {}
    try:
        v["swift"] = sh(["swift", "--version"]).strip().splitlines()[0]
    except Exception:
        v["swift"] = "?"
    v["cchc"] = sh([args.cchc, "--version"]).strip()
    try:
        head = sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]).strip()
        dirty = len([l for l in sh(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Package.swift"]).splitlines() if l])
        v["cchc"] += f" at {head}" + (f" + {dirty} changed files under Sources/ (working tree)" if dirty else "")
    except Exception:
        pass
    v["python"] = platform.python_version()
    import xlsxwriter
    import openpyxl
    v["XlsxWriter"] = xlsxwriter.__version__
    v["openpyxl"] = openpyxl.__version__
    header = "/usr/include/xlsxwriter.h"
    m = re.search(r'#define LXW_VERSION "([^"]+)"', open(header).read()) if os.path.exists(header) else None
    v["libxlsxwriter"] = m.group(1) if m else "?"
    try:
        v["libxlsxwriter"] += " (Debian " + sh(["dpkg-query", "-W", "-f=${Version}", "libxlsxwriter-dev"]).strip() + ")"
    except Exception:
        pass
    try:
        v["cc"] = sh(["cc", "--version"]).splitlines()[0]
    except Exception:
        v["cc"] = "?"
    return v


def generate(args, kind, count):
    """Inputs of `count` units into work/inputs/<kind> (reused when already there for this seed)."""
    out = os.path.join(args.work, "inputs", kind)
    stamp = os.path.join(out, ".stamp")
    want = json.dumps({"seed": args.seed, "count": count, "submissions": submit_available(args),
                       "generator": os.path.getmtime(os.path.join(HERE, "generate.py")),
                       "templates": sorted((n, os.path.getmtime(os.path.join(ROOT, "templates", n)))
                                           for n in os.listdir(os.path.join(ROOT, "templates")) if n.endswith(".json"))})
    if os.path.exists(stamp) and open(stamp).read() == want:
        return out
    shutil.rmtree(out, ignore_errors=True)
    sh([sys.executable, os.path.join(HERE, "generate.py"), "--seed", str(args.seed), "--count", str(count),
        "--kind", kind, "--out", out] + (["--submissions"] if submit_available(args) else []))
    with open(stamp, "w") as f:
        f.write(want)
    return out


def validate_sample(args, inputs, count, per_template=12):
    """`cchc validate` on an even spread of units; returns (files, warnings); stops on an error."""
    names = sorted(n for n in os.listdir(inputs) if n.endswith(".json"))
    step = max(1, count // per_template)
    picked = [n for n in names if int(n[1:6]) % step == 0][: per_template * 4]
    warnings = 0
    for name in picked:
        path = os.path.join(inputs, name)
        proc = subprocess.run([args.cchc, "validate", "--format", "json", path], text=True, capture_output=True)
        try:
            findings = json.loads(proc.stdout)
        except ValueError:
            findings = None
        if proc.returncode != 0 or findings is None or any(f["severity"] == "error" for f in findings):
            raise SystemExit(f"bench: generated input {path} does not validate:\n{proc.stdout}{proc.stderr}")
        warnings += sum(1 for f in findings if f["severity"] == "warning")
    return len(picked), warnings


def unit_set(args, kind, inputs, n):
    """A directory of links to the inputs of the first n units."""
    d = os.path.join(args.work, "sets", f"{kind}-{n}")
    if os.path.isdir(d) and len(os.listdir(d)) == n * len(KINDS[kind][1]):
        return d
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for name in sorted(os.listdir(inputs)):
        if name.endswith(".json") and int(name[1:6]) < n:
            os.symlink(os.path.join(inputs, name), os.path.join(d, name))
    return d


def plan_list(args, kind, plans, n):
    path = os.path.join(args.work, "sets", f"{kind}-{n}.plans")
    names = sorted(p for p in os.listdir(plans) if p.endswith(".plan") and int(p[1:6]) < n)
    with open(path, "w") as f:
        f.write("".join(os.path.join(plans, p) + "\n" for p in names))
    return path, len(names)


def extract_plans(args, kind, books):
    plans = os.path.join(args.work, "plans", kind)
    shutil.rmtree(plans, ignore_errors=True)
    sh([sys.executable, os.path.join(HERE, "extract_plan.py"), "--out", plans, "--from-dir", books])
    return plans


# ---------------------------------------------------------------------------------------- timing

QUIET = {"waits": 0, "waited_s": 0.0, "busy_samples": [], "patience": 300}


def cpu_busy(seconds=0.3):
    """Share of the machine's CPU used by anything during `seconds` (0 idle, 1 every core busy)."""
    def read():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        idle = v[3] + v[4]
        return idle, sum(v)
    i0, t0 = read()
    time.sleep(seconds)
    i1, t1 = read()
    return 1 - (i1 - i0) / max(1, t1 - t0)


def wait_quiet(limit=0.15, patience=None):
    """Waits (up to `patience` s, by default `--patience`) until other work on the machine uses under
    `limit` of its CPU: the machine is shared (other builds and tests), and a benchmark round under
    load means little."""
    patience = QUIET["patience"] if patience is None else patience
    began = time.time()
    busy = cpu_busy()
    while busy > limit and time.time() - began < patience:
        QUIET["waits"] += 1
        time.sleep(1)
        busy = cpu_busy()
    QUIET["waited_s"] += time.time() - began
    QUIET["busy_samples"].append(busy)
    return busy


ONE_CORE = "cchc 1 core"  # cchc pinned to one core (taskset -c 0): the batch's baseline


def producers(args, cchc_cmd, plans_list):
    """The commands of the producers; None stands for the output directory."""
    nproc = str(os.cpu_count() or 1)
    pinned = {ONE_CORE: ["taskset", "-c", "0"] + list(cchc_cmd)} if cchc_cmd else {}
    return {
        "cchc": cchc_cmd,
        **pinned,
        "C": [args.floor, None, plans_list],
        f"C ×{nproc}": [args.floor, "-j", nproc, None, plans_list],
        "Python": [sys.executable, os.path.join(HERE, "reference.py"), None, plans_list],
    }


def reps_for(n):
    return {1: 7, 10: 5, 100: 5}.get(n, 3)


def time_set(args, kind, n, cchc_cmd, plans_list, expected, results, reference=None, determinism=None):
    """Times the producers on one set; with `reference` (cchc's workbooks of the same units from an
    earlier run), also compares every run's cchc workbooks with it, byte for byte, into `determinism`."""
    cmds = producers(args, cchc_cmd, plans_list)
    samples = {name: [] for name in cmds}
    for rep in range(reps_for(n) + 1):  # the first round warms the caches and is not counted
        wait_quiet()
        for name, cmd in cmds.items():
            out = os.path.join(args.work, "out", f"{name.replace(' ', '').replace('×', 'x')}-{kind}-{n}")
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            cmd = [out if c is None else c for c in cmd]
            wall, cpu, rss = run_measured(cmd, os.path.join(args.work, "log.txt"))
            written = len([f for f in os.listdir(out) if f.endswith(".xlsx")])
            if written != expected:
                raise SystemExit(f"bench: {name} wrote {written} workbooks of {expected} ({' '.join(cmd)})")
            if rep > 0:
                samples[name].append((wall, cpu, rss))
            if name in ("cchc", ONE_CORE) and reference is not None and determinism is not None:
                d = compare_dirs(reference, out)
                acc = determinism.setdefault(kind, {"runs": 0, "books": 0, "differ": 0, "parts": {}})
                acc["runs"] += 1
                acc["books"] += d["books"]
                acc["differ"] += d["differ"]
                for p, k in d["parts"].items():
                    acc["parts"][p] = acc["parts"].get(p, 0) + k
    for name, s in samples.items():
        walls = [x[0] for x in s]
        results.append({
            "kind": kind, "n": n, "workbooks": expected, "producer": name, "runs": len(s),
            "wall": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "cpu": statistics.median(x[1] for x in s), "rss_kib": max(x[2] for x in s),
        })
        r = results[-1]
        log(f"  {kind:6} N={n:<5} {name:8} {r['wall']:8.3f} s  {expected / r['wall']:8.1f} wb/s  "
            f"{r['rss_kib'] / 1024:6.1f} MiB  cpu {r['cpu']:.3f} s")


# Programs that print one line and end, linked as cchc and the floor are: what starting a process
# of each kind costs before any work (the floor is a C program; cchc a static Swift binary with
# Foundation inside).
START_REFERENCES = (
    ("C, one line", "hello.c", "#include <stdio.h>\nint main(void) { puts(\"1\"); return 0; }\n", None),
    ("Swift, one line (static, no Foundation)", "plain.swift", "print(1)\n", []),
    ("Swift, one line (static, Foundation)", "foundation.swift",
     "import Foundation\nprint(String(format: \"%d\", FileManager.default.fileExists(atPath: CommandLine.arguments[0]) ? 1 : 0))\n", []),
)


def start_references(tmp):
    """(name, command) of the START_REFERENCES that could be built: C with `cc -O2`, Swift with
    `swiftc -O -static-stdlib`, without position independence and with the C++ library and the
    unwinder linked in where scripts/build-release.sh could (its linker script in .build/static-cxx):
    as cchc is linked."""
    cxx = os.path.join(ROOT, ".build", "static-cxx")
    static_cxx = ["-Xclang-linker", "-L" + cxx, "-Xclang-linker", "-static-libgcc"] if os.path.isfile(os.path.join(cxx, "libstdc++.so")) else []
    out = []
    for name, source, text, swift in START_REFERENCES:
        path, exe = os.path.join(tmp, source), os.path.join(tmp, source.split(".")[0])
        with open(path, "w") as f:
            f.write(text)
        cmd = (["cc", "-O2", "-o", exe, path] if swift is None else
               ["swiftc", "-O", "-static-stdlib", "-Xclang-linker", "-no-pie"] + static_cxx + ["-o", exe, path])
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        except (OSError, subprocess.SubprocessError):
            log(f"  start: {name} not built ({' '.join(cmd[:2])}), left out")
            continue
        out.append((name, [exe]))
    return tuple(out)


def startup(args, reps=20):
    """Median ms from process start to closed file, for one small and one large example, and for
    the floor and the references on the small one. The small workbook, the floor on its plan and
    the references run round by round, interleaved: the machine's speed drifts (a run of the
    floor after cchc's had measured 2.64× where interleaved rounds gave 1.82–1.89×)."""
    out = {}
    tmp = os.path.join(args.work, "startup")
    os.makedirs(tmp, exist_ok=True)
    logfile = os.path.join(args.work, "log.txt")

    def fill(example):
        src = os.path.join(ROOT, "examples", example + ".json")
        return [args.cchc, "fill", src, "-o", os.path.join(tmp, example + ".xlsx")]

    def record(name, walls, label):
        walls = sorted(walls)
        out[name] = {"median_ms": statistics.median(walls) * 1000, "min_ms": walls[0] * 1000,
                     "p90_ms": walls[int(len(walls) * 0.9) - 1] * 1000}
        log(f"  start → closed file, {label}: median {out[name]['median_ms']:.1f} ms "
            f"(min {out[name]['min_ms']:.1f}, p90 {out[name]['p90_ms']:.1f})")

    # The large example alone; the small one twice to warm up, and its workbook replayed below.
    wait_quiet()
    for _ in range(2):
        run_measured(fill("bang2-nam"), logfile, rss=False)
    record("bang2-nam", [run_measured(fill("bang2-nam"), logfile, rss=False)[0] for _ in range(reps)], "bang2-nam")
    for _ in range(2):
        run_measured(fill("can-bo-dau-moi"), logfile, rss=False)
    plan = os.path.join(tmp, "can-bo-dau-moi.plan")
    sh([sys.executable, os.path.join(HERE, "extract_plan.py"), "--out", tmp, os.path.join(tmp, "can-bo-dau-moi.xlsx")])
    lst = os.path.join(tmp, "one.list")
    with open(lst, "w") as f:
        f.write(plan + "\n")
    odir = os.path.join(tmp, "o")
    os.makedirs(odir, exist_ok=True)
    # Python's reference takes ~0.2 s a run: measured apart, after the others.
    others = (("C", [args.floor, odir, lst]), ("cchc --version", [args.cchc, "--version"]), ("/bin/true", ["/bin/true"])) \
        + start_references(tmp)
    walls = {name: [] for name in ["can-bo-dau-moi"] + [name for name, _ in others]}
    wait_quiet()
    for _ in range(reps):
        walls["can-bo-dau-moi"].append(run_measured(fill("can-bo-dau-moi"), logfile, rss=False)[0])
        for name, cmd in others:
            walls[name].append(run_measured(cmd, logfile, rss=False)[0])
    record("can-bo-dau-moi", walls["can-bo-dau-moi"], "can-bo-dau-moi")
    for name, _ in others:
        record(name, walls[name], f"can-bo-dau-moi by {name}")
    record("Python", [run_measured([sys.executable, os.path.join(HERE, "reference.py"), odir, lst], logfile, rss=False)[0]
                      for _ in range(reps)], "can-bo-dau-moi by Python")
    return out


# ---------------------------------------------------------------------------------------- fidelity

def plan_of(args, book, where):
    sh([sys.executable, os.path.join(HERE, "extract_plan.py"), "--out", where, "-j", "1", book])
    with open(os.path.join(where, os.path.splitext(os.path.basename(book))[0] + ".plan"), encoding="utf-8") as f:
        return f.read().splitlines()


def same_plan(a, b, row_tolerance):
    """Plans equal, except row heights within `row_tolerance` points (XlsxWriter rounds heights to
    whole pixels: 36.2 pt is written 36 pt) and charts (counted in cchc's plans, not replayed)."""
    a = [x for x in a if not x.startswith("CHARTS\t")]
    b = [x for x in b if not x.startswith("CHARTS\t")]
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        fx, fy = x.split("\t"), y.split("\t")
        if fx[0] == fy[0] == "ROW" and fx[1] == fy[1] and abs(float(fx[2]) - float(fy[2])) <= row_tolerance:
            continue
        return False
    return True


def fidelity(args, kind, n, exact_bytes=True):
    """Compares the workbooks of the producers for the first n units; returns a summary dict."""
    ref = os.path.join(args.work, "out", f"cchc-{kind}-{n}")
    where = os.path.join(args.work, "fidelity", kind)
    shutil.rmtree(where, ignore_errors=True)
    summary = {"books": 0, "C identical bytes": 0, "C same plan": 0, "Python same plan": 0}
    for name in sorted(os.listdir(ref)):
        summary["books"] += 1
        mine = plan_of(args, os.path.join(ref, name), os.path.join(where, "cchc"))
        c_book = os.path.join(args.work, "out", f"C-{kind}-{n}", name)
        with open(c_book, "rb") as f1, open(os.path.join(ref, name), "rb") as f2:
            summary["C identical bytes"] += f1.read() == f2.read()
        summary["charts left out"] = summary.get("charts left out", 0) + sum(
            int(line.split("\t")[1]) for line in mine if line.startswith("CHARTS\t"))
        summary["C same plan"] += same_plan(mine, plan_of(args, c_book, os.path.join(where, "C")), 0)
        py_book = os.path.join(args.work, "out", f"Python-{kind}-{n}", name)
        summary["Python same plan"] += same_plan(mine, plan_of(args, py_book, os.path.join(where, "Python")), 0.75)
    if summary["C same plan"] != summary["books"] or summary["Python same plan"] != summary["books"]:
        raise SystemExit(f"bench: the producers do not write the same workbooks: {summary} (see {where})")
    return summary


# ---------------------------------------------------------------------------------------- profile

def callgrind(args, cmd, out):
    """Runs cmd under callgrind; returns (total instructions, {function: inclusive}, annotate text of self costs)."""
    sh(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--separate-threads=no"] + cmd)
    demangler = shutil.which("swift-demangle")

    def annotate(inclusive):
        text = sh(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", out])
        if demangler:
            text = subprocess.run([demangler, "--simplified"], input=text, text=True, capture_output=True).stdout
        return text
    text = annotate(True)
    total = int(re.search(r"([\d,]+) \(100\.0+%\)\s+PROGRAM TOTALS", text).group(1).replace(",", ""))
    inclusive = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        ir = int(m.group(1).replace(",", ""))
        fn = re.sub(r"\s*\[[^\]]*\]\s*$", "", m.group(2))
        fn = fn.split(":", 1)[1] if ":" in fn and not fn.startswith("???") else fn.replace("???:", "")
        inclusive[fn] = max(inclusive.get(fn, 0), ir)
    return total, inclusive, annotate(False)


def top_self(text, count=15):
    selfs = []
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$", line)
        if m and "PROGRAM TOTALS" not in line:
            fn = re.sub(r"\s*\[([^\]]*)\]\s*$", lambda k: "  [" + os.path.basename(k.group(1)) + "]", m.group(3))
            fn = fn.split(":", 1)[1] if ":" in fn.split("  [")[0] and not fn.startswith("???") else fn.replace("???:", "")
            selfs.append((int(m.group(1).replace(",", "")), fn))
        if len(selfs) >= count:
            break
    return selfs


# What the time is spent on: inclusive counts of the functions that delimit the stages.
STAGES = [
    ("template catalog: the templates the inputs name, read and checked (once per process)",
     [r"TemplateCatalog\.init\(directory:\)", r"TemplateCatalog\.load\(id:\)"]),
    ("read + check the fill inputs (JSON decode, InputReader, Validator)", [r"Checking\.read\(_:catalog:\)", r"Pipeline\.checkInput\(input:catalog:\)"]),
    ("read + check the submissions and their appendices", [r"SubmissionReader\.read\((path|bytes)", r"Pipeline\.checkSubmission\(input:catalog:loader:\)"]),
    ("  of which InputReader.interpret (the values of every row)", [r"InputReader\.interpret\(_:\)"]),
    ("  of which JSONDecoder", [r"^JSONDecoder\.decode<A>\(_:from:\)$"]),
    ("  of which JSONPath.child (building JSON paths of every row)", [r"JSONPath\.child\(_:_:\)"]),
    ("write the fill workbooks (WorkbookWriter.write: render, then libxlsxwriter)", [r"WorkbookWriter\.write\(report:to:"]),
    ("write the submission workbooks (SubmissionWriter.write: every sheet, then libxlsxwriter)", [r"SubmissionWriter\.write\(_:to:"]),
    ("render the form sheets (FormRenderer.render, cells handed to libxlsxwriter)", [r"FormRenderer\.render\(on:\)"]),
    ("  of which Report.rowIndex (rebuilds a dictionary of all rows on each call)", [r"Report\.rowIndex\.getter"]),
    ("  of which word-wrap row heights, at least (TextMetrics: String.split + Character counts; partly inlined)",
     [r"TextMetrics\.lines", r"TextMetrics\.rowHeight", r"Collection\.split\(maxSplits:omittingEmptySubsequences:whereSeparator:\)"]),
    ("  of which FormatCache.format (hash of CellStyle per cell)", [r"FormatCache\.format\(_:\)"]),
    ("submission extras: drop-downs, shading, comments, names (AppendixDecorations)", [r"AppendixDecorations"]),
    ("submission extras: cover sheet", [r"CoverSheet\.render"]),
    ("submission extras: checks sheet", [r"CheckSheet\.render"]),
    ("submission extras: charts sheet", [r"ChartSheet\.render"]),
    ("libxlsxwriter workbook_close: XML of every part + zip (the floor's work)", [r"^workbook_close$"]),
    ("  of which deflate (zlib)", [r"^deflate$"]),
    ("temporary files: libxlsxwriter's directory, stale ones swept (TemporaryFiles.libraryDirectory)", [r"TemporaryFiles\.libraryDirectory\(\)"]),
    ("dynamic linking and runtime start-up (ld.so)", [r"^_dl_start$|^_dl_start_user$"]),
]


def stage_rows(total, inclusive):
    rows = []
    for label, patterns in STAGES:
        best = max((ir for fn, ir in inclusive.items() if any(re.search(p, fn) for p in patterns)), default=0)
        if best:
            rows.append((label, best))
    return rows


def profile(args, inputs_of, units=10):
    """callgrind on cchc writing the workbooks of `units` units of every set — `fill` of the annual and
    review inputs (2 workbooks a unit), `submit` of the annual and review submissions (one workbook a
    unit) when it exists — and on the C floor writing the same workbooks from their plans: the
    instructions per workbook of each, the measure of the targets (issue 15)."""
    if not shutil.which("valgrind"):
        return None
    d = os.path.join(args.work, "profile")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    runs = []
    cases = []
    for kind in KINDS:
        src = os.path.join(d, f"in-{kind}")
        os.makedirs(src)
        inputs = inputs_of[kind]
        for name in sorted(os.listdir(inputs)):
            if name.endswith(".json") and int(name[1:6]) < units:
                os.symlink(os.path.join(inputs, name), os.path.join(src, name))
        books = len(os.listdir(src))
        plans = os.path.join(args.work, "plans", kind)
        plans_list = plan_list(args, kind, plans, units)[0] if os.path.isdir(plans) else ""
        cases.append((f"fill-{kind}", kind, f"`cchc fill <{books} {kind} inputs ({units} units)> -o <dir> --quiet`", books,
                      [args.cchc, "fill", src, "-o", os.path.join(d, f"out-fill-{kind}"), "--quiet", "--jobs", "1"], plans_list))
    if submit_available(args):
        for kind in KINDS:
            subs = os.path.join(inputs_of[kind], f"sub-{units}")
            if os.path.isdir(subs):
                cases.append((f"submit-{kind}", f"{kind}-submit", f"`cchc submit <{units} {kind} submissions> -o <dir> --quiet`",
                              units, [args.cchc, "submit", subs, "-o", os.path.join(d, f"out-submit-{kind}"), "--quiet", "--jobs", "1"],
                              os.path.join(args.work, "sets", f"{kind}-submit-{units}.plans")))
    for key, kind, title, count, cmd, plans in cases:
        log(f"  callgrind: {title}")
        os.makedirs(cmd[cmd.index("-o") + 1], exist_ok=True)
        total, inclusive, selfs = callgrind(args, cmd, os.path.join(d, f"callgrind-{key}.out"))
        floor_total = None
        if plans and os.path.exists(plans):
            fdir = os.path.join(d, f"floor-{key}")
            os.makedirs(fdir, exist_ok=True)
            floor_total = callgrind(args, [args.floor, fdir, plans], os.path.join(d, f"callgrind-floor-{key}.out"))[0]
        runs.append({"key": key, "kind": kind, "title": title, "books": count, "total": total,
                     "stages": stage_rows(total, inclusive), "self": top_self(selfs), "floor_total": floor_total})
        log(f"    cchc {total / count / 1e6:.1f} M instructions per workbook" +
            (f", the floor {floor_total / count / 1e6:.1f} M: {total / floor_total:.2f}×" if floor_total else ""))
    return {"runs": runs}


def profile_single(args):
    """callgrind on one small workbook from process start, and on the C floor's process writing the
    same workbook from its plan (the start-up target)."""
    if not shutil.which("valgrind"):
        return None
    d = os.path.join(args.work, "profile-one")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    out = os.path.join(d, "callgrind.out")
    sh(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", args.cchc, "fill",
        os.path.join(ROOT, "examples", "can-bo-dau-moi.json"), "-o", os.path.join(d, "x.xlsx")])
    text = sh(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out])
    demangler = shutil.which("swift-demangle")
    if demangler:
        text = subprocess.run([demangler, "--simplified"], input=text, text=True, capture_output=True).stdout
    total = int(re.search(r"([\d,]+) \(100\.0+%\)\s+PROGRAM TOTALS", text).group(1).replace(",", ""))

    def incl(pattern):
        best = 0
        for line in text.splitlines():
            m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
            if m and re.search(pattern, m.group(2)):
                best = max(best, int(m.group(1).replace(",", "")))
        return best
    rows = [
        ("whole process", total),
        ("before main: dynamic linking, relocations, Swift runtime/Foundation initialisers", total - incl(r"cchc_main")),
        ("main: argument parsing and the command", incl(r"cchc_main")),
        ("  template catalog (the template the input names, read and checked)",
         incl(r"TemplateCatalog\.init\(directory:\)|TemplateCatalog\.load\(id:\)")),
        ("  read + check the input", incl(r"Checking\.read\(_:catalog:\)|Pipeline\.checkInput\(input:catalog:\)")),
        ("  write the workbook (render + libxlsxwriter)", incl(r"WorkbookWriter\.write\(report:to:")),
        ("    of which temporary files (TemporaryFiles.libraryDirectory)", incl(r"TemporaryFiles\.libraryDirectory\(\)")),
        ("    of which workbook_close (XML + zip)", incl(r"\bworkbook_close\b")),
    ]
    floor_total = None
    if args.floor and os.path.exists(os.path.join(d, "x.xlsx")):
        sh([sys.executable, os.path.join(HERE, "extract_plan.py"), "--out", d, os.path.join(d, "x.xlsx")])
        with open(os.path.join(d, "one.list"), "w") as f:
            f.write(os.path.join(d, "x.plan") + "\n")
        os.makedirs(os.path.join(d, "floor"), exist_ok=True)
        floor_total = callgrind(args, [args.floor, os.path.join(d, "floor"), os.path.join(d, "one.list")],
                                os.path.join(d, "callgrind-floor.out"))[0]
    return {"total": total, "stages": rows, "floor_total": floor_total}


# ---------------------------------------------------------------------------------------- reading

# What `cchc export` reads in the reading tables, by source. `entry`: entry workbooks from
# `cchc init <template> -o x.xlsx` with the generated input's values typed in by openpyxl
# (bench/entry_fill.py), as an officer's saved file. `fill`: cchc's own `fill` outputs (the
# reference run's workbooks), which carry no entry map; measured as soon as `cchc export` reads
# one (part A of issue 13), probed on every run. Their content check is the entry workbooks'
# only: a fill output's export is not compared with its input yet (see README.md).
READ_SOURCES = {
    "entry": "entry workbooks (`cchc init` + values typed by openpyxl)",
    "fill": "cchc's own `fill` outputs (no entry map)",
}


def read_reps(n):
    """Timed runs per N (after a warm-up round below N = 1000). At N ≥ 1000 one run, without warm-up:
    it reads 2,000 workbooks and lasts minutes, so one run already averages over them."""
    return {1: 7, 10: 5, 100: 3}.get(n, 1)


def entry_books(args, kind, inputs):
    """Entry workbooks of every unit of `inputs`, made by bench/entry_fill.py (reused when there
    for these inputs, this filler and this cchc binary)."""
    out = os.path.join(args.work, "entry", kind)
    stamp = os.path.join(out, ".stamp")
    st = os.stat(args.cchc)
    want = json.dumps({"inputs": open(os.path.join(inputs, ".stamp")).read(),
                       "filler": os.path.getmtime(os.path.join(HERE, "entry_fill.py")),
                       "cchc": [st.st_mtime, st.st_size]})
    if os.path.exists(stamp) and open(stamp).read() == want:
        return out
    shutil.rmtree(out, ignore_errors=True)
    began = time.time()
    sh([sys.executable, os.path.join(HERE, "entry_fill.py"), "--cchc", args.cchc, "--out", out, "--from-dir", inputs])
    log(f"  entry workbooks typed by openpyxl in {time.time() - began:.0f} s")
    with open(stamp, "w") as f:
        f.write(want)
    return out


def export_reads_fill(args, books):
    """Whether this cchc's `export` reads one of its own `fill` outputs."""
    names = sorted(n for n in os.listdir(books) if n.endswith(".xlsx"))
    if not names:
        return False
    out = os.path.join(args.work, "out", "export-probe.json")
    proc = subprocess.run([args.cchc, "export", os.path.join(books, names[0]), "-o", out], capture_output=True)
    return proc.returncode == 0 and os.path.exists(out)


def read_set(args, name, books, n):
    """The list of the workbooks of the first n units (one path a line, for openpyxl) and the
    workbooks themselves (the arguments of `cchc export`)."""
    picked = [os.path.join(books, b) for b in sorted(os.listdir(books)) if b.endswith(".xlsx") and int(b[1:6]) < n]
    d = os.path.join(args.work, "sets")
    os.makedirs(d, exist_ok=True)
    listing = os.path.join(d, f"read-{name}-{n}.list")
    with open(listing, "w") as f:
        f.write("".join(p + "\n" for p in picked))
    return listing, picked


def one_core():
    """The prefix that keeps a command on one core (`taskset -c 0`), or nothing without taskset."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def time_read(args, name, n, listing, picked, results):
    """Times the readers on one set, each in ONE process for all its workbooks: `cchc export
    <books…> -o dir` on one core (taskset) and on every core, openpyxl on one; returns the output
    directories of the last run."""
    nproc = os.cpu_count() or 1
    outs = {}
    readers = ["cchc export", f"cchc export ×{nproc}", "openpyxl"]
    for reader in readers:
        outs[reader] = os.path.join(args.work, "out", f"read-{reader.replace(' ', '').replace('×', 'x')}-{name}-{n}")
    cmds = {
        "cchc export": one_core() + [args.cchc, "export", "--quiet", "-o", outs["cchc export"]] + picked,
        f"cchc export ×{nproc}": [args.cchc, "export", "--quiet", "-o", outs[f"cchc export ×{nproc}"]] + picked,
        "openpyxl": [sys.executable, os.path.join(HERE, "read_reference.py"), outs["openpyxl"], listing],
    }
    samples = {r: [] for r in cmds}
    warm = 1 if n < 1000 else 0
    for rep in range(read_reps(n) + warm):
        wait_quiet()
        for reader, cmd in cmds.items():
            shutil.rmtree(outs[reader], ignore_errors=True)
            os.makedirs(outs[reader])
            wall, cpu, rss = run_measured(cmd, os.path.join(args.work, f"log-read.txt"))
            written = len([f for f in os.listdir(outs[reader]) if f.endswith(".json")])
            if written != len(picked):
                raise SystemExit(f"bench: {reader} read {written} workbooks of {len(picked)} ({' '.join(cmd)})")
            if reader.startswith("cchc export") and os.path.getsize(os.path.join(args.work, "log-read.txt")):
                with open(os.path.join(args.work, "log-read.txt")) as f:
                    raise SystemExit(f"bench: cchc export printed findings reading {name}:\n{f.read()[-3000:]}")
            if rep >= warm:
                samples[reader].append((wall, cpu, rss))
    for reader, s in samples.items():
        walls = [x[0] for x in s]
        results.append({"kind": name, "n": n, "workbooks": len(picked), "producer": reader, "runs": len(s),
                        "wall": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
                        "cpu": statistics.median(x[1] for x in s), "rss_kib": max(x[2] for x in s)})
        r = results[-1]
        log(f"  {name:12} N={n:<5} {reader:15} {r['wall']:8.3f} s  {len(picked) / r['wall']:8.1f} wb/s  "
            f"{r['rss_kib'] / 1024:6.1f} MiB  cpu {r['cpu']:.3f} s")
    return outs


def check_reading(args, inputs, picked, outs):
    """Every workbook's `cchc export` output and openpyxl's reading against the generated input it
    was typed from: the values at every cell of the map. Returns a summary dict."""
    sys.path.insert(0, HERE)
    import entry_fill
    import openpyxl
    nproc = os.cpu_count() or 1
    summary = {"books": 0, "values": 0, "cchc differ": 0, "cchc ×%d differ" % nproc: 0, "openpyxl differ": 0,
               "left out": {}, "examples": []}
    paths_of = {}
    for book in picked:
        base = os.path.basename(book)[:-5]
        with open(os.path.join(inputs, base + ".json"), encoding="utf-8") as f:
            doc = json.load(f)
        key = (doc["template"], tuple(entry_fill.period_args(doc)))
        if key not in paths_of:
            paths_of[key] = [p for _, _, p in entry_fill.read_map(openpyxl.load_workbook(book, read_only=False))]
        paths = paths_of[key]
        want = entry_fill.expected(doc, paths)
        summary["books"] += 1
        summary["values"] += len(want)
        for k, v in entry_fill.leftovers(doc, paths).items():
            summary["left out"][k] = summary["left out"].get(k, 0) + v
        for reader, label in (("cchc export", "cchc differ"), (f"cchc export ×{nproc}", f"cchc ×{nproc} differ")):
            with open(os.path.join(outs[reader], base + ".json"), encoding="utf-8") as f:
                diffs = entry_fill.compare(doc, paths, json.load(f))
            if diffs:
                summary[label] += 1
                if len(summary["examples"]) < 5:
                    summary["examples"].append({"book": base, "reader": reader, "diffs": diffs[:5]})
        with open(os.path.join(outs["openpyxl"], base + ".json"), encoding="utf-8") as f:
            got = {p: entry_fill.normal(v) for p, v in json.load(f).items()}
        if got != want:
            summary["openpyxl differ"] += 1
            if len(summary["examples"]) < 5:
                diffs = [(p, want.get(p), got.get(p)) for p in sorted(set(want) | set(got)) if want.get(p) != got.get(p)]
                summary["examples"].append({"book": base, "reader": "openpyxl", "diffs": diffs[:5]})
    return summary


def measure_read(args, ns, inputs_of):
    """`cchc export` of N units' workbooks against openpyxl, per kind and source; the reading check."""
    results, checks, sources = [], {}, {}
    for kind in KINDS:
        log(f"bench: {kind}: entry workbooks of {max(ns)} units for reading")
        books = {"entry": entry_books(args, kind, inputs_of[kind])}
        fill_books = os.path.join(args.work, "out", f"reference-{kind}")
        if os.path.isdir(fill_books) and export_reads_fill(args, fill_books):
            books["fill"] = fill_books
        sources[kind] = sorted(books)
        for source, d in books.items():
            name = f"{kind}-{source}"
            outs, picked = None, None
            for n in ns:
                listing, picked = read_set(args, name, d, n)
                outs = time_read(args, name, n, listing, picked, results)
            if source == "entry":
                checks[name] = check_reading(args, inputs_of[kind], picked, outs)
                c = checks[name]
                log(f"bench: {name}: reading check over {c['books']} workbooks, {c['values']} values: "
                    f"cchc differs in {c['cchc differ']}, openpyxl in {c['openpyxl differ']}; not in the workbook: {c['left out']}")
                for e in c["examples"]:
                    log(f"  {e['book']} ({e['reader']}): {e['diffs']}")
    return {"results": results, "checks": checks, "sources": sources}


# What reading one workbook spends its instructions on: inclusive counts of these functions.
READ_STAGES = [
    ("before main: dynamic linking, relocations, Swift runtime/Foundation initialisers", None),
    ("main: argument parsing and the command", [r"cchc_main"]),
    ("  the template the workbook names: read and checked (TemplateCatalog)", [r"TemplateCatalog\.load\(id:\)", r"TemplateCatalog\.init\(directory:\)"]),
    ("  read the workbook into the input (WorkbookInput.read)", [r"WorkbookInput\.read\((path:|_:catalog:)"]),
    ("    of which open the .xlsx: zip directory, inflate, workbook, styles, shared strings (XlsxDocument.init)", [r"XlsxDocument\.(__allocating_)?init\(path:"]),
    ("    of which parse the worksheets (XlsxDocument.sheet)", [r"XlsxDocument\.sheet\(_:\)"]),
    ("      of which the XML tokenizer", [r"XMLTokenizer\.next\(\)"]),
    ("    of which the map checked (EntryMapReader; includes the template)", [r"EntryMapReader\.init\(_:catalog:\)"]),
    ("    of which the expected kind of every cell (WorkbookInput.expected)", [r"WorkbookInput\.expected\(_:\)"]),
    ("    of which the cells read (CellReading)", [r"CellReading\.read\("]),
    ("    of which the document built (DocumentTree)", [r"DocumentTree\.set\(_:at:\)"]),
    ("    of which inflate (zlib)", [r"^inflate$"]),
    ("  the JSON text of the document", [r"^JSONValue\.text\(indent:\)$"]),
    ("  write the JSON file (atomically)", [r"writeAtomically"]),
]


def profile_read(args, inputs_of):
    """callgrind on `cchc export` of one entry workbook from process start: unit 0's bang2-nam
    (179 rows) and can-bo-dau-moi (5 rows) of the annual set; and `cchc fill` of the same
    bang2-nam input for comparison."""
    if not shutil.which("valgrind") or "annual" not in inputs_of:
        return None
    d = os.path.join(args.work, "profile-read")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    runs = []
    books = os.path.join(args.work, "entry", "annual")
    cases = [(f"`cchc export u00000-{t}.xlsx -o x.json` ({rows}, from process start)",
              [args.cchc, "export", os.path.join(books, f"u00000-{t}.xlsx"), "-o", os.path.join(d, f"{t}.json")], f"export-{t}")
             for t, rows in (("bang2-nam", "179 rows"), ("can-bo-dau-moi", "5 rows"))]
    cases.append(("`cchc fill u00000-bang2-nam.json -o x.xlsx` (the same input written, for comparison)",
                  [args.cchc, "fill", os.path.join(inputs_of["annual"], "u00000-bang2-nam.json"), "-o", os.path.join(d, "x.xlsx")],
                  "fill-bang2-nam"))
    for title, cmd, key in cases:
        total, inclusive, _ = callgrind(args, cmd, os.path.join(d, f"callgrind-{key}.out"))
        rows = []
        main_ir = max((ir for fn, ir in inclusive.items() if re.search(r"cchc_main", fn)), default=0)
        for label, patterns in READ_STAGES:
            if patterns is None:
                ir = total - main_ir if main_ir else 0
            else:
                ir = max((v for fn, v in inclusive.items() if any(re.search(p, fn) for p in patterns)), default=0)
            if ir:
                rows.append((label, ir))
        if not key.startswith("export"):  # fill: only the stages that are not the reading's
            rows = rows[:3]
        runs.append({"key": key, "title": title, "total": total, "stages": rows})
        log(f"  {title}: {total:,} instructions")
    return {"runs": runs}


# ---------------------------------------------------------------------------------------- report

def fmt_s(x):
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def table(results):
    """The results as a Markdown table, one line per set, N and producer."""
    lines = ["| set | N units | workbooks | producer | median wall (s) | workbooks/s | peak RSS (MiB) | CPU (s) | cchc ÷ this (time) |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    for r in results:
        c = by[(r["kind"], r["n"], "cchc")]
        ratio = c["wall"] / r["wall"]
        lines.append(f"| {r['kind']} | {r['n']} | {r['workbooks']} | {r['producer']} | {fmt_s(r['wall'])} | "
                     f"{r['workbooks'] / r['wall']:.0f} | {r['rss_kib'] / 1024:.1f} | {fmt_s(r['cpu'])} | "
                     f"{'—' if r['producer'] == 'cchc' else f'{ratio:.2f}'} |")
    return "\n".join(lines)


def cpu_ratio(a, b):
    """a's CPU time ÷ b's, or — when either is below /usr/bin/time's resolution (10 ms) many times over."""
    if a["cpu"] < 0.05 or b["cpu"] < 0.05:
        return "—"
    return f"{a['cpu'] / b['cpu']:.2f}"


def ratio_table(results, nproc):
    lines = [f"| set | N | cchc/Python (wall) | cchc/Python (CPU) | cchc/C (wall) | cchc/C ×{nproc} (wall) | cchc/C (CPU) | "
             f"cchc {nproc} cores ÷ 1 core (speed-up) | C ×{nproc} ÷ C (speed-up) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    for kind, n in sorted({(r["kind"], r["n"]) for r in results}, key=lambda k: (k[0], k[1])):
        c, p, f1, fj = (by[(kind, n, x)] for x in ("cchc", "Python", "C", f"C ×{nproc}"))
        one = by.get((kind, n, ONE_CORE))
        lines.append(f"| {kind} | {n} | {c['wall'] / p['wall']:.2f} | {cpu_ratio(c, p)} | "
                     f"{c['wall'] / f1['wall']:.2f} | {c['wall'] / fj['wall']:.2f} | {cpu_ratio(c, f1)} | "
                     f"{one['wall'] / c['wall']:.2f} | {f1['wall'] / fj['wall']:.2f} |" if one else
                     f"| {kind} | {n} | {c['wall'] / p['wall']:.2f} | {cpu_ratio(c, p)} | "
                     f"{c['wall'] / f1['wall']:.2f} | {c['wall'] / fj['wall']:.2f} | {cpu_ratio(c, f1)} | — | "
                     f"{f1['wall'] / fj['wall']:.2f} |")
    return "\n".join(lines)


def verdicts(results, start, nproc, prof=None, prof_one=None, determinism=None, fid=None):
    """The targets of issue 15, each a ratio of two figures of this run: (label, met, measured)."""
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    big = max(r["n"] for r in results)
    small = 10 if any(r["n"] == 10 for r in results) and big > 10 else min(r["n"] for r in results)
    out = []
    kinds = [k for k in list(KINDS) + [k + "-submit" for k in KINDS]]
    runs = {r["kind"]: r for r in (prof or {}).get("runs", []) if "kind" in r}
    for kind in kinds:
        bound = TARGET_INSTR_SUBMIT if kind.endswith("-submit") else TARGET_INSTR_FILL
        run = runs.get(kind)
        label = f"{kind}: instructions per workbook ≤ {bound:g}× the C floor's (callgrind, {run['books'] if run else 10} workbooks)"
        if run and run.get("floor_total"):
            ratio = run["total"] / run["floor_total"]
            out.append((label, ratio <= bound, f"{ratio:.2f}×: cchc {run['total'] / run['books'] / 1e6:.1f} M, "
                                               f"the floor {run['floor_total'] / run['books'] / 1e6:.1f} M per workbook"))
        elif (kind, big, "cchc") in by:
            out.append((label, False, "not measured (no callgrind profile in this run: valgrind missing or --profile never)"))
    for kind in kinds:
        if (kind, big, "cchc") not in by:
            continue
        c, one = by[(kind, big, "cchc")], by.get((kind, big, ONE_CORE))
        f1, fj = by[(kind, big, "C")], by[(kind, big, f"C ×{nproc}")]
        det = (determinism or {}).get(kind)
        if one:
            speed = one["wall"] / c["wall"]
            same = det is not None and det["differ"] == 0
            out.append((f"{kind}: batch on {nproc} cores ≥ {TARGET_BATCH:g}× one core, byte-identical (N = {big})",
                        speed >= TARGET_BATCH and same,
                        f"{speed:.2f}× ({one['wall']:.2f} s on one core, {c['wall']:.2f} s on {nproc}; the floor gains "
                        f"{f1['wall'] / fj['wall']:.2f}× from {nproc} processes); " +
                        (f"{det['differ']} of {det['books']} workbooks differ from the reference run" if det else "not compared")))
        m_big, m_small = by[(kind, big, "cchc")]["rss_kib"], by[(kind, small, "cchc")]["rss_kib"]
        if big != small:
            out.append((f"{kind}: peak memory at N = {big} ≤ {TARGET_MEM:g}× that at N = {small}",
                        m_big <= TARGET_MEM * m_small, f"{m_big / 1024:.1f} MiB / {m_small / 1024:.1f} MiB = {m_big / m_small:.2f}×"))
    if start and "C" in start:
        s, f = start["can-bo-dau-moi"]["median_ms"], start["C"]["median_ms"]
        instr = ""
        if prof_one and prof_one.get("floor_total"):
            instr = f"; instructions {prof_one['total'] / prof_one['floor_total']:.2f}× ({prof_one['total'] / 1e6:.1f} M against {prof_one['floor_total'] / 1e6:.1f} M)"
        out.append((f"one small workbook (can-bo-dau-moi) from process start ≤ {TARGET_START:g}× the floor's process",
                    s <= TARGET_START * f, f"{s / f:.2f}× (median {s:.1f} ms against {f:.1f} ms of 20 runs each){instr}"))
    for kind in KINDS:
        fk = (fid or {}).get(kind)
        if fk:
            out.append((f"{kind}: the C floor's workbooks are byte-identical to cchc's (the same work)",
                        fk["C identical bytes"] == fk["books"], f"{fk['C identical bytes']} of {fk['books']}"))
    return out


def scale_section(results, sizes):
    """The whole country in one run, at the throughput measured for N = max."""
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    big = max(r["n"] for r in results)
    submit = ("annual-submit", big, "cchc") in by and ("review-submit", big, "cchc") in by
    suffix = "-submit" if submit else ""
    a, v = by[("annual" + suffix, big, "cchc")], by[("review" + suffix, big, "cchc")]
    rate_a = big / a["wall"]  # submissions (units) per second
    rate_v = big / v["wall"]
    per_a = sizes["annual" + suffix] / big  # bytes of workbooks per submission
    per_v = sizes["review" + suffix] / big
    books = 1 if submit else 2
    in_a = sizes["annual-in"] / big
    eras = [("Until 30 June 2025: 63 provinces, ~700 districts, ~10,600 communes", 63 + 700 + 10600),
            ("Since 1 July 2025: 34 provinces and cities, 3,321 communes, wards and special zones", 34 + 3321)]
    lines = ["| organisation | reporting units | annual submissions, 10 years | time at "
             f"{rate_a:.0f} submissions/s | workbooks written | size of the workbooks | ten-year reviews (one per unit) | time at {rate_v:.0f}/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, units in eras:
        subs = units * 10
        lines.append(f"| {label} | {units:,} | {subs:,} | {subs / rate_a / 60:.1f} min | {subs * books:,} | "
                     f"{subs * per_a / 1e9:.1f} GB | {units:,} | {units / rate_v:.0f} s |")
    notes = {"rate_a": rate_a, "rate_v": rate_v, "per_a": per_a, "per_v": per_v, "in_a": in_a, "books": books,
             "how": "`cchc submit` batch mode, one workbook per submission" if submit else
                    "`cchc fill` batch mode, two workbooks per submission (no batch `cchc submit` yet)"}
    return "\n".join(lines), notes


# ---------------------------------------------------------------------------------------- reading report

TARGET_READ = 3.0  # "several times faster" than openpyxl: openpyxl's wall time ÷ cchc's, one core each


def rate(x):
    """Workbooks per second: one decimal below 10."""
    return f"{x:.1f}" if x < 10 else f"{x:.0f}"


def read_table(results):
    """The reading results, one line per set, N and reader."""
    lines = ["| set | N units | workbooks | reader | median wall (s) | workbooks/s | peak RSS (MiB) | CPU (s) | openpyxl ÷ this (time) |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    for r in results:
        o = by[(r["kind"], r["n"], "openpyxl")]
        ratio = "—" if r["producer"] == "openpyxl" else f"{o['wall'] / r['wall']:.2f}"
        lines.append(f"| {r['kind']} | {r['n']} | {r['workbooks']} | {r['producer']} | {fmt_s(r['wall'])} | "
                     f"{rate(r['workbooks'] / r['wall'])} | {r['rss_kib'] / 1024:.1f} | {fmt_s(r['cpu'])} | {ratio} |")
    return "\n".join(lines)


def read_ratio_table(results, nproc):
    """How many times faster cchc reads than openpyxl, and the memory of each, per set and N."""
    lines = [f"| set | N | workbooks | cchc export (1 core) wb/s | cchc export ×{nproc} wb/s | openpyxl wb/s | "
             f"cchc faster (1 core, wall) | cchc faster (CPU) | cchc faster (×{nproc}, wall) | peak RSS cchc / openpyxl (MiB) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    for kind, n in sorted({(r["kind"], r["n"]) for r in results}):
        c, cj, o = by[(kind, n, "cchc export")], by[(kind, n, f"cchc export ×{nproc}")], by[(kind, n, "openpyxl")]
        w = c["workbooks"]
        cpu = f"{o['cpu'] / c['cpu']:.2f}×" if c["cpu"] >= 0.05 and o["cpu"] >= 0.05 else "—"
        lines.append(f"| {kind} | {n} | {w} | {rate(w / c['wall'])} | {rate(w / cj['wall'])} | {rate(w / o['wall'])} | "
                     f"{o['wall'] / c['wall']:.2f}× | {cpu} | {o['wall'] / cj['wall']:.2f}× | "
                     f"{c['rss_kib'] / 1024:.1f} / {o['rss_kib'] / 1024:.1f} |")
    return "\n".join(lines)


def read_verdicts(read):
    """The reading targets (issue 13 "Speed", issue 15): several times faster than openpyxl, memory flat in N."""
    if not read or not read.get("results"):
        return []
    results = read["results"]
    by = {(r["kind"], r["n"], r["producer"]): r for r in results}
    big = max(r["n"] for r in results)
    small = 10 if any(r["n"] == 10 for r in results) and big > 10 else min(r["n"] for r in results)
    out = []
    for kind in sorted({r["kind"] for r in results}):
        c, o = by[(kind, big, "cchc export")], by[(kind, big, "openpyxl")]
        out.append((f"reading {kind}: `cchc export` ≥ {TARGET_READ:g}× faster than openpyxl `data_only=True` (N = {big}, one core each)",
                    o["wall"] / c["wall"] >= TARGET_READ,
                    f"{o['wall'] / c['wall']:.2f}× ({rate(c['workbooks'] / c['wall'])} against {rate(o['workbooks'] / o['wall'])} workbooks/s; "
                    f"CPU time {o['cpu'] / c['cpu']:.2f}×)"))
        for reader in ("cchc export", "openpyxl"):
            m_big, m_small = by[(kind, big, reader)]["rss_kib"], by[(kind, small, reader)]["rss_kib"]
            out.append((f"reading {kind}: {reader} peak memory at N = {big} ≤ {TARGET_MEM:g}× that at N = {small}",
                        m_big <= TARGET_MEM * m_small, f"{m_big / 1024:.1f} MiB / {m_small / 1024:.1f} MiB = {m_big / m_small:.2f}×"))
    for name, c in sorted(read.get("checks", {}).items()):
        bad = sum(v for k, v in c.items() if k.endswith("differ"))
        out.append((f"reading {name}: every value typed reads back as typed (`cchc export` and openpyxl)", bad == 0,
                    f"{c['books']} workbooks, {c['values']} values; workbooks that differ: " +
                    ", ".join(f"{k.replace(' differ', '')} {v}" for k, v in c.items() if k.endswith("differ"))))
    return out


def read_markdown(read, prof_read, nproc):
    """The reading section of RESULTS.md."""
    md = ["## Reading\n"]
    if not read:
        md.append("Not measured in this run.\n")
        return "\n".join(md)
    srcs = sorted({s for v in read["sources"].values() for s in v})
    md.append("What is read: " + "; ".join(f"`{s}`, {READ_SOURCES[s]}" for s in srcs) + ". " +
              ("" if "fill" in srcs else "cchc's own `fill` outputs are **not measured yet**: this cchc's `export` does not "
               "read a workbook without an entry map (part A of issue 13); the benchmark probes it on every run and adds "
               "the sets `annual-fill` and `review-fill` (the reference run's fill workbooks) as soon as it does.") + "\n")
    md.append(f"""- **Workbooks**: for every generated input (the same units as above), the blank entry workbook of its template
  and period from `cchc init <template> [--year Y | --from F --to T --cutoff D] -o blank.xlsx`, opened with
  openpyxl, every value of the input that the workbook's map (`_cchc`) has a cell for typed into that cell (numbers
  as numbers, Vietnamese notation such as `10.248` and `99,95`, labels and names as text, as typed), saved by openpyxl
  (`bench/entry_fill.py`): an officer's saved file written by a library that is not libxlsxwriter, every cell of the
  form filled as the input fills it. Two workbooks per unit, as for `fill`.
- **Readers**, on the same workbooks:
  - `cchc export`: **one process for all N**, `cchc export --quiet -o <dir> <book>…` (each workbook read, its JSON
    input written as `<dir>/<book>.json`, and dropped before the next), kept on one core by `taskset -c 0`;
    `cchc export ×{nproc}`: the same process on every core (the batch spreads the workbooks over {nproc} threads).
  - `openpyxl`: `bench/read_reference.py`, **one process for all N**: `load_workbook(path, data_only=True)`, every cell
    of every sheet read (`iter_rows(values_only=True)`), the values at the map's cells written as JSON; one core.
  - Peak RSS is `/usr/bin/time`'s `%M` of the one process, after all N.
- **Timing**: as above, median of 7 (N = 1), 5 (N = 10) or 3 (N = 100) runs after a warm-up round; one run at N ≥ 1000 (2,000 workbooks, minutes),
  readers interleaved round by round.""")
    if read.get("checks"):
        lines = []
        for name, c in sorted(read["checks"].items()):
            left = ", ".join(f"{v} `{k}`" for k, v in sorted(c["left out"].items())) or "nothing"
            lines.append(f"  - `{name}`: {c['books']} workbooks (the largest N), {c['values']} values typed; workbooks whose "
                         f"reading differs from the input: cchc export {c['cchc differ']}, cchc export ×{nproc} "
                         f"{c['cchc ×%d differ' % nproc]}, openpyxl {c['openpyxl differ']}. Values of the inputs the entry "
                         f"workbook has no cell for, hence not typed: {left}.")
        md.append("- **Reading check**: at the largest N, the JSON of every workbook written by `cchc export` (in the last "
                  "timed run, both ways) is compared with the generated input it was typed from, at every path of the map "
                  "(numbers by value, texts exactly), and nothing else may appear; openpyxl's reading likewise:\n" + "\n".join(lines) + "\n")
    md.append(read_table(read["results"]) + "\n")
    md.append(read_ratio_table(read["results"], nproc) + "\n")
    if prof_read:
        for run in prof_read["runs"]:
            md.append(f"{run['title']}: {run['total']:,} instructions (callgrind). Inclusive counts:\n")
            md.append("| stage | instructions | share |\n|---|---:|---:|")
            for label, ir in run["stages"]:
                md.append(f"| {label} | {ir:,} | {100 * ir / run['total']:.1f} % |")
            md.append("")
    return "\n".join(md)


def write_results(args, info, vers, results, start, fid, prof, prof_one, checks, sizes, elapsed, quiet, submit_info=None,
                  determinism=None, when=None, read=None, prof_read=None, cons=None):
    nproc = info["nproc"]
    path = os.path.join(HERE, "RESULTS.md")
    kept = ""
    if os.path.exists(path):
        old = open(path, encoding="utf-8").read()
        if KEEP_START in old and KEEP_END in old:
            kept = old[old.index(KEEP_START): old.index(KEEP_END) + len(KEEP_END)]
    if not kept:
        kept = KEEP_START + "\n## Analysis\n\n(Written by hand after a run: where the time goes and what to change.)\n" + KEEP_END
    verdict = verdicts(results, start, nproc, prof, prof_one, determinism, fid) + read_verdicts(read) + consolidation.verdicts(cons)
    scale, notes = scale_section(results, sizes)
    now = datetime.datetime.fromisoformat(when) if when else datetime.datetime.now().astimezone()
    md = []
    md.append("# Benchmark results\n")
    md.append(f"Run by `make bench` (bench/run.sh → bench/bench.py) on {now:%Y-%m-%d %H:%M %Z}, in {elapsed / 60:.1f} min. "
              "The tables below are rewritten by every run; the *Analysis* section is kept.\n")
    md.append("## Machine\n")
    md.append(f"- {nproc} cores: {info['cpu']}; {info['memory']} of memory; Linux {info['kernel']}")
    par = info["parallel"]
    md.append(f"- Parallel capacity, measured: one CPU-bound process takes {par['one']:.2f} s, {nproc} of them at once "
              f"{par['many']:.2f} s, i.e. the {nproc} cores give **{par['speedup']:.2f}** processes' worth of CPU "
              f"(2.0 on {nproc} real cores). Spreading work over the cores can gain at most that.")
    md.append(f"- {vers['swift']}; cchc {vers['cchc']} (release build)")
    md.append(f"- Python {vers['python']}, XlsxWriter {vers['XlsxWriter']}, openpyxl {vers['openpyxl']} (in bench/.venv)")
    md.append(f"- libxlsxwriter {vers['libxlsxwriter']}; {vers['cc']} (`cc -O2`)\n")
    det_text = "not checked in this run."
    if determinism:
        total = sum(d["books"] for d in determinism.values())
        bad = sum(d["differ"] for d in determinism.values())
        parts = {}
        for d in determinism.values():
            for p, k in d["parts"].items():
                parts[p] = parts.get(p, 0) + k
        runs = sum(d.get("runs", 1) for d in determinism.values())
        det_text = (f"at the largest N, every timed run of cchc on {nproc} cores and on one (and their warm-ups), {runs} runs in all, was compared byte "
                    f"for byte with the untimed reference run of the same inputs by the same binary: {bad} of {total} "
                    f"workbooks differ"
                    + (" (" + ", ".join(f"`{p}` in {k}" for p, k in sorted(parts.items())) + ")." if bad else "."))
    sub = submit_info or {}
    if not sub.get("available"):
        submit_how = "**not measured: this cchc has no `submit` command**."
    elif sub.get("batch"):
        submit_how = "in batch mode: `cchc submit <dir of N submission files> -o <dir> --quiet`."
    else:
        submit_how = ("**N = 1 only**: `cchc submit` takes one submission per process so far, and timing N processes "
                      "against one process of C or Python would not be the same race; `make bench` measures every N as "
                      "soon as `cchc submit` accepts several files.")
    submit_fid = ""
    if "annual-submit" in fid:
        fa, fr = fid["annual-submit"], fid["review-submit"]
        submit_fid = (f" For `cchc submit` ({fa['books'] + fr['books']} submission workbooks: the first 10 units of each kind), the plans of the C and "
                      f"Python workbooks equal cchc's (same tolerance); the {fa.get('charts left out', 0) + fr.get('charts left out', 0)} "
                      "charts of cchc's workbooks (sheet `Biểu đồ` of the review) are **not** written by C and Python, which "
                      "flatters them.")
    md.append("## What is measured\n")
    md.append(f"""- **Inputs**: `bench/generate.py --seed {args.seed}` writes, per unit, the inputs of an **annual submission**
  (`can-bo-dau-moi` + `bang2-nam`: two workbooks) or of a **ten-year review** (`tong-ket-2011-2020` + `muc-tieu-30c`:
  two workbooks). Counts from 0 to tens of thousands, blanks, codes given as codes or labels, numbers as JSON numbers or
  Vietnamese strings, rates given as counts, counts and rate, rate only, 0/0, or not at all; every check of the templates
  holds. {checks['validated']} generated inputs spread over the units were run through `cchc validate`: 0 errors,
  {checks['warnings']} warnings; `cchc fill` of all of them, and `cchc submit` of all the submission files, reported no
  error either (an error would have stopped the benchmark).
- **N** is a number of units (submissions). Sets `annual` and `review`: each unit is its two `fill` inputs, and cchc
  is timed as `cchc fill <dir of 2N inputs> -o <dir> --quiet` (batch mode): 2 workbooks per unit.
  Sets `annual-submit` and `review-submit`: each unit is one submission file (`generate.py --submissions`: appendices
  inline or as the path of the unit's `fill` inputs) and one workbook (cover, appendices, checks, charts), timed as
  `cchc submit`; {submit_how}
- **Producers**, all writing the same workbooks for the same N units, each in **one process** over all N:
  - `cchc`: reads and checks the JSON inputs, lays out and writes; spreads the workbooks over all {nproc} cores.
    `{ONE_CORE}`: the same command pinned to one core (`taskset -c 0`), the baseline of the batch speed-up.
  - `Python`: `bench/reference.py`, XlsxWriter {vers['XlsxWriter']} replaying *plans*, one process, one core,
    `in_memory` mode (the faster of its two modes here).
  - `C`: `bench/floor.c` over libxlsxwriter replaying the same plans, one process, one core; `C ×{nproc}`: the same split
    over {nproc} forked processes, which is the floor to compare cchc's {nproc}-core batch with.
  - A *plan* is what cchc's own workbooks contain, read back by openpyxl (`bench/extract_plan.py`): cells with their
    types, formats (font, size, bold, italic, alignment, wrap, indent, border, fill, number format), merges, formulas
    with their cached results, column widths and hidden columns, row heights, frozen panes, print setup (orientation,
    paper, fit to width, margins, centring, repeated rows, footer), document properties, and what submission
    workbooks add: several sheets, drop-down lists with their messages, conditional formats, comments, links between
    sheets, hidden grid lines, defined names. **Charts are not replayed** (openpyxl does not read them back): they are
    counted, and C and Python write the workbooks without them. extract_plan.py refuses anything else it cannot carry
    (images, external links, other kinds of conditional formats), so nothing is silently left out.
  - **Python and C get pre-parsed data; cchc parses JSON, checks every value and relation, and lays out the form.** The
    ratios therefore flatter the references, not cchc.
- **Same content, checked**: for the first 10 units of each set, the C workbooks are byte-identical to cchc's
  ({fid['annual']['C identical bytes'] + fid['review']['C identical bytes']} of {fid['annual']['books'] + fid['review']['books']}), and the plans read back from the Python workbooks equal
  cchc's except that XlsxWriter rounds row heights to whole pixels (36.2 pt → 36 pt).{submit_fid}
- **Timing**: wall time from spawn to reaped (`os.wait4`; the producers run under `/usr/bin/time`, which adds about
  a millisecond), median of 7 (N = 1), 5 (N = 10, 100) or 3 (N = 1000) runs
  after one warm-up round; producers interleaved round by round. Peak memory is `/usr/bin/time`'s `%M` (peak resident
  set), the largest over the runs (for `C ×{nproc}`, of its largest process); CPU is its user + system time of the
  process and its children. Outputs are deleted before each run, outside the timing.
- **Same input, same bytes?** {det_text}
- **A shared machine**: other sessions build and test on it. Before each round the benchmark waits until the rest of
  the machine uses under 15 % of its CPU (sampled over 0.3 s); this run waited {quiet['waits']} times
  ({quiet['waited_s']:.0f} s in all); the CPU used by others just before a round was {100 * quiet['busy_median']:.0f} %
  (median) and at most {100 * quiet['busy_max']:.0f} %. Load that starts during a round is not excluded.
""")
    md.append("## Results\n")
    md.append(table(results) + "\n")
    md.append("Ratios (cchc's time ÷ the other's: below 1 means cchc is faster; the speed-ups: one core's time ÷ "
              f"{nproc} cores' time):\n")
    md.append(ratio_table(results, nproc) + "\n")
    md.append("One workbook from process start to closed file (median of 20 runs, after 2 warm-ups; the small one, "
              "the floor and the programs of one line in interleaved rounds):\n")
    md.append("| what | median (ms) |\n|---|---:|")
    md.append(f"| `cchc fill examples/can-bo-dau-moi.json -o x.xlsx` (5 rows) | {start['can-bo-dau-moi']['median_ms']:.1f} |")
    md.append(f"| `cchc fill examples/bang2-nam.json -o x.xlsx` (179 rows) | {start['bang2-nam']['median_ms']:.1f} |")
    md.append(f"| C floor, the can-bo-dau-moi plan (cchc's workbook above, replayed) | {start['C']['median_ms']:.1f} |")
    md.append(f"| Python reference, the can-bo-dau-moi plan | {start['Python']['median_ms']:.1f} |")
    md.append(f"| `cchc --version` (start-up alone) | {start['cchc --version']['median_ms']:.1f} |")
    md.append(f"| `/bin/true` (spawning a process) | {start['/bin/true']['median_ms']:.1f} |")
    for name, *_ in START_REFERENCES:
        if name in start:
            md.append(f"| {name}: start-up of a program of that kind | {start[name]['median_ms']:.1f} |")
    md.append("")
    md.append("## Targets\n")
    md.append("| target | met | measured |\n|---|---|---|")
    for label, ok, measured in verdict:
        md.append(f"| {label} | {'yes' if ok else '**no**'} | {measured} |")
    md.append("")
    if prof and "runs" in prof:
        md.append("## Profile (callgrind, instructions)\n")
        md.append("Instructions per workbook, cchc against the C floor writing the same workbooks from their plans "
                  "(whole processes, start-up included; the targets' measure):\n")
        md.append("| what | workbooks | cchc (M per workbook) | C floor (M per workbook) | cchc ÷ floor |\n|---|---:|---:|---:|---:|")
        for run in prof["runs"]:
            if run.get("floor_total"):
                md.append(f"| {run['title']} | {run['books']} | {run['total'] / run['books'] / 1e6:.1f} | "
                          f"{run['floor_total'] / run['books'] / 1e6:.1f} | {run['total'] / run['floor_total']:.2f} |")
        if prof_one and prof_one.get("floor_total"):
            md.append(f"| `cchc fill examples/can-bo-dau-moi.json` from process start | 1 | {prof_one['total'] / 1e6:.1f} | "
                      f"{prof_one['floor_total'] / 1e6:.1f} | {prof_one['total'] / prof_one['floor_total']:.2f} |")
        md.append("")
        for run in prof["runs"]:
            if run.get("key") not in (None, "fill", "submit", "fill-annual", "submit-review"):
                continue  # the stages of the other two sets are in results.json
            md.append(f"{run['title']}: {run['total']:,} instructions, {run['total'] / run['books'] / 1e6:.1f} M per workbook. "
                      "Inclusive counts (a stage includes what it calls; the floor's line is for comparison):\n")
            md.append("| stage | instructions | share |\n|---|---:|---:|")
            md.append(f"| whole process | {run['total']:,} | 100.0 % |")
            for label, ir in run["stages"]:
                md.append(f"| {label} | {ir:,} | {100 * ir / run['total']:.1f} % |")
            if run.get("floor_total"):
                md.append(f"| *the C floor writing the same {run['books']} workbooks from their plans (charts left out)* | "
                          f"{run['floor_total']:,} | {100 * run['floor_total'] / run['total']:.1f} % |")
            md.append("\nTop functions by their own instructions:\n")
            md.append("| instructions | function |\n|---:|---|")
            for ir, fn in run["self"]:
                md.append(f"| {ir:,} | `{fn[:150]}` |")
            md.append("")
    if prof_one:
        md.append(f"`valgrind --tool=callgrind cchc fill examples/can-bo-dau-moi.json -o x.xlsx` ({prof_one['total']:,} instructions):\n")
        md.append("| stage | instructions | share |\n|---|---:|---:|")
        for label, ir in prof_one["stages"]:
            md.append(f"| {label} | {ir:,} | {100 * ir / prof_one['total']:.1f} % |")
        md.append("")
    md.append(read_markdown(read, prof_read, nproc) + "\n")
    md.append(consolidation.markdown(cons) + "\n")
    md.append("## Scale on paper\n")
    md.append(f"The whole country as one run on this {nproc}-core machine, at the throughput measured above for "
              f"N = {max(r['n'] for r in results)} with {notes['how']}: {notes['rate_a']:.0f} annual submissions/s = "
              f"{notes['books'] * notes['rate_a']:.0f} workbooks/s; {notes['rate_v']:.0f} reviews/s. Workbooks average "
              f"{notes['per_a'] / notes['books'] / 1024:.1f} KiB (annual) and {notes['per_v'] / notes['books'] / 1024:.1f} KiB (review); "
              f"the inputs of an annual submission {notes['in_a'] / 1024:.1f} KiB.\n")
    md.append(scale + "\n")
    md.append(kept + "\n")
    text = "\n".join(md)
    if not args.no_write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return text, verdict


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(d, n)) for n in os.listdir(d))


def measure(args, ns):
    """Every measurement of a run, as a dict (saved to work/results.json)."""
    began = time.time()
    results, fid, sizes, determinism = [], {}, {}, {}
    checks = {"validated": 0, "warnings": 0}
    inputs_of = {}
    log("bench: parallel capacity of the machine")
    wait_quiet()
    parallel = parallel_capacity()
    log(f"  one busy process {parallel['one']:.2f} s, {os.cpu_count()} at once {parallel['many']:.2f} s: "
        f"{parallel['speedup']:.2f} processes' worth of CPU")
    for kind in KINDS:
        log(f"bench: {kind}: generating {max(ns)} units")
        inputs = generate(args, kind, max(ns))
        inputs_of[kind] = inputs
        if "fill" not in args.parts:
            continue
        v, w = validate_sample(args, inputs, max(ns))
        checks["validated"] += v
        checks["warnings"] += w
        log(f"bench: {kind}: {v} sample inputs validate (0 errors, {w} warnings); filling all with cchc and extracting plans")
        full = unit_set(args, kind, inputs, max(ns))
        books = os.path.join(args.work, "out", f"reference-{kind}")
        shutil.rmtree(books, ignore_errors=True)
        os.makedirs(books)
        run_measured([args.cchc, "fill", full, "-o", books, "--quiet"], os.path.join(args.work, "log.txt"))
        sizes[kind] = dir_bytes(books)
        sizes[kind + "-in"] = sum(os.path.getsize(os.path.join(inputs, n)) for n in os.listdir(inputs) if n.endswith(".json"))
        plans = extract_plans(args, kind, books)
        for n in ns:
            set_dir = unit_set(args, kind, inputs, n)
            plans_list, count = plan_list(args, kind, plans, n)
            time_set(args, kind, n, [args.cchc, "fill", set_dir, "-o", None, "--quiet"], plans_list, count, results,
                     reference=books if n == max(ns) else None, determinism=determinism)
            if n == 10 or (n == min(ns) and 10 not in ns):
                fid[kind] = fidelity(args, kind, n)
                log(f"bench: {kind}: same content: {fid[kind]}")
        log(f"bench: {kind}: cchc runs of the same {max(ns)} units against the reference run: {determinism.get(kind)}")
    submit = measure_submit(args, ns, inputs_of, results, fid, sizes, determinism) if "submit" in args.parts else None
    read = measure_read(args, ns, inputs_of) if "read" in args.parts else None
    cons = None
    if "consolidate" in args.parts:
        log("bench: consolidation of a generated country (communes → provinces → country)")
        cons = consolidation.measure(args, {"run_measured": run_measured, "wait_quiet": wait_quiet, "log": log})
    start = None
    if "start" in args.parts:
        log("bench: one workbook from process start")
        start = startup(args)
    quiet = {"waits": QUIET["waits"], "waited_s": QUIET["waited_s"],
             "busy_max": max(QUIET["busy_samples"] or [0]), "busy_median": statistics.median(QUIET["busy_samples"] or [0])}
    return {"results": results, "fidelity": fid, "sizes": sizes, "checks": checks, "start": start,
            "inputs": inputs_of, "parallel": parallel, "submit": submit, "read": read, "consolidate": cons, "quiet": quiet,
            "determinism": determinism,
            "elapsed": time.time() - began, "when": datetime.datetime.now().astimezone().isoformat()}


def compare_dirs(a, b):
    """How many workbooks of `a` differ from those of `b` (same names), and in which parts."""
    import zipfile
    differ, parts = 0, {}
    names = sorted(n for n in os.listdir(a) if n.endswith(".xlsx"))
    for name in names:
        with open(os.path.join(a, name), "rb") as f1, open(os.path.join(b, name), "rb") as f2:
            if f1.read() == f2.read():
                continue
        differ += 1
        with zipfile.ZipFile(os.path.join(a, name)) as za, zipfile.ZipFile(os.path.join(b, name)) as zb:
            for part in za.namelist():
                if part not in zb.namelist() or za.read(part) != zb.read(part):
                    parts[part] = parts.get(part, 0) + 1
    return {"books": len(names), "differ": differ, "parts": parts}


def submit_available(args):
    return subprocess.run([args.cchc, "submit", "--help"], capture_output=True).returncode == 0


def submission_set(args, kind, inputs, n):
    """Copies of the first n submission files, beside the inputs they name (`../uNNNNN-….json`)."""
    d = os.path.join(inputs, f"sub-{n}")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = os.path.join(inputs, "submissions")
    files = []
    for name in sorted(os.listdir(src)):
        if name.endswith(".json") and int(name[1:6]) < n:
            shutil.copy(os.path.join(src, name), os.path.join(d, name))
            files.append(os.path.join(d, name))
    return d, files


def measure_submit(args, ns, inputs_of, results, fid, sizes, determinism):
    """`cchc submit` against the references, when the command exists: all N with its batch mode,
    else N = 1 only (one process per submission would not be the same race)."""
    if not submit_available(args):
        log("bench: cchc has no submit command: submission workbooks not measured")
        return {"available": False}
    info = {"available": True}
    for kind in KINDS:
        inputs = inputs_of[kind]
        if not os.path.isdir(os.path.join(inputs, "submissions")):
            raise SystemExit(f"bench: {inputs} has no submissions/ (generate.py --submissions)")
        d, files = submission_set(args, kind, inputs, 2)
        probe = os.path.join(args.work, "out", "submit-probe")
        shutil.rmtree(probe, ignore_errors=True)
        os.makedirs(probe)
        proc = subprocess.run([args.cchc, "submit", *files, "-o", probe, "--quiet"], capture_output=True, text=True)
        batch = proc.returncode == 0 and len(os.listdir(probe)) == 2
        info["batch"] = batch
        sub_ns = ns if batch else [1]
        top = max(sub_ns)
        log(f"bench: {kind}: cchc submit {'in batch mode' if batch else 'without batch mode (N = 1 only)'}")
        # cchc's own submission workbooks, and their plans (for 10 units at least, for the fidelity check).
        ref_units = max(top, 10)
        d, files = submission_set(args, kind, inputs, ref_units)
        books = os.path.join(args.work, "out", f"reference-{kind}-submit")
        shutil.rmtree(books, ignore_errors=True)
        os.makedirs(books)
        if batch:
            run_measured([args.cchc, "submit", d, "-o", books, "--quiet"], os.path.join(args.work, "log.txt"))
        else:
            for f in files:
                run_measured([args.cchc, "submit", f, "-o", books + "/", "--quiet"], os.path.join(args.work, "log.txt"))
        sizes[kind + "-submit"] = dir_bytes(books) * top / ref_units
        plans = os.path.join(args.work, "plans", kind + "-submit")
        shutil.rmtree(plans, ignore_errors=True)
        sh([sys.executable, os.path.join(HERE, "extract_plan.py"), "--out", plans, "--from-dir", books])
        # Plans are named after the workbooks (<unit>_<number>_<year>); order them by unit (the number).
        by_unit = sorted(os.listdir(plans), key=lambda p: int(re.search(r"_(\d+)-bc-ubnd_", p).group(1)))
        for n in sub_ns + ([10] if 10 not in sub_ns else []):
            plist = os.path.join(args.work, "sets", f"{kind}-submit-{n}.plans")
            with open(plist, "w") as f:
                f.write("".join(os.path.join(plans, p) + "\n" for p in by_unit[:n]))
            d, files = submission_set(args, kind, inputs, n)
            if n in sub_ns:
                cmd = [args.cchc, "submit", d, "-o", None, "--quiet"] if batch else \
                      [args.cchc, "submit", files[0], "-o", None, "--quiet"]
                time_set(args, kind + "-submit", n, cmd, plist, n, results,
                         reference=books if n == ref_units else None, determinism=determinism)
            if n == 10:
                # The references on 10 units, and cchc's own workbooks for them, compared plan by plan
                # (made here when N = 10 was not timed: without batch mode, or --ns without 10).
                if not batch or n not in sub_ns:
                    out = os.path.join(args.work, "out", f"cchc-{kind}-submit-10")
                    shutil.rmtree(out, ignore_errors=True)
                    shutil.copytree(books, out)
                    keep = {p.replace(".plan", ".xlsx") for p in by_unit[:10]}
                    for name in os.listdir(out):
                        if name not in keep:
                            os.remove(os.path.join(out, name))
                    for name, cmd in list(producers(args, None, plist).items())[1:]:
                        o = os.path.join(args.work, "out", f"{name.replace(' ', '').replace('×', 'x')}-{kind}-submit-10")
                        shutil.rmtree(o, ignore_errors=True)
                        os.makedirs(o)
                        run_measured([o if c is None else c for c in cmd], os.path.join(args.work, "log.txt"))
                fid[kind + "-submit"] = fidelity(args, kind + "-submit", 10, exact_bytes=False)
                log(f"bench: {kind}-submit: same content: {fid[kind + '-submit']}")
    return info


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cchc", required=True)
    p.add_argument("--floor", required=True)
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--ns", default="1,10,100,1000")
    p.add_argument("--work", default=os.path.join(HERE, ".work"))
    p.add_argument("--no-write", action="store_true", help="print, do not rewrite RESULTS.md")
    p.add_argument("--profile", choices=["auto", "always", "never"], default="auto")
    p.add_argument("--report-only", action="store_true", help="rewrite RESULTS.md from the last run's results.json")
    p.add_argument("--parts", default=",".join(PARTS),
                   help="what to measure, of %s (RESULTS.md is rewritten only when all are)" % ",".join(PARTS))
    p.add_argument("--kinds", default=",".join(KINDS),
                   help="which sets of units, of %s (RESULTS.md is rewritten only when all are)" % ",".join(KINDS))
    p.add_argument("--patience", type=float, default=300,
                   help="seconds to wait before each round for the rest of the machine to be quiet (default 300)")
    args = p.parse_args(argv)
    args.parts = [x for x in args.parts.split(",") if x]
    if set(args.parts) - set(PARTS):
        p.error(f"--parts: unknown {sorted(set(args.parts) - set(PARTS))}; known: {','.join(PARTS)}")
    kinds = [x for x in args.kinds.split(",") if x]
    if set(kinds) - set(KINDS):
        p.error(f"--kinds: unknown {sorted(set(kinds) - set(KINDS))}; known: {','.join(KINDS)}")
    if (set(args.parts) != set(PARTS) or set(kinds) != set(KINDS)) and not args.no_write and not args.report_only:
        p.error("--parts or --kinds without every part or kind needs --no-write: RESULTS.md holds whole runs only")
    all_kinds = set(kinds) == set(KINDS)
    for kind in list(KINDS):
        if kind not in kinds:
            del KINDS[kind]
    QUIET["patience"] = args.patience
    args.cchc = os.path.abspath(args.cchc)
    args.floor = os.path.abspath(args.floor)
    args.work = os.path.abspath(args.work)
    ns = sorted(int(x) for x in args.ns.split(","))
    began = time.time()
    os.makedirs(args.work, exist_ok=True)
    info, vers = machine(), versions(args)
    log(f"bench: {info['nproc']} cores, {info['cpu']}, {info['memory']}; cchc {vers['cchc']}; "
        f"XlsxWriter {vers['XlsxWriter']}; libxlsxwriter {vers['libxlsxwriter']}")
    saved = os.path.join(args.work, "results.json")
    if args.report_only:
        with open(saved) as f:
            m = json.load(f)
        vers = m.get("versions", vers)
        info = dict(m.get("machine", info))
    else:
        m = measure(args, ns)
        m["versions"], m["machine"] = vers, info
        with open(saved, "w") as f:
            json.dump(m, f, indent=1)
    results, start, read = m["results"], m["start"], m.get("read")
    prof, prof_one, prof_read = m.get("profile"), m.get("profile_one"), m.get("profile_read")
    if read and not args.report_only and args.profile != "never":
        log("bench: profiling cchc export with callgrind")
        prof_read = m["profile_read"] = profile_read(args, m["inputs"])
        with open(saved, "w") as f:
            json.dump(m, f, indent=1)
    cons = m.get("consolidate")
    whole = bool(results) and start is not None and m.get("submit") is not None and all_kinds
    verdict = read_verdicts(read) + consolidation.verdicts(cons)
    if whole:
        # The instruction targets are ratios of callgrind counts: counted in every whole run.
        if not args.report_only and args.profile != "never":
            log("bench: counting instructions with callgrind (cchc and the floor, every set; one workbook from start)")
            prof = m["profile"] = profile(args, m["inputs"])
            prof_one = m["profile_one"] = profile_single(args)
            with open(saved, "w") as f:
                json.dump(m, f, indent=1)
        info["parallel"] = m["parallel"]
        text, verdict = write_results(args, info, vers, results, start, m["fidelity"], prof, prof_one, m["checks"],
                                      m["sizes"], m.get("elapsed", 0) if args.report_only else time.time() - began, m["quiet"],
                                      m.get("submit"), m.get("determinism"), m.get("when"), read, prof_read, cons)
    elif not args.no_write:
        raise SystemExit("bench: results.json holds a partial run (--parts): RESULTS.md not rewritten")
    if results:
        print(table(results))
        print()
        print(ratio_table(results, info["nproc"]))
        print()
    if read:
        print(read_table(read["results"]))
        print()
        print(read_ratio_table(read["results"], info["nproc"]))
        print()
    if cons:
        print(consolidation.markdown(cons))
    if prof and not args.report_only:
        for run in prof.get("runs", []):
            if run.get("floor_total"):
                print(f"{run['title']}: {run['total']:,} instructions, the floor {run['floor_total']:,}: "
                      f"{run['total'] / run['floor_total']:.2f}×")
        print()
    if prof_read:
        for run in prof_read["runs"]:
            print(f"{run['title']}: {run['total']:,} instructions")
            for label, ir in run["stages"]:
                print(f"  {ir:>13,}  {100 * ir / run['total']:5.1f} %  {label}")
        print()
    for label, ok, measured in verdict:
        print(f"{'MET   ' if ok else 'MISSED'}  {label}: {measured}")
    if not args.no_write:
        print(f"\nbench: wrote {os.path.join(HERE, 'RESULTS.md')} in {(time.time() - began) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
