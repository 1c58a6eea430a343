#!/bin/bash
# Instruction count of the analysis, the steady speed measure on a noisy machine:
# compiles BriefCore (-O, whole module) with a small driver that runs DocumentAnalyzer.analyze on
# each document of a JSON Lines file, runs it under valgrind's callgrind, and prints the inclusive
# instructions of DocumentAnalyzer.analyze (valgrind cannot load the `brief` binary itself:
# Foundation's ICU data crashes it, and the driver needs no Foundation).
# usage: bench/instructions/run.sh [FILE.jsonl] [DOCUMENTS]   (default: the first 200 PolNeAR dev documents)
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-../shared/corpora/quotes-polnear-dev.jsonl}
COUNT=${2:-200}
command -v valgrind >/dev/null || { echo "valgrind is missing: sudo apt-get install valgrind" >&2; exit 1; }
[ -f "$FILE" ] || { echo "no such file: $FILE" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
head -n "$COUNT" "$FILE" > "$WORK/input.jsonl"
# The core and BriefEvaluation's Analysis/ (DocumentAnalyzer) as one module named BriefCore (their
# `import BriefCore` lines are then ignored with a warning); Evaluation/ is left out: the driver does not score.
{ find Sources/BriefCore -name '*.swift'; find Sources/BriefEvaluation/Analysis -name '*.swift'; } > "$WORK/sources"
swiftc -O -wmo -parse-as-library -module-name BriefCore -emit-module -emit-module-path "$WORK/BriefCore.swiftmodule" \
    -emit-library -static -o "$WORK/libBriefCore.a" $(cat "$WORK/sources") 2>&1 | grep -v warning || true
swiftc -O -I "$WORK" bench/instructions/main.swift "$WORK/libBriefCore.a" -o "$WORK/driver"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/driver" "$WORK/input.jsonl" 2>/dev/null
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" | grep -m1 'DocumentAnalyzerO7analyze' \
    | awk -v n="$COUNT" '{ gsub(",", "", $1); printf "DocumentAnalyzer.analyze: %.1f M instructions over %d documents\n", $1 / 1e6, n }'
