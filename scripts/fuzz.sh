#!/usr/bin/env bash
# Fuzzes the input reader and the checks, then templates, with libFuzzer (coverage-guided, with
# AddressSanitizer).
#
#   scripts/fuzz.sh                 # 200,000 runs of each fuzzer (make fuzz)
#   FUZZ_RUNS=2000000 scripts/fuzz.sh
#   FUZZ_SECONDS=600 scripts/fuzz.sh   # run each for ten minutes instead of a number of runs
#   FUZZ_TARGETS=template scripts/fuzz.sh   # only one of them (input, template)
#   scripts/fuzz.sh .build-fuzz/crash-<hash>    # replay one saved input (FUZZ_TARGETS says on which)
#
# input: builds Fuzz/InputFuzzer.swift with Sources/Model (all folders) and
# Tests/PropertyTests/FuzzInputs.swift into .build-fuzz/input-fuzzer (one module, swiftc
# -sanitize=fuzzer,address -O), seeds a corpus with every example, seeded example and bad input
# of the repository, and runs. Each run uses its bytes both as an input file and as the seed of a
# generated input document.
#
# template: builds the modules Model, Xlsx and Workbook (instrumented the same way) and
# Fuzz/TemplateFuzzer.swift with Tests/PropertyTests/FuzzInputs.swift and FuzzTemplates.swift
# into .build-fuzz/template-fuzzer, seeds a corpus with templates/*.json and the bad templates of
# Tests/BadInputs/templates, and runs. Each run uses its bytes both as a template file and as the
# seed of a generated template; an accepted template is written to a workbook with an input
# generated for it.
#
# A crash or a broken invariant stops a run; libFuzzer saves the input as
# .build-fuzz/crash-<hash>. Needs nothing beyond the Swift toolchain (its clang runtime has
# libFuzzer and AddressSanitizer) and libxlsxwriter.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${FUZZ_RUNS:-200000}"
TARGETS="${FUZZ_TARGETS:-input template}"
BUILD=.build-fuzz
SWIFTC_FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g)
mkdir -p "$BUILD"

failed() {
    grep -v "Cannot export local symbol" "$1"
    echo "fuzz: the build failed"
    exit 2
}

build_input() {
    echo "fuzz: building $BUILD/input-fuzzer"
    swiftc "${SWIFTC_FLAGS[@]}" -module-name CCHCFuzz \
        $(find Sources/Model -name "*.swift" | sort) Tests/PropertyTests/FuzzInputs.swift Fuzz/InputFuzzer.swift \
        -o "$BUILD/input-fuzzer" > "$BUILD/build.log" 2>&1 || failed "$BUILD/build.log"
}

build_template() {
    local modules="$BUILD/modules"
    mkdir -p "$modules"
    echo "fuzz: building $BUILD/template-fuzzer (Model, Xlsx, Workbook, then the harness)"
    local log="$BUILD/build-template.log"
    : > "$log"
    for module in Model Xlsx Workbook; do
        # Rebuilt only when a source (or a module it imports) is newer: Model alone takes minutes.
        local inputs=("Sources/$module")
        [ "$module" = Xlsx ] && inputs+=(Sources/CXlsxWriter)
        [ "$module" = Workbook ] && inputs+=("$modules/Model.o" "$modules/Xlsx.o")
        if [ -f "$modules/$module.o" ] && [ -z "$(find "${inputs[@]}" -newer "$modules/$module.o" -print -quit)" ]; then
            continue
        fi
        swiftc "${SWIFTC_FLAGS[@]}" -wmo -module-name "$module" -I "$modules" -I Sources/CXlsxWriter \
            -emit-module -emit-module-path "$modules/$module.swiftmodule" \
            -c $(find "Sources/$module" -name "*.swift" | sort) -o "$modules/$module.o" >> "$log" 2>&1 || failed "$log"
    done
    swiftc "${SWIFTC_FLAGS[@]}" -module-name CCHCTemplateFuzz -I "$modules" -I Sources/CXlsxWriter \
        Tests/PropertyTests/FuzzInputs.swift Tests/PropertyTests/FuzzTemplates.swift Fuzz/TemplateFuzzer.swift \
        "$modules/Model.o" "$modules/Xlsx.o" "$modules/Workbook.o" -lxlsxwriter \
        -o "$BUILD/template-fuzzer" >> "$log" 2>&1 || failed "$log"
}

