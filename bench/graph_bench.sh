#!/bin/sh
# Graph-scale benchmark: 1k, 10k and 100k synthetic triples, one process per size so that
# each peak-memory figure is its own. Usage: bench/graph_bench.sh [BUILD_DIR] (default build).
set -eu
build=${1:-build}
bench="$build/bench/bench_graph_bench"
if [ ! -x "$bench" ]; then
  echo "graph_bench.sh: $bench not found; build it with: cmake --build $build --target bench_graph_bench" >&2
  exit 1
fi
for n in 1000 10000 100000; do
  "$bench" --triples "$n"
done
