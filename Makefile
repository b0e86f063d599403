# cchc — the two commands of the README, and a few more.
#   make demo   install what is missing, build, fill the bundled examples (prints where they went)
#   make test   install what is missing (LibreOffice too), build, run every test
SHELL := /bin/bash
OUT ?= out
CCHC := .build/release/cchc

.PHONY: demo test deps deps-test build fuzz clean

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

build: deps
	swift build -c release --product cchc

demo: build
	@mkdir -p $(OUT)
	$(CCHC) fill examples/bang2-nam.json -o $(OUT)/bang2-nam.xlsx
	$(CCHC) fill examples/tong-ket-2011-2020.json -o $(OUT)/tong-ket-2011-2020.xlsx
	$(CCHC) fill examples/muc-tieu-30c.json -o $(OUT)/muc-tieu-30c.xlsx
	$(CCHC) fill examples/can-bo-dau-moi.json -o $(OUT)/can-bo-dau-moi.xlsx
	@echo "Workbooks written to $$(cd $(OUT) && pwd)/"

test: deps-test
	swift build --build-tests
	swift test --skip-build

clean:
	rm -rf .build $(OUT)
