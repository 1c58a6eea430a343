#!/usr/bin/env bash
# Whole-process build timings, brief against Hugo, on the same generated archive, with hyperfine.
# usage: bench/run.sh [N ...]   default: 1000 10000 articles (and 100000 too with BENCH_LARGE=1;
# or name the sizes, e.g. bench/run.sh 100000). Needs: make release; installs hugo and hyperfine
# from Debian's packages when missing. Output goes to tmpfs when /dev/shm exists. RUNS sets
# hyperfine's runs (default 3), BRIEF another brief binary to time.
# Prints, per size: brief's full build (--no-cache) and Hugo mean times, brief ÷ Hugo, peak RSS of
# each, the size of brief's site and its largest file; then brief's rebuild with nothing changed and
# after one edited article, each ÷ the full build; then the growth time(N2) ÷ time(N1) between sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
if [ $# -eq 0 ] && [ "${BENCH_LARGE:-0}" = 1 ]; then sizes+=(100000); fi
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Installing $tool ..."; apt-get install -y -qq "$tool" >/dev/null; }
done
[ -n "${BRIEF:-}" ] || [ -x .build/release/brief ] || swift build -c release --product brief
brief="${BRIEF:-$PWD/.build/release/brief}"
root="${BENCH_DIR:-/dev/shm/brief-bench}"
[ -d /dev/shm ] || root="${BENCH_DIR:-/tmp/brief-bench}"
summary="$root/summary.tsv"
mkdir -p "$root"
: > "$summary"
echo "brief $("$brief" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"

# Peak resident memory of one run of a command, in MB.
peak_rss() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }

# Mean time of the named command from hyperfine's JSON export, in seconds.
mean_time() {
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.3f" % r[int(sys.argv[2])]["mean"])' "$1" "$2"
}

for n in "${sizes[@]}"; do
  dir="$root/$n"
  python3 bench/generate.py "$n" "$dir"
  hyperfine --warmup 1 --runs "${RUNS:-3}" --export-json "$dir/result.json" --export-markdown "$dir/result.md" \
    -n "brief build ($n articles)" "$brief build --quiet --no-cache --source $dir/brief" \
    -n "hugo ($n articles)" "hugo --quiet --source $dir/hugo --destination $dir/hugo/public"
  brief_time=$(mean_time "$dir/result.json" 0)
  hugo_time=$(mean_time "$dir/result.json" 1)
  brief_rss=$(peak_rss "$brief" build --quiet --no-cache --source "$dir/brief")
  # Rebuilds: nothing changed since the full build above, then one article edited before each run.
  articles=("$dir"/brief/content/articles/*)
  edited="${articles[0]}"
  hyperfine --warmup 1 --runs "${RUNS:-3}" --export-json "$dir/rebuild.json" \
    --prepare true --prepare "echo 'One more line.' >> $edited" \
    -n "brief rebuild, nothing changed ($n articles)" "$brief build --quiet --source $dir/brief" \
    -n "brief rebuild, one article edited ($n articles)" "$brief build --quiet --source $dir/brief"
  unchanged_time=$(mean_time "$dir/rebuild.json" 0)
  edited_time=$(mean_time "$dir/rebuild.json" 1)
  hugo_rss=$(peak_rss hugo --quiet --source "$dir/hugo" --destination "$dir/hugo/public")
  site_size=$(du -sm "$dir/brief/site" | cut -f1)
  largest=$(find "$dir/brief/site" -type f -printf '%s %P\n' | sort -n | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$brief_time" "$hugo_time" "$brief_rss" "$hugo_rss" "$site_size" "$largest" \
    "$unchanged_time" "$edited_time" >> "$summary"
done

echo
python3 - "$summary" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
print("%9s %9s %9s %8s %10s %10s %8s  %s" % ("articles", "brief s", "hugo s", "ratio", "brief RSS", "hugo RSS", "site MB", "largest file"))
for n, brief, hugo, brss, hrss, site, largest, *_ in rows:
    size, _, path = largest.partition(" ")
    print("%9s %9s %9s %7.1fx %7s MB %7s MB %8s  %s (%.1f MB)" % (n, brief, hugo, float(brief) / float(hugo), brss, hrss, site, path, int(size) / 1e6))
for n, brief, *_, unchanged, edited in rows:
    print("rebuild at %s articles: nothing changed %s s (%.3f x the full build), one article edited %s s (%.3f x)"
          % (n, unchanged, float(unchanged) / float(brief), edited, float(edited) / float(brief)))
for (n1, b1, h1, *_), (n2, b2, h2, *_) in zip(rows, rows[1:]):
    print("growth %s -> %s articles (x%.1f): brief x%.2f, hugo x%.2f" % (n1, n2, int(n2) / int(n1), float(b2) / float(b1), float(h2) / float(h1)))
EOF
