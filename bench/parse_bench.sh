#!/usr/bin/env bash
# Parsing benchmark: tokens/s and peak memory of `issuegraph parse` on the news benchmark,
# single-threaded and on all cores, against plain tokenisation in the same run; model load time.
#
# usage: bench/parse_bench.sh BUILD/issuegraph [NEWS.jsonl]
#   PARSE_BENCH_DOCS=N   use the first N documents (default 5000; "all" for the whole file)
set -euo pipefail

binary=${1:?usage: parse_bench.sh BINARY [NEWS.jsonl]}
here=$(cd "$(dirname "$0")" && pwd)
input=${2:-$here/../../shared/bench/news_bench.jsonl}
if [[ ! -f $input ]]; then
  echo "parse_bench: skipped: $input is absent" >&2
  exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "parse_bench: /usr/bin/time (GNU time) is required" >&2
  exit 1
fi
docs=${PARSE_BENCH_DOCS:-5000}
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ $docs == all ]]; then
  cp "$input" "$work/news.jsonl"
else
  head -n "$docs" "$input" > "$work/news.jsonl"
fi
printf 'The minister warned Beijing on Tuesday.\n' > "$work/one.txt"

# run NAME ARGS...: runs the binary under GNU time; leaves seconds and peak RSS (kB) in
# $work/NAME.time and the output in $work/NAME.out.
run() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/$name.time" "$binary" "$@" > "$work/$name.out"
}
seconds() {  # wall-clock seconds from GNU time's "h:mm:ss" or "m:ss.ss"
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$1"
}
peak_mb() {
  awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"
}

run load parse --format conllu "$work/one.txt"
run tokenize parse --stage tokenize --format conllu "$work/news.jsonl"
run parse1 parse --format conllu --threads 1 "$work/news.jsonl"
run parseN parse --format conllu --threads "$cores" "$work/news.jsonl"

tokens=$(grep -c $'^[0-9][0-9]*\t' "$work/tokenize.out" || true)
parsed=$(grep -c $'^[0-9][0-9]*\t' "$work/parse1.out" || true)
if [[ $tokens != "$parsed" ]]; then
  echo "parse_bench: token counts differ between tokenisation ($tokens) and parsing ($parsed)" >&2
fi
if ! cmp -s "$work/parse1.out" "$work/parseN.out"; then
  echo "parse_bench: output with $cores threads differs from the single-threaded output" >&2
fi

t_load=$(seconds "$work/load.time")
t_tok=$(seconds "$work/tokenize.time")
t_p1=$(seconds "$work/parse1.time")
t_pn=$(seconds "$work/parseN.time")
rate() { awk -v n="$tokens" -v t="$1" 'BEGIN {printf "%.0f", (t > 0 ? n / t : 0)}'; }

echo "input: $(wc -l < "$work/news.jsonl") documents, $tokens tokens ($input)"
echo "machine: $cores cores; times include model loading (see the first row)"
printf '%-28s %10s %12s %10s\n' "run" "seconds" "tokens/s" "peak MB"
printf '%-28s %10s %12s %10s\n' "load models + 1 sentence" "$t_load" "-" "$(peak_mb "$work/load.time")"
printf '%-28s %10s %12s %10s\n' "tokenise only, 1 thread" "$t_tok" "$(rate "$t_tok")" "$(peak_mb "$work/tokenize.time")"
printf '%-28s %10s %12s %10s\n' "full parse, 1 thread" "$t_p1" "$(rate "$t_p1")" "$(peak_mb "$work/parse1.time")"
printf '%-28s %10s %12s %10s\n' "full parse, $cores threads" "$t_pn" "$(rate "$t_pn")" "$(peak_mb "$work/parseN.time")"
awk -v a="$t_p1" -v b="$t_tok" 'BEGIN {printf "parse:tokenise time ratio (1 thread): %.1f\n", (b > 0 ? a / b : 0)}'
