#!/usr/bin/env python3
"""Latency of the page's interactive requests on a store of about a million
triples, one client on loopback, one request at a time (a quiet machine: run
nothing else meanwhile).

    benches/serve-latency.py [--articles N] [--work DIR] [LABEL=]BINARY...

For each newsgraph binary given (for example the binary before a change and
the one after it), builds a store of N generated articles (benches/gen-articles.py;
5,640 articles make about 1.1 million triples) in WORK/LABEL.db unless it is
there already, starts `newsgraph serve` on it, and times: the server's start,
the first search after it, search as you type, the start page (/api/stats), a
typical entity page and a hub's (a city hundreds of companies are located in)
with its neighbourhood picture, the provenance of one entity's facts (the
README's query shape), each example query of examples/queries through the
SPARQL endpoint, and `newsgraph stats` beside it; and where the binary
answers them, the hub's community, its version (which an open page polls) and
the start page's most influential entities. Prints one table with p50 and
p95 in milliseconds per binary. Each request is repeated until 40 samples or 15
seconds, after one warm-up run; a request that runs past the server's
timeout (120 s) is shown as failed.
"""

import argparse
import http.client
import json
import os
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES, BUDGET_S = 40, 10.0


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


class Client:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(self, method, path, body=None, headers=None):
        self.conn.request(method, path, body=body, headers=headers or {})
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"{method} {path[:80]}: {response.status} {data[:200]!r}")
        return data

    def get_json(self, path):
        return json.loads(self.request("GET", path, headers={"Accept": "application/json"}))

    def sparql(self, query):
        data = self.request("POST", "/query", body=query.encode(),
                            headers={"Content-Type": "application/sparql-query",
                                     "Accept": "application/sparql-results+json"})
        return json.loads(data)["results"]["bindings"]


def timed(job):
    start = time.perf_counter()
    job()
    return (time.perf_counter() - start) * 1000


def measure(job):
    """(p50, p95, samples) in ms; a request that fails (a 503 past the timeout)
    counts as failed, and the figures are None."""
    try:
        first = timed(job)
        samples, spent = [], first
        while len(samples) < SAMPLES and (spent < BUDGET_S * 1000 or len(samples) < 3):
            ms = timed(job)
            samples.append(ms)
            spent += ms
    except RuntimeError as e:
        print(f"  failed: {e}", file=sys.stderr)
        return None, None, 0
    return percentile(samples, 50), percentile(samples, 95), len(samples)


def build_store(binary, db, articles_dir):
    if os.path.exists(db):
        return
    print(f"ingesting {articles_dir} into {db}", file=sys.stderr)
    subprocess.run([binary, "ingest", "-q", "--db", db, articles_dir], check=True)


