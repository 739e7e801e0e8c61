#!/usr/bin/env bash
# Speed of the graph analytics on a store of about a million triples: builds
# the store from synthetic articles (benches/gen-articles.py), then times each
# command end to end (process start, store open, the graph read from the store
# or from its cache, the analysis, the output), three runs each, and prints
# the median in seconds. The first two lines read the graph from the store
# (the cache file removed before each run), as a command does when the cache
# is missing or was not followed; then commands right after a write (a new
# article, a removal, a replaced article), which brought the cache up to date;
# the others find the cache the first run left.
#
#   benches/analysis.sh [ARTICLES=7000] [STORE_DIR] [RUNS=3]
#
# A STORE_DIR that already holds a store is reused (no ingest). Uses
# target/release/newsgraph, or $CARGO_TARGET_DIR/release/newsgraph.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-7000}
runs=${3:-3}
bin=${CARGO_TARGET_DIR:-target}/release/newsgraph
[[ -x $bin ]] || cargo build --release
if [[ -n ${2:-} ]]; then
  work=$2
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
db=$work/db
if [[ ! -d $db ]]; then
  python3 benches/gen-articles.py "$articles" "$work/articles"
  start=$EPOCHREALTIME
  "$bin" ingest -q --db "$db" "$work/articles"
  awk -v a="$start" -v b="$EPOCHREALTIME" -v n="$articles" 'BEGIN { printf "ingest of %d articles: %.1f s\n", n, b - a }'
fi
"$bin" query --db "$db" --format csv 'SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }' | tr -d '\r' | paste -sd' '

# Two entities for path: the best connected, and one a hundred places down
# among organisations (so the path has a few hops to find).
mapfile -t picks < <("$bin" rank --db "$db" --class Organization --limit 100 --format csv | tail -n +2 | cut -d, -f8 | tr -d '\r')
from=${picks[0]}
to=${picks[-1]}

# The median of RUNS runs of a command; $SETUP (a command) runs before each, untimed.
median() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    ${SETUP:-true}
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || [[ $? == 1 ]]
    times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk -v l="$label" '{ printf "%-34s %6.3f s\n", l, $1 }'
}

# The graph read from the store, as the first analysis after a write does
# (newsgraph keeps the graph it read in a cache file beside the store, valid
# until the next write; binaries before the cache have no file to remove).
uncached() { rm -f "$db/analysis-graph.cache"; "$@"; }

# A write of one new article (its headline made unique each time): the ingest
# brings the cache up to date, so the next command need not read the store
# (binaries before that read it again).
python3 benches/gen-articles.py 1 "$work/one" >/dev/null
one=$(ls "$work/one" | grep -v "^fresh-" | head -n 1)
fresh=0
new_article() {
  fresh=$((fresh + 1))
  sed "1s/\$/ (update $$-$fresh)/" "$work/one/$one" >"$work/one/fresh-$$-$fresh.txt"
  "$bin" ingest -q --db "$db" "$work/one/fresh-$$-$fresh.txt"
}

# A removal: a new article taken out again (its entities stay, named by the
# article it was copied from). A replacement: a new article's file rewritten
# (another headline) and ingested again, its old article displaced. Both
# bring the cache up to date (binaries before that read the store again).
removed_article() {
  new_article
  "$bin" remove --db "$db" "$work/one/fresh-$$-$fresh.txt" >/dev/null
}
remove_last() { "$bin" remove --db "$db" "$work/one/fresh-$$-$fresh.txt"; }
replaced_article() {
  new_article
  sed -i "1s/\$/ (rewritten)/" "$work/one/fresh-$$-$fresh.txt"
  "$bin" ingest -q --db "$db" "$work/one/fresh-$$-$fresh.txt"
}

echo "seconds (median of $runs runs, whole command):"
median "start and open the store (ASK {})" "$bin" query --db "$db" 'ASK {}'
median "path A B, graph read from the store" uncached "$bin" path --db "$db" "$from" "$to"
median "rank --by degree, read from the store" uncached "$bin" rank --db "$db" --by degree
SETUP=new_article median "path A B after a new article" "$bin" path --db "$db" "$from" "$to"
SETUP=new_article median "rank after a new article" "$bin" rank --db "$db" --by degree
SETUP=new_article median "remove of one article" remove_last
SETUP=removed_article median "path A B after a removal" "$bin" path --db "$db" "$from" "$to"
SETUP=removed_article median "rank after a removal" "$bin" rank --db "$db" --by degree
SETUP=replaced_article median "path A B after a replaced article" "$bin" path --db "$db" "$from" "$to"
SETUP=replaced_article median "rank after a replaced article" "$bin" rank --db "$db" --by degree
median "path A B" "$bin" path --db "$db" "$from" "$to"
median "path A B --until 2025-06" "$bin" path --db "$db" "$from" "$to" --until 2025-06
median "rank --by degree" "$bin" rank --db "$db" --by degree
median "rank --by pagerank" "$bin" rank --db "$db" --by pagerank
median "rank --by betweenness" "$bin" rank --db "$db" --by betweenness
median "communities" "$bin" communities --db "$db"
median "changes --since 2025-10-01" "$bin" changes --db "$db" --since 2025-10-01
"$bin" path --db "$db" "$from" "$to" | head -n 1
"$bin" communities --db "$db" | head -n 1
