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
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift build -c release --product cchc --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie "$@"
