#!/usr/bin/env bash
# Load check for `newsgraph serve` on loopback: builds a store of synthetic
# articles (at least 100k triples), starts the server, and runs wrk with many
# concurrent clients for a while against a mix of SPARQL queries (JSON, XML,
# CSV; GET and POST) and the page's JSON (search, entity). Fails when any
# request errs (socket errors, timeouts, non-2xx answers).
#
#   benches/serve-load.sh [ARTICLES=700] [CONNECTIONS=64] [SECONDS=30]
#
# Needs wrk (apt-get install wrk). Uses target/release/newsgraph, or
# $CARGO_TARGET_DIR/release/newsgraph, building it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-700}
connections=${2:-64}
seconds=${3:-30}
threads=2

command -v wrk >/dev/null || { echo "serve-load: wrk is missing (apt-get install wrk)" >&2; exit 1; }
bin=${CARGO_TARGET_DIR:-target}/release/newsgraph
[[ -x $bin ]] || cargo build --release
work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

python3 benches/gen-articles.py "$articles" "$work/articles"
"$bin" ingest --db "$work/db" "$work/articles" | tail -n 1
triples=$("$bin" query --db "$work/db" --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 | tr -d "\r")
echo "store: $triples triples in the merged graph"
if ((triples < 100000)); then
  echo "serve-load: only $triples triples; give more articles" >&2
  exit 1
fi
# A few entities for the page's entity requests, found before the server holds the store.
mapfile -t entities < <("$bin" query --db "$work/db" --format csv \
  'SELECT ?e WHERE { ?e a ng:Organization ; ng:mentionedIn ?a } GROUP BY ?e ORDER BY DESC(COUNT(?a)) ?e LIMIT 8' | tail -n +2 | tr -d '\r')

port=$((20000 + RANDOM % 20000))
"$bin" serve --db "$work/db" --bind "127.0.0.1:$port" >"$work/serve.out" 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q serving "$work/serve.out" || { echo "serve-load: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

# The request mix, as Lua strings for wrk.
lua_list() { local first=1; printf '{'; for x in "$@"; do ((first)) || printf ','; first=0; printf '[==[%s]==]' "$x"; done; printf '}'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
entity_paths=()
for e in "${entities[@]}"; do entity_paths+=("/api/entity?iri=$(urlencode "$e")"); done
q_people='SELECT ?name ?org WHERE { ?p ng:worksFor ?o ; rdfs:label ?name . ?o rdfs:label ?org } ORDER BY ?name LIMIT 50'
q_count='SELECT ?class (COUNT(?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class'
q_quotes='SELECT ?who ?text WHERE { ?s ng:said ?q ; rdfs:label ?who . ?q ng:text ?text } LIMIT 20'
q_ask='ASK { ?o ng:acquired ?x }'
q_describe='CONSTRUCT { ?o ng:locatedIn ?p } WHERE { ?o ng:locatedIn ?p } LIMIT 100'
cat >"$work/mix.lua" <<LUA
local gets = $(lua_list "/query?query=$(urlencode "$q_people")" "/sparql?query=$(urlencode "$q_count")" \
  "/api/search?q=ka" "/api/search?q=vex" "/api/search?q=stomi" "${entity_paths[@]}")
local posts = $(lua_list "$q_quotes" "$q_ask" "$q_people")
local accepts = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv"}
local requests = {}
for i, path in ipairs(gets) do
  requests[#requests + 1] = wrk.format("GET", path, {["Accept"] = accepts[(i % 3) + 1]})
end
for i, q in ipairs(posts) do
  requests[#requests + 1] = wrk.format("POST", "/query", {["Content-Type"] = "application/sparql-query", ["Accept"] = accepts[(i % 3) + 1]}, q)
end
requests[#requests + 1] = wrk.format("POST", "/query",
  {["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "text/turtle"}, "query=$(urlencode "$q_describe")")
local n = 0
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]
end
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("requests %d in %.1f s: %.0f per second\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors total: %d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    errors, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

echo "wrk: $threads threads, $connections connections, ${seconds}s, $(nproc) cores, against http://127.0.0.1:$port"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/mix.lua" "http://127.0.0.1:$port" | tee "$work/wrk.out"
echo "server log: $(wc -l <"$work/serve.log") lines; status counts:"
grep -oE '" [0-9]{3} ' "$work/serve.log" | sort | uniq -c
echo "server time per kind of request (mean ms, count):"
awk '{ kind = $3 " " $4; for (i = 1; i <= NF; i++) if ($i == "ms" || $i ~ /^ms$/) { t = $(i - 1) }
       q = index($0, "query=\""); if (q) kind = kind " " substr($0, q + 7, 40)
       sum[kind] += t; n[kind]++ }
     END { for (k in sum) printf "  %8.1f %6d  %s\n", sum[k] / n[k], n[k], k }' "$work/serve.log" | sort -rn | head -20
grep -q '^errors total: 0 ' "$work/wrk.out"
