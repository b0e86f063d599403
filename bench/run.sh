#!/usr/bin/env bash
# make bench: installs what the benchmark needs, builds cchc and the C floor, runs bench/bench.py.
#   bench/run.sh [bench.py options]      e.g. --ns 1,10,100 for a quick look, --no-write to keep RESULTS.md
# Environment: BENCH_SCRATCH  SwiftPM scratch path of the release build (default .build)
#              BENCH_WORK     where inputs, plans and workbooks go (default bench/.work; ~1 GB at N = 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${BENCH_WORK:-$root/bench/.work}"
scratch="${BENCH_SCRATCH:-.build}"

# 1. Debian packages: libxlsxwriter (scripts/install-deps.sh), a C compiler, valgrind, venv.
scripts/install-deps.sh build
packages=()
command -v cc >/dev/null 2>&1 || packages+=(gcc libc6-dev)
command -v valgrind >/dev/null 2>&1 || packages+=(valgrind)
[ -x /usr/bin/time ] || packages+=(time)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || packages+=(python3-venv)
if [ ${#packages[@]} -gt 0 ]; then
  echo "bench: installing ${packages[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# 2. Python packages from PyPI, in a virtual environment of the benchmark.
if [ ! -x bench/.venv/bin/python ]; then python3 -m venv bench/.venv; fi
bench/.venv/bin/python -c 'import xlsxwriter, openpyxl' 2>/dev/null \
  || bench/.venv/bin/pip install -q --disable-pip-version-check XlsxWriter openpyxl

# 3. cchc (release, built as `make build` builds it) and the C floor.
scripts/build-release.sh --scratch-path "$scratch"
mkdir -p "$work"
cc -O2 -Wall -o "$work/floor" bench/floor.c $(pkg-config --cflags --libs xlsxwriter)

# 4. The benchmark.
exec bench/.venv/bin/python bench/bench.py --cchc "$scratch/release/cchc" --floor "$work/floor" --work "$work" "$@"
