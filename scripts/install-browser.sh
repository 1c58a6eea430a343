#!/usr/bin/env bash
# Installs headless Chromium (Debian's `chromium`) for the browser tests when it is missing. The tests
# skip without it, so `make test` does not need it; CI (.ci/run) does. Safe to run again.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi

packages="chromium"
echo "Installing $packages (Debian package) for the browser tests ..."
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
status=0
# shellcheck disable=SC2086
apt_install $packages || status=$?
if [ "$status" -eq 2 ]; then
  echo "warning: chromium is missing and this user cannot install packages; browser tests will be skipped." >&2
  echo "  To run them: apt-get update && apt-get install -y --no-install-recommends $packages" >&2
  exit 0
elif [ "$status" -ne 0 ]; then
  echo "error: apt-get failed (exit $status) installing $packages." >&2
  exit 1
fi
command -v chromium >/dev/null 2>&1 || { echo "error: chromium still not found after installing $packages." >&2; exit 1; }
echo "Installed $packages."
