#!/usr/bin/env bash
# Renders the pictures of docs/documents.md from the bundled data: each document campaign
# writes as DOCX, printed to PDF by LibreOffice (tests/tools/to-pdf.sh), its pages made PNG
# by poppler's pdftoppm. Run after a build; commit the PNGs it rewrites.
# Usage: scripts/doc-pictures.sh [CAMPAIGN]   (default build/dev/src/campaign)
# Needs: LibreOffice (libreoffice-writer-nogui), poppler-utils (scripts/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
campaign=$(realpath "${1:-$root/build/dev/src/campaign}")
out=$root/docs/pictures
tmp=$(mktemp -d "${TMPDIR:-/tmp}/doc-pictures.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
cd "$root"
subs=examples/submissions-2024.yaml
"$campaign" render data/ --output "$tmp/notice.docx"
"$campaign" check-deadlines data/ "$subs" --as-of 2024-10-05 --format docx --output "$tmp/deadlines.docx"
"$campaign" check-deadlines data/ "$subs" --as-of 2024-10-05 --missing --format docx --output "$tmp/missing.docx"
"$campaign" check-deadlines data/ "$subs" --as-of 2024-10-05 --summary --format docx --output "$tmp/summary.docx"
"$campaign" check-deadlines data/ "$subs" --as-of 2024-10-05 --remind --format docx --output "$tmp/remind.docx" ||
  rm -f "$tmp/remind.docx"
"$campaign" targets data/ --format docx --output "$tmp/targets.docx"
"$campaign" compare data/ examples/results-2024.yaml --format docx --output "$tmp/compare.docx"
for docx in "$tmp"/*.docx; do
  name=$(basename "$docx" .docx)
  bash tests/tools/to-pdf.sh "$docx" "$tmp" >/dev/null
  # Every page at 50 dpi (an A4 page is 413 × 585 pixels): enough to see the layout.
  pdftoppm -r 50 -png "$tmp/$name.pdf" "$tmp/$name"
  rm -f "$out/$name"-*.png
  for png in "$tmp/$name"-*.png; do
    page=${png##*-}
    page=${page%.png}
    cp "$png" "$out/$name-$((10#$page)).png"
  done
done
ls "$out"
