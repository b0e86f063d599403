# cchc — the two commands of the README, and a few more.
#   make demo   install what is missing, build, fill the bundled examples and write the bundled
#               submission workbooks (prints where they went)
#   make test   install what is missing (LibreOffice too), build, run every test
#   make fuzz   libFuzzer over the input reader and the checks, then over templates, then over
#               the workbook reader (Fuzz/WorkbookFuzzer.swift); not part of make test
#   make bench  the benchmark against a C floor (and Python XlsxWriter), reading and consolidation (not part of make test)
SHELL := /bin/bash
OUT ?= out
CCHC := .build/release/cchc

.PHONY: demo test deps deps-test build fuzz clean bench

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

# The release binary as it ships: Swift's libraries linked in, not position-independent
# (scripts/build-release.sh says why).
build: deps
	scripts/build-release.sh

demo: build
	@mkdir -p $(OUT)
	$(CCHC) fill examples/bang2-nam.json -o $(OUT)/bang2-nam.xlsx
	$(CCHC) fill examples/tong-ket-2011-2020.json -o $(OUT)/tong-ket-2011-2020.xlsx
	$(CCHC) fill examples/muc-tieu-30c.json -o $(OUT)/muc-tieu-30c.xlsx
	$(CCHC) fill examples/can-bo-dau-moi.json -o $(OUT)/can-bo-dau-moi.xlsx
	$(CCHC) submit examples/bao-cao-nam/submission.json examples/tong-ket-2011-2020/submission.json examples/phu-thanh-dong-2023/submission.json -o $(OUT)/
	@echo "Đã ghi các tệp Excel vào $$(cd $(OUT) && pwd)/ (workbooks written there)"

test: deps-test
	swift build --build-tests
	swift test --skip-build

# libFuzzer over the input reader and the checks, then over templates (200,000 runs of each by
# default; FUZZ_RUNS=… for more, FUZZ_TARGETS=template for one).
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf .build $(OUT)

bench:
	bench/run.sh
