#!/usr/bin/env bash
# Runs the fourteen reproductions of issue 13 ("No request and no input can
# take newsgraph down or lose an article") against a newsgraph binary and
# prints one line per case:
#
#   id  reproduction  status  wall s  peak MB  ask  bar  message
#
#   status   `exit N` for a command (TIMEOUT when it hit the cap, KILLED>…MB
#            when the memory guard stopped it), the HTTP status(es) for the
#            server's cases;
#   peak MB  GNU `/usr/bin/time -f %M` of the command (its largest process);
#            for the server, VmHWM of the serve process (a fresh server per
#            case, so the figure is that case's);
#   ask      server cases: did `ASK {}` answer 200 within 1 s right after;
#   bar      the issue's "Done when": `ok`, or what failed (time: hit the cap;
#            mem: peak >= 1 GB; crash: killed by a signal; ask: the server did
#            not answer in 1 s; down: the server died; status: not the exit
#            status expected; and case-specific checks, e.g. articles lost);
#   message  the first line the command printed on standard error (else
#            standard output), or the first line of the HTTP answer's body,
#            with what the case checked in [brackets] in front. Whether a
#            message is *clear* is left to the reader.
#
#   benches/reproductions.sh BINARY WORKDIR
#
# In WORKDIR it builds (and reuses on later runs) a store of 20,000 generated
# articles (benches/gen-articles.py 20000, then `BINARY ingest`) and the large
# hostile inputs (an 8 GB-of-zeros .gz, a 4 GB text .gz, a 1 GB sparse file);
# each run's scratch stores and small inputs go to WORKDIR/run (emptied at the
# start). Needs GNU time, curl, python3, and root (or user namespaces) for
# case 13's read-only bind mount and full tmpfs. Disk: about 1.5 GB in WORKDIR
# plus the exports of case 11 (written one at a time, then deleted).
#
# Environment: SECTIONS (the reproductions to run, by number, e.g. "10 11";
# default all), CAP (seconds a case may run, default 300: past it the case is
# stopped and shown as TIMEOUT, which is a finding), MEMCAP_MB (default 4096:
# a process holding more is killed, so that one runaway case cannot take the
# machine down; shown as KILLED>4096MB), SETUP_CAP (seconds for building the
# store and the inputs, default 3600).
#
# Sizes: everything is at the issue's sizes except where the issue's input has
# no end (`ingest - </dev/zero`, `yes | ingest -`, a query that never stops, a
# body sent at 1 byte/s): those are cut at CAP, so an unfixed binary shows
# TIMEOUT (or KILLED) rather than running for ever. The store is the issue's
# 20k articles of generated text, not the 532k-triple store of real news the
# issue was found on; case 11 runs the table query over every quad as well
# as every triple of the merged graph, to reach millions of rows.
#
# benches/hostile-inputs.sh times four of case 4's inputs and two of case 11's
# outputs on a small store, in its own format; this script needs one line per
# reproduction, the issue's other sizes and the 20k store, so it makes inputs
# of the same shapes itself (its own invented words) instead of calling it.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 BINARY WORKDIR" >&2
  exit 2
