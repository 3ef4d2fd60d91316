#!/usr/bin/env bash
# The man pages and shell completions the build generates from the command line's definition
# (src/cli/generate.cpp), checked with the programs that read them, and `cmake --install` into a
# scratch folder putting everything in its FHS place.
# Usage: check_generated.sh CAMPAIGN_BINARY BUILD_DIR
set -euo pipefail
binary=$1
build=$2
gen=$build/generated
fail=0
say() { echo "check_generated: $*"; }
bad() { echo "check_generated: FAIL: $*" >&2; fail=1; }

# One page per command of 'campaign --help', plus campaign(1).
commands=$("$binary" --help | awk '/^Subcommands:/{on=1; next} on && /^$/{exit} on && /^  [a-z]/{print $1}')
[ -n "$commands" ] || bad "no commands found in campaign --help"
# check_page DIR COMMAND: the page of COMMAND in DIR (man1 or vi/man1) is read by man without a
# warning and by lexgrog, and names every long option of the command's --help.
check_page() {
  local page=$gen/$1/campaign-$2.1
  [ "$2" = campaign ] && page=$gen/$1/campaign.1
  [ -f "$page" ] || { bad "no man page for $2 in $1"; return 1; }
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || bad "man --warnings on $page: $warnings"
  name=$(lexgrog "$page" 2>&1) || bad "lexgrog cannot read the NAME of $page: $name"
  if [ "$2" != campaign ]; then
    for opt in $("$binary" "$2" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
      grep -qF -- "$(echo "$opt" | sed 's/-/\\-/g')" "$page" || bad "$page lacks $opt"
    done
  fi
}

for c in campaign $commands; do check_page man1 "$c"; done
say "man pages: $(echo campaign $commands | wc -w) checked"

# The Vietnamese pages (man/vi/man1): the same checks, and the page is in Vietnamese: its
# headings, and the summary `campaign --lang vi --help` gives the command.
help_vi=$("$binary" --lang vi --help)
for c in campaign $commands; do
  check_page vi/man1 "$c" || continue
  page=$gen/vi/man1/campaign-$c.1
  [ "$c" = campaign ] && page=$gen/vi/man1/campaign.1
  shown=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$page" 2>/dev/null)
  for heading in "TÊN" "CÚ PHÁP" "MÔ TẢ" "XEM THÊM"; do
    grep -q "^$heading" <<<"$shown" || bad "$page has no heading $heading"
  done
  [ "$c" = campaign ] && continue
  summary=$(awk -v c="$c" '$1 == c {$1 = ""; sub(/^ +/, ""); print; exit}' <<<"$help_vi")
  [ -n "$summary" ] || bad "campaign --lang vi --help gives no summary for $c"
  grep -qF -- "${summary:0:20}" <<<"$shown" || bad "$page lacks the Vietnamese summary '$summary'"
done
say "Vietnamese man pages: $(echo campaign $commands | wc -w) checked"

# bash: source the script and ask it what a user's Tab would get.
out=$(bash -c '
  source "$1"
  t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _campaign; echo "${COMPREPLY[*]}"; }
  t campaign va; t campaign validate --for; t campaign validate --format ""; t campaign targets --lang ""; t campaign help check
' _ "$gen/completions/campaign.bash")
expected=$'validate\n--format\ntext json sarif github\nvi en\ncheck-deadlines'
[ "$out" = "$expected" ] || bad "bash completion gave:
$out
expected:
$expected"
say "bash completion: 5 completions as expected"

# zsh and fish: the scripts parse (both shells are installed by scripts/install-deps.sh).
if command -v zsh >/dev/null; then zsh -n "$gen/completions/_campaign" || bad "zsh -n _campaign"; else bad "zsh missing"; fi
if command -v fish >/dev/null; then fish -n "$gen/completions/campaign.fish" || bad "fish -n campaign.fish"; else bad "fish missing"; fi
if command -v fish >/dev/null; then
  got=$(HOME=$(mktemp -d) fish -c "source $gen/completions/campaign.fish; complete -C 'campaign validate --format '" | cut -f1 | tr '\n' ' ')
  [ "$got" = "github json sarif text " ] || bad "fish completion of --format gave '$got'"
fi
say "zsh, fish: scripts parse"

# cmake --install into a scratch folder: the FHS places.
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest cmake --install "$build" --prefix /usr >/dev/null
for f in usr/bin/campaign usr/share/man/man1/campaign.1 usr/share/man/man1/campaign-validate.1 \
         usr/share/man/vi/man1/campaign.1 usr/share/man/vi/man1/campaign-check-deadlines.1 \
         usr/share/bash-completion/completions/campaign usr/share/zsh/vendor-completions/_campaign \
         usr/share/fish/vendor_completions.d/campaign.fish usr/share/doc/campaign/README.md \
         usr/share/doc/campaign/format.md usr/share/doc/campaign/data/127-TB-BCD-2024.yaml; do
  [ -e "$dest/$f" ] || bad "cmake --install did not put /$f"
done
say "cmake --install: files in place"
exit $fail
