#!/usr/bin/env bash
# The Vietnamese catalog is complete and sound (issue 17; docs/language.md):
#   tests/i18n/check_catalog.sh SOURCE_DIR
# 1. every message marked in src/ (tr, trf, N_) has a Vietnamese translation in po/vi.po:
#    msgfmt --statistics on vi.po merged with the messages of the sources reports 0 untranslated
#    and 0 fuzzy;
# 2. po/vi.po keeps no message the sources no longer have (no obsolete entry);
# 3. every translation has the same fmt placeholders ({}, {0}, {name}) as its English message,
#    so no argument is lost or invented (campaign falls back to English when they differ, but a
#    catalog that needs the fallback is a bug).
set -euo pipefail
root=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/po/extract.sh" xgettext "$root" "$work/campaign.pot"
msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$work/merged.po" "$root/po/vi.po" "$work/campaign.pot"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/merged.po" 2>&1)
echo "msgfmt --statistics: $stats"
status=0
if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
  echo "FAIL: messages without a Vietnamese translation:"
  msgattrib --untranslated --no-obsolete --no-wrap "$work/merged.po" | grep -E '^(#:|msgid)' | head -80
  status=1
fi
obsolete=$(msgattrib --only-obsolete --no-wrap "$work/merged.po" | grep -c '^#~ msgid' || true)
if [ "$obsolete" -gt 0 ]; then
  echo "FAIL: $obsolete message(s) of po/vi.po are no longer in the sources (remove them: msgattrib --no-obsolete):"
  msgattrib --only-obsolete --no-wrap "$work/merged.po" | grep '^#~ msgid' | head -40
  status=1
fi
# Placeholders: msgexec runs the check once per message, the English text in $MSGEXEC_MSGID and
# the translation on standard input.
cat >"$work/same-placeholders.sh" <<'SH'
#!/usr/bin/env bash
[ -z "$MSGEXEC_MSGID" ] && exit 0
translated=$(cat)
[ -z "$translated" ] && exit 0
a=$(grep -o '{[^{}]*}' <<<"$MSGEXEC_MSGID" | sort | tr '\n' ' ')
b=$(grep -o '{[^{}]*}' <<<"$translated" | sort | tr '\n' ' ')
if [ "$a" != "$b" ]; then
  echo "placeholders differ: '$MSGEXEC_MSGID' has [$a], its translation has [$b]" >&2
  exit 1
fi
SH
chmod +x "$work/same-placeholders.sh"
if ! msgexec -i "$work/merged.po" "$work/same-placeholders.sh" >/dev/null; then
  echo "FAIL: a translation changes the placeholders of its message"
  status=1
fi
[ "$status" = 0 ] && echo "ok: every message has a Vietnamese translation with the same placeholders"
exit "$status"
