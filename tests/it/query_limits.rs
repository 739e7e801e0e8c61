//! What stops a query: its time, its memory, its nesting; what the server does
//! when its workers are busy, a body trickles in, or too many connections are
//! open. Each limit's message names the option that raises it, and the
//! server goes on answering afterwards.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::serve_support::*;
use crate::support::*;

/// Sorting the graph's cross product with itself: millions of rows held at
/// once before the first comes out.
const SORTED_PRODUCT: &str = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1";
/// Counting a three-way cross product: billions of steps, no memory.
const COUNTED_PRODUCT: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

/// Every pair of nodes joined by a path of types and mentions, both ends open:
/// the evaluator gathers the whole closure before it looks at the
/// cancellation again, and goes on after it.
const OPEN_CLOSURE: &str = "SELECT * WHERE { ?x (rdf:type|^rdf:type|ng:mentionedIn|^ng:mentionedIn)* ?y }";

/// Every evidence node beside every position and every rule: some 440,000
/// rows over the examples, gathered within a second, then sorted by strings
/// read from the store at each comparison (most of a minute), and the sort
/// never looks at the cancellation. Found by the `sparql` fuzz target.
const SORTED_OPTIONALS: &str = "SELECT * WHERE { ?ev rdf:subject ?s OPTIONAL { ?x ng:start ?start } \
     OPTIONAL { ?y ng:rule ?rule } } ORDER BY ?rule ?start";

/// A store large enough for `OPEN_CLOSURE` to need gigabytes.
fn closure_store() -> (Scratch, std::path::PathBuf) {
    let s = Scratch::new();
    let db = s.db();
    crate::synthetic::build_store(&db, 1500);
    (s, db)
}

/// The most memory the process has held (VmHWM), in MiB.
fn peak_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc is there");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).and_then(|kb| kb.parse::<u64>().ok()).expect("a number") / 1024
}

#[test]
fn a_query_past_its_memory_limit_is_stopped_and_the_server_answers_the_next() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--max-query-memory", "64", "--workers", "2", "--timeout", "120"]);
    let a = &server.addr;
    let started = Instant::now();
    let stopped = get(a, &query_path(SORTED_PRODUCT), "*/*");
    assert_eq!(stopped.status, 503, "{stopped:?}");
    assert!(
        stopped.body.contains("more than 64 MiB") && stopped.body.contains("--max-query-memory"),
        "{}",
        stopped.body
    );
    // Answered when the limit was reached, not once the evaluation has unwound.
    assert!(started.elapsed() < Duration::from_secs(10), "stopped only after {:?}", started.elapsed());
    // The other worker answers at once.
    let started = Instant::now();
    assert_eq!(get(a, &query_path("ASK { ?s ?p ?o }"), "*/*").status, 200);
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
    let peak = peak_mib(server.pid());
    assert!(peak < 512, "the server held {peak} MiB at its peak");
}

#[test]
fn the_query_command_stops_at_its_memory_limit_and_its_timeout() {
    let (_s, db) = examples_store();
    let out = run(&db, &["query", "--max-memory", "64", SORTED_PRODUCT]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("more than 64 MiB") && stderr(&out).contains("--max-memory"), "{}", stderr(&out));

    let started = Instant::now();
    let out = run(&db, &["query", "--timeout", "0.5", COUNTED_PRODUCT]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("ran longer than 0.5 s") && stderr(&out).contains("--timeout"), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());

    // Within the limits the same command answers.
    let out = ok(&db, &["query", "--max-memory", "64", "--timeout", "30", "ASK { ?s ?p ?o }"]);
    assert!(out.contains("true"), "{out}");
}

#[test]
fn a_query_whose_sort_goes_on_past_its_timeout_ends_the_command_with_the_timeout() {
    let (_s, db) = examples_store();
    let out = run(&db, &["query", "--timeout", "1", "--format", "csv", SORTED_OPTIONALS]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("ran longer than 1 s") && stderr(&out).contains("--timeout"), "{}", stderr(&out));
    let rows = String::from_utf8_lossy(&out.stdout).lines().count();
    assert!(rows <= 1, "the sorted rows were written after the timeout: {rows} lines");
}

#[test]
fn requests_waiting_for_a_busy_worker_get_503_at_their_own_deadline() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--workers", "1", "--timeout", "2"]);
    let addr = server.addr.clone();
    // Three slow queries at once on one worker: each is answered within its
    // own timeout (plus slack), not after the ones queued before it.
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let started = Instant::now();
                let answer = get(&addr, &query_path(COUNTED_PRODUCT), "*/*");
                (answer, started.elapsed())
            })
        })
        .collect();
    for client in clients {
        let (answer, took) = client.join().unwrap();
        assert_eq!(answer.status, 503, "{answer:?}");
        assert!(
            answer.body.contains("ran longer than 2 s") || answer.body.contains("query workers stayed busy"),
            "{}",
            answer.body
        );
        assert!(took < Duration::from_millis(3500), "answered after {took:?}");
    }
    let started = Instant::now();
    assert_eq!(get(&addr, &query_path("ASK { ?s ?p ?o }"), "*/*").status, 200);
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
}

