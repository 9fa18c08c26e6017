#!/usr/bin/env bash
# Fits the extractor's confidence model and measures it, reproducibly (docs/confidence.md):
#   1. extract --explain over the FIT material (dev seeds 000 + 004, heldout 001-006, 013-018 and
#      the development batches 027-034, 059-066, 075-082, 099-106, 115-122, 131-138, 147-154, 163-170 and 179-186), label the
#      triples against their gold, fit, write data/models/confidence.json (or $OUT);
#   2. extract --explain over the TEST split (heldout 007-012, 019-026, 035-058, 067-074, 083-098, 107-114, 123-130, 139-146, 155-162, 171-178, 187-194), label, and report the hand-set
#      prior and the fitted model side by side. The test split is only measured, never fitted.
# Usage: scripts/calibrate.sh [BIN]   (BIN defaults to build/issuegraph; SHARED, OUT, DATA override)
# Skips (exit 0) when ../shared, which holds the scorer and the dev gold, is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/issuegraph}
shared=${SHARED:-$root/../shared}
out=${OUT:-$root/data/models/confidence.json}
script=$root/scripts/calibrate-confidence.py
heldout=$root/eval/heldout

if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/corpus/dev-gold" ]; then
  echo "calibrate: $shared/eval/score.py or $shared/corpus/dev-gold not found; skipping"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "calibrate: $bin is not an executable; build it or pass BIN" >&2
  exit 2
fi
data_args=()
if [ -n "${DATA:-}" ]; then data_args=(--data "$DATA"); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The hand-set prior, as in ConfidenceModel::prior() (src/issuegraph/extract/confidence.cpp):
# kept here because the fit overwrites data/models/confidence.json.
cat > "$tmp/prior.json" <<'EOF'
{"kind": "issuegraph-confidence", "version": 1, "bias": 0.9,
 "weights": {"actor.country_word": -0.2, "actor.unknown_name": -0.8, "actor.pronoun": -0.9,
  "actor.collective": -1.0, "actor.role": -1.2, "action.fallback": -1.6, "action.nominal": -1.0,
  "issue.lexicon": 1.8, "issue.phrase": 1.2, "issue.from_speech": -0.2, "issue.from_control": -0.2,
  "target": 0.2, "subject.inherited": -0.35, "subject.inherited_far": -0.35, "passive": -0.3,
  "extractor.patterns": -1.5},
 "metadata": {"source": "hand-set prior (not fitted)"}}
EOF

fit_docs=("$shared"/corpus/seeds/000_*.txt "$shared"/corpus/seeds/004_*.txt "$heldout"/docs/00[1-6]_*.txt "$heldout"/docs/01[3-8]_*.txt
          "$heldout"/docs/02[7-9]_*.txt "$heldout"/docs/03[0-4]_*.txt "$heldout"/docs/059_*.txt "$heldout"/docs/06[0-6]_*.txt "$heldout"/docs/07[5-9]_*.txt "$heldout"/docs/08[0-2]_*.txt
          "$heldout"/docs/099_*.txt "$heldout"/docs/10[0-6]_*.txt "$heldout"/docs/11[5-9]_*.txt "$heldout"/docs/12[0-2]_*.txt "$heldout"/docs/13[1-8]_*.txt
          "$heldout"/docs/14[7-9]_*.txt "$heldout"/docs/15[0-4]_*.txt "$heldout"/docs/16[3-9]_*.txt "$heldout"/docs/170_*.txt
          "$heldout"/docs/179_*.txt "$heldout"/docs/18[0-6]_*.txt)
