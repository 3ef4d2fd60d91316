#!/usr/bin/env bash
# Builds the Debian package from a configured and built preset (default ci), installs it with
# apt, and runs the installed files: `campaign --version`, `man campaign`, the completion, and
# `campaign validate` on the bundled data installed under /usr/share/doc/campaign.
# Usage: scripts/package.sh [PRESET]   (as root, or through sudo; called by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
build=build/$preset
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
rm -f "$build"/campaign_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/campaign_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "./$deb" >/dev/null
/usr/bin/campaign --version
MANWIDTH=80 man campaign | head -n 4
man -w campaign-validate
test -f /usr/share/bash-completion/completions/campaign
/usr/bin/campaign validate -q /usr/share/doc/campaign/data/
# The Vietnamese catalog is installed and found next to the binary (docs/language.md).
test -f /usr/share/locale/vi/LC_MESSAGES/campaign.mo
/usr/bin/campaign --lang vi --help | grep -q 'Ngôn ngữ của thông điệp'
echo "package: installed and ran"
