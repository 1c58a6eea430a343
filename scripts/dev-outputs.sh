#!/usr/bin/env bash
# What the engine finds, kept for comparison: `brief analyze` on every development corpus of
# ../shared/corpora and the demo site built from content/, written to DIR. Run it with the binary
# before a change and after it, then `cmp` each .jsonl and `diff -r` the two sites: a refactoring of
# the engine leaves them byte-identical. User CPU time of each analysis goes to DIR/times.txt.
#   scripts/dev-outputs.sh DIR [BRIEF]   (BRIEF defaults to .build/release/brief; `make release` builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/dev-outputs.sh DIR [BRIEF]}"
brief="$(realpath "${2:-.build/release/brief}")"
corpora="${SHARED:-../shared}/corpora"
[ -d "$corpora" ] || { echo "error: $corpora not found: the gold corpora live beside the project in ../shared/." >&2; exit 1; }
[ -x "$brief" ] || { echo "error: $brief not found: run 'make release' first, or name a binary." >&2; exit 1; }
mkdir -p "$out"
: > "$out/times.txt"
for corpus in quotes-polnear-dev timex-tbaq-dev names-meantime-dev quotes-ggt-dev names-conll-dev; do
  /usr/bin/time -f "$corpus user=%U s" -a -o "$out/times.txt" "$brief" analyze --jsonl "$corpora/$corpus.jsonl" > "$out/$corpus.jsonl"
done
rm -rf "$out/demo" && mkdir -p "$out/demo"
cp -r content brief.yml Templates "$out/demo/"
"$brief" build --quiet --source "$out/demo"
cat "$out/times.txt"