def start_server(binary, db):
    port = 20000 + os.getpid() % 20000
    started = time.perf_counter()
    server = subprocess.Popen([binary, "serve", "--quiet", "--timeout", "120", "--db", db, "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    if "serving" not in line:
        server.kill()
        raise RuntimeError(f"the server did not start: {line!r}")
    return server, port, (time.perf_counter() - started) * 1000


def quote(text):
    return urllib.parse.quote(text, safe="")


PROVENANCE = """SELECT ?s ?p ?o ?sentence ?title WHERE {
  VALUES ?e { <IRI> }
  { ?e ?p ?o BIND(?e AS ?s) } UNION { ?s ?p ?e BIND(?e AS ?o) }
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:article ?a ; ng:sentence ?sentence .
  ?a ng:title ?title .
}"""

PROVENANCE_LINKED = """SELECT ?s ?p ?o ?sentence ?title WHERE {
  VALUES ?e { <IRI> }
  ?e ng:evidence ?ev .
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:article ?a ; ng:sentence ?sentence .
  ?a ng:title ?title .
}"""


def run_binary(label, binary, db, examples=True):
    results = {}
    server, port, start_ms = start_server(binary, db)
    try:
        client = Client(port)
        results["server start (until it accepts requests)"] = (start_ms, start_ms, 1)
        hub_rows = client.sparql("SELECT ?e ?l WHERE { ?e a ng:Place ; rdfs:label ?l ; ng:mentionedIn ?a } "
                                 "GROUP BY ?e ?l ORDER BY DESC(COUNT(?a)) LIMIT 1")
        hub, hub_label = hub_rows[0]["e"]["value"], hub_rows[0]["l"]["value"]
        first = timed(lambda: client.get_json("/api/search?q=" + quote(hub_label[:3].lower())))
        results["first search after the start"] = (first, first, 1)
        typical = [r["e"]["value"] for r in client.sparql(
            "SELECT ?e WHERE { ?e a ng:Organization ; ng:competesWith ?x } ORDER BY ?e LIMIT 5 OFFSET 500")]
        people = [r["l"]["value"] for r in client.sparql(
            "SELECT ?l WHERE { ?e a ng:Person ; rdfs:label ?l } ORDER BY ?l LIMIT 3 OFFSET 700")]
        typed = [name[:k].lower() for name in people + [hub_label] for k in range(1, len(name) + 1)]
        state = {"i": 0}

        def next_of(items):
            state["i"] += 1
            return items[state["i"] % len(items)]

        facts = client.get_json("/api/entity?iri=" + quote(hub))["facts"]
        hub_facts = facts["total"] if isinstance(facts, dict) else len(facts)
        hub_name = f"entity page, hub ({hub_label}: {hub_facts} facts) with its picture"
        requests = [
            ("search as you type (each prefix of 4 names)", lambda: client.get_json("/api/search?q=" + quote(next_of(typed)))),
            ("start page: /api/stats", lambda: client.get_json("/api/stats")),
            ("entity page, typical (5 organisations)", lambda: client.get_json("/api/entity?iri=" + quote(next_of(typical)))),
            (hub_name, lambda: client.get_json("/api/entity?iri=" + quote(hub))),
        ]
        if isinstance(facts, dict):
            requests.append(("  the hub's next page of facts", lambda: client.get_json(
                "/api/entity?iri=" + quote(hub) + "&list=facts&offset=50")))
            requests.append(("  the hub's next page of articles", lambda: client.get_json(
                "/api/entity?iri=" + quote(hub) + "&list=articles&offset=50")))
        # What the page asks for besides (where the binary answers it).
        for name, path in [("  the hub's community (entity page)", "/api/community?iri=" + quote(hub)),
                           ("  the hub's version (the open page polls it)", "/api/entity/version?iri=" + quote(hub)),
                           ("start page: most influential (/api/influential)", "/api/influential")]:
            try:
                client.get_json(path)
            except RuntimeError:
                continue
            requests.append((name, lambda path=path: client.get_json(path)))
        requests.append(("provenance of one entity, README form (UNION)",
                         lambda: client.sparql(PROVENANCE.replace("IRI", next_of(typical)))))
        if client.sparql("SELECT ?ev WHERE { ?x ng:evidence ?ev } LIMIT 1"):
            requests.append(("provenance of one entity, ng:evidence form",
                             lambda: client.sparql(PROVENANCE_LINKED.replace("IRI", next_of(typical)))))
        queries = os.path.join(ROOT, "examples", "queries")
        for name in sorted(os.listdir(queries)) if examples else []:
            with open(os.path.join(queries, name), encoding="utf-8") as f:
                text = f.read()
            requests.append((f"example {name}", lambda text=text: client.sparql(text)))
        for name, job in requests:
            results[name] = measure(job)
            print(f"{label}: {name}: {results[name]}", file=sys.stderr)
    finally:
        server.terminate()
        server.wait()
    results["`newsgraph stats` (whole command)"] = measure(
        lambda: subprocess.run([binary, "stats", "--db", db], check=True, stdout=subprocess.DEVNULL))
    triples = subprocess.run([binary, "query", "--db", db, "--format", "csv",
                              "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
                             check=True, capture_output=True, text=True).stdout.split()[-1]
    return results, int(triples)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5640)
    parser.add_argument("--work", default="/tmp/newsgraph-latency")
    parser.add_argument("--no-examples", action="store_true", help="leave out the example queries")
    parser.add_argument("binaries", nargs="+", help="[LABEL=]PATH of a newsgraph binary")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    articles = os.path.join(args.work, "articles")
    if not os.path.isdir(articles):
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen-articles.py"), str(args.articles), articles],
                       check=True)
    columns = []
    for spec in args.binaries:
        label, _, path = spec.rpartition("=")
        label = label or os.path.basename(path)
        db = os.path.join(args.work, label + ".db")
        build_store(path, db, articles)
        results, triples = run_binary(label, path, db, not args.no_examples)
        columns.append((label, results, triples))
    names = []
    for _, results, _ in columns:
        names += [n for n in results if n not in names]
    width = max(len(n) for n in names)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end "
          f"(above the core count, other work shared the machine and the figures are high)")
    head = "".join(f" | {label + f' ({triples:,} triples)':>24}" for label, _, triples in columns)
    print(f"{'request (ms)':<{width}}{head}")
    print(f"{'':<{width}}" + " | {:>10} {:>13}".format("p50", "p95") * len(columns))
    for name in names:
        cells = ""
        for _, results, _ in columns:
            if name in results:
                p50, p95, _ = results[name]
                if p50 is None:
                    cells += f" | {'failed':>10} {'(timeout)':>13}"
                else:
                    cells += f" | {p50:>10.1f} {p95:>13.1f}"
            else:
                cells += f" | {'-':>10} {'-':>13}"
        print(f"{name:<{width}}{cells}")


if __name__ == "__main__":
    main()
