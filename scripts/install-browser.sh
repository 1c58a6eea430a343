#!/usr/bin/env bash
# Installs headless Chromium (Debian's `chromium`) for the browser tests when it is missing. The tests
# skip without it, so `make test` does not need it; CI (.ci/run) does. Safe to run again.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi

packages="chromium"
echo "Installing $packages (Debian package) for the browser tests ..."
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "warning: chromium is missing and this user cannot install packages; browser tests will be skipped." >&2
  echo "  To run them: apt-get update && apt-get install -y --no-install-recommends $packages" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
command -v chromium >/dev/null 2>&1 || { echo "error: chromium still not found after installing $packages." >&2; exit 1; }
echo "Installed $packages."
