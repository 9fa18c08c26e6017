#!/usr/bin/env bash
# All benchmarks: parsing throughput (bench/parse_bench.sh), extraction overhead over parsing
# (bench/extract_bench.sh) and graph scale (bench/graph_bench.sh). Needs ../shared/bench/ for
# the news corpus; the graph benchmark generates its own triples.
set -euo pipefail
bin=${1:-build/issuegraph}
here=$(dirname "$0")
bash "$here/parse_bench.sh" "$bin"
echo
bash "$here/extract_bench.sh" "$bin"
echo
bash "$here/graph_bench.sh" "$(dirname "$bin")"
