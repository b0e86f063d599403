#!/usr/bin/env bash
# Builds cchc as it ships: <scratch>/release/cchc (default .build/release/cchc).
#   scripts/build-release.sh [swift build options]   e.g. --scratch-path /tmp/build
#
# The Swift standard library and Foundation are linked into the binary (--static-swift-stdlib),
# which is not position-independent (-no-pie): a run then neither loads the Swift shared
# libraries nor relocates them and the binary's ~80,000 pointers at every start. A small `fill`
# from process start measured 60.5 M instructions dynamically linked (a third of it before
# `main`); see bench/RESULTS.md, Analysis. The tests build their own debug binary, with the shared
# runtime, as SwiftPM does by default.
#
# The C++ library and the unwinder that the Swift runtime and Foundation's ICU need are linked in
# too: the Swift toolchain's static link line asks for `-lstdc++` (and clang for `-lgcc_s`), whose
# shared libraries cost the dynamic loader some 2.3 M instructions of symbol look-ups at every
# start (18.0 M → 15.8 M for one small `fill`). `-static-libgcc` takes the unwinder from
# libgcc_eh.a; for the C++ library a one-line linker script named libstdc++.so, found before the
# compiler's own directory, points `-lstdc++` at libstdc++.a. Without libstdc++.a (no C++
# development files), the shared library is linked as before.
#
# No `$ORIGIN` run path (`--disable-local-rpath`): the binary needs no library of its own beside
# it, and with that run path the dynamic loader first looks for libxlsxwriter in eight
# subdirectories of the binary's directory (glibc-hwcaps/x86-64-v3, tls/x86_64 …), some 20 failed
# `openat`/`stat` calls at every start.
set -euo pipefail
cd "$(dirname "$0")/.."
static_cxx=()
archive=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
if [[ "$archive" == /* && -f "$archive" ]]; then
  dir="$PWD/.build/static-cxx"
  mkdir -p "$dir"
  script="INPUT($archive)"
  [[ "$(cat "$dir/libstdc++.so" 2>/dev/null)" == "$script" ]] || echo "$script" > "$dir/libstdc++.so"
  static_cxx=(-Xswiftc -Xclang-linker -Xswiftc "-L$dir" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc)
fi
exec swift build -c release --product cchc --static-swift-stdlib --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -no-pie "${static_cxx[@]}" "$@"