# run <fuzzer> <corpus> <max_len> <seed files…>
run() {
    local fuzzer="$1" corpus="$2" max_len="$3"
    shift 3
    mkdir -p "$corpus"
    for file in "$@"; do
        cp -f "$file" "$corpus/seed-$(basename "$(dirname "$file")")-$(basename "$file")"
    done
    local limit=(-runs="$RUNS") what="$RUNS runs"
    if [ -n "${FUZZ_SECONDS:-}" ]; then limit=(-max_total_time="$FUZZ_SECONDS"); what="for $FUZZ_SECONDS s"; fi
    echo "fuzz: running $fuzzer $what"
    local log="$BUILD/last-run-$fuzzer.log"
    set +e
    ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" CCHC_TEMPLATES=templates \
        "$BUILD/$fuzzer" "${limit[@]}" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
        -dict=Fuzz/json.dict -print_final_stats=1 -artifact_prefix="$BUILD/" "$corpus" > "$log" 2>&1
    local status=$?
    set -e
    grep -E "INITED|DONE|^Done|stat::number_of_executed_units|stat::peak_rss|ERROR|invariant|SUMMARY|Test unit written|accepted" "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz: $fuzzer FAILED (status $status); the log is $log, the input $BUILD/crash-* (replay: FUZZ_TARGETS=${fuzzer%-fuzzer} scripts/fuzz.sh $BUILD/crash-…)"
        exit 1
    fi
}

for target in $TARGETS; do
    case "$target" in
        input) build_input ;;
        template) build_template ;;
        *) echo "fuzz: unknown target $target (input, template)"; exit 2 ;;
    esac
done

if [ "$#" -gt 0 ]; then
    status=0
    for target in $TARGETS; do
        CCHC_TEMPLATES=templates "$BUILD/$target-fuzzer" "$@" || status=$?
    done
    exit $status
fi

