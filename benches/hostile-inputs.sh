#!/usr/bin/env bash
# Times newsgraph on hostile inputs that used to take minutes or gigabytes,
# and prints seconds, peak memory and the outcome of each (issue 13's
# reproductions):
#   - 1 MB of repeated `"X" said Y,` (quotes with no sentence end)
#   - 1 MB of words without sentence punctuation
#   - 1 MB of short sentences each opening with a lone capitalized word, and
#     1 MB of sentences opening with a capitalized "-ing" word before a name
#   - 1 MB of towns followed by a US state's abbreviation ("Lake Forest, Ill.")
#   - a web page of 100,000 nested <div>s
#   - a web page with one tag of 1,000,000 attributes
#   - `query --format table` over every triple of a generated store
#   - `export --format jsonld` of that store
#
#   benches/hostile-inputs.sh [ARTICLES=3000]
#
# Uses $NEWSGRAPH, else target/release/newsgraph (or
# $CARGO_TARGET_DIR/release/newsgraph), building it when missing, and GNU time
# for the peak memory. Each run is cut off after $LIMIT seconds (300), so an
# input that still hangs shows as such.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-3000}
bin=${NEWSGRAPH:-${CARGO_TARGET_DIR:-target}/release/newsgraph}
limit=${LIMIT:-300}
[[ -x $bin ]] || cargo build --release
[[ -x /usr/bin/time ]] || { echo "hostile-inputs: GNU time is missing (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'EOF'
import sys
work = sys.argv[1]
def write(name, text):
    with open(f"{work}/{name}", "w") as f:
        f.write(text)
said = '"Growth is strong" said Mara Okafor, '
write("said.txt", "Quotes\n\n" + said * (1_000_000 // len(said)))
words = "the quick brown fox jumps over the lazy dog "
write("no-punctuation.txt", "Words\n\n" + words * (1_000_000 // len(words)))
openers = "Shares fell on the news. Growth slowed in the quarter. "
write("openers.txt", "Openers\n\n" + openers * (1_000_000 // len(openers)))
starting = "Starting Zentrix Bank grew fast. "
write("ing-openers.txt", "Openers\n\n" + starting * (1_000_000 // len(starting)))
towns = "Lake Forest, Ill. firm Zentrix grew. "
write("state-towns.txt", "Towns\n\n" + towns * (1_000_000 // len(towns)))
write("nested.html", "<html><body>" + "<div>" * 100_000 + "<p>Deep text.</p>" + "</div>" * 100_000 + "</body></html>")
write("attributes.html", "<html><body><p " + " ".join(f"a{i}=x" for i in range(1_000_000)) + ">Text.</p></body></html>")
EOF

measure() {
  local label=$1
  shift
  local start end status
  start=$(date +%s.%N)
  set +e
  timeout "$limit" /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/out" 2>"$work/err"
  status=$?
  set -e
  end=$(date +%s.%N)
  local rss
  rss=$(tail -n 1 "$work/rss" 2>/dev/null || echo 0)
  local outcome
  if ((status == 124)); then
    outcome="still running at $limit s (killed)"
  else
    outcome="exit $status; $(grep -m1 -o 'error: .*' "$work/err" | cut -c1-150 || true)"
  fi
  printf '%-34s %8.2f s  %7d MB  %s\n' "$label" "$(echo "$end - $start" | bc)" "$((rss / 1024))" "$outcome"
}

measure 'extract 1 MB "X" said Y,' "$bin" extract "$work/said.txt"
measure 'extract 1 MB without punctuation' "$bin" extract "$work/no-punctuation.txt"
measure 'extract 1 MB of sentence openers' "$bin" extract "$work/openers.txt"
measure 'extract 1 MB of "-ing" openers' "$bin" extract "$work/ing-openers.txt"
measure 'extract 1 MB of "Town, Ill." names' "$bin" extract "$work/state-towns.txt"
measure 'ingest 100k nested <div>s' "$bin" ingest -q --db "$work/db1" "$work/nested.html"
measure 'ingest one tag, 10^6 attributes' "$bin" ingest -q --db "$work/db1" "$work/attributes.html"
measure '  same, --max-html-depth 200000' "$bin" ingest -q --db "$work/db2" --max-html-depth 200000 "$work/nested.html"

python3 benches/gen-articles.py "$articles" "$work/articles" >/dev/null
"$bin" ingest -q --db "$work/db" "$work/articles"
rows=$("$bin" query --db "$work/db" --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 | tr -d '\r')
echo "store: $articles generated articles, $rows triples in the merged graph"
measure "query --format table, $rows rows" "$bin" query --db "$work/db" --format table 'SELECT * WHERE { ?s ?p ?o }'
measure "query --format csv, $rows rows" "$bin" query --db "$work/db" --format csv 'SELECT * WHERE { ?s ?p ?o }'
measure "export --format jsonld" "$bin" export --db "$work/db" --format jsonld -o "$work/graph.jsonld"
measure "export --format ntriples" "$bin" export --db "$work/db" --format ntriples -o "$work/graph.nt"
