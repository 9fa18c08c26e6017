#!/bin/sh
# Writes the gallery of a built graph: four views, each as .dot and .svg, and an index.html.
#   overview  the 40 most connected vertices (and their 160 strongest edges)
#   actor     the ego view (depth 1) of ACTOR (its 120 strongest edges), default the actor
#             with most evidence
#   issue     the issue view of ISSUE (120 strongest edges), default the issue with most evidence
#   actors    the actor-actor view: interaction edges only, 40 most connected actors
# Usage: scripts/gallery.sh BINARY GRAPH.json OUTDIR [ACTOR [ISSUE]]
# The defaults come from `issuegraph stats` (ties broken by id), so the gallery is deterministic.
set -eu
if [ $# -lt 3 ]; then
  echo "usage: $0 BINARY GRAPH.json OUTDIR [ACTOR [ISSUE]]" >&2
  exit 2
fi
bin=$1
graph=$2
out=$3
actor=${4:-}
issue=${5:-}
mkdir -p "$out"

# The first id in brackets under a "top actors" / "top issues" heading of `stats`.
top_id() {
  "$bin" stats "$graph" --list 1 | awk -v heading="$1" '
    index($0, heading) == 1 { want = 1; next }
    want && match($0, /\[[^]]*\]$/) { print substr($0, RSTART + 1, RLENGTH - 2); exit }'
}
[ -n "$actor" ] || actor=$(top_id "top actors")
[ -n "$issue" ] || issue=$(top_id "top issues")

view() {
  name=$1
  shift
  "$bin" render "$graph" "$@" -o "$out/$name.dot"
  "$bin" render "$graph" "$@" -o "$out/$name.svg"
  echo "wrote $out/$name.dot $out/$name.svg"
}

view overview --top 40
if [ -n "$actor" ]; then view actor --actor "$actor" --depth 1 --max-edges 120; fi
if [ -n "$issue" ]; then view issue --issue "$issue" --max-edges 120; fi
view actors --view actors --top 40

{
  echo '<!DOCTYPE html>'
  echo '<html><head><meta charset="utf-8"><title>issuegraph gallery</title></head><body>'
  echo '<h1>issuegraph gallery</h1>'
  echo '<p>Hover an edge for its evidence sentences; node links carry their query (#query:actor=ID).</p>'
  for name in overview actor issue actors; do
    [ -f "$out/$name.svg" ] || continue
    case $name in
      overview) title="Overview: the 40 most connected actors and issues" ;;
      actor) title="Actor: $actor and its neighbours" ;;
      issue) title="Issue: $issue" ;;
      actors) title="Actor-actor interactions" ;;
    esac
    echo "<h2>$title</h2>"
    echo "<p><a href=\"$name.svg\">$name.svg</a> &middot; <a href=\"$name.dot\">$name.dot</a></p>"
    echo "<object data=\"$name.svg\" type=\"image/svg+xml\" style=\"max-width:100%\"></object>"
  done
  echo '</body></html>'
} > "$out/index.html"
echo "wrote $out/index.html"
