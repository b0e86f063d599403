#!/usr/bin/env bash
# Fuzzes the input reader and the checks with libFuzzer (coverage-guided, with AddressSanitizer).
#
#   scripts/fuzz.sh                 # 200,000 runs (make fuzz)
#   FUZZ_RUNS=2000000 scripts/fuzz.sh
#   FUZZ_SECONDS=600 scripts/fuzz.sh   # run for ten minutes instead of a number of runs
#   scripts/fuzz.sh .build-fuzz/crash-<hash>    # replay one saved input
#
# Builds Fuzz/InputFuzzer.swift with Sources/Model (all folders) and Tests/PropertyTests/FuzzInputs.swift into
# .build-fuzz/input-fuzzer (swiftc -sanitize=fuzzer,address -O), seeds a corpus with every
# example, seeded example and bad input of the repository, and runs. Each run uses its bytes both
# as an input file and as the seed of a generated input document. A crash or a broken invariant
# stops the run; libFuzzer saves the input as .build-fuzz/crash-<hash>. Needs nothing beyond the
# Swift toolchain (its clang runtime has libFuzzer and AddressSanitizer).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${FUZZ_RUNS:-200000}"
BUILD=.build-fuzz
CORPUS="$BUILD/corpus"
mkdir -p "$BUILD" "$CORPUS"

echo "fuzz: building $BUILD/input-fuzzer"
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name CCHCFuzz \
    $(find Sources/Model -name "*.swift" | sort) Tests/PropertyTests/FuzzInputs.swift Fuzz/InputFuzzer.swift \
    -o "$BUILD/input-fuzzer" > "$BUILD/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$BUILD/build.log"
    echo "fuzz: the build failed"
    exit 2
fi

if [ "$#" -gt 0 ]; then
    CCHC_TEMPLATES=templates "$BUILD/input-fuzzer" "$@"
    exit $?
fi

for file in examples/*.json examples/invalid/*.json Tests/BadInputs/*.json; do
    cp -f "$file" "$CORPUS/seed-$(basename "$(dirname "$file")")-$(basename "$file")"
done

LIMIT=(-runs="$RUNS")
if [ -n "${FUZZ_SECONDS:-}" ]; then LIMIT=(-max_total_time="$FUZZ_SECONDS"); fi

echo "fuzz: running ${FUZZ_SECONDS:+for $FUZZ_SECONDS s}${FUZZ_SECONDS:-$RUNS runs}"
set +e
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" CCHC_TEMPLATES=templates \
    "$BUILD/input-fuzzer" "${LIMIT[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -dict=Fuzz/json.dict -print_final_stats=1 -artifact_prefix="$BUILD/" "$CORPUS" > "$BUILD/last-run.log" 2>&1
status=$?
set -e
grep -E "INITED|DONE|^Done|stat::number_of_executed_units|stat::peak_rss|ERROR|invariant|SUMMARY|Test unit written" "$BUILD/last-run.log" || true
if [ "$status" -ne 0 ]; then
    echo "fuzz: FAILED (status $status); the log is $BUILD/last-run.log, the input $BUILD/crash-* (replay: scripts/fuzz.sh $BUILD/crash-…)"
    exit 1
fi
echo "fuzz: no crash, no broken invariant"