for target in $TARGETS; do
    case "$target" in
        input)
            run input-fuzzer "$BUILD/corpus" 65536 examples/*.json examples/invalid/*.json Tests/BadInputs/*.json ;;
        template)
            run template-fuzzer "$BUILD/template-corpus" 262144 templates/*.json Tests/BadInputs/templates/*.json ;;
    esac
done
echo "fuzz: no crash, no broken invariant"

# ---- The workbook reader (XlsxRead): Fuzz/WorkbookFuzzer.swift --------------------------------
# Builds the modules ZIPFoundation (from SwiftPM's checkout), Model and XlsxRead with the fuzzer's
# instrumentation, links Fuzz/WorkbookFuzzer.swift into .build-fuzz/workbook-fuzzer, seeds a
# corpus with the workbooks the examples fill (cchc fill / submit), their XML parts (each behind
# the selector byte of the part it replaces, see the harness) and Tests/BadWorkbooks, and runs as
# many runs as the input fuzzer. `WORKBOOK_FUZZ=0` skips it; replay one saved input with
# `.build-fuzz/workbook-fuzzer .build-fuzz/workbook-crash-<hash>`.
if [ "${WORKBOOK_FUZZ:-1}" != "0" ]; then
    WB="$BUILD/workbook"
    WB_CORPUS="$BUILD/workbook-corpus"
    mkdir -p "$WB" "$WB_CORPUS"
    ZIP_SRC=.build/checkouts/ZIPFoundation/Sources
    [ -d "$ZIP_SRC" ] || swift package resolve > /dev/null
    FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -wmo -I "$WB" -I "$ZIP_SRC/CZLib")
    echo "fuzz: building $BUILD/workbook-fuzzer"
    if ! { swiftc "${FLAGS[@]}" -module-name ZIPFoundation -emit-module -emit-module-path "$WB/ZIPFoundation.swiftmodule" \
               -Xcc -D_GNU_SOURCE=1 -c $(find "$ZIP_SRC/ZIPFoundation" -name "*.swift" | sort) -o "$WB/ZIPFoundation.o" &&
           swiftc "${FLAGS[@]}" -module-name Model -emit-module -emit-module-path "$WB/Model.swiftmodule" \
               -c $(find Sources/Model -name "*.swift" | sort) -o "$WB/Model.o" &&
           swiftc "${FLAGS[@]}" -module-name XlsxRead -emit-module -emit-module-path "$WB/XlsxRead.swiftmodule" \
               -c $(find Sources/XlsxRead -name "*.swift" | sort) -o "$WB/XlsxRead.o" &&
           swiftc "${FLAGS[@]}" -module-name WorkbookFuzz Fuzz/WorkbookFuzzer.swift \
               "$WB/ZIPFoundation.o" "$WB/Model.o" "$WB/XlsxRead.o" -lz -o "$BUILD/workbook-fuzzer"; } > "$WB/build.log" 2>&1; then
        grep -v "Cannot export local symbol" "$WB/build.log"
        echo "fuzz: the workbook fuzzer's build failed"
        exit 2
    fi

    # Seeds: the examples' workbooks, written by the debug build of cchc.
    if [ ! -x .build/debug/cchc ]; then swift build --product cchc > "$WB/cchc-build.log" 2>&1; fi
    SEEDS="$WB/seeds"
    rm -rf "$SEEDS" && mkdir -p "$SEEDS"
    for input in examples/*.json; do
        .build/debug/cchc fill "$input" -o "$SEEDS/$(basename "$input" .json).xlsx" > /dev/null 2>&1 || true
    done
    .build/debug/cchc submit examples/*/submission.json -o "$SEEDS/" > /dev/null 2>&1 || true
    cp -f "$SEEDS"/*.xlsx Tests/BadWorkbooks/*.xlsx "$WB_CORPUS/" 2>/dev/null || true
    if command -v python3 > /dev/null; then
        python3 - "$SEEDS" "$WB_CORPUS" <<'PY'
import os, sys, zipfile
seeds, corpus = sys.argv[1], sys.argv[2]
parts = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml",
         "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
for name in sorted(os.listdir(seeds)):
    with zipfile.ZipFile(os.path.join(seeds, name)) as z:
        for selector, part in enumerate(parts):
            if part in z.namelist():
                data = z.read(part)
                if len(data) <= 65536:
                    with open(os.path.join(corpus, f"part{selector}-{name}.bin"), "wb") as f:
                        f.write(bytes([selector]) + data)
PY
    fi

    LIMIT=(-runs="$RUNS")
    if [ -n "${FUZZ_SECONDS:-}" ]; then LIMIT=(-max_total_time="$FUZZ_SECONDS"); fi
    echo "fuzz: running the workbook fuzzer ${FUZZ_SECONDS:+for $FUZZ_SECONDS s}${FUZZ_SECONDS:-$RUNS runs}"
    set +e
    ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$BUILD/workbook-fuzzer" "${LIMIT[@]}" -max_len=262144 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$BUILD/workbook-" "$WB_CORPUS" > "$BUILD/workbook-last-run.log" 2>&1
    status=$?
    set -e
    grep -E "INITED|DONE|^Done|stat::number_of_executed_units|stat::peak_rss|ERROR|invariant|SUMMARY|Test unit written" "$BUILD/workbook-last-run.log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz: the workbook fuzzer FAILED (status $status); the log is $BUILD/workbook-last-run.log, the input $BUILD/workbook-crash-*"
        exit 1
    fi
    echo "fuzz: the workbook reader: no crash, no broken invariant"
fi
# ---- end of the workbook reader's block --------------------------------------------------------
