#!/usr/bin/env bash
# The undefined-behaviour sanitizer on the one C that reads article text: swiftc refuses
# -sanitize=undefined on Linux, so this builds Debian's own cmark-gfm (the source and patches of the
# package brief links, fetched with `apt-get source` through a private package list, nothing changed
# in the system's apt setup) with clang -fsanitize=undefined,address, and feeds it every input given,
# parsed and rendered as brief does (MarkdownRenderer: the same options and extensions, the HTML and
# the plain text of the document and of each top-level block). Any report stops it (exit 1).
#   scripts/ubsan-cmark.sh [FILE_OR_FOLDER ...]   default: content/, Tests/, Fuzz/corpus/ and the
#                                                 pathological shapes of bench/pathological.py at 2 %
set -euo pipefail
cd "$(dirname "$0")/.."
work=${UBSAN_DIR:-/tmp/brief-ubsan-cmark}
version=0.29.0.gfm.6
source_dir="$work/cmark-gfm-$version"
mkdir -p "$work/apt/lists/partial"
if [ ! -d "$source_dir" ]; then
  echo "deb-src http://deb.debian.org/debian bookworm main" > "$work/apt/sources.list"
  apt_options=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
               -o "Dir::State::Lists=$work/apt/lists")
  apt-get "${apt_options[@]}" update -qq
  (cd "$work" && apt-get "${apt_options[@]}" source --download-only "cmark-gfm=$version-6" -qq)
  tar xzf "$work/cmark-gfm_$version.orig.tar.gz" -C "$work"
  tar xJf "$work/cmark-gfm_$version-6.debian.tar.xz" -C "$source_dir"
  while read -r patch; do patch -d "$source_dir" -p1 -s < "$source_dir/debian/patches/$patch"; done \
    < "$source_dir/debian/patches/series"
fi

# The headers CMake would generate.
generated="$work/generated"
mkdir -p "$generated"
sed -e 's/#cmakedefine HAVE_STDBOOL_H/#define HAVE_STDBOOL_H/' -e 's/#cmakedefine HAVE___BUILTIN_EXPECT/#define HAVE___BUILTIN_EXPECT/' \
    -e 's/#cmakedefine HAVE___ATTRIBUTE__/#define HAVE___ATTRIBUTE__/' "$source_dir/src/config.h.in" > "$generated/config.h"
sed -e 's/@PROJECT_VERSION_MAJOR@/0/g' -e 's/@PROJECT_VERSION_MINOR@/29/g' -e 's/@PROJECT_VERSION_PATCH@/0/g' \
    -e 's/@PROJECT_VERSION_GFM@/6/g' "$source_dir/src/cmark-gfm_version.h.in" > "$generated/cmark-gfm_version.h"
printf '#define CMARK_GFM_EXPORT\n#define CMARK_GFM_NO_EXPORT\n' > "$generated/cmark-gfm_export.h"
printf '#define CMARK_GFM_EXTENSIONS_EXPORT\n#define CMARK_GFM_EXTENSIONS_NO_EXPORT\n' > "$generated/cmark-gfm-extensions_export.h"

harness="$work/cmark-harness"
sources=$(ls "$source_dir"/src/*.c "$source_dir"/extensions/*.c | grep -v '/src/main.c$')
# shellcheck disable=SC2086
[ "$harness" -nt scripts/ubsan-cmark-harness.c ] ||  # compiled once: it takes minutes
clang -std=c99 -g -O1 -fsanitize=undefined,address -fno-sanitize-recover=all -fno-omit-frame-pointer -fuse-ld=lld \
  -I"$generated" -I"$source_dir/src" -I"$source_dir/extensions" -o "$harness" scripts/ubsan-cmark-harness.c $sources

inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(content Tests)
  [ -d Fuzz/corpus ] && inputs+=(Fuzz/corpus)
  for shape in one-paragraph one-line many-paragraphs curly-quotes straight-quotes quotations one-sentence nested; do
    python3 bench/pathological.py "$shape" "$work/pathological/$shape" 0.02 >/dev/null
    inputs+=("$work/pathological/$shape/content/articles/p.md")
  done
fi
find "${inputs[@]}" -type f -size -2M -print0 |
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=0 xargs -0 -n 500 "$harness"
echo "no undefined behaviour and no memory error reported"
