#!/usr/bin/env bash
# Converts one office file (DOCX, XLSX, ODT…) to PDF with LibreOffice headless, for the tests.
# Usage: tests/tools/to-pdf.sh IN OUTDIR   → OUTDIR/<IN's name without extension>.pdf
#
# Each run gets its own throw-away HOME and LibreOffice profile (-env:UserInstallation), so
# it works as root, in CI with no home, and beside other conversions running at the same
# time (two soffice processes on one profile would hand the job to each other or fail).
# Exit status: 0 with the PDF written, 1 when the conversion failed, 2 on a usage error,
# 3 when LibreOffice is not installed (scripts/install-deps.sh installs it).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 IN OUTDIR" >&2
  exit 2
fi
in=$1
outdir=$2
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "to-pdf: LibreOffice (soffice) is not installed; run scripts/install-deps.sh" >&2
  exit 3
fi
if [ ! -f "$in" ]; then
  echo "to-pdf: no such file: $in" >&2
  exit 2
fi
mkdir -p "$outdir"
profile=$(mktemp -d "${TMPDIR:-/tmp}/to-pdf.XXXXXX")
trap 'rm -rf "$profile"' EXIT
pdf="$outdir/$(basename "${in%.*}").pdf"
rm -f "$pdf"
# soffice may exit 0 without writing anything, so the PDF's presence is the verdict. Its
# "failed to launch javaldx" warning (no Java installed; none is needed) is noise.
HOME="$profile" timeout 180 "$soffice" -env:UserInstallation="file://$profile/user" \
  --headless --norestore --nolockcheck --nodefault --convert-to pdf --outdir "$outdir" "$in" \
  > "$profile/log" 2>&1 || true
if [ ! -s "$pdf" ]; then
  echo "to-pdf: LibreOffice did not convert $in:" >&2
  grep -v javaldx "$profile/log" >&2 || true
  exit 1
fi
