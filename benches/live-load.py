#!/usr/bin/env python3
"""The writing side of benches/live-load.sh: for SECONDS, writes articles from
POOL to a running `newsgraph serve` at a steady RATE per second, alternately
POSTed (with the write token, recorded under the source post/NAME) and dropped
into the watched folder INBOX (written aside, then renamed in). For each
dropped file it measures how long until the endpoint shows it, and how long
until the server's log (SERVE_LOG) says it was stored: the first includes the
wait of the probing query among the readers, the second is the write alone.
Prints the figures and writes the list of what it wrote (one file name a line)
to USED.

usage: live-load.py URL TOKEN POOL INBOX SECONDS RATE USED SERVE_LOG"""

import datetime

import json
import os
import shutil
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def stored_after(serve_log, dropped_at_wall):
    """Milliseconds from each dropped file's rename to the server's log line
    `<time> watch: added <source>` (log times are UTC with milliseconds)."""
    out = []
    with open(serve_log, encoding="utf-8", errors="replace") as f:
        for line in f:
            stamp, _, rest = line.rstrip("\n").partition(" watch: added ")
            if rest in dropped_at_wall:
                when = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
                when = when.replace(tzinfo=datetime.timezone.utc).timestamp()
                out.append((when - dropped_at_wall[rest]) * 1000)
    return out


def main():
    url, token, pool, inbox, seconds, rate, used, serve_log = sys.argv[1:9]
    seconds, rate = float(seconds), float(rate)
    names = sorted(n for n in os.listdir(pool) if n.endswith(".txt"))
    lock = threading.Lock()
    errors, post_ms, visible_ms, written = [], [], [], []
    dropped_at_wall = {}  # source -> wall-clock time of the rename, for the log's times

    def ask(source):
        q = f'ASK {{ ?a ng:source "{source}" }}'
        req = urllib.request.Request(url + "query?" + urllib.parse.urlencode({"query": q}),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)["boolean"]

    def watch_until_visible(path, dropped_at):
        source = os.path.realpath(path)
        while time.monotonic() - dropped_at < 60:
            try:
                if ask(source):
                    with lock:
                        visible_ms.append((time.monotonic() - dropped_at) * 1000)
                    return
            except Exception as e:  # noqa: BLE001 - every failure is counted
                with lock:
                    errors.append(f"ASK {source}: {e}")
                return
            time.sleep(0.02)
        with lock:
            errors.append(f"{source}: not visible after 60 s")

    watchers = []
    start = time.monotonic()
    i = 0
    while i < len(names):
        due = start + i / rate
        now = time.monotonic()
        if due - start >= seconds:
            break
        if due > now:
            time.sleep(due - now)
        name = names[i]
        path = os.path.join(pool, name)
        if i % 2 == 0:
            with open(path, "rb") as f:
                body = f.read()
            req = urllib.request.Request(
                url + "articles?" + urllib.parse.urlencode({"source": f"post/{name}"}), data=body, method="POST",
                headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"})
            t0 = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    answer = json.load(r)
                post_ms.append((time.monotonic() - t0) * 1000)
                if not answer["stored"] or answer["failed"]:
                    errors.append(f"POST {name}: {answer}")
            except urllib.error.HTTPError as e:
                errors.append(f"POST {name}: {e.code} {e.read()[:200]!r}")
            except Exception as e:  # noqa: BLE001
                errors.append(f"POST {name}: {e}")
        else:
            aside = os.path.join(inbox, "." + name + ".part")
            target = os.path.join(inbox, name)
            shutil.copyfile(path, aside)
            os.rename(aside, target)
            dropped_at_wall[os.path.realpath(target)] = time.time()
            t = threading.Thread(target=watch_until_visible, args=(target, time.monotonic()))
            t.start()
            watchers.append(t)
        written.append(name)
        i += 1
    elapsed = time.monotonic() - start
    for t in watchers:
        t.join()
    with open(used, "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in written))
    posted = (len(written) + 1) // 2
    print(f"written: {len(written)} articles in {elapsed:.1f} s ({len(written) / elapsed:.2f} per second): "
          f"{posted} posted, {len(written) - posted} dropped into the watched folder")
    print(f"POST /articles ms: p50 {percentile(post_ms, 50):.1f}  p95 {percentile(post_ms, 95):.1f}  "
          f"max {max(post_ms, default=float('nan')):.1f}")
    print(f"dropped file to visible on /query, ms: p50 {percentile(visible_ms, 50):.0f}  "
          f"p95 {percentile(visible_ms, 95):.0f}  max {max(visible_ms, default=float('nan')):.0f}")
    stored_ms = stored_after(serve_log, dropped_at_wall)
    print(f"dropped file to stored (the server's log), ms: p50 {percentile(stored_ms, 50):.0f}  "
          f"p95 {percentile(stored_ms, 95):.0f}  max {max(stored_ms, default=float('nan')):.0f}  "
          f"({len(stored_ms)} of {len(dropped_at_wall)} found in the log)")
    print(f"write errors: {len(errors)}")
    for e in errors[:10]:
        print("  " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
