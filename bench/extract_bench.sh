#!/usr/bin/env bash
# Extraction overhead: time of `issuegraph extract` against `issuegraph parse` on the same news
# corpus in the same run, single-threaded. Extraction includes parsing, so the overhead is
# extract/parse - 1 (the goal is at most 30 %).
set -euo pipefail
bin=${1:-build/issuegraph}
corpus=${BENCH_CORPUS:-$(dirname "$0")/../../shared/bench/news_bench.jsonl}
limit=${BENCH_DOCS:-4000}
if [ ! -f "$corpus" ]; then
  echo "extract_bench: $corpus not found; skipping (the benchmark corpus lives in ../shared/bench)"
  exit 0
fi
sample=$(mktemp --suffix=.jsonl)
trap 'rm -f "$sample" "$sample.out"' EXIT
head -n "$limit" "$corpus" > "$sample"

measure() {  # prints "seconds max_rss_kb"
  /usr/bin/time -f "%e %M" -o "$sample.out" "$@" > /dev/null 2>/dev/null || true
  cat "$sample.out"
}

# The two runs alternate, REPEAT times (default 3), and each figure is the median: on a shared
# machine a single pair of runs can differ by 30 % either way.
repeat=${REPEAT:-3}
parse_runs=()
extract_runs=()
for _ in $(seq "$repeat"); do
  read -r s kb < <(measure "$bin" parse --format conllu "$sample")
  parse_runs+=("$s"); parse_kb=$kb
  read -r s kb < <(measure "$bin" extract --format jsonl "$sample")
  extract_runs+=("$s"); extract_kb=$kb
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
parse_s=$(median "${parse_runs[@]}")
extract_s=$(median "${extract_runs[@]}")
overhead=$(awk -v p="$parse_s" -v e="$extract_s" 'BEGIN { printf "%.1f", (e / p - 1) * 100 }')
# Each pair of runs shares the machine's load of its moment, so the median of the pairs'
# overheads is steadier than the overhead of the medians when the load changes between pairs.
pair_overheads=()
for i in "${!parse_runs[@]}"; do
  pair_overheads+=("$(awk -v p="${parse_runs[$i]}" -v e="${extract_runs[$i]}" 'BEGIN { printf "%.1f", (e / p - 1) * 100 }')")
done
pair_overhead=$(median "${pair_overheads[@]}")
echo "extraction overhead over parsing ($limit documents of $(basename "$corpus"), 1 thread, median of $repeat alternating runs)"
echo "  runs (s): parse ${parse_runs[*]}; extract ${extract_runs[*]}"
printf "  %-8s %8s s  %8s MB peak\n" parse "$parse_s" "$((parse_kb / 1024))"
printf "  %-8s %8s s  %8s MB peak\n" extract "$extract_s" "$((extract_kb / 1024))"
echo "  extraction adds ${overhead} % to the parse time (goal: at most 30 %)"
echo "  per pair of runs: ${pair_overheads[*]} %; median ${pair_overhead} %"
# INSTRUCTIONS=1: the same comparison in instructions executed (valgrind), which the machine's
# load does not change; on the first INSTRUCTION_DOCS documents (default 300), as it is slow.
if [ "${INSTRUCTIONS:-0}" = 1 ] && command -v valgrind > /dev/null; then
  small=$(mktemp --suffix=.jsonl)
  head -n "${INSTRUCTION_DOCS:-300}" "$sample" > "$small"
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null | awk '/Collected/ { print $4 }'; }
  parse_ir=$(count "$bin" parse --format conllu "$small")
  extract_ir=$(count "$bin" extract --format jsonl "$small")
  rm -f "$small"
  awk -v p="$parse_ir" -v e="$extract_ir" -v n="${INSTRUCTION_DOCS:-300}" 'BEGIN {
    printf "  instructions (%d documents): parse %.3g, extract %.3g; extraction adds %.1f %%\n", n, p, e, (e / p - 1) * 100 }'
fi
