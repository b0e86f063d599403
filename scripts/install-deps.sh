#!/usr/bin/env bash
# Installs the Debian packages cchc needs when they are missing.
#   scripts/install-deps.sh build   libxlsxwriter (to build and run cchc)
#   scripts/install-deps.sh test    also LibreOffice (headless Calc), python3-uno, python3-openpyxl, poppler-utils and fonts (for the tests;
#                                   Liberation and Carlito have the metrics of Times New Roman and Calibri)
set -euo pipefail
want="${1:-build}"
packages=()
pkg-config --exists xlsxwriter 2>/dev/null || packages+=(libxlsxwriter-dev pkg-config)
if [ "$want" = test ]; then
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
  # The tests type into workbooks through LibreOffice's UNO bridge (Tests/LibreOfficeTyping) with the system's Python 3.
  /usr/bin/python3 -c "import uno" >/dev/null 2>&1 || packages+=(python3-uno)
  command -v pdfinfo >/dev/null 2>&1 || packages+=(poppler-utils)
  [ -d /usr/share/fonts/truetype/dejavu ] || packages+=(fonts-dejavu-core)
  [ -d /usr/share/fonts/truetype/liberation ] || packages+=(fonts-liberation)
  # Carlito has Calibri's metrics: Excel sizes columns by Calibri, and page breaks are computed for it.
  [ -d /usr/share/fonts/truetype/crosextra ] || packages+=(fonts-crosextra-carlito)
  # openpyxl writes the hand-made workbooks of Tests/WorkbookInputTests (a writer that is not libxlsxwriter).
  /usr/bin/python3 -c "import openpyxl" 2>/dev/null || packages+=(python3-openpyxl)
fi
[ ${#packages[@]} -eq 0 ] && exit 0
echo "Installing: ${packages[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
