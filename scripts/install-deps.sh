#!/usr/bin/env bash
# Installs the Debian 12 packages campaign builds and tests with (as root, or through sudo).
# Installs only what is missing, so a second run is quick.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config git
          libcli11-dev libyaml-cpp-dev libfmt-dev catch2 libicu-dev
          libical-dev libxlsxwriter-dev nlohmann-json3-dev
          libzip-dev libpugixml-dev
          # Message catalogs: xgettext, msgmerge and msgfmt (po/, docs/language.md).
          gettext
          unzip python3 python3-yaml python3-jsonschema
          # The style check of the sources (ctest 'style: clang-format') and static analysis
          # (scripts/tidy.sh).
          clang-format clang-tidy
          # Readers of the generated man pages and completions (tests/install/), and dpkg-shlibdeps
          # for the Debian package (scripts/package.sh).
          man-db groff-base bash-completion zsh fish dpkg-dev file
          # Independent readers of the DOCX/XLSX we write, and PDF rendering for the tests
          # (tests/docx/, tests/print/, tests/tools/to-pdf.sh); Liberation Serif stands in for
          # Times New Roman; Chromium prints the html tables (tests/print/check_print.py).
          python3-docx python3-openpyxl
          libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2
          chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
