#!/usr/bin/env bash
# Load run for a live `newsgraph serve` (issue 14): a store of synthetic
# articles, the server watching a folder and taking POST /articles, wrk reading
# with CONNECTIONS concurrent clients for SECONDS while benches/live-load.py
# writes RATE articles a second (half POSTed, half dropped into the watched
# folder). Then the server is stopped and every article graph is compared with
# a plain `ingest` of the same files: each written article must be there, and
# whole. Prints read errors and latency (p50/p95/p99), articles written per
# second, POST latency, and the time from a dropped file to its article on the
# endpoint (and to the server's log line saying it was stored); and first,
# for comparison in the same run, the reads alone for a third of SECONDS.
# Exits non-zero on any read error, write error or missing article.
#
#   benches/live-load.sh [ARTICLES=700] [CONNECTIONS=64] [SECONDS=60] [RATE=4]
#
# Needs wrk (apt-get install wrk). Uses target/release/newsgraph, or
# $CARGO_TARGET_DIR/release/newsgraph, building it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-700}
connections=${2:-64}
seconds=${3:-60}
rate=${4:-4}
threads=2

command -v wrk >/dev/null || { echo "live-load: wrk is missing (apt-get install wrk)" >&2; exit 1; }
bin=$(realpath "${CARGO_TARGET_DIR:-target}")/release/newsgraph
[[ -x $bin ]] || cargo build --release
work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pool_size=$(python3 -c "import math; print(math.ceil($rate * $seconds) + 10)")
python3 benches/gen-articles.py $((articles + pool_size)) "$work/gen" >/dev/null
mkdir -p "$work/base" "$work/pool" "$work/inbox"
ls "$work/gen" | sort | head -n "$articles" | while read -r f; do mv "$work/gen/$f" "$work/base/"; done
mv "$work/gen/"* "$work/pool/"
"$bin" ingest -q --db "$work/db" "$work/base"
"$bin" stats --db "$work/db" | grep -E '^(articles|triples)'
mapfile -t entities < <("$bin" query --db "$work/db" --format csv \
  'SELECT ?e WHERE { ?e a ng:Organization ; ng:mentionedIn ?a } GROUP BY ?e ORDER BY DESC(COUNT(?a)) ?e LIMIT 8' | tail -n +2 | tr -d '\r')

token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
printf '%s\n' "$token" >"$work/token"
chmod 600 "$work/token"
port=$((20000 + RANDOM % 20000))
"$bin" serve --db "$work/db" --bind "127.0.0.1:$port" --watch "$work/inbox" --write-token-file "$work/token" \
  >"$work/serve.out" 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q serving "$work/serve.out" || { echo "live-load: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

lua_list() { local first=1; printf '{'; for x in "$@"; do ((first)) || printf ','; first=0; printf '[==[%s]==]' "$x"; done; printf '}'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
entity_paths=()
for e in "${entities[@]}"; do entity_paths+=("/api/entity?iri=$(urlencode "$e")"); done
q_people='SELECT ?name ?org WHERE { ?p ng:worksFor ?o ; rdfs:label ?name . ?o rdfs:label ?org } ORDER BY ?name LIMIT 50'
q_latest='SELECT ?a ?t WHERE { ?a a ng:Article ; ng:title ?t ; ng:ingestedAt ?when } ORDER BY DESC(?when) LIMIT 10'
cat >"$work/reads.lua" <<LUA
local paths = $(lua_list "/query?query=$(urlencode "$q_people")" "/query?query=$(urlencode "$q_latest")" \
  "/api/search?q=ka" "/api/search?q=vex" "/api/search?q=stomi" "${entity_paths[@]}")
local requests = {}
for i, path in ipairs(paths) do
  requests[#requests + 1] = wrk.format("GET", path, {["Accept"] = "application/sparql-results+json"})
end
local n = 0
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]
end
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("reads: %d in %.1f s (%.0f per second)\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("read latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("read errors: %d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    errors, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

quiet=$((seconds / 3))
echo "baseline: $connections readers (wrk, $threads threads) for ${quiet}s, no writes; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
wrk -t"$threads" -c"$connections" -d"${quiet}s" --timeout 10s -s "$work/reads.lua" "http://127.0.0.1:$port" >"$work/quiet.out"
grep -E '^(reads|read latency|read errors)' "$work/quiet.out"
echo "load: $connections readers (wrk, $threads threads) for ${seconds}s while writing $rate articles/s"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$work/reads.lua" "http://127.0.0.1:$port" \
  >"$work/wrk.out" &
reader=$!
write_status=0
python3 benches/live-load.py "http://127.0.0.1:$port/" "$token" "$work/pool" "$work/inbox" "$seconds" "$rate" \
  "$work/used" "$work/serve.log" || write_status=$?
wait "$reader"
grep -E '^(reads|read latency|read errors)' "$work/wrk.out"

kill -INT "$server"
wait "$server" || true
server=""

# Every written article, whole: the article graphs against a plain ingest of the same files.
mkdir -p "$work/reference"
cp "$work/base/"* "$work/reference/"
while read -r f; do cp "$work/pool/$f" "$work/reference/"; done <"$work/used"
"$bin" ingest -q --db "$work/ref.db" "$work/reference"
"$bin" export --db "$work/db" --format nquads >"$work/served.nq"
"$bin" export --db "$work/ref.db" --format nquads >"$work/ref.nq"
check_status=0
python3 - "$work/served.nq" "$work/ref.nq" <<'PY' || check_status=$?
import collections, re, sys
TERM = re.compile(r'<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?')
SKIP = ("#source>", "#ingestedAt>", "#url>")
def graphs(path):
    by = collections.defaultdict(set)
    for line in open(path, encoding="utf-8"):
        terms = TERM.findall(line)
        if len(terms) != 4 or not terms[3].startswith("<https://newsgraph.org/id/article/") or terms[1].endswith(SKIP):
            continue
        by[terms[3]].add(" ".join(terms[:3]))
    return by
served, ref = graphs(sys.argv[1]), graphs(sys.argv[2])
missing = [g for g in ref if g not in served]
broken = [g for g in ref if g in served and served[g] != ref[g]]
extra = [g for g in served if g not in ref]
print(f"articles: {len(ref)} expected, {len(served)} stored; missing {len(missing)}, not whole {len(broken)}, unexpected {len(extra)}")
sys.exit(1 if missing or broken or extra else 0)
PY
grep -q '^read errors: 0 ' "$work/quiet.out" && grep -q '^read errors: 0 ' "$work/wrk.out" && ((write_status == 0 && check_status == 0))
