#!/usr/bin/env bash
# Scores the extractor against the dev gold in ../shared (two seed articles) and prints the
# scorer's last line; with -v, the scorer's full report. Skips when ../shared is absent.
set -euo pipefail
bin=${BIN:-build/issuegraph}
shared=${SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}
if [ ! -d "$shared/corpus/dev-gold" ]; then
  echo "dev-eval: $shared/corpus/dev-gold not found; skipping"
  exit 0
fi
out=$(mktemp --suffix=.jsonl)
trap 'rm -f "$out"' EXIT
"$bin" extract --format jsonl "$shared"/corpus/seeds/000_*.txt "$shared"/corpus/seeds/004_*.txt > "$out"
if [ "${1:-}" = "-v" ]; then
  python3 "$shared/eval/score.py" --gold "$shared/corpus/dev-gold" --system "$out" -v
else
  python3 "$shared/eval/score.py" --gold "$shared/corpus/dev-gold" --system "$out" | tail -n 1
fi
