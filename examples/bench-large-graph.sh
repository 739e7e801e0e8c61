#!/usr/bin/env bash
# Measures the default picture of a large generated graph: builds a store of
# ARTICLES generated articles (default 1500, about 3,700 entities and 8,600
# relations) through the library, exports the default DOT view and renders it
# with Graphviz. Prints the seconds each step took.
#   examples/bench-large-graph.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1500}
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet --bin newsgraph --example large_graph
"$target/release/examples/large_graph" "$work/db" "$articles"

seconds() { local start=$EPOCHREALTIME; "$@"; awk -v a="$start" -v b="$EPOCHREALTIME" -v c="$*" 'BEGIN { printf "%.2f s: %s\n", b - a, c }' >&2; }
seconds "$target/release/newsgraph" export --db "$work/db" --format dot -o "$work/graph.dot"
grep -c '^    n[0-9]* \[' "$work/graph.dot" | sed 's/^/entities drawn: /'
grep -c '^    n[0-9]* -> ' "$work/graph.dot" | sed 's/^/relations drawn: /'
seconds dot -Tsvg "$work/graph.dot" -o "$work/graph.svg"
seconds dot -Tpng "$work/graph.dot" -o "$work/graph.png"
