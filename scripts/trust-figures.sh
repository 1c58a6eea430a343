#!/usr/bin/env bash
# The figures of "A briefing you can trust" (docs/extraction.md): speakers and actors as the site shows
# them, resolved across each corpus. Needs `make release`, python3 and ../shared/corpora (the gold
# development sets). Scratch output goes to ${TRUST_DIR:-/tmp/brief-trust}.
#   GGT-dev:   corpus-level `brief analyze`, score.py's resolved speaker right / wrong;
#   CoNLL-dev: score.py's persons and entities (actors F1, junk);
#   PolNeAR-dev, GGT-dev: a site built from the corpus (tools/to_content.py), checked by site_speakers.py.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
corpora="$shared/corpora"
[ -d "$corpora" ] || { echo "error: $corpora not found: the gold corpora live beside the project in ../shared/." >&2; exit 1; }
[ -x .build/release/brief ] || swift build -c release --product brief
brief="$PWD/.build/release/brief"
out="${TRUST_DIR:-/tmp/brief-trust}"
mkdir -p "$out"
echo "== GGT-dev, brief analyze (corpus-level)"
"$brief" analyze --jsonl "$corpora/quotes-ggt-dev.jsonl" > "$out/ggt.jsonl"
python3 "$corpora/score.py" "$corpora/quotes-ggt-dev.jsonl" "$out/ggt.jsonl" --task quotes | grep -E "T>0.3 (all|resolved)"
echo "== CoNLL-dev, brief analyze: persons and entities"
"$brief" analyze --jsonl "$corpora/names-conll-dev.jsonl" > "$out/conll.jsonl"
python3 "$corpora/score.py" "$corpora/names-conll-dev.jsonl" "$out/conll.jsonl" | grep -E "^(persons|entities)"
echo "== PolNeAR-dev, brief analyze: resolved proper-name speakers"
"$brief" analyze --jsonl "$corpora/quotes-polnear-dev.jsonl" > "$out/polnear.jsonl"
python3 "$corpora/resolved_names.py" "$corpora/quotes-polnear-dev.jsonl" "$out/polnear.jsonl" | tail -1
for corpus in ggt polnear; do
  echo "== site built from $corpus-dev, checked by site_speakers.py"
  rm -rf "$out/$corpus-site"
  python3 "$shared/tools/to_content.py" "$corpora/quotes-$corpus-dev.jsonl" "$out/$corpus-site/content/articles" > /dev/null
  "$brief" build --quiet --source "$out/$corpus-site"
  python3 "$corpora/site_speakers.py" "$corpora/quotes-$corpus-dev.jsonl" "$out/$corpus-site/site" | tail -1 | cut -d';' -f1
done