#[test]
fn query_nesting_is_limited_by_an_option_that_names_itself() {
    let (_s, db) = examples_store();
    let nested = |levels: usize| format!("ASK {}?s ?p ?o{}", "{".repeat(levels), "}".repeat(levels));
    let out = run(&db, &["query", &nested(300)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("at most 256") && stderr(&out).contains("--max-query-depth"), "{}", stderr(&out));
    let out = ok(&db, &["query", "--max-query-depth", "400", &nested(300)]);
    assert!(out.contains("true"), "{out}");
    // Past what the parser's stack takes, the option itself refuses.
    let out = run(&db, &["query", "--max-query-depth", "5000", "ASK {}"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    let server = Server::start(&db, &["--max-query-depth", "2000"]);
    let deep = nested(2000);
    let answer = http(&server.addr, "POST", "/query", &[("Content-Type", "application/sparql-query")], deep.as_bytes());
    assert_eq!(answer.status, 200, "{answer:?}");
    let deeper = nested(2001);
    let answer =
        http(&server.addr, "POST", "/query", &[("Content-Type", "application/sparql-query")], deeper.as_bytes());
    assert_eq!(answer.status, 400, "{answer:?}");
    assert!(answer.body.contains("at most 2000"), "{}", answer.body);
}

#[test]
fn a_body_sent_a_byte_at_a_time_gets_408_at_the_client_timeout() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--client-timeout", "1"]);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream
        .write_all(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    // A byte every 0.3 s: each part comes well within the client timeout.
    let mut writer = stream.try_clone().unwrap();
    let trickle = std::thread::spawn(move || {
        for _ in 0..100 {
            if writer.write_all(b" ").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    });
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let took = started.elapsed();
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("--client-timeout"), "{text}");
    assert!(took < Duration::from_secs(4), "answered after {took:?}");
    drop(stream);
    trickle.join().unwrap();
    assert_eq!(get(&server.addr, "/query?query=ASK%7B%7D", "*/*").status, 200);
}

#[test]
fn a_connection_past_the_cap_gets_503_and_the_server_serves_again_once_they_close() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--max-connections", "2", "--client-timeout", "30"]);
    let held: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(&server.addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(300)); // both accepted
    let mut third = TcpStream::connect(&server.addr).unwrap();
    third.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut answer = Vec::new();
    let _ = third.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 503"), "{text:?}");
    assert!(text.contains("too many open connections"), "{text}");
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(get(&server.addr, "/query?query=ASK%7B%7D", "*/*").status, 200);
}

#[test]
fn a_query_that_goes_on_after_it_was_stopped_ends_the_command_and_restarts_the_server() {
    let (_s, db) = closure_store();
    // The command line: ended with the limit's message, not after gigabytes.
    let started = Instant::now();
    let out = run(&db, &["query", "--max-memory", "32", "--timeout", "5", OPEN_CLOSURE]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("stopped") && stderr(&out).contains("--max-memory"), "{}", stderr(&out));
    assert!(started.elapsed() < Duration::from_secs(60), "ended only after {:?}", started.elapsed());

    // The server: one worker, taken by the runaway until its thread is frozen;
    // then the server starts itself again (same process, same address) to
    // give the frozen thread's memory back, and answers the next query.
    let server = Server::start(&db, &["--max-query-memory", "32", "--workers", "1", "--timeout", "5"]);
    let a = &server.addr;
    let stopped = get(a, &query_path(OPEN_CLOSURE), "*/*");
    assert_eq!(stopped.status, 503, "{stopped:?}");
    let peak = peak_mib(server.pid());
    assert!(peak < 512, "the server held {peak} MiB at its peak");
    let logged = |what: &str| server.log().iter().any(|l| l.contains(what));
    for _ in 0..100 {
        if logged("restarting to give a frozen query's memory back") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(logged("its thread is frozen"), "{:?}", server.log());
    assert!(logged("restarting to give a frozen query's memory back"), "{:?}", server.log());
    let mut answered = false;
    for _ in 0..120 {
        if status_if_up(a, &query_path("ASK { ?s ?p ?o }")) == Some(200) {
            answered = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(answered, "the server did not come back; log: {:?}", server.log());
    // The new process said so before it answered (its line may reach us a little later).
    let servings = || server.stdout().iter().filter(|l| l.starts_with("serving ")).count();
    for _ in 0..50 {
        if servings() >= 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(servings(), 2, "{:?}", server.stdout());
    let (status, _, _) = server.stop();
    assert!(status.success(), "the restarted server stops as any does: {status:?}");
}

#[test]
fn a_stopped_sort_in_the_server_is_frozen_at_once_not_left_to_sort() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--timeout", "1"]);
    let a = &server.addr;
    let stopped = get(a, &query_path(SORTED_OPTIONALS), "*/*");
    assert_eq!(stopped.status, 503, "{stopped:?}");
    let answered = Instant::now();
    // The sort compares for most of a minute if left alone; its comparisons
    // allocate, so it is caught a quarter of a second after its stop.
    let frozen = |log: &[String]| log.iter().any(|l| l.contains("its thread is frozen"));
    while !frozen(&server.log()) && answered.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(frozen(&server.log()), "not frozen 20 s after its 503: {:?}", server.log());
    assert!(answered.elapsed() < Duration::from_secs(5), "frozen only {:?} after its 503", answered.elapsed());
    // The server restarts now, keeping its listening socket: a client that
    // connects meanwhile waits for the new process instead of being refused.
    let restarted = || server.stdout().iter().filter(|l| l.starts_with("serving ")).count() == 2;
    let asking = Instant::now();
    while !restarted() && asking.elapsed() < Duration::from_secs(20) {
        assert_eq!(status_if_up(a, &query_path("ASK { ?s ?p ?o }")), Some(200), "{:?}", server.log());
    }
    assert!(restarted(), "{:?}", server.stdout());
    assert_eq!(status_if_up(a, &query_path("ASK { ?s ?p ?o }")), Some(200));
}
