#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (a package of its own, so they never slow the main build) and
# runs each for SECONDS (default 60) at the lowest priority, seeded with the demo articles.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]
# Crashes and inputs slower than 10 s are written to Fuzz/artifacts/; the corpus grows in Fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzArticleReader FuzzFrontMatter FuzzQuotations FuzzNames FuzzTimexes)
nice -n 19 swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
mkdir -p artifacts seeds
cp ../content/articles/* seeds/ 2>/dev/null || true
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  echo "== $target, $seconds s"
  SWIFT_BACKTRACE=enable=no nice -n 19 ".build/release/$target" "corpus/$target" seeds \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="artifacts/$target-" -print_final_stats=1 2>&1 | grep -E "^(stat::|==|INFO: Running|SUMMARY|Done)|ERROR|timeout" || true
done
