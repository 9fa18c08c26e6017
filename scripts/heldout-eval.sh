#!/usr/bin/env bash
# Scores the extractor on the project's labelled held-out set (eval/heldout): the fit split
# (001-006, 013-018) and the development batches of the fourth, seventh, eighth and eleventh
# sessions (027-034, "batch4"; 059-066, "batch7"; 075-082, "batch9"; 099-106, "batch12") and of the
# twelfth to sixteenth (115-122, "batch14"; 131-138, "batch16"; 147-154, "batch18"; 163-170,
# "batch20"; 179-186, "batch22"), on which rules
# may be developed, and the test split (007-012, 019-026, 035-042, 043-050, 051-058, 067-074,
# 083-090, 091-098, 107-114, 123-130, 139-146, 155-162, 171-178 and 187-194), which is for measurement
# only. All test batches after 007-012 were the "fresh" batches of the third to sixteenth sessions, each scored
# once at the end of its session (eval/heldout/README.md) and part of the test split since. Prints the scorer's
# last line for each; with -v, the full reports.
# Needs ../shared/eval/score.py; skips when it is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIN:-$root/build/issuegraph}
shared=${SHARED:-$root/../shared}
heldout=$root/eval/heldout
if [ ! -f "$shared/eval/score.py" ]; then
  echo "heldout-eval: $shared/eval/score.py not found; skipping"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Doc ids of the gold files matching the patterns (expanded inside eval/heldout/gold).
ids() { (cd "$heldout/gold" && for p in "$@"; do ls $p; done | sed 's/\.jsonl$//' | paste -sd,); }
score() {  # name, doc ids, documents...
  local name=$1 docs=$2
  shift 2
  "$bin" extract --format jsonl "$@" > "$tmp/$name.jsonl"
  echo -n "$name: "
  if [ "${VERBOSE:-0}" = 1 ]; then
    echo
    python3 "$shared/eval/score.py" --gold "$heldout/gold" --system "$tmp/$name.jsonl" --docs "$docs" -v
  else
    python3 "$shared/eval/score.py" --gold "$heldout/gold" --system "$tmp/$name.jsonl" --docs "$docs" | tail -n 1
  fi
}
[ "${1:-}" = "-v" ] && VERBOSE=1
score fit "$(ids '00[1-6]_*.jsonl' '01[3-8]_*.jsonl')" "$heldout"/docs/00[1-6]_*.txt "$heldout"/docs/01[3-8]_*.txt
score batch4 "$(ids '02[7-9]_*.jsonl' '03[0-4]_*.jsonl')" "$heldout"/docs/02[7-9]_*.txt "$heldout"/docs/03[0-4]_*.txt
score batch7 "$(ids '059_*.jsonl' '06[0-6]_*.jsonl')" "$heldout"/docs/059_*.txt "$heldout"/docs/06[0-6]_*.txt
score batch9 "$(ids '07[5-9]_*.jsonl' '08[0-2]_*.jsonl')" "$heldout"/docs/07[5-9]_*.txt "$heldout"/docs/08[0-2]_*.txt
score batch12 "$(ids '099_*.jsonl' '10[0-6]_*.jsonl')" "$heldout"/docs/099_*.txt "$heldout"/docs/10[0-6]_*.txt
score batch14 "$(ids '11[5-9]_*.jsonl' '12[0-2]_*.jsonl')" "$heldout"/docs/11[5-9]_*.txt "$heldout"/docs/12[0-2]_*.txt
score batch16 "$(ids '13[1-8]_*.jsonl')" "$heldout"/docs/13[1-8]_*.txt
score batch18 "$(ids '14[7-9]_*.jsonl' '15[0-4]_*.jsonl')" "$heldout"/docs/14[7-9]_*.txt "$heldout"/docs/15[0-4]_*.txt
score batch20 "$(ids '16[3-9]_*.jsonl' '170_*.jsonl')" "$heldout"/docs/16[3-9]_*.txt "$heldout"/docs/170_*.txt
score batch22 "$(ids '179_*.jsonl' '18[0-6]_*.jsonl')" "$heldout"/docs/179_*.txt "$heldout"/docs/18[0-6]_*.txt
score test "$(ids '00[7-9]_*.jsonl' '01[0-2]_*.jsonl' '019_*.jsonl' '02[0-6]_*.jsonl' '03[5-9]_*.jsonl' '04[0-9]_*.jsonl' '05[0-8]_*.jsonl' '06[7-9]_*.jsonl' '07[0-4]_*.jsonl' '08[3-9]_*.jsonl' '09[0-8]_*.jsonl' '10[7-9]_*.jsonl' '11[0-4]_*.jsonl' '12[3-9]_*.jsonl' '130_*.jsonl' '139_*.jsonl' '14[0-6]_*.jsonl' '15[5-9]_*.jsonl' '16[0-2]_*.jsonl' '17[1-8]_*.jsonl' '18[7-9]_*.jsonl' '19[0-4]_*.jsonl')" \
  "$heldout"/docs/00[7-9]_*.txt "$heldout"/docs/01[0-2]_*.txt "$heldout"/docs/019_*.txt "$heldout"/docs/02[0-6]_*.txt \
  "$heldout"/docs/03[5-9]_*.txt "$heldout"/docs/04[0-9]_*.txt "$heldout"/docs/05[0-8]_*.txt \
  "$heldout"/docs/06[7-9]_*.txt "$heldout"/docs/07[0-4]_*.txt "$heldout"/docs/08[3-9]_*.txt "$heldout"/docs/09[0-8]_*.txt \
  "$heldout"/docs/10[7-9]_*.txt "$heldout"/docs/11[0-4]_*.txt "$heldout"/docs/12[3-9]_*.txt "$heldout"/docs/130_*.txt \
  "$heldout"/docs/139_*.txt "$heldout"/docs/14[0-6]_*.txt "$heldout"/docs/15[5-9]_*.txt "$heldout"/docs/16[0-2]_*.txt "$heldout"/docs/17[1-8]_*.txt \
  "$heldout"/docs/18[7-9]_*.txt "$heldout"/docs/19[0-4]_*.txt
