#!/usr/bin/env bash
# Extracts every message marked for translation in src/ into a .pot template:
#   po/extract.sh XGETTEXT SOURCE_DIR OUTPUT.pot
# The keywords are those of src/campaign/i18n/translate.hpp: tr, trf, trn, trnf, N_.
set -euo pipefail
xgettext=$1 root=$2 out=$3
cd "$root"
mkdir -p "$(dirname "$out")"
find src -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$out.files"
"$xgettext" --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=N_ \
  --force-po --package-name=campaign --msgid-bugs-address=campaign@localhost --sort-by-file --add-location=file \
  --files-from="$out.files" --output="$out.tmp"
rm -f "$out.files"
mv "$out.tmp" "$out"
