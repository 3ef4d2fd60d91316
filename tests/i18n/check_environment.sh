#!/usr/bin/env bash
# Which language campaign speaks, from --lang and the environment (docs/language.md):
#   tests/i18n/check_environment.sh BINARY
# Each line runs `campaign validate --help` under an environment and checks the first word of
# its usage line: "Cách dùng:" (Vietnamese) or "Usage:" (English).
set -u
bin=$1
failed=0
expect() {  # expect vi|en ENV... -- ARGS...
  local want=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local out
  out=$(env -i PATH="$PATH" "${envs[@]}" "$bin" "$@" 2>&1 | grep -m1 -E '^(Usage|Cách dùng):')
  local got=none
  case "$out" in Usage:*) got=en ;; "Cách dùng:"*) got=vi ;; esac
  if [ "$got" = "$want" ]; then
    echo "ok   $want  ${envs[*]:-(no variables)} campaign $*"
  else
    echo "FAIL want $want, got $got: ${envs[*]:-(no variables)} campaign $*"
    failed=1
  fi
}
expect vi -- validate --help                                   # a machine given no language
expect vi LANG=C.UTF-8 -- validate --help
expect vi LANG=C -- validate --help
expect vi LANG=vi_VN.UTF-8 -- validate --help
expect en LANG=en_US.UTF-8 -- validate --help
expect en LANG=vi_VN.UTF-8 LC_ALL=en_GB.UTF-8 -- validate --help   # LC_ALL before LANG
expect en LANG=vi_VN.UTF-8 LC_MESSAGES=en_US.UTF-8 -- validate --help
expect vi LANG=en_US.UTF-8 LANGUAGE=vi:en -- validate --help        # LANGUAGE first, its first entry
expect en LANG=vi_VN.UTF-8 LANGUAGE=en -- validate --help
expect vi LANGUAGE=en -- validate --help --lang vi                 # --lang wins
expect en LANG=vi_VN.UTF-8 -- validate --lang=en --help
expect en LANG=vi_VN.UTF-8 -- --lang en validate --help
# No catalog where CAMPAIGN_LOCALEDIR points: English, and a note says why (nothing pretends).
empty=$(mktemp -d)
out=$(env -i PATH="$PATH" CAMPAIGN_LOCALEDIR="$empty" "$bin" validate --help 2>&1)
rmdir "$empty"
if grep -q '^Usage:' <<<"$out" && grep -q 'campaign: note: the Vietnamese messages (campaign.mo) are not installed' <<<"$out"; then
  echo "ok   en  no catalog: English, with a note"
else
  echo "FAIL no catalog: want English help and the note, got:"; head -3 <<<"$out"; failed=1
fi
exit $failed
