#!/usr/bin/env bash
# Builds each pathological article of issue 17 at full size (bench/pathological.py) with the release
# binary, one project per shape, and prints the build's wall time, user CPU and peak RSS.
#   bench/pathological.sh [SHAPE ...]     default: every shape
# SCALE (default 1) multiplies every size (SCALE=0.5 and 1 side by side show how a shape grows);
# BRIEF names another brief binary. Projects go to /dev/shm/brief-pathological when /dev/shm exists.
# A build that fails or passes LIMIT seconds of wall time (default 600) is reported, not hidden.
set -euo pipefail
cd "$(dirname "$0")/.."
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(one-paragraph one-line many-paragraphs curly-quotes straight-quotes quotations one-sentence nested)
[ -n "${BRIEF:-}" ] || [ -x .build/release/brief ] || swift build -c release --product brief
brief="${BRIEF:-$PWD/.build/release/brief}"
root=/dev/shm/brief-pathological
[ -d /dev/shm ] || root=/tmp/brief-pathological
scale=${SCALE:-1}
echo "brief $("$brief" --version), scale $scale, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %8s %8s %8s %9s  %s\n' shape "MB" "wall s" "user s" "RSS MB" status
for shape in "${shapes[@]}"; do
  dir="$root/$shape"
  size=$(python3 bench/pathological.py "$shape" "$dir" "$scale" | awk '{print $(NF-1)}')
  status=ok
  timeout "${LIMIT:-600}" /usr/bin/time -f "%e %U %M" -o "$root/$shape.time" \
    "$brief" build --quiet --no-cache --source "$dir" >"$root/$shape.log" 2>&1 || status="failed (exit $?): $root/$shape.log"
  read -r wall user rss < <(tail -1 "$root/$shape.time") || true
  rss_mb=$(awk -v k="${rss:-0}" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%-16s %8s %8s %8s %9s  %s\n' "$shape" "$size" "${wall:-?}" "${user:-?}" "$rss_mb" "$status"
done