fit_gold=("$shared"/corpus/dev-gold/000_*.jsonl "$shared"/corpus/dev-gold/004_*.jsonl
          "$heldout"/gold/00[1-6]_*.jsonl "$heldout"/gold/01[3-8]_*.jsonl
          "$heldout"/gold/02[7-9]_*.jsonl "$heldout"/gold/03[0-4]_*.jsonl "$heldout"/gold/059_*.jsonl "$heldout"/gold/06[0-6]_*.jsonl "$heldout"/gold/07[5-9]_*.jsonl "$heldout"/gold/08[0-2]_*.jsonl
          "$heldout"/gold/099_*.jsonl "$heldout"/gold/10[0-6]_*.jsonl "$heldout"/gold/11[5-9]_*.jsonl "$heldout"/gold/12[0-2]_*.jsonl "$heldout"/gold/13[1-8]_*.jsonl
          "$heldout"/gold/14[7-9]_*.jsonl "$heldout"/gold/15[0-4]_*.jsonl "$heldout"/gold/16[3-9]_*.jsonl "$heldout"/gold/170_*.jsonl
          "$heldout"/gold/179_*.jsonl "$heldout"/gold/18[0-6]_*.jsonl)
test_docs=("$heldout"/docs/0{07,08,09,10,11,12,19,20,21,22,23,24,25,26,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,67,68,69,70,71,72,73,74,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98}_*.txt
           "$heldout"/docs/10[7-9]_*.txt "$heldout"/docs/11[0-4]_*.txt "$heldout"/docs/12[3-9]_*.txt "$heldout"/docs/130_*.txt "$heldout"/docs/139_*.txt "$heldout"/docs/14[0-6]_*.txt
           "$heldout"/docs/15[5-9]_*.txt "$heldout"/docs/16[0-2]_*.txt "$heldout"/docs/17[1-8]_*.txt
           "$heldout"/docs/18[7-9]_*.txt "$heldout"/docs/19[0-4]_*.txt)
test_gold=("$heldout"/gold/0{07,08,09,10,11,12,19,20,21,22,23,24,25,26,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,67,68,69,70,71,72,73,74,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98}_*.jsonl
           "$heldout"/gold/10[7-9]_*.jsonl "$heldout"/gold/11[0-4]_*.jsonl "$heldout"/gold/12[3-9]_*.jsonl "$heldout"/gold/130_*.jsonl "$heldout"/gold/139_*.jsonl "$heldout"/gold/14[0-6]_*.jsonl
           "$heldout"/gold/15[5-9]_*.jsonl "$heldout"/gold/16[0-2]_*.jsonl "$heldout"/gold/17[1-8]_*.jsonl
           "$heldout"/gold/18[7-9]_*.jsonl "$heldout"/gold/19[0-4]_*.jsonl)

echo "== fit split: dev seeds 000, 004 + heldout 001-006, 013-018, 027-034, 059-066, 075-082, 099-106, 115-122, 131-138, 147-154, 163-170, 179-186"
"$bin" "${data_args[@]}" extract --explain --format jsonl "${fit_docs[@]}" > "$tmp/fit.jsonl"
python3 "$script" label --scorer "$shared/eval/score.py" --gold "${fit_gold[@]}" \
  --system "$tmp/fit.jsonl" -o "$tmp/fit-split.labelled.jsonl"
python3 "$script" fit --labelled "$tmp/fit-split.labelled.jsonl" -o "$tmp/fitted.json" \
  --source "dev seeds 000+004 and eval/heldout 001-006 + 013-018 + 027-034 + 059-066 + 075-082 + 099-106 + 115-122 + 131-138 + 147-154 + 163-170 + 179-186, labelled by score.py (gold precision)"
python3 "$script" report --labelled "$tmp/fit-split.labelled.jsonl" \
  --model "$tmp/prior.json" --model "$tmp/fitted.json"
cp "$tmp/fitted.json" "$out"
echo "calibrate: wrote $out"

echo
echo "== test split: heldout 007-012, 019-026, 035-058, 067-074, 083-098, 107-114, 123-130, 139-146, 155-162, 171-178, 187-194 (measurement only)"
"$bin" "${data_args[@]}" extract --explain --format jsonl "${test_docs[@]}" > "$tmp/test.jsonl"
python3 "$script" label --scorer "$shared/eval/score.py" --gold "${test_gold[@]}" \
  --system "$tmp/test.jsonl" -o "$tmp/test-split.labelled.jsonl"
python3 "$script" report --labelled "$tmp/test-split.labelled.jsonl" \
  --model "$tmp/prior.json" --model "$tmp/fitted.json"
