#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (a package of its own, so they never slow the main build) and
# runs each for SECONDS (default 60) at the lowest priority, seeded with the demo articles.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]
# MAX_LEN (default 65536) caps an input's bytes: 1024 gives many more executions a second.
# PARALLEL=1 runs the targets at once instead of one after another.
# TIMEOUT (default 60) is the seconds of wall time after which an input counts as a hang: libFuzzer
# measures wall time, and at nice 19 on a machine shared with other builds inputs that run in 0 to
# 167 ms alone were stalled 10 to 21 s (load 82), which a 10 s limit took for hangs.
# Crashes and inputs slower than TIMEOUT are written to Fuzz/artifacts/; the corpus grows in Fuzz/corpus/;
# each target's whole output goes to Fuzz/logs/TARGET.log, its last lines (stat::…) give its executions.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzArticleReader FuzzFrontMatter FuzzQuotations FuzzNames FuzzTimexes)
max_len=${MAX_LEN:-65536}
nice -n 19 swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
mkdir -p artifacts seeds logs
cp ../content/articles/* seeds/ 2>/dev/null || true

run() {
  local target=$1
  mkdir -p "corpus/$target"
  SWIFT_BACKTRACE=enable=no nice -n 19 ".build/release/$target" "corpus/$target" seeds \
    -max_total_time="$seconds" -timeout="${TIMEOUT:-60}" -rss_limit_mb=4096 -max_len="$max_len" \
    -artifact_prefix="artifacts/$target-" -print_final_stats=1 >"logs/$target.log" 2>&1 || true
  echo "== $target, $seconds s, max_len $max_len"
  grep -E "^(stat::number_of_executed_units|SUMMARY)|ERROR|timeout" "logs/$target.log" || true
}

for target in "${targets[@]}"; do
  if [ "${PARALLEL:-0}" = 1 ]; then run "$target" & else run "$target"; fi
done
wait
