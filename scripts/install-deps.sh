#!/usr/bin/env bash
# Installs what brief needs from Debian's packages when it is missing: cmark-gfm with its GFM
# extensions (headers and pkg-config file), and jemalloc, the allocator the `brief` binary links.
# Safe to run again: it does nothing when all is there.
set -euo pipefail

have_deps() {
  command -v pkg-config >/dev/null 2>&1 \
    && pkg-config --exists libcmark-gfm \
    && [ -f /usr/include/cmark-gfm-core-extensions.h ] \
    && pkg-config --exists jemalloc
}

if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift is not on PATH. Install Swift 6.1 or newer (https://www.swift.org/install/) and try again." >&2
  exit 1
fi

if have_deps; then
  exit 0
fi

packages="libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev pkg-config"
echo "Installing $packages (Debian packages) ..."
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
status=0
# shellcheck disable=SC2086
apt_install $packages || status=$?
if [ "$status" -eq 2 ]; then
  echo "error: cmark-gfm or jemalloc is missing and this user cannot install packages. Run as root:" >&2
  echo "  apt-get update && apt-get install -y $packages" >&2
  exit 1
elif [ "$status" -ne 0 ]; then
  echo "error: apt-get failed (exit $status) installing $packages." >&2
  exit 1
fi
have_deps || { echo "error: cmark-gfm or jemalloc still not found after installing $packages." >&2; exit 1; }
echo "Installed $packages."
