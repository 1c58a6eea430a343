#!/usr/bin/env bash
# Whole-process build timings, brief against Hugo, on the same generated corpus, with hyperfine.
# usage: bench/run.sh [N ...]   (default: 1000 10000 articles). Needs: make release; installs
# hugo and hyperfine from Debian's packages when missing. Output goes to tmpfs when /dev/shm exists.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Installing $tool ..."; apt-get install -y -qq "$tool" >/dev/null; }
done
[ -x .build/release/brief ] || swift build -c release --product brief
brief="$PWD/.build/release/brief"
root="${BENCH_DIR:-/dev/shm/brief-bench}"
[ -d /dev/shm ] || root="${BENCH_DIR:-/tmp/brief-bench}"
echo "brief $("$brief" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"
for n in "${sizes[@]}"; do
  python3 bench/generate.py "$n" "$root/$n"
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$root/$n/result.md" \
    -n "brief build ($n articles)" "$brief build --quiet --source $root/$n/brief" \
    -n "hugo ($n articles)" "hugo --quiet --source $root/$n/hugo --destination $root/$n/hugo/public"
  /usr/bin/time -f "brief peak RSS: %M kB" "$brief" build --quiet --source "$root/$n/brief" 2>&1 | tail -1 || true
  /usr/bin/time -f "hugo peak RSS: %M kB" hugo --quiet --source "$root/$n/hugo" --destination "$root/$n/hugo/public" 2>&1 | tail -1 || true
done