fi
bin=$(readlink -f "$1")
mkdir -p "$2" || exit 2
work=$(cd "$2" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
CAP=${CAP:-300}
MEMCAP_MB=${MEMCAP_MB:-4096}
SETUP_CAP=${SETUP_CAP:-3600}
ARTICLES=${ARTICLES:-20000} # fewer (at least 3,000) only to try the script out quickly
want() { [[ -z ${SECTIONS:-} || " $SECTIONS " == *" $1 "* ]]; }
die() {
  echo "reproductions: $*" >&2
  exit 2
}
[[ -x $bin ]] || die "$1 is not an executable"
[[ -x /usr/bin/time ]] || die "GNU time is missing (apt-get install time)"
command -v curl >/dev/null || die "curl is missing"
command -v python3 >/dev/null || die "python3 is missing"

T=$work/run # this run's scratch
inputs=$work/inputs # large inputs, kept between runs
articles=$work/articles-$ARTICLES
store=$work/store-$ARTICLES
rm -rf "$T"
mkdir -p "$T" "$inputs"

# ---------------------------------------------------------------- plumbing

server_tpid='' # the `timeout` around the server
server_pid=''  # the serve process
server_watch=''
cleanup() {
  stop_server
  # Background helpers this script started (by their ids).
  local p
  for p in $(jobs -p); do kill "$p" 2>/dev/null; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The processes below PID, recursively.
tree_pids() {
  local p
  for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$p"
    tree_pids "$p"
  done
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Watches the processes under ROOT (and ROOT), writes the largest resident
# set seen to FILE.max, and kills them all once one holds more than
# MEMCAP_MB (then FILE.killed exists).
mem_guard() {
  local root=$1 file=$2 max=0 p r
  while kill -0 "$root" 2>/dev/null; do
    for p in "$root" $(tree_pids "$root"); do
      echo "$p" >>"$file.pids"
      r=$(rss_kb "$p")
      r=${r:-0}
      if ((r > max)); then
        max=$r
        echo "$max" >"$file.max"
      fi
      if ((r > MEMCAP_MB * 1024)); then
        touch "$file.killed"
        kill -KILL "$p" $(tree_pids "$root") 2>/dev/null
      fi
    done
    sleep 0.25
  done
}

now() { date +%s.%N; }

# Waits until the processes listed in FILE (ones this script started) have
# ended, so that a killed command's store lock is free for the next case;
# kills what is left after 30 s.
gone() {
  [[ -f $1 ]] || return 0
  local p i left
  for i in $(seq 1 120); do
    left=''
    for p in $(sort -u "$1"); do
      [[ -e /proc/$p ]] && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null && left+=" $p"
    done
    [[ -n $left ]] || return 0
    ((i == 120)) && kill -KILL $left 2>/dev/null
    sleep 0.25
  done
}
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# The first non-empty line of FILE (- standard input), control characters
# dropped, 150 characters at most.
first_line() {
  [[ $1 == - || -f $1 ]] || return 0
  head -c 65536 "$1" | tr -d '\000-\011\013-\037' | grep -m1 -v '^[[:space:]]*$' | cut -c1-150
}

# run_cmd CMD...: runs it under `timeout $CAP`, GNU time and the memory guard.
# Standard input from $IN (default /dev/null), output to $OUT (default
# $T/out), errors to $T/err. Sets STATUS, RC, WALL, PEAK (MB), MSG.
run_cmd() {
  local out=${OUT:-$T/out} in=${IN:-/dev/null} start rc
  rm -f "$T/rss" "$T/guard.max" "$T/guard.killed" "$T/guard.pids"
  start=$(now)
  timeout -k 5 "$CAP" /usr/bin/time -f '%M' -o "$T/rss" "$@" <"$in" >"$out" 2>"$T/err" &
  local pid=$!
  mem_guard "$pid" "$T/guard" &
  local guard=$!
  wait "$pid"
  rc=$?
  kill "$guard" 2>/dev/null
  wait "$guard" 2>/dev/null
  WALL=$(since "$start")
  gone "$T/guard.pids"
  RC=$rc
  local kb
  kb=$(grep -E '^[0-9]+$' "$T/rss" 2>/dev/null | tail -n 1)
  if [[ -z $kb ]]; then kb=$(cat "$T/guard.max" 2>/dev/null || echo 0); fi
  PEAK=$((kb / 1024))
  if [[ -e $T/guard.killed ]]; then
    STATUS="KILLED>${MEMCAP_MB}MB"
  elif ((rc == 124)) || { ((rc == 137)) && awk -v w="$WALL" -v c="$CAP" 'BEGIN { exit !(w >= c) }'; }; then
    STATUS=TIMEOUT
  else
    STATUS="exit $rc"
    if grep -q '^Command terminated by signal' "$T/rss" 2>/dev/null; then
      STATUS="exit $rc ($(grep -m1 -o 'signal [0-9]*' "$T/rss"))"
    fi
  fi
  MSG=$(grep -v '^Command terminated by signal' "$T/err" | first_line -)
  [[ -n $MSG || $out == /dev/null ]] || MSG=$(first_line "$out")
}

# Case-specific findings, added by the cases before they report.
NOTE='' # [what was checked] shown before the message
FLAGS=() # failures of the bar beyond time, memory, crash and ask
expect() { # CONDITION-DESCRIPTION TEST...: adds a flag when the test fails
  local what=$1
  shift
  "$@" || FLAGS+=("$what")
}

# report ID NAME [EXPECTED-EXIT-STATUSES] (after run_cmd, or with the server
# variables set): prints the line and resets NOTE and FLAGS.
ASK='-'
ASK_OK=1
report() {
  local id=$1 name=$2 expected=${3:-} flags=("${FLAGS[@]}")
  [[ $STATUS == TIMEOUT ]] && flags+=(time)
  [[ $STATUS == KILLED* ]] && flags+=(mem)
  ((PEAK >= 1024)) && [[ $STATUS != KILLED* ]] && flags+=(mem)
  [[ $STATUS == *signal* ]] && flags+=(crash)
  ((ASK_OK)) || flags+=(ask)
  if [[ -n $expected && $STATUS == exit* ]]; then
    local code=${STATUS#exit }
    code=${code%% *}
    [[ ",$expected," == *",$code,"* ]] || flags+=("status (expected $expected)")
  fi
  local bar=ok
  if ((${#flags[@]})); then bar="FAIL: $(
    IFS=,
    echo "${flags[*]}"
  )"; fi
  local msg=$MSG
  [[ -n $NOTE ]] && msg="[$NOTE] $msg"
  printf '%-4s %-44s %-18s %7s %7s  %-16s %-6s %s\n' "$id" "$name" "$STATUS" "$WALL" "$PEAK" "$ASK" "$bar" "$msg" | tee -a "$T/table.txt"
  NOTE=''
  FLAGS=()
  ASK='-'
  ASK_OK=1
}

# How many articles a store holds (empty when it cannot be read).
count() { # DB SPARQL-SELECT-OF-ONE-NUMBER
  timeout 300 "$bin" query --db "$1" --format csv "$2" 2>/dev/null | tail -n 1 | tr -d '\r"'
}
articles_in() { count "$1" 'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article }'; }
sources_in() { count "$1" 'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a a ng:Article ; ng:source ?s }'; }

# ------------------------------------------------------------------ server

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_server DB [SERVE-OPTIONS...]: a fresh server on a free port; sets
# base (its URL) and server_pid. Fails when it does not answer within CAP.
start_server() {
  local db=$1
  shift
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  rm -f "$T/server.max" "$T/server.killed"
  timeout -k 5 1200 "$bin" serve --db "$db" --bind "127.0.0.1:$port" "$@" >"$T/server.log" 2>&1 &
  server_tpid=$!
  server_pid=''
  local i
  for i in $(seq 1 100); do
    server_pid=$(ps -o pid= --ppid "$server_tpid" 2>/dev/null | tr -d ' ' | head -n 1)
    [[ -n $server_pid ]] && break
    sleep 0.1
  done
  [[ -n $server_pid ]] || return 1
  mem_guard "$server_pid" "$T/server" &
  server_watch=$!
  local start
  start=$(now)
  while kill -0 "$server_pid" 2>/dev/null; do
    curl -s -o /dev/null -m 2 "$base/query?query=ASK%7B%7D" && return 0
    awk -v w="$(since "$start")" -v c="$CAP" 'BEGIN { exit !(w >= c) }' && return 1
    sleep 0.2
  done
  return 1
}

stop_server() {
  if [[ -n $server_pid ]]; then
    kill -TERM "$server_pid" 2>/dev/null
    local i
    for i in $(seq 1 60); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL "$server_pid" 2>/dev/null
    for i in $(seq 1 40); do
      [[ -e /proc/$server_pid ]] || break
      sleep 0.25
    done
  fi
  [[ -n $server_tpid ]] && { kill "$server_tpid" 2>/dev/null; wait "$server_tpid" 2>/dev/null; }
  [[ -n $server_watch ]] && { kill "$server_watch" 2>/dev/null; wait "$server_watch" 2>/dev/null; }
  server_pid=''
  server_tpid=''
  server_watch=''
}

# The server's peak memory (VmHWM, MB) into PEAK; flags a dead server.
server_peak() {
  local kb
  kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null)
  [[ -n $kb ]] || kb=$(cat "$T/server.max" 2>/dev/null || echo 0)
  PEAK=$((kb / 1024))
  if [[ -e $T/server.killed ]]; then
    STATUS="$STATUS KILLED>${MEMCAP_MB}MB"
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    FLAGS+=(down)
    local last
    last=$(grep -v '^ *$' "$T/server.log" | tail -n 1 | cut -c1-100)
    NOTE="${NOTE:+$NOTE; }server died: $last"
  fi
}

# `ASK {}` right now: ASK says "200 0.004s", ASK_OK whether within 1 s.
ask_check() {
  local r
  r=$(curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}' -G --data-urlencode 'query=ASK {}' "$base/query")
  local code=${r%% *} secs=${r##* }
  ASK="$code ${secs}s"
  ASK_OK=0
  [[ $code == 200 ]] && awk -v s="$secs" 'BEGIN { exit !(s < 1) }' && ASK_OK=1
}

# http NAME curl-arguments...: one request; writes the body to $T/NAME.body and
# prints "status seconds".
http() {
  local name=$1
  shift
  rm -f "$T/$name.body"
  curl -s -o "$T/$name.body" -m "$CAP" -w '%{http_code} %{time_total}\n' "$@"
}

# The server's CPU seconds so far (user + system).
cpu_seconds() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$server_pid/stat" 2>/dev/null || echo 0; }

# ------------------------------------------------------------------ inputs

cat >"$T/slow.py" <<'EOF'
# slow.py PORT N LENGTH LIMIT: N connections each POST a query whose body of
# LENGTH bytes is sent one byte a second; once they are all open, one more
# connection asks a plain GET. Prints a summary line: the answers (HTTP status
# or what happened) with how many, the latest of them in seconds, and the
# extra connection's answer.
import asyncio, collections, sys, time

port, n, length, limit = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])


async def answer(reader, limit):
    """The status and first body line of an answer, or what happened instead."""
    data = b""
    try:
        while True:
            chunk = await asyncio.wait_for(reader.read(4096), timeout=limit if not data else 2)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data and len(data) > 4096:
                break
    except asyncio.TimeoutError:
        if not data:
            return "no answer", ""
    except (ConnectionError, OSError):
        if not data:
            return "reset", ""
    if not data:
        return "closed", ""
    if not data.startswith(b"HTTP/"):
        return "garbage", ""
    head, _, body = data.partition(b"\r\n\r\n")
    line = next((l for l in body.decode("utf-8", "replace").splitlines() if l.strip()), "")
    return head.split()[1].decode(), line[:120]


async def slow(out):
    start = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        out.append(("connect failed", time.monotonic() - start, str(e)))
        return
    head = (
        "POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        f"Accept: application/sparql-results+json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()
    body = (b"ASK {}" + b" " * length)[:length]

    async def trickle():
        try:
            writer.write(head)
            await writer.drain()
            for i in range(length):
                writer.write(body[i : i + 1])
                await writer.drain()
                await asyncio.sleep(1)
        except (ConnectionError, OSError):
            pass

    task = asyncio.create_task(trickle())
    status, line = await answer(reader, limit)
    out.append((status, time.monotonic() - start, line))
    task.cancel()
    writer.close()


async def probe():
    start = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        await writer.drain()
        status, line = await answer(reader, 5)
        writer.close()
    except (ConnectionError, OSError) as e:
        status, line = "refused", str(e)
    return status, time.monotonic() - start, line


async def main():
    out = []
    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(slow(out)))
        if i % 64 == 63:
            await asyncio.sleep(0.05)
    await asyncio.sleep(2)
    extra = await probe() if n > 1 else None
    await asyncio.gather(*tasks)
    counts = collections.Counter(s for s, _, _ in out)
    latest = max(t for _, t, _ in out)
    line = next((l for s, _, l in out if l), "")
    summary = ", ".join(f"{s} ({c})" for s, c in counts.most_common())
    text = f"{n} slow: {summary}, the last after {latest:.1f} s"
    if extra:
        text += f"; one more connection meanwhile: {extra[0]} in {extra[1]:.2f} s ({extra[2]})"
    print(text)
    print(line)
    print(" ".join(sorted(counts)))


asyncio.run(main())
EOF

setup_start=$(now)
if [[ ! -f $store.done ]]; then
  echo "# building the $ARTICLES-article store in $store (once)" >&2
  rm -rf "$articles" "$store"
  timeout "$SETUP_CAP" python3 "$repo/benches/gen-articles.py" "$ARTICLES" "$articles" >/dev/null || die "gen-articles.py failed"
  timeout "$SETUP_CAP" /usr/bin/time -f '%e s, %M KB' -o "$store.ingest-time" \
    "$bin" ingest -q --db "$store" "$articles" || die "ingesting the $ARTICLES articles failed"
  touch "$store.done"
fi
if [[ ! -f $inputs/done ]]; then
  echo "# writing the large hostile inputs into $inputs (once)" >&2
  # 8 GB of zeros, gzip-compressed (about 8 MB); 4 GB of text, gzip-compressed; a 1 GB sparse file.
  head -c 8G /dev/zero | timeout "$SETUP_CAP" gzip -1 >"$inputs/zeros-8g.txt.gz" || die "writing zeros-8g.txt.gz failed"
  # `yes` ends on SIGPIPE once `head` has its 4 GB: not a failure (pipefail).
  { yes 'The ferry to Ostrava Point left at noon and the harbour office counted every crate twice.' || true; } |
    head -c 4G | timeout "$SETUP_CAP" gzip -1 >"$inputs/text-4g.txt.gz" || die "writing text-4g.txt.gz failed"
  rm -f "$inputs/sparse-1g.txt"
  truncate -s 1G "$inputs/sparse-1g.txt"
  touch "$inputs/done"
fi

# The small inputs of this run (all text invented here).
python3 - "$T" "$articles" "$ARTICLES" <<'EOF' || die "writing the small inputs failed"
import json, os, sys

t, articles, n_articles = sys.argv[1], sys.argv[2], int(sys.argv[3])
def article(i):
    with open(os.path.join(articles, f"article-{i:05d}.txt"), encoding="utf-8") as f:
        return f.read()
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

# 1: deep queries (depth 5000, and 2000, the most --max-query-depth allows).
# (The FILTER's parenthesis and the group's brace count too: parens-N nests N levels in all.)
for n in (5000, 2000):
    write(f"{t}/q/braces-{n}.rq", "SELECT * WHERE " + "{" * n + " ?s ?p ?o " + "}" * n + " LIMIT 1")
    write(f"{t}/q/parens-{n}.rq", "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * (n - 2) + "?o" + ")" * (n - 2) + ") } LIMIT 1")

# 2: queries that do not stop by themselves.
write(f"{t}/q/cartesian-order.rq", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1")
opt = "SELECT * WHERE { ?x0 ?p0 ?x1 "
for i in range(1, 31):
    opt += f"OPTIONAL {{ ?x{i} ?p{i} ?x{i + 1} "
opt += "}" * 30 + " }"
write(f"{t}/q/optional-30.rq", opt)
write(f"{t}/q/regex-cartesian.rq",
      'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(REGEX(CONCAT(STR(?c), " ", STR(?f)), "no such text [0-9]{9}")) }')
write(f"{t}/q/path-star.rq", "SELECT * WHERE { ?x (rdf:type|^rdf:type|ng:mentionedIn|^ng:mentionedIn)* ?y }")

# 4: inputs whose extraction used to grow with the square of their size.
words = "harbour lanterns drift past quiet orchards while seven clerks count copper bells "
for name, size in (("400k", 400_000), ("1m", 1_000_000), ("10m", 10_000_000)):
    write(f"{t}/x/no-punctuation-{name}.txt", "Lanterns\n\n" + words * (size // len(words)))
said = '"Orders are steady" said Ilse Varga, '
write(f"{t}/x/said-1m.txt", "Orders\n\n" + said * (1_000_000 // len(said)))
write(f"{t}/x/nested-100k.html", "<html><body>" + "<div>" * 100_000 + "<p>Lanterns drift.</p>" + "</div>" * 100_000 + "</body></html>")
write(f"{t}/x/attributes-1m.html",
      "<html><body><p " + " ".join(f"k{i}=v" for i in range(1_000_000)) + ">Lanterns drift.</p></body></html>")
write(f"{t}/x/plain.txt", article(0))

# 5: link loops (made by the shell), around one article each.
write(f"{t}/loop2/story.txt", article(1))
write(f"{t}/loop1/story.txt", article(2))

# 7: two file names that differ only in bytes that are not UTF-8.
os.makedirs(f"{t}/names", exist_ok=True)
for raw, i in ((b"a\xff.txt", 3), (b"a\xfe.txt", 4)):
    with open(os.path.join(f"{t}/names".encode(), raw), "wb") as f:
        f.write(article(i).encode())

# 9: quotes that begin like spreadsheet formulas.
write(f"{t}/formula/formulas.txt", """Velto Labs reports a quiet quarter
3 March 2025

Mara Okafor, the chief executive of Velto Labs, said the company kept its staff.

"=SUM(A1:A9) is the figure the board looked at," Okafor said.

"+40 percent is what the sales team hoped for," Okafor said.

"-12 percent was the drop in orders," Okafor said.

"@channel should read the report before Friday," Okafor said.
""")

# 10: a JSON Lines dump of 3,000 articles, and the same dump cut to its first 996 lines.
lines = []
for i in range(3000):
    text = article(i)
    lines.append(json.dumps({"title": text.split("\n", 1)[0], "text": text}))
write(f"{t}/jsonl/full.jsonl", "\n".join(lines) + "\n")
write(f"{t}/jsonl/short.jsonl", "\n".join(lines[:996]) + "\n")

# 11: a 50 MB article on one line.
parts, size, i = [], 0, 0
while size < 50_000_000:
    p = article(i % n_articles).replace("\n", " ")
    parts.append(p)
    size += len(p) + 1
    i += 1
write(f"{t}/big/one-line-50mb.txt", " ".join(parts)[:50_000_000])

# 12: JSON Lines whose texts hold NUL (and other characters XML forbids).
# (Raw strings: the file holds the JSON escapes themselves.)
title = r"Harbour\u0000 office opens"
text = (r"Harbour\u0000 office opens\n\nIlse Varga, the chief executive of Ostrava Capital, said the office would open.\u0000\n\n"
        r"\"We count\u0000 every crate\u0001 twice,\" Varga said. Ostrava Capital\u000b is based in Lisbon.")
write(f"{t}/nul/nul.jsonl", '{"title": "%s", "date": "2025-04-02", "text": "%s"}\n' % (title, text))

# 14: malformed queries.
write(f"{t}/q/unclosed.rq", "SELECT * WHERE { ?s ?p ?o")
write(f"{t}/q/two-terms.rq", "SELECT * WHERE { ?s ?p }")
write(f"{t}/q/typo.rq", "SELECT ?s WHERE { ?s a ng:Person } ORDR BY ?s")
write(f"{t}/q/insert.rq", "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }")
EOF

ln -s . "$T/loop2/a"
ln -s . "$T/loop2/b"
mkdir -p "$T/loop1/sub"
ln -s .. "$T/loop1/sub/up"
mkdir -p "$T/small-articles"
cp "$articles"/article-000{00..49}.txt "$T/small-articles/"
timeout "$CAP" "$bin" ingest -q --db "$T/db-small" "$T/small-articles" || die "ingesting 50 articles failed"

triples=$(count "$store" 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')
quads=$(count "$store" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')
echo "# newsgraph: $bin ($("$bin" --version 2>/dev/null))"
echo "# store: $(articles_in "$store") articles, $triples triples in the merged graph, $quads quads in the article graphs ($(du -sh "$store" | cut -f1)); built in $(cat "$store.ingest-time" 2>/dev/null || echo '?')"
echo "# machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB; CAP ${CAP} s a case, MEMCAP ${MEMCAP_MB} MB; $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-4s %-44s %-18s %7s %7s  %-16s %-6s %s\n' id reproduction status 'wall s' 'peak MB' 'ask<=1s' bar message | tee "$T/table.txt"

# --------------------------------------------------- 1. deep queries
if want 1; then

run_cmd "$bin" query --db "$store" -f "$T/q/braces-5000.rq"
report 1a "query: 5,000 nested { }" 2
run_cmd "$bin" query --db "$store" -f "$T/q/parens-5000.rq"
report 1b "query: 5,000 ( in a FILTER" 2
run_cmd "$bin" query --db "$store" --max-query-depth 2000 -f "$T/q/braces-2000.rq"
report 1c "query --max-query-depth 2000: 2,000 { }" 0,1,2
run_cmd "$bin" query --db "$store" --max-query-depth 2000 -f "$T/q/parens-2000.rq"
report 1d "query --max-query-depth 2000: 2,000 (" 0,1,2

# serve_case ID NAME EXPECTED-HTTP-STATUS SERVE-OPTIONS -- CURL-ARGUMENTS...: the
# request to a fresh server on the 20k store ($REPEAT times, default once,
# stopping at the first unexpected answer), then ASK.
serve_case() {
  local id=$1 name=$2 expected=$3
  shift 3
  local opts=()
  while (($#)) && [[ $1 != -- ]]; do
    opts+=("$1")
    shift
  done
  shift
  if ! start_server "$store" "${opts[@]}"; then
    STATUS="no server" WALL=0 PEAK=0 MSG=$(first_line "$T/server.log")
    FLAGS+=(down)
    report "$id" "$name"
    stop_server
    return
  fi
  local r k start
  start=$(now)
  for k in $(seq 1 "${REPEAT:-1}"); do
    r=$(http req "$@" "$base/query")
    [[ ${r%% *} == "$expected" ]] || break
  done
  WALL=$(since "$start")
  MSG=$(first_line "$T/req.body")
  if [[ ${r%% *} == "$expected" ]]; then
    STATUS="HTTP ${r%% *}x${REPEAT:-1}"
  else
    STATUS="HTTP ${r%% *} (try $k)"
    FLAGS+=("status (expected $expected)")
  fi
  sleep 0.2
  ask_check
  server_peak
  report "$id" "$name"
  stop_server
}
serve_case 1e "serve GET: 5,000 nested { }" 400 -- -G --data-urlencode "query@$T/q/braces-5000.rq"
serve_case 1f "serve POST: 5,000 ( in a FILTER" 400 -- -H 'Content-Type: application/sparql-query' --data-binary "@$T/q/parens-5000.rq"
# At depth 2000 the server's stack is near its end: the request is sent ten
# times, as one in several overflowed it in a first trial.
REPEAT=10 serve_case 1g "serve --max-query-depth 2000 POST: 2,000 {" 200 --max-query-depth 2000 -- \
  -H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' --data-binary "@$T/q/braces-2000.rq"
REPEAT=10 serve_case 1h "serve --max-query-depth 2000 POST: 2,000 (" 200 --max-query-depth 2000 -- \
  -H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' --data-binary "@$T/q/parens-2000.rq"
fi

# --------------------------------------------------- 2. queries that never stop
if want 2; then

for q in cartesian-order optional-30 regex-cartesian path-star; do
  OUT=/dev/null run_cmd "$bin" query --db "$store" --timeout 10 --format csv -f "$T/q/$q.rq"
  expect "ran past --timeout 10 by > 5 s" awk -v w="$WALL" 'BEGIN { exit !(w < 15) }'
  report "2${q:0:1}" "query --timeout 10: $q" 0,1
done
# Longer, so that the sort's memory can grow: --max-memory (512 MiB by default) must hold it.
OUT=/dev/null run_cmd "$bin" query --db "$store" --timeout 60 --format csv -f "$T/q/cartesian-order.rq"
report 2x "query --timeout 60: cartesian-order (memory)" 0,1

# Against the server (--timeout 10, default workers: twice the cores): the four
# queries at once, then eight (more than the workers); every one must be
# answered (503) within about the timeout, the work must stop (the server's
# CPU in the 3 s after) and ASK must answer within 1 s.
server_round() { # ID NAME COPIES
  local id=$1 name=$2 copies=$3
  if ! start_server "$store" --quiet; then
    STATUS="no server" WALL=0 PEAK=0 MSG=$(first_line "$T/server.log")
    FLAGS+=(down)
    report "$id" "$name"
    stop_server
    return
  fi
  local start pids=() k q i=0
  rm -rf "$T/round"
  mkdir -p "$T/round"
  start=$(now)
  for k in $(seq 1 "$copies"); do
    for q in cartesian-order optional-30 regex-cartesian path-star; do
      i=$((i + 1))
      http "round/r$i" -H 'Content-Type: application/sparql-query' --data-binary "@$T/q/$q.rq" "$base/query" >"$T/round/r$i.status" &
      pids+=($!)
    done
  done
  wait "${pids[@]}"
  WALL=$(since "$start")
  ask_check
  # The server's CPU from 1 s to 4 s after the last answer: a cancelled query
  # leaves it idle.
  local cpu0 cpu1
  sleep 1
  cpu0=$(cpu_seconds)
  sleep 3
  cpu1=$(cpu_seconds)
  local statuses slowest
  statuses=$(cat "$T"/round/*.status | awk '{ print $1 }' | sort | uniq -c | awk '{ printf "%s%sx%s", (NR > 1 ? "," : ""), $2, $1 }')
  slowest=$(cat "$T"/round/*.status | awk '$2 > m { m = $2 } END { printf "%.1f", m }')
  STATUS="HTTP $statuses"
  MSG=$(for f in "$T"/round/*.body; do first_line "$f"; done | sort | uniq -c | sort -rn |
    sed 's/^ *\([0-9]*\) /\1x /' | paste -sd'|' | cut -c1-400)
  local rss
  rss=$(($(rss_kb "$server_pid") / 1024))
  NOTE="slowest answer ${slowest} s; server CPU 1-4 s after: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.0f%%", (b - a) / 3 * 100 }'); RSS after ${rss} MB"
  expect "an answer took > 25 s" awk -v s="$slowest" 'BEGIN { exit !(s < 25) }'
  expect "work goes on after the answers" awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { exit !((b - a) / 3 < 0.2) }'
  # 503 at a time or memory limit; 500 when the answer passes a result cap
  # (the SPARQL protocol's QueryRequestRefused), whose message names the option.
  local r
  for r in "$T"/round/*.status; do
    case $(awk '{ print $1 }' "$r") in
      200 | 503) ;;
      500) grep -qE -- '--max-(rows|result-bytes)' "${r%.status}.body" || FLAGS+=("a 500 that names no limit") ;;
      *) FLAGS+=("not every answer is 200, 503 or a result cap's 500") ;;
    esac
  done
  server_peak
  report "$id" "$name"
  stop_server
}
server_round 2s "serve --timeout 10: the 4 queries at once" 1
server_round 2t "serve --timeout 10: 8 at once (4 workers)" 2
fi

# --------------------------------------------------- 3. stdin and gzip read whole
if want 3; then

IN=/dev/zero run_cmd "$bin" ingest --db "$T/db3a" -
report 3a "ingest - </dev/zero" 1
run_cmd "$bin" ingest --db "$T/db3b" "$inputs/zeros-8g.txt.gz"
report 3b "ingest 8 GB of zeros as .gz" 1
run_cmd "$bin" ingest --db "$T/db3c" "$inputs/text-4g.txt.gz"
report 3c "ingest 4 GB of text as .gz" 1
run_cmd "$bin" ingest --db "$T/db3d" "$inputs/sparse-1g.txt"
report 3d "ingest a 1 GB sparse file" 1
IN=$inputs/zeros-8g.txt.gz run_cmd "$bin" ingest --db "$T/db3e" -
report 3e "ingest - <8 GB of zeros as .gz" 1
run_cmd bash -c 'yes "The ferry left at noon and the harbour office counted every crate twice." | "$0" ingest --db "$1" -' "$bin" "$T/db3f"
report 3f "yes TEXT | ingest - (text without end)" 1
fi

# --------------------------------------------------- 4. extraction time
if want 4; then

for item in a:no-punctuation-400k.txt b:no-punctuation-1m.txt c:no-punctuation-10m.txt d:said-1m.txt \
  e:nested-100k.html f:attributes-1m.html; do
  f=${item#*:}
  run_cmd "$bin" ingest --db "$T/db4-$f" "$T/x/$f"
  # Web pages past the depth or attribute limit are refused (exit 1) with a message.
  case $f in
    *.html) report "4${item%%:*}" "ingest $f" 0,1 ;;
    *) report "4${item%%:*}" "ingest $f" 0 ;;
  esac
done
mkdir -p "$T/x-all"
cp "$T"/x/* "$T/x-all/"
run_cmd "$bin" ingest --db "$T/db4-all" "$T/x-all"
n=$(articles_in "$T/db4-all")
NOTE="$n articles stored of 7 files"
expect "the plain article was not stored" test "${n:-0}" -ge 1
report 4z "ingest a folder of all six + one article" 0,1
fi

# --------------------------------------------------- 5. link loops
if want 5; then

run_cmd "$bin" ingest --db "$T/db5a" "$T/loop2"
n=$(articles_in "$T/db5a") s=$(sources_in "$T/db5a")
NOTE="$n article, $s source"
expect "read more than once" test "$n/$s" = 1/1
report 5a "ingest a folder with two 'ln -s .'" 0
run_cmd "$bin" ingest --db "$T/db5b" "$T/loop1"
n=$(articles_in "$T/db5b") s=$(sources_in "$T/db5b")
NOTE="$n article, $s source"
expect "read more than once" test "$n/$s" = 1/1
report 5b "ingest a folder with one 'ln -s ..' loop" 0
fi

# --------------------------------------------------- 6. slow bodies, connection floods
if want 6; then

slow_case() { # ID NAME CONNECTIONS
  local id=$1 name=$2 n=$3
  if ! start_server "$store" --quiet; then
    STATUS="no server" WALL=0 PEAK=0 MSG=$(first_line "$T/server.log")
    FLAGS+=(down)
    report "$id" "$name"
    stop_server
    return
  fi
  local start
  start=$(now)
  timeout -k 5 "$CAP" python3 "$T/slow.py" "${base##*:}" "$n" 1000 "$((CAP - 20))" >"$T/slow.out" 2>"$T/slow.err"
  local rc=$?
  WALL=$(since "$start")
  ask_check
  if ((rc == 124 || rc == 137)); then
    STATUS=TIMEOUT
    MSG="(the client was stopped at $CAP s)"
  else
    STATUS="HTTP $(sed -n 3p "$T/slow.out")"
    NOTE=$(sed -n 1p "$T/slow.out")
    MSG=$(sed -n 2p "$T/slow.out")
    [[ -n $MSG ]] || MSG=$(first_line "$T/slow.err")
    expect "a slow body was not answered 408" bash -c "[[ \$(sed -n 3p '$T/slow.out') == 408 ]]"
    if ((n > 1)); then expect "no 503 past --max-connections" grep -q 'meanwhile: 503' "$T/slow.out"; fi
  fi
  server_peak
  report "$id" "$name"
  stop_server
}
slow_case 6a "serve: one body at 1 byte/s" 1
slow_case 6b "serve: 1,024 bodies at 1 byte/s, +1 conn" 1024
fi

# --------------------------------------------------- 7. file names that are not UTF-8
if want 7; then

run_cmd "$bin" ingest --db "$T/db7" "$T/names"
n=$(articles_in "$T/db7") s=$(sources_in "$T/db7")
NOTE="$n articles, $s sources"
expect "an article was lost" test "$n/$s" = 2/2
report 7a "ingest a\\xff.txt and a\\xfe.txt" 0
run_cmd "$bin" remove --db "$T/db7" "$T/names/"$'a\xff.txt'
n=$(articles_in "$T/db7")
NOTE="$n article left"
expect "not exactly one left" test "$n" = 1
report 7b "remove a\\xff.txt" 0
fi

# --------------------------------------------------- 8. export over the store
if want 8; then

# export_over ID NAME OUTPUT: an export aimed at the store's own file; the store must stay whole.
export_over() {
  run_cmd "$bin" export --db "$T/db8" --format ntriples -o "$3"
  local n
  n=$(articles_in "$T/db8")
  NOTE="store after: ${n:-unreadable} articles"
  expect "store damaged" test "$n" = 50
  report "$1" "$2" 2
}
cp -a "$T/db-small" "$T/db8"
export_over 8a "export -o STORE/CURRENT" "$T/db8/CURRENT"
ln -s "$T/db8" "$T/db8-link"
export_over 8b "export -o LINK-TO-STORE/CURRENT" "$T/db8-link/CURRENT"
mkdir -p "$T/plain"
echo 'not a store' >"$T/plain/CURRENT"
echo 'notes' >"$T/plain/notes.txt"
before=$(ls -A "$T/plain" | tr '\n' ' ')
run_cmd "$bin" stats --db "$T/plain"
after=$(ls -A "$T/plain" | tr '\n' ' ')
NOTE="folder: $after"
expect "folder changed" test "$before" = "$after"
report 8c "stats on a folder holding CURRENT" 1,2
fi

# --------------------------------------------------- 9. CSV formulas
if want 9; then

csv_check() { # FILES...: "N quotes like formulas neutralised, M raw", FLAGS on raw ones
  python3 - "$@" <<'EOF'
import csv, sys
raw, safe, first = 0, 0, ""
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    raw += 1
                    first = first or cell[:40]
                elif cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@"):
                    safe += 1
print(f"{safe} formula-like cells neutralised, {raw} raw" + (f" (first: {first!r})" if first else ""))
sys.exit(1 if raw else 0)
EOF
}
timeout "$CAP" "$bin" ingest -q --db "$T/db9" "$T/formula" 2>/dev/null
run_cmd "$bin" export --db "$T/db9" --format csv -o "$T/csv9"
NOTE=$(csv_check "$T"/csv9/*.csv) || FLAGS+=("formula cells")
[[ $NOTE == 0\ formula-like\ cells\ neutralised,\ 0\ raw ]] && FLAGS+=("no formula-like quote extracted")
report 9a "export --format csv, quotes like =SUM(" 0
run_cmd "$bin" query --db "$T/db9" --format csv 'SELECT ?q WHERE { ?x ng:text ?q }'
NOTE=$(csv_check "$T/out") || FLAGS+=("formula cells raw in the SPARQL CSV results")
[[ $NOTE == 0\ formula-like\ cells\ neutralised,\ 0\ raw ]] && FLAGS+=("no formula-like quote extracted")
report 9b "query --format csv of those quotes" 0
fi

# --------------------------------------------------- 10. JSON Lines that shrank
if want 10; then

run_cmd "$bin" ingest --db "$T/db10" "$T/jsonl/full.jsonl"
n=$(articles_in "$T/db10")
NOTE="$n articles"
expect "not 3000" test "$n" = 3000
report 10a "ingest a 3,000-line JSON Lines file" 0
cp "$T/jsonl/short.jsonl" "$T/jsonl/full.jsonl"
run_cmd "$bin" ingest --db "$T/db10" "$T/jsonl/full.jsonl"
n=$(articles_in "$T/db10")
NOTE="$n articles (996 expected)"
expect "gone lines kept" test "$n" = 996
report 10b "again after cutting it to 996 lines" 0
fi

# --------------------------------------------------- 11. big outputs
if want 11; then

OUT=/dev/null run_cmd "$bin" query --db "$store" --format table 'SELECT * WHERE { ?s ?p ?o }'
NOTE="$triples rows"
report 11a "query --format table, every triple" 0
OUT=/dev/null run_cmd "$bin" query --db "$store" --format table 'SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }'
NOTE="$quads rows"
report 11b "query --format table, every quad" 0
OUT=/dev/null run_cmd "$bin" query --db "$store" --format csv 'SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }'
NOTE="$quads rows"
report 11c "query --format csv, every quad" 0
for item in d:jsonld e:ntriples f:nquads g:turtle h:trig i:graphml j:dot k:csv; do
  f=${item#*:}
  rm -rf "$T/export"
  run_cmd "$bin" export --db "$store" --format "$f" -o "$T/export"
  NOTE="$(du -sh "$T/export" 2>/dev/null | cut -f1) written"
  report "11${item%%:*}" "export --format $f (20k store)" 0
done
rm -rf "$T/export"
run_cmd "$bin" ingest --db "$T/db11" "$T/big/one-line-50mb.txt"
report 11x "ingest a 50 MB one-line article" 1
run_cmd "$bin" ingest --db "$T/db11" --max-article-bytes 60000000 "$T/big/one-line-50mb.txt"
report 11y "  same, --max-article-bytes 60000000" 0,1
fi

# --------------------------------------------------- 12. NUL in JSON Lines
if want 12; then

xml_check() { # FILE: "well-formed" or the parser's complaint
  python3 -c '
import sys, xml.dom.minidom
try:
    xml.dom.minidom.parse(sys.argv[1]); print("well-formed XML")
except Exception as e:
    print("NOT well-formed XML: %s" % e); sys.exit(1)' "$1"
}
run_cmd "$bin" ingest --db "$T/db12" "$T/nul/nul.jsonl"
n=$(articles_in "$T/db12")
NOTE="$n article stored"
report 12a "ingest JSON Lines with \\u0000 in its text" 0,1
run_cmd "$bin" query --db "$T/db12" --format xml 'SELECT * WHERE { ?s ?p ?o }'
NOTE=$(xml_check "$T/out") || FLAGS+=(xml)
report 12b "query --format xml of that store" 0
run_cmd "$bin" query --db "$T/db12" --format rdfxml 'CONSTRUCT WHERE { ?s ?p ?o }'
NOTE=$(xml_check "$T/out") || FLAGS+=(xml)
report 12c "query CONSTRUCT --format rdfxml" 0
if start_server "$T/db12" --quiet; then
  r=$(http r12 -H 'Accept: application/sparql-results+xml' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o }' "$base/query")
  STATUS="HTTP ${r%% *}" WALL=$(printf '%.2f' "${r##* }") MSG=$(first_line "$T/r12.body")
  NOTE=$(xml_check "$T/r12.body") || FLAGS+=(xml)
  ask_check
  server_peak
else
  STATUS="no server" WALL=0 PEAK=0 MSG=$(first_line "$T/server.log")
  FLAGS+=(down)
fi
report 12d "serve: the same SELECT as XML"
stop_server
fi

# --------------------------------------------------- 13. read-only store, full disk
if want 13; then

cat >"$T/ro.sh" <<'EOF'
# ro.sh STORE COMMAND...: COMMAND with STORE bind-mounted read-only (in this mount namespace)
store=$1; shift
mount --bind "$store" "$store" && mount -o remount,ro,bind "$store" "$store" || { echo "ro.sh: cannot mount read-only" >&2; exit 97; }
exec "$@"
EOF
cat >"$T/full.sh" <<'EOF'
# full.sh STORE MOUNT COMMAND...: COMMAND with a copy of STORE at MOUNT/db on a full tmpfs
src=$1 mnt=$2; shift 2
mkdir -p "$mnt"
size=$(( $(du -sm "$src" | cut -f1) + 16 ))
mount -t tmpfs -o size=${size}m tmpfs "$mnt" && cp -a "$src" "$mnt/db" || { echo "full.sh: cannot make the full disk" >&2; exit 97; }
head -c $(( size * 2 ))M /dev/zero >"$mnt/fill" 2>/dev/null
avail=$(df --output=avail -k "$mnt" | tail -n 1 | tr -d ' ')
[ "$avail" = 0 ] || { echo "full.sh: the disk is not full ($avail KB left)" >&2; exit 97; }
exec "$@"
EOF
run_cmd unshare -m bash "$T/ro.sh" "$store" "$bin" stats --db "$store"
report 13a "stats, read-only store (20k)" 0
run_cmd unshare -m bash "$T/ro.sh" "$store" "$bin" query --db "$store" --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
NOTE="$(tail -n 1 "$T/out" | tr -d '\r') triples"
report 13b "query, read-only store" 0
OUT=$T/ro-export.nt run_cmd unshare -m bash "$T/ro.sh" "$store" "$bin" export --db "$store" --format ntriples
NOTE="$(wc -l <"$T/ro-export.nt") triples written"
MSG=$(first_line "$T/err")
rm -f "$T/ro-export.nt"
report 13c "export ntriples, read-only store" 0
run_cmd unshare -m bash "$T/ro.sh" "$store" "$bin" ingest --db "$store" "$T/x/plain.txt"
report 13d "ingest into a read-only store" 1
for item in e:stats f:query g:export h:ingest; do
  c=${item#*:}
  case $c in
    stats) args=(stats) ;;
    query) args=(query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }') ;;
    export) args=(export --format ntriples) ;;
    ingest) args=(ingest "$T/formula/formulas.txt") ;;
  esac
  run_cmd unshare -m bash "$T/full.sh" "$T/db-small" "$T/mnt" "$bin" "${args[0]}" --db "$T/mnt/db" "${args[@]:1}"
  [[ $c == query ]] && NOTE="$(tail -n 1 "$T/out" | tr -d '\r') triples"
  [[ $c == export ]] && NOTE="$(wc -l <"$T/out") triples written" MSG=$(first_line "$T/err")
  if [[ $c == ingest ]]; then report 13h "ingest on a full disk" 1; else report "13${item%%:*}" "$c, full disk (50-article store)" 0; fi
done
fi

# --------------------------------------------------- 14. messages
if want 14; then

# A message listing the parser's grammar rules ("expected one of LATERAL,
# SERVICE, [_]", character ranges) is what the issue called unclear.
jargon() { grep -qE "expected one of.*(LATERAL|\[_\]|\\u\{|'0' \.\.=)" <<<"$MSG" && FLAGS+=("parser jargon"); }
run_cmd "$bin" query --db "$T/db-small" -f "$T/q/unclosed.rq"
jargon
report 14a "query: 'SELECT * WHERE { ?s ?p ?o'" 2
run_cmd "$bin" query --db "$T/db-small" -f "$T/q/two-terms.rq"
jargon
report 14b "query: 'SELECT * WHERE { ?s ?p }'" 2
run_cmd "$bin" query --db "$T/db-small" -f "$T/q/typo.rq"
jargon
report 14c "query: '... ORDR BY ?s'" 2
run_cmd "$bin" query --db "$T/db-small" -f "$T/q/insert.rq"
report 14d "query: INSERT DATA { ... }" 2
# Two ingests started together into a folder that does not exist yet, five times.
start=$(now)
losers=()
statuses=()
peak_kb=0
for trial in 1 2 3 4 5; do
  db=$T/db14-$trial
  for side in a b; do
    timeout -k 5 "$CAP" /usr/bin/time -f '%M' -o "$T/race-$side.rss" "$bin" ingest -q --db "$db" "$T/small-articles" \
      >"$T/race-$side.out" 2>"$T/race-$side.err" &
    eval "pid_$side=\$!"
  done
  wait "$pid_a"
  rc_a=$?
  wait "$pid_b"
  rc_b=$?
  statuses+=("$rc_a/$rc_b")
  for side in a b; do
    kb=$(grep -E '^[0-9]+$' "$T/race-$side.rss" | tail -n 1)
    ((${kb:-0} > peak_kb)) && peak_kb=$kb
    eval "rc=\$rc_$side"
    if ((rc != 0)); then losers+=("$(first_line "$T/race-$side.err")"); fi
  done
  n=$(articles_in "$db")
  [[ $n == 50 ]] || FLAGS+=("trial $trial: $n articles")
done
WALL=$(since "$start")
PEAK=$((peak_kb / 1024))
STATUS="exit $(
  IFS=,
  echo "${statuses[*]}"
)"
MSG=$(printf '%s\n' "${losers[@]}" | sed 's/db14-[0-9]/db14-N/g' | sort | uniq -c | sort -rn | sed 's/^ *\([0-9]*\) /\1x /' | paste -sd'|' | cut -c1-200)
NOTE="5 races"
printf '%s\n' "${losers[@]}" | grep -q 'is not a newsgraph store' && FLAGS+=("loser told 'not a newsgraph store'")
printf '%s\n' "${statuses[@]}" | grep -qvE '^(0/[01]|1/0)$' && FLAGS+=("status")
report 14e "two first ingests at once (5 trials)"
fi

echo "# done in $(since "$setup_start") s; the table is also in $T/table.txt"
